// Answers to the investigation steps of a generated case, mostly in the family's usual
// wording (the phrasings and their placeholders are in generator_texts.h).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "app/generator_family.h"
#include "app/generator_random.h"

namespace helder::app {

// Adds an answer to `step`; `values` fill the phrasing's placeholders ({titel}, {optie}, ...).
void add_answer(GeneratorRandom& random, const Family& family, ImportedCase& result,
                std::string_view step,
                std::initializer_list<std::pair<std::string_view, std::string>> values);

// The text with its first letter in lower case (the generator's texts start with an ASCII
// letter).
std::string lower_first(std::string text);

}  // namespace helder::app
