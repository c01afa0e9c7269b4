// Gathers what the motivation composer needs from the record of a case: resolves catalog
// ids to texts and code names to Dutch labels. When the case is decided, the weighing as it
// was frozen at the decision is used, so the letter follows the weighing actually done.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "domain/argument.h"
#include "domain/decision.h"
#include "domain/investigation.h"
#include "domain/investigation_order.h"
#include "domain/motivation.h"
#include "domain/signal.h"

namespace helder::report {

struct CaseRecord {
  std::string organisation_name;
  Case value;
  std::vector<SignalObservation> signals;
  std::vector<WeighedOption> weighing;
  std::optional<Decision> decision;  // the latest decision, if any
  std::vector<InvestigationAnswer> answers;
  std::optional<ResidentWishes> wishes;
  std::vector<InvestigationStep> steps;
  std::string contact;               // who the resident can call
};

// Uses the decision's snapshot (signals, weighing, answers, wishes) when there is a decision.
MotivationInput motivation_input(const CaseRecord& record, const catalog::CatalogSet& catalogs);

}  // namespace helder::report
