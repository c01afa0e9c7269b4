// Following up a decision and learning from it: evaluations of the effect, lessons with the
// scope they apply to, and structural signals: a lesson that says a rule or process keeps
// causing trouble becomes a signal about the regulation, for policy makers, linked to the case.
#pragma once

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

struct Evaluation {
  std::int64_t id = 0;
  CaseId case_id = 0;
  Timestamp evaluated_on;
  std::string observed_effect;
  std::string next_step;
  std::string recorded_by_username;
  Timestamp recorded_at;
};

struct NewEvaluation {
  std::optional<Timestamp> evaluated_on;
  std::string observed_effect;
  std::string next_step;
};
std::vector<FieldError> validate(const NewEvaluation& input, Timestamp now);

// Who a lesson is for (the Lessenkaart's audiences, seen from the caseworker).
enum class LessonScope { myself, organisation, other_organisations, policy };
std::string_view to_string(LessonScope scope);
std::optional<LessonScope> lesson_scope_from_string(std::string_view name);

struct Lesson {
  std::int64_t id = 0;
  CaseId case_id = 0;
  std::string text;
  LessonScope scope = LessonScope::myself;
  bool structural = false;
  std::optional<std::string> regulation_id;  // set for a structural lesson
  std::optional<std::int64_t> structural_signal_id;
  std::string recorded_by_username;
  Timestamp recorded_at;
};

struct NewLesson {
  std::string text;
  LessonScope scope = LessonScope::myself;
  bool structural = false;
  std::optional<std::string> regulation_id;
};
std::vector<FieldError> validate(const NewLesson& input,
                                 const std::function<bool(std::string_view)>& regulation_exists);

struct StructuralSignal {
  std::int64_t id = 0;
  std::string regulation_id;
  CaseReference case_reference;
  std::int64_t lesson_id = 0;
  std::string description;
  std::string status;  // "open" until policy picks it up
  Timestamp created_at;
};

}  // namespace helder
