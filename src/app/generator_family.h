// A family of generated cases: one situation (a demo case as template plus fixed variations)
// and the way the organisation usually handles it. Families differ in what decides a case
// (regulations, signals, ZRM profile, the rule deviated from); the cases of a family differ
// only in details. Used by generator.cc.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/generator_texts.h"
#include "catalog/catalog.h"
#include "store/store.h"

namespace helder::app {

// A card argument with the phrasing of its explanation.
struct CardChoice {
  std::string_view card;
  std::size_t variant = 0;
};

struct Family {
  const ImportedCase* base = nullptr;  // the template
  std::string title;
  std::vector<std::string> regulation_ids;
  std::vector<NewSignal> signals;  // without moments
  std::vector<std::string_view> circumstances;
  std::vector<ZrmScore> zrm;
  OptionKind route = OptionKind::standard;                  // the usual outcome
  const generator_texts::RegulationTexts* texts = nullptr;  // of the first regulation
  const generator_texts::DeviationRule* rule = nullptr;     // when a deviation is possible
  std::string rule_regulation;                              // the rule's regulation
  bool weighs_tailored = false;   // a tailored option is weighed even when not the usual route
  bool weighs_deviation = false;  // likewise a deviation (when there is a rule)
  std::vector<std::size_t> standard_arguments;  // into standard_route_arguments()
  std::vector<CardChoice> tailored_arguments;
  std::vector<CardChoice> deviation_arguments;
  std::size_t phrasing = 0;  // the family's usual wording of the answers
};

// Makes family `key` from its template; the same seed and key always give the same family.
Family make_family(const ImportedCase& base, const catalog::CatalogSet& catalogs,
                   std::uint64_t seed, std::uint64_t key);

// Where an observation of this catalog signal usually comes from.
SignalSource usual_source(const catalog::CatalogSet& catalogs, std::string_view signal_id);

}  // namespace helder::app
