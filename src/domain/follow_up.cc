#include "domain/follow_up.h"

#include "common/text.h"
#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<LessonScope, 4> kScopes{{{
    {LessonScope::myself, "myself"},
    {LessonScope::organisation, "organisation"},
    {LessonScope::other_organisations, "other_organisations"},
    {LessonScope::policy, "policy"},
}}};

constexpr std::int64_t kToleranceMillis = 5 * 60 * 1000;

}  // namespace

std::string_view to_string(LessonScope scope) { return kScopes.name(scope); }
std::optional<LessonScope> lesson_scope_from_string(std::string_view name) { return kScopes.parse(name); }

std::vector<FieldError> validate(const NewEvaluation& input, Timestamp now) {
  std::vector<FieldError> errors;
  if (!input.evaluated_on) {
    errors.push_back({"evaluated_on", "required", "Wanneer is het effect bekeken?"});
  } else if (input.evaluated_on->millis > now.millis + kToleranceMillis) {
    errors.push_back({"evaluated_on", "future", "Een evaluatie kan niet in de toekomst liggen."});
  }
  if (auto problem = check_text(trim(input.observed_effect), 1, 10000, Lines::multi)) {
    errors.push_back({"observed_effect", "required", "Het waargenomen effect " + *problem + "."});
  }
  if (auto problem = check_text(input.next_step, 0, 5000, Lines::multi)) {
    errors.push_back({"next_step", "invalid", "De volgende stap " + *problem + "."});
  }
  return errors;
}

std::vector<FieldError> validate(const NewLesson& input,
                                 const std::function<bool(std::string_view)>& regulation_exists) {
  std::vector<FieldError> errors;
  if (auto problem = check_text(trim(input.text), 1, 5000, Lines::multi)) {
    errors.push_back({"lesson", "required", "De les " + *problem + "."});
  }
  if (input.regulation_id && !regulation_exists(*input.regulation_id)) {
    errors.push_back({"lesson_regulation", "unknown", "Onbekende regeling '" + *input.regulation_id + "'."});
  }
  if (input.structural && !input.regulation_id) {
    errors.push_back({"lesson_regulation", "required",
                      "Een structurele les gaat over een regeling: noem welke, zodat beleid het "
                      "signaal kan oppakken."});
  }
  return errors;
}

}  // namespace helder
