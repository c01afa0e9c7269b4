// The Dutch building blocks the generator composes cases from: per regulation, what its
// standard route and tailoring within the rules look like, the rules a deviation departs
// from (with legal basis), a typical ZRM profile and the situation in a sentence; and the
// explanations of arguments, answer phrasings and lessons. All fictitious, in our own words.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/argument.h"
#include "domain/investigation_order.h"
#include "domain/option.h"

namespace helder::app::generator_texts {

// A rule the organisation may deviate from, and the option that does.
struct DeviationRule {
  std::string_view article;  // the rule as the option names it
  std::string_view rule;     // the rule in a few words, lower case ("de kostendelersnorm")
  bool internal = false;     // an internal procedure: the option names no regulation
  LegalBasis basis = LegalBasis::hardship_clause;
  std::string_view basis_reference;
  std::string_view option_title;
  std::string_view option_description;
  std::string_view special_circumstances;
  std::string_view disproportionality;
  // Words (lower case, separated by |) in a case's title or summary that make this the rule
  // at stake; none: any case of the regulation may deviate from it.
  std::string_view keywords;
};

struct RegulationTexts {
  std::string_view regulation_id;
  std::string_view standard_title;
  std::string_view standard_description;
  std::string_view tailored_title;
  std::string_view tailored_description;
  std::span<const DeviationRule> rules;
  std::span<const ZrmScore> zrm_profile;  // the domains that usually matter, typical level
  std::string_view situation;             // the current situation in one sentence
  std::string_view wish;                  // what the resident usually wants
  std::string_view effect;                // what the effect check looks at ("of ...")
};

// The texts of a regulation; a general set for a regulation without its own.
const RegulationTexts& regulation_texts(std::string_view regulation_id);

// An argument in the caseworker's own words (not from the card).
struct OwnArgument {
  std::string_view text;
  Theme theme;
  Side side;
  std::string_view explanation;
};
// Arguments about the standard route (the card's arguments are about maatwerk).
std::span<const OwnArgument> standard_route_arguments();

// The card arguments the generator uses for tailoring and for deviating, per side.
std::span<const std::string_view> tailored_cards(Side side);
std::span<const std::string_view> deviation_cards(Side side);
// What a card argument means in a case; `variant` picks one of the phrasings.
std::string_view card_explanation(std::string_view card_id, std::size_t variant);

// Phrasings of the answer to an investigation step, with placeholders in braces that the
// generator fills in ({titel}, {bron}, {situatie}, {wens}, {omstandigheid} and the same
// starting in lower case {omstandigheid_klein}, {opties},
// {optie}, {effect}); none for the step "leren" (lessons are recorded as lessons).
std::span<const std::string_view> answer_phrasings(std::string_view step);
// A card question that fits the step, if any.
std::optional<std::string_view> answer_question(std::string_view step, std::size_t variant);

// What residents say they want in the longer run, and what they can do themselves.
std::span<const std::string_view> long_term_wishes();
std::span<const std::string_view> own_contributions();

// Lessons that are not about a rule.
std::span<const std::string_view> general_lessons();

// Small variations of a title and a summary.
std::span<const std::string_view> title_details();
std::span<const std::string_view> circumstances();

}  // namespace helder::app::generator_texts
