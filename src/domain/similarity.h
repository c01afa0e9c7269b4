// Factor-based case comparison, as in legal reasoning about precedent: two cases are compared
// on the factors they share and the factors that distinguish them, not only on a number.
// A case's factors are its regulations, signals (entry and category), Zelfredzaamheid-Matrix
// levels, the rules deviated from and their legal basis, the catalog arguments, and the
// words of its text. Each factor weighs more the rarer it is in the organisation
// (inverse document frequency) and by how telling its kind is. No I/O here: the store finds
// candidates, this file scores and explains them.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case.h"
#include "domain/investigation_order.h"
#include "domain/option.h"
#include "domain/argument.h"

namespace helder {

enum class FactorKind {
  regulation,       // code: regulation id
  signal,           // code: signal catalog id
  signal_category,  // code: the signal's catalog group
  zrm_level,        // code: "<domain>:<level>"
  zrm_range,        // code: "<domain>:<low>-<high>", two adjacent levels: near levels share one
  deviated_rule,    // code: "<regulation or ->|<article, normalised>"
  legal_basis,      // code: legal basis name
  argument,         // code: argument catalog id
  word,             // code: the stem of a word in the case's text
};

std::string_view to_string(FactorKind kind);
std::optional<FactorKind> factor_kind_from_string(std::string_view name);

struct Factor {
  FactorKind kind = FactorKind::regulation;
  std::string code;
  // One text key per factor ("signal:signaal.schulden"), as the index stores it.
  std::string key() const;
  static std::optional<Factor> from_key(std::string_view key);
  auto operator<=>(const Factor&) const = default;
};

// What a case's factors are made of; the caller reads it from the store.
struct CaseFactorSource {
  std::vector<std::string> regulation_ids;
  std::vector<std::pair<std::string, std::string>> signals;  // catalog id, catalog group
  std::vector<ZrmScore> zrm;
  std::vector<Option> options;
  std::vector<std::string> argument_catalog_ids;
  std::vector<std::string> title_terms;  // analysed words (search/dutch_analyser.h)
  std::vector<std::string> text_terms;   // of the summary, answers and own-text signals
};

// At most this many words of a case count as factors: the title's first, then the most
// frequent of the rest.
inline constexpr std::size_t kMaxWordFactors = 24;

// The distinct factors of a case, sorted.
std::vector<Factor> case_factors(const CaseFactorSource& source);

// "Artikel 18, lid 2" and "art. 18 lid 2" name the same rule.
std::string normalise_article(std::string_view article);

// A factor with the number of the organisation's cases that have it.
struct CountedFactor {
  Factor factor;
  std::int64_t cases = 1;
};

// How much a factor counts: its kind's weight times ln(1 + corpus / cases).
double factor_weight(const CountedFactor& factor, std::int64_t corpus);

struct WeighedFactor {
  Factor factor;
  double weight = 0;
};

struct CandidateFactors {
  CaseId case_id = 0;
  std::vector<CountedFactor> factors;
};

// How much the words of the text count in a score; the coded factors count for the rest.
inline constexpr double kTextShare = 0.3;

struct SimilarCase {
  CaseId case_id = 0;
  // 0..1: per channel (coded factors, words) the weighted Jaccard index, shared weight over
  // the weight of the union; the channels mixed by kTextShare.
  double score = 0;
  std::vector<WeighedFactor> shared;
  std::vector<WeighedFactor> only_in_query;      // distinguishing: this case has it, the other not
  std::vector<WeighedFactor> only_in_candidate;  // distinguishing: the other has it, this case not
};

// What a comparison looks at. A consistency check compares situations: the rule deviated
// from and its legal basis are part of the remedy being judged, so they are left out there.
enum class Comparison { whole_case, situation };

// True for the kinds that describe the remedy rather than the situation.
bool describes_remedy(FactorKind kind);

// The `limit` candidates most similar to the query, best first (ties: newest case first),
// each with its explanation sorted by weight. Candidates with nothing in common are left out.
std::vector<SimilarCase> rank_similar(std::span<const CountedFactor> query,
                                      std::span<const CandidateFactors> candidates,
                                      std::int64_t corpus, std::size_t limit,
                                      Comparison comparison = Comparison::whole_case);

}  // namespace helder
