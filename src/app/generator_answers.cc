#include "app/generator_answers.h"

#include <cctype>

namespace helder::app {
namespace {

std::string fill(std::string_view phrasing,
                 std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string text(phrasing);
  for (const auto& [name, value] : values) {
    for (std::size_t at = text.find(name); at != std::string::npos;
         at = text.find(name, at + value.size())) {
      text.replace(at, name.size(), value);
    }
  }
  return text;
}

}  // namespace

void add_answer(GeneratorRandom& random, const Family& family, ImportedCase& result,
                std::string_view step,
                std::initializer_list<std::pair<std::string_view, std::string>> values) {
  auto phrasings = generator_texts::answer_phrasings(step);
  NewAnswer answer;
  answer.step = std::string(step);
  std::size_t phrasing =
      random.chance(0.8) ? family.phrasing % phrasings.size() : random.pick(phrasings.size());
  answer.text = fill(phrasings[phrasing], values);
  if (random.chance(0.7)) {
    if (auto question = generator_texts::answer_question(step, random.pick(2)))
      answer.question_id = std::string(*question);
  }
  result.answers.push_back(std::move(answer));
}

std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace helder::app
