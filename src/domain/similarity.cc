#include "domain/similarity.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "domain/enum_names.h"

namespace helder {
namespace {

constexpr EnumNames<FactorKind, 9> kKinds{{{
    {FactorKind::regulation, "regulation"},
    {FactorKind::signal, "signal"},
    {FactorKind::signal_category, "signal_category"},
    {FactorKind::zrm_level, "zrm_level"},
    {FactorKind::zrm_range, "zrm_range"},
    {FactorKind::deviated_rule, "deviated_rule"},
    {FactorKind::legal_basis, "legal_basis"},
    {FactorKind::argument, "argument"},
    {FactorKind::word, "word"},
}}};

// How telling a kind of factor is, before rarity. A named rule deviated from says most about
// a case; a signal more than its category; words count each a little, as there are many.
double kind_weight(FactorKind kind) {
  switch (kind) {
    case FactorKind::regulation: return 1.0;
    case FactorKind::signal: return 1.5;
    case FactorKind::signal_category: return 0.5;
    case FactorKind::zrm_level: return 0.5;
    case FactorKind::zrm_range: return 0.3;
    case FactorKind::deviated_rule: return 2.0;
    case FactorKind::legal_basis: return 1.0;
    case FactorKind::argument: return 0.8;
    case FactorKind::word: return 0.35;
  }
  return 0;
}

bool is_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words that count: the title's in order, then the rest by frequency (ties: longer
// first, as longer words tend to say more), skipping numbers and very short stems.
std::vector<std::string> chosen_words(const CaseFactorSource& source) {
  auto usable = [](const std::string& term) { return term.size() >= 3 && !is_digits(term); };
  std::vector<std::string> words;
  auto has = [&](const std::string& term) {
    return std::find(words.begin(), words.end(), term) != words.end();
  };
  for (const auto& term : source.title_terms) {
    if (words.size() < kMaxWordFactors && usable(term) && !has(term)) words.push_back(term);
  }
  std::map<std::string, int> frequency;
  for (const auto& term : source.text_terms) {
    if (usable(term)) ++frequency[term];
  }
  std::vector<std::pair<std::string, int>> ranked(frequency.begin(), frequency.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first.size() > b.first.size();
  });
  for (const auto& [term, count] : ranked) {
    if (words.size() >= kMaxWordFactors) break;
    if (!has(term)) words.push_back(term);
  }
  return words;
}

}  // namespace

std::string_view to_string(FactorKind kind) { return kKinds.name(kind); }
std::optional<FactorKind> factor_kind_from_string(std::string_view name) { return kKinds.parse(name); }

std::string Factor::key() const { return std::string(to_string(kind)) + ":" + code; }

std::optional<Factor> Factor::from_key(std::string_view key) {
  auto colon = key.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto kind = factor_kind_from_string(key.substr(0, colon));
  if (!kind) return std::nullopt;
  return Factor{*kind, std::string(key.substr(colon + 1))};
}

std::string normalise_article(std::string_view article) {
  std::string result;
  bool space = false;
  for (char c : article) {
    if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
      space = !result.empty();
      continue;
    }
    if (space) result.push_back(' ');
    space = false;
    result.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (result.starts_with("art. ")) result.replace(0, 5, "artikel ");
  if (result.starts_with("art ")) result.replace(0, 4, "artikel ");
  return result;
}

std::vector<Factor> case_factors(const CaseFactorSource& source) {
  std::vector<Factor> factors;
  auto add = [&](FactorKind kind, std::string code) { factors.push_back({kind, std::move(code)}); };
  for (const auto& id : source.regulation_ids) add(FactorKind::regulation, id);
  for (const auto& [id, group] : source.signals) {
    add(FactorKind::signal, id);
    if (!group.empty()) add(FactorKind::signal_category, group);
  }
  for (const auto& score : source.zrm) {
    std::string domain(to_string(score.domain));
    add(FactorKind::zrm_level, domain + ":" + std::to_string(score.level));
    if (score.level > kZrmMinLevel) {
      add(FactorKind::zrm_range, domain + ":" + std::to_string(score.level - 1) + "-" +
                                     std::to_string(score.level));
    }
    if (score.level < kZrmMaxLevel) {
      add(FactorKind::zrm_range, domain + ":" + std::to_string(score.level) + "-" +
                                     std::to_string(score.level + 1));
    }
  }
  for (const auto& option : source.options) {
    if (!option.deviation) continue;
    add(FactorKind::deviated_rule, option.deviation->regulation_id.value_or("-") + "|" +
                                       normalise_article(option.deviation->article));
    add(FactorKind::legal_basis, std::string(to_string(option.deviation->basis)));
  }
  for (const auto& id : source.argument_catalog_ids) add(FactorKind::argument, id);
  for (auto& word : chosen_words(source)) add(FactorKind::word, std::move(word));
  std::sort(factors.begin(), factors.end());
  factors.erase(std::unique(factors.begin(), factors.end()), factors.end());
  return factors;
}

