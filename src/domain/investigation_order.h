// The investigation order the Centrale Raad van Beroep requires under the Wmo 2015 (and that
// is applied alike under the Jeugdwet): five steps recorded with their content and completion
// date, a check that all were taken in order, and the Zelfredzaamheid-Matrix scores of step 2.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"

namespace helder {

// The five steps of CRvB 21 maart 2018, ECLI:NL:CRVB:2018:819, numbered as the court does.
enum class CrvbStep {
  request = 1,    // the request for help (hulpvraag)
  problems = 2,   // which problems exist in self-reliance and participation
  needs = 3,      // which help, of what kind and extent, those problems need
  own_means = 4,  // how far own strength, usual help, informal care, the network or general
                  // provisions can provide it
  provision = 5,  // a tailored provision for what remains
};

inline constexpr std::array<CrvbStep, 5> kAllCrvbSteps = {CrvbStep::request, CrvbStep::problems,
                                                          CrvbStep::needs, CrvbStep::own_means,
                                                          CrvbStep::provision};

// 1 to 5, as the court numbers the steps.
constexpr int step_number(CrvbStep step) { return static_cast<int>(step); }

std::string_view to_string(CrvbStep step);
std::optional<CrvbStep> crvb_step_from_string(std::string_view name);
// A short Dutch title in sentence case, e.g. "Hulpvraag".
std::string_view dutch_label(CrvbStep step);

struct InvestigationStep {
  CrvbStep step = CrvbStep::request;
  std::string content;                    // what was found in this step
  std::optional<Timestamp> completed_on;  // unset while the step is still open
};

inline constexpr std::size_t kMaxStepContentChars = 10000;

// Every problem with one recorded step ("content", "completed_on"); `now` bounds the
// completion date. Blank content is allowed here: an unfinished step is a finding of
// check_investigation_order, not an input error.
std::vector<FieldError> validate(const InvestigationStep& input, Timestamp now);

// The same for a whole list ("steps[i].content", ...), which also refuses a step that occurs
// more than once or is not one of the five ("steps[i].step").
std::vector<FieldError> validate(std::span<const InvestigationStep> steps, Timestamp now);

enum class OrderFindingKind {
  missing,        // the step was not recorded at all
  empty,          // recorded, but its content is blank
  not_completed,  // content, but no completion date
  out_of_order,   // completed on an earlier day than a lower-numbered step
};

std::string_view to_string(OrderFindingKind kind);

struct OrderFinding {
  OrderFindingKind kind = OrderFindingKind::missing;
  CrvbStep step = CrvbStep::request;     // for out_of_order: the step completed too early
  std::optional<CrvbStep> earlier_step;  // out_of_order only: the step it should have followed
  std::string message;                   // one plain Dutch sentence
};

struct OrderVerdict {
  bool complete_and_in_order = false;
  std::vector<OrderFinding> findings;  // by step number; out_of_order pairs by earlier step
  std::string summary;                 // one Dutch sentence, usable in a motivation
};

// Checks the recorded steps against the prescribed order. Rules:
// - Each step gets at most one of missing, empty (blank after trimming) or not_completed.
// - Only completed steps (content and date) are compared. Step N is out of order against each
//   step M < N that was completed on a later UTC calendar day; every such pair is reported
//   once. Two steps completed on the same day are in order.
// - When a step occurs more than once, the last occurrence counts and earlier ones are
//   ignored (later records supersede earlier ones); validate() refuses such lists at the edge.
// - Values outside the five steps are ignored.
OrderVerdict check_investigation_order(std::span<const InvestigationStep> steps);

// Zelfredzaamheid-Matrix (GGD Amsterdam), version ZRM 2017 with its thirteen domains. The
// earlier ZRM 2013 had eleven: ZRM 2017 split Dagbesteding into Werk & opleiding and
// Tijdsbesteding, split ADL into Basale and Instrumentele ADL, and renamed Verslaving to
// Middelengebruik.
enum class ZrmDomain {
  finances,                 // Financiën
  work_and_education,       // Werk & opleiding
  time_use,                 // Tijdsbesteding
  housing,                  // Huisvesting
  domestic_relations,       // Huiselijke relaties
  mental_health,            // Geestelijke gezondheid
  physical_health,          // Lichamelijke gezondheid
  substance_use,            // Middelengebruik
  basic_adl,                // Basale ADL
  instrumental_adl,         // Instrumentele ADL
  social_network,           // Sociaal netwerk
  community_participation,  // Maatschappelijke participatie
  justice,                  // Justitie
};

inline constexpr std::array<ZrmDomain, 13> kAllZrmDomains = {
    ZrmDomain::finances,         ZrmDomain::work_and_education, ZrmDomain::time_use,
    ZrmDomain::housing,          ZrmDomain::domestic_relations, ZrmDomain::mental_health,
    ZrmDomain::physical_health,  ZrmDomain::substance_use,      ZrmDomain::basic_adl,
    ZrmDomain::instrumental_adl, ZrmDomain::social_network,     ZrmDomain::community_participation,
    ZrmDomain::justice};

std::string_view to_string(ZrmDomain domain);
std::optional<ZrmDomain> zrm_domain_from_string(std::string_view name);
// The domain's Dutch name as the ZRM writes it, e.g. "Huiselijke relaties".
std::string_view dutch_label(ZrmDomain domain);

inline constexpr int kZrmMinLevel = 1;  // acute problematiek
inline constexpr int kZrmMaxLevel = 5;  // volledig zelfredzaam

// "Acute problematiek" for 1 up to "Volledig zelfredzaam" for 5; nullopt outside 1..5.
std::optional<std::string_view> zrm_level_label(int level);

struct ZrmScore {
  ZrmDomain domain = ZrmDomain::finances;
  int level = kZrmMinLevel;
};

// Every problem at once: a level outside 1..5 ("zrm[i].level"), a domain that is not one of
// the thirteen or is scored again ("zrm[i].domain"). Not every domain needs a score.
std::vector<FieldError> validate(std::span<const ZrmScore> scores);

}  // namespace helder
