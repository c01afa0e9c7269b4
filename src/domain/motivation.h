// The motivation composer: turns what a caseworker recorded into the draft of a written
// motivation ("motivering") for a decision, for the file (professional) or for the resident
// (plain Dutch, B1). It never adds facts; what is missing is said plainly and flagged.
#pragma once

#include <cstddef>
#include <optional>
#include <cstdint>
#include <string>

#include "common/time.h"
#include <string_view>
#include <vector>

namespace helder {

// All texts below are already resolved to Dutch by the caller.

struct MotivationSignal {
  std::string text;
  std::string source_label;
  std::string observed_on;  // e.g. "3 maart 2026"
};

struct MotivationResidentWords {
  std::string short_term;
  std::string long_term;
  std::string own_contribution;
  std::string preferred_option;
};

struct MotivationInvestigationAnswer {
  std::string group_label;
  std::string text;
};

// The outcome of checking a prescribed investigation order (such as the Wmo 2015 stappenplan).
struct MotivationOrderCheck {
  bool applies = false;
  bool complete_and_in_order = false;
  std::string summary;
  std::vector<std::string> findings;
};

struct MotivationArgument {
  std::string theme_label;
  bool pro = true;
  std::string text;
  std::string explanation;
  std::optional<int> weight;  // 1..5, set by a person; the composer never sets one
  std::string brought_by_label;
};

struct MotivationDeviation {
  std::string rule;               // e.g. "Participatiewet, artikel 18 lid 2"
  std::string legal_basis_label;  // e.g. "hardheidsclausule", "artikel 4:84 Awb"
  std::string legal_basis_reference;
  std::string special_circumstances;
  std::string disproportionality;
};

struct MotivationOption {
  std::string title;
  std::string description;
  // "standaardroute" | "maatwerk binnen de regels" | "maatwerk met afwijking van een regel"
  std::string kind_label;
  std::optional<MotivationDeviation> deviation;
  std::vector<MotivationArgument> arguments;
  bool chosen = false;
};

// How the decision compares with the most similar decided cases (domain/consistency.h).
struct MotivationConsistency {
  int compared = 0;    // similar decided cases compared with
  int same_route = 0;  // of which got the same route
  bool departs = false;
  std::string most_common_label;  // e.g. "standaardroute"
  int most_common_cases = 0;
  std::vector<std::string> references;
  std::string reason;  // why this case differs, in the caseworker's words; may be empty
};

struct MotivationDecision {
  std::string service_type_label;
  std::string decided_by;
  std::string decided_on;
  std::string motivation_text;  // the caseworker's own reasoning
  std::string effect_check;
  std::string effect_check_on;
  std::string follow_up_by;
  std::string review_on;
  std::optional<MotivationConsistency> consistency;
};

struct MotivationObjection {
  int weeks = 6;
  std::string address;  // where to send a bezwaarschrift
  std::string contact;
};

struct MotivationInput {
  std::string organisation_name;
  std::string case_reference;
  std::string case_title;
  std::string facts;  // the case summary
  std::vector<std::string> regulation_names;
  std::vector<MotivationSignal> signals;
  MotivationResidentWords resident;
  std::vector<MotivationInvestigationAnswer> investigation;
  MotivationOrderCheck order_check;
  std::vector<MotivationOption> options;
  std::optional<MotivationDecision> decision;
  MotivationObjection objection;
};

enum class MotivationAudience { professional, resident };

struct MotivationSection {
  std::string heading;
  std::vector<std::string> paragraphs;  // shown before the bullets
  std::vector<std::string> bullets;
};

struct MotivationDocument {
  MotivationAudience audience;
  std::string title;
  std::vector<MotivationSection> sections;
  std::vector<std::string> attention_points;  // professional only: gaps a court would notice
};

MotivationDocument compose_motivation(const MotivationInput& input, MotivationAudience audience);

// A stable text form (title, attention points, then sections), used by the golden files.
std::string to_plain_text(const MotivationDocument& document);

// Shared by the two composers in motivation_professional.cc and motivation_resident.cc; not
// meant for callers.
namespace motivation_detail {

bool blank(std::string_view text);
// The text without surrounding white space.
std::string clean(std::string_view text);
// The trimmed text, ending in ".", "!" or "?" (a full stop is added when needed).
std::string sentence(std::string_view text);
// The text split into its non-empty lines, each made a sentence.
std::vector<std::string> paragraphs_of(std::string_view text);
// "a", "a en b", "a, b en c".
std::string join_dutch(const std::vector<std::string>& items);
// "één" .. "twaalf", digits beyond.
std::string number_word(int number);
// "label (reference)", or whichever of the two is recorded; empty when neither is.
std::string legal_basis_text(const MotivationDeviation& deviation);
// "text (note)." with the sentence's own full stop moved behind the note.
std::string with_note(std::string_view text, std::string_view note);
// The distinct values in the order in which they first appear.
std::vector<std::string> distinct_in_order(const std::vector<std::string>& values);
bool rests_on_awb_484(const MotivationDeviation& deviation);
bool rests_on_hardship_clause(const MotivationDeviation& deviation);
bool is_deviation_kind(std::string_view kind_label);
// Indexes of the options marked as chosen.
std::vector<std::size_t> chosen_indexes(const MotivationInput& input);

// Every gap in the record that a court would notice, each starting with "Let op: ".
std::vector<std::string> attention_points(const MotivationInput& input);

MotivationDocument compose_professional(const MotivationInput& input);
MotivationDocument compose_resident(const MotivationInput& input);

}  // namespace motivation_detail
// A caseworker's edit of a composed motivation, kept as a new version (never overwritten).
struct MotivationVersion {
  std::int64_t id = 0;
  MotivationAudience audience = MotivationAudience::professional;
  std::string text;  // the whole letter as plain text, as to_plain_text() writes it
  std::string edited_by_username;
  Timestamp edited_at;
};

}  // namespace helder