double factor_weight(const CountedFactor& factor, std::int64_t corpus) {
  double cases = static_cast<double>(std::max<std::int64_t>(factor.cases, 1));
  double all = static_cast<double>(std::max<std::int64_t>(corpus, 1));
  return kind_weight(factor.factor.kind) * std::log(1.0 + all / cases);
}

namespace {

// Shared and unshared weight in the two channels a score combines: the coded facts of the
// situation, and the words of its text. Kept apart so that a long text with other words does
// not drown what the cases share in fact.
struct Overlap {
  double shared[2] = {0, 0};
  double other[2] = {0, 0};  // weight that only one side has (for the query: all of it)

  static int channel(FactorKind kind) { return kind == FactorKind::word ? 1 : 0; }
  void add_shared(FactorKind kind, double weight) { shared[channel(kind)] += weight; }
  void add_other(FactorKind kind, double weight) { other[channel(kind)] += weight; }
  bool any_shared() const { return shared[0] > 0 || shared[1] > 0; }

  // Per channel the weighted Jaccard index: shared weight over the weight of the union (the
  // query's whole weight plus what only the candidate has). The channels are then mixed by
  // kTextShare; a channel neither case has leaves the other to decide alone.
  double score(const Overlap& query) const {
    double parts[2] = {0, 0};
    bool present[2] = {false, false};
    for (int c = 0; c < 2; ++c) {
      double union_weight = query.other[c] + other[c];
      present[c] = union_weight > 0;
      if (present[c]) parts[c] = shared[c] / union_weight;
    }
    if (present[0] && present[1]) return (1 - kTextShare) * parts[0] + kTextShare * parts[1];
    return present[0] ? parts[0] : parts[1];
  }
};

}  // namespace

bool describes_remedy(FactorKind kind) {
  return kind == FactorKind::deviated_rule || kind == FactorKind::legal_basis;
}

std::vector<SimilarCase> rank_similar(std::span<const CountedFactor> query,
                                      std::span<const CandidateFactors> candidates,
                                      std::int64_t corpus, std::size_t limit,
                                      Comparison comparison) {
  auto counts = [comparison](const Factor& factor) {
    return comparison == Comparison::whole_case || !describes_remedy(factor.kind);
  };
  std::map<Factor, double> query_weights;
  Overlap query_totals;  // the query's own weight per channel
  for (const auto& factor : query) {
    if (!counts(factor.factor)) continue;
    double weight = factor_weight(factor, corpus);
    if (query_weights.emplace(factor.factor, weight).second) {
      query_totals.add_other(factor.factor.kind, weight);
    }
  }
  // Scores first; only the cases that make the list get their explanation.
  std::vector<std::pair<double, const CandidateFactors*>> scored;
  for (const auto& candidate : candidates) {
    Overlap overlap;
    for (const auto& factor : candidate.factors) {
      if (!counts(factor.factor)) continue;
      auto in_query = query_weights.find(factor.factor);
      // A shared factor counts with the query's weight, so it weighs the same everywhere.
      if (in_query != query_weights.end()) {
        overlap.add_shared(factor.factor.kind, in_query->second);
      } else {
        overlap.add_other(factor.factor.kind, factor_weight(factor, corpus));
      }
    }
    if (overlap.any_shared()) scored.emplace_back(overlap.score(query_totals), &candidate);
  }
  auto better = [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second->case_id > b.second->case_id;
  };
  std::size_t kept = std::min(limit, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(kept),
                    scored.end(), better);
  scored.resize(kept);

  auto by_weight = [](const WeighedFactor& a, const WeighedFactor& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.factor < b.factor;
  };
  std::vector<SimilarCase> ranked;
  for (const auto& [score, candidate] : scored) {
    SimilarCase result{.case_id = candidate->case_id, .score = score};
    std::map<Factor, double> unshared = query_weights;
    for (const auto& factor : candidate->factors) {
      if (!counts(factor.factor)) continue;
      auto in_query = unshared.find(factor.factor);
      if (in_query != unshared.end()) {
        result.shared.push_back({factor.factor, in_query->second});
        unshared.erase(in_query);
      } else if (!query_weights.contains(factor.factor)) {
        result.only_in_candidate.push_back({factor.factor, factor_weight(factor, corpus)});
      }
    }
    for (const auto& [factor, weight] : unshared) result.only_in_query.push_back({factor, weight});
    std::sort(result.shared.begin(), result.shared.end(), by_weight);
    std::sort(result.only_in_query.begin(), result.only_in_query.end(), by_weight);
    std::sort(result.only_in_candidate.begin(), result.only_in_candidate.end(), by_weight);
    ranked.push_back(std::move(result));
  }
  return ranked;
}

}  // namespace helder
