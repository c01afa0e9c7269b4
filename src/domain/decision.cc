#include "domain/decision.h"

#include "common/text.h"

namespace helder {
namespace {

constexpr std::int64_t kDayMillis = 24LL * 3600 * 1000;

void require_text(std::vector<FieldError>& errors, std::string name, std::string_view text,
                  std::size_t max_chars, std::string_view what) {
  if (auto problem = check_text(trim(text), 1, max_chars, Lines::multi)) {
    errors.push_back({std::move(name), trim(text).empty() ? "required" : "invalid",
                      std::string(what) + " " + *problem + "."});
  }
}

void require_future_date(std::vector<FieldError>& errors, std::string name,
                         const std::optional<Timestamp>& date, Timestamp now, std::string_view what) {
  if (!date) {
    errors.push_back({std::move(name), "required", std::string(what) + " is verplicht."});
  } else if (date->millis < now.millis - kDayMillis) {
    errors.push_back({std::move(name), "past", std::string(what) + " ligt in het verleden."});
  }
}

}  // namespace

std::vector<FieldError> validate(const NewDecision& input, const Option* chosen, Timestamp now) {
  std::vector<FieldError> errors;
  if (chosen == nullptr) {
    errors.push_back({"option", "unknown", "Kies een van de opties van deze casus."});
  } else if (input.service_type && *input.service_type != service_type_for(chosen->kind)) {
    errors.push_back({"service_type", "mismatch",
                      "Het type dienstverlening volgt uit de soort van de gekozen optie."});
  }
  require_text(errors, "motivation", input.motivation, 20000, "De motivering");
  require_text(errors, "effect_check", input.effect_check, 2000, "Hoe het effect wordt bekeken");
  if (input.difference_reason) {
    require_text(errors, "difference_reason", *input.difference_reason,
                 kMaxConsistencyReasonChars, "Waarin deze casus verschilt");
  }
  require_future_date(errors, "effect_check_on", input.effect_check_on, now,
                      "De datum waarop het effect wordt bekeken");
  require_future_date(errors, "review_on", input.review_on, now, "De datum van herbeoordeling");
  if (auto problem = check_text(input.follow_up_by, 1, 64, Lines::single)) {
    errors.push_back({"follow_up_by", "required", "Wie de opvolging doet " + *problem + "."});
  }
  return errors;
}

}  // namespace helder
