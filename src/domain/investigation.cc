#include "domain/investigation.h"

#include <algorithm>

#include "common/text.h"

namespace helder {
namespace {

constexpr std::array<std::string_view, 7> kLabels = {
    "Aanleiding", "Huidige situatie", "Gewenste situatie", "Opties",
    "Beste optie", "Uitvoering",      "Leren"};

void check_long_text(std::vector<FieldError>& errors, std::string name, std::string_view text,
                     std::size_t min_chars) {
  if (auto problem = check_text(trim(text), min_chars, 10000, Lines::multi)) {
    errors.push_back({std::move(name), trim(text).empty() ? "required" : "invalid",
                      "De tekst " + *problem + "."});
  }
}

}  // namespace

bool is_investigation_step(std::string_view key) {
  return std::find(kInvestigationSteps.begin(), kInvestigationSteps.end(), key) !=
         kInvestigationSteps.end();
}

std::string_view investigation_step_label(std::string_view key) {
  for (std::size_t idx = 0; idx < kInvestigationSteps.size(); ++idx) {
    if (kInvestigationSteps[idx] == key) return kLabels[idx];
  }
  return key;
}

std::vector<FieldError> validate(const NewAnswer& input, const QuestionStep& question_step) {
  std::vector<FieldError> errors;
  if (!is_investigation_step(input.step)) {
    errors.push_back({"step", "enum",
                      "Kies een onderzoeksstap: aanleiding, huidige-situatie, gewenste-situatie, "
                      "opties, beste-optie, uitvoering of leren."});
  }
  if (input.question_id) {
    auto step = question_step(*input.question_id);
    if (!step) {
      errors.push_back({"question", "unknown",
                        "Onbekende vraag '" + *input.question_id + "'; zie GET /api/v1/catalogus/vragen."});
    } else if (is_investigation_step(input.step) && *step != input.step) {
      errors.push_back({"question", "mismatch",
                        "Deze vraag hoort bij de onderzoeksstap " + *step + "."});
    }
  }
  check_long_text(errors, "text", input.text, 1);
  return errors;
}

std::vector<FieldError> validate(const ResidentWishes& input) {
  std::vector<FieldError> errors;
  check_long_text(errors, "short_term", input.short_term, 0);
  check_long_text(errors, "long_term", input.long_term, 0);
  check_long_text(errors, "own_contribution", input.own_contribution, 0);
  check_long_text(errors, "preferred_option", input.preferred_option, 0);
  return errors;
}

}  // namespace helder
