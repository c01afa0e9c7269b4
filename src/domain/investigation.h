// What the investigation records besides the ordered steps (investigation_order.h): answers
// to the caseworkers' questions, kept per investigation step, and the resident's own words.
// The questions prompt; none is mandatory.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "common/time.h"
#include "domain/case.h"

namespace helder {

using AnswerId = std::int64_t;

// The investigation steps answers are kept under (the "key" of each question group of
// catalog/vragen.json).
inline constexpr std::array<std::string_view, 7> kInvestigationSteps = {
    "aanleiding", "huidige-situatie", "gewenste-situatie", "opties",
    "beste-optie", "uitvoering",      "leren"};
bool is_investigation_step(std::string_view key);
std::string_view investigation_step_label(std::string_view key);  // "Huidige situatie"

struct InvestigationAnswer {
  AnswerId id = 0;
  CaseId case_id = 0;
  std::string step;                        // one of kInvestigationSteps
  std::optional<std::string> question_id;  // the card's question, if the answer is to one
  std::string text;
  std::string answered_by_username;
  Timestamp answered_at;
};

struct NewAnswer {
  std::string step;
  std::optional<std::string> question_id;
  std::string text;
};

// The investigation step a catalog question belongs to, if the question exists.
using QuestionStep = std::function<std::optional<std::string>(std::string_view question_id)>;
std::vector<FieldError> validate(const NewAnswer& input, const QuestionStep& question_step);

// The resident's own words: what they want now and later, what they can and will do
// themselves, and which option they prefer. Empty fields mean "not asked or not said".
struct ResidentWishes {
  std::string short_term;
  std::string long_term;
  std::string own_contribution;
  std::string preferred_option;
  std::string recorded_by_username;
  Timestamp recorded_at;
};
std::vector<FieldError> validate(const ResidentWishes& input);

}  // namespace helder
