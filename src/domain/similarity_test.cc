#include "domain/similarity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace helder {
namespace {

bool has(const std::vector<Factor>& factors, FactorKind kind, std::string_view code) {
  return std::find(factors.begin(), factors.end(), Factor{kind, std::string(code)}) != factors.end();
}

std::vector<std::string> codes(const std::vector<WeighedFactor>& factors) {
  std::vector<std::string> result;
  for (const auto& factor : factors) result.push_back(factor.factor.key());
  std::sort(result.begin(), result.end());
  return result;
}

TEST(CaseFactors, NameEveryKindOfFactorOnce) {
  CaseFactorSource source;
  source.regulation_ids = {"participatiewet", "participatiewet"};
  source.signals = {{"signaal.stapeling-regelingen", "inwoner.bijzondere-omstandigheden"}};
  source.zrm = {{ZrmDomain::finances, 2}};
  Option deviation{.kind = OptionKind::deviation};
  deviation.deviation = Deviation{.regulation_id = "participatiewet", .article = "Art. 18, lid 2",
                                  .basis = LegalBasis::hardship_clause};
  source.options = {deviation};
  source.argument_catalog_ids = {"argument.financiele-problemen"};
  source.title_terms = {"schuld", "huur"};
  auto factors = case_factors(source);
  EXPECT_TRUE(has(factors, FactorKind::regulation, "participatiewet"));
  EXPECT_TRUE(has(factors, FactorKind::signal, "signaal.stapeling-regelingen"));
  EXPECT_TRUE(has(factors, FactorKind::signal_category, "inwoner.bijzondere-omstandigheden"));
  std::string finances(to_string(ZrmDomain::finances));
  EXPECT_TRUE(has(factors, FactorKind::zrm_level, finances + ":2"));
  EXPECT_TRUE(has(factors, FactorKind::zrm_range, finances + ":1-2"));
  EXPECT_TRUE(has(factors, FactorKind::zrm_range, finances + ":2-3"));
  EXPECT_TRUE(has(factors, FactorKind::deviated_rule, "participatiewet|artikel 18 lid 2"));
  EXPECT_TRUE(has(factors, FactorKind::legal_basis, "hardship_clause"));
  EXPECT_TRUE(has(factors, FactorKind::argument, "argument.financiele-problemen"));
  EXPECT_TRUE(has(factors, FactorKind::word, "schuld"));
  EXPECT_EQ(std::count_if(factors.begin(), factors.end(),
                          [](const Factor& f) { return f.kind == FactorKind::regulation; }),
            1);
}

TEST(CaseFactors, TheSameArticleWrittenDifferentlyIsOneRule) {
  EXPECT_EQ(normalise_article("Artikel 18, lid 2"), normalise_article("art. 18 lid 2"));
  EXPECT_EQ(normalise_article("  artikel   4:84 "), "artikel 4:84");
}

TEST(CaseFactors, ExtremeZrmLevelsHaveOneRange) {
  CaseFactorSource source;
  source.zrm = {{ZrmDomain::housing, 1}, {ZrmDomain::justice, 5}};
  auto factors = case_factors(source);
  auto ranges = std::count_if(factors.begin(), factors.end(),
                              [](const Factor& f) { return f.kind == FactorKind::zrm_range; });
  EXPECT_EQ(ranges, 2);
}

TEST(CaseFactors, WordsAreCappedTitleFirstThenMostFrequent) {
  CaseFactorSource source;
  source.title_terms = {"titelwoord"};
  for (int i = 0; i < 40; ++i) source.text_terms.push_back("woord" + std::to_string(100 + i));
  source.text_terms.push_back("vaakst");
  source.text_terms.push_back("vaakst");
  source.text_terms.push_back("12345");  // numbers never count
  source.text_terms.push_back("ab");     // nor very short stems
  auto factors = case_factors(source);
  std::vector<Factor> words;
  std::copy_if(factors.begin(), factors.end(), std::back_inserter(words),
               [](const Factor& f) { return f.kind == FactorKind::word; });
  EXPECT_EQ(words.size(), kMaxWordFactors);
  EXPECT_TRUE(has(factors, FactorKind::word, "titelwoord"));
  EXPECT_TRUE(has(factors, FactorKind::word, "vaakst"));
  EXPECT_FALSE(has(factors, FactorKind::word, "12345"));
  EXPECT_FALSE(has(factors, FactorKind::word, "ab"));
}

TEST(FactorWeight, RarerFactorsAndWeightierKindsCountMore) {
  CountedFactor rare{{FactorKind::signal, "a"}, 10};
  CountedFactor common{{FactorKind::signal, "b"}, 900};
  CountedFactor word{{FactorKind::word, "c"}, 10};
  EXPECT_GT(factor_weight(rare, 1000), factor_weight(common, 1000));
  EXPECT_GT(factor_weight(rare, 1000), factor_weight(word, 1000));
  EXPECT_NEAR(factor_weight(rare, 1000), 1.5 * std::log(1.0 + 100.0), 1e-9);
}

CountedFactor counted(FactorKind kind, std::string code, std::int64_t cases = 10) {
  return {{kind, std::move(code)}, cases};
}

TEST(RankSimilar, ExplainsSharedAndDistinguishingFactors) {
  std::vector<CountedFactor> query = {counted(FactorKind::regulation, "wmo-2015"),
                                      counted(FactorKind::signal, "signaal.a"),
                                      counted(FactorKind::word, "schuld")};
  std::vector<CandidateFactors> candidates = {
      {7, {counted(FactorKind::regulation, "wmo-2015"), counted(FactorKind::signal, "signaal.a"),
           counted(FactorKind::argument, "argument.x")}}};
  auto ranked = rank_similar(query, candidates, 100, 10);
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_EQ(ranked[0].case_id, 7);
  EXPECT_EQ(codes(ranked[0].shared),
            (std::vector<std::string>{"regulation:wmo-2015", "signal:signaal.a"}));
  EXPECT_EQ(codes(ranked[0].only_in_query), (std::vector<std::string>{"word:schuld"}));
  EXPECT_EQ(codes(ranked[0].only_in_candidate), (std::vector<std::string>{"argument:argument.x"}));
  // Weighted Jaccard per channel (shared weight over the weight of the union), mixed: the
  // coded factors share regulation and signal; of the words, none is shared.
  double w_reg = factor_weight(query[0], 100), w_sig = factor_weight(query[1], 100);
  double w_arg = factor_weight(candidates[0].factors[2], 100);
  EXPECT_NEAR(ranked[0].score, (1 - kTextShare) * (w_reg + w_sig) / (w_reg + w_sig + w_arg), 1e-9);
  // The explanation lists the weightiest first.
  EXPECT_EQ(ranked[0].shared[0].factor.kind, FactorKind::signal);
}

TEST(RankSimilar, ManyOtherWordsDoNotDrownSharedFacts) {
  std::vector<CountedFactor> query = {counted(FactorKind::signal, "signaal.a"),
                                      counted(FactorKind::regulation, "wmo-2015")};
  CandidateFactors wordy{1, {counted(FactorKind::signal, "signaal.a"),
                             counted(FactorKind::regulation, "wmo-2015")}};
  for (int i = 0; i < 24; ++i) query.push_back(counted(FactorKind::word, "q" + std::to_string(i), 1));
  for (int i = 0; i < 24; ++i) wordy.factors.push_back(counted(FactorKind::word, "c" + std::to_string(i), 1));
  std::vector<CandidateFactors> candidates = {wordy};
  auto ranked = rank_similar(query, candidates, 100, 10);
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_NEAR(ranked[0].score, 1 - kTextShare, 1e-9);  // all facts shared, no word
}

TEST(RankSimilar, IdenticalFactorsScoreOneAndNothingInCommonIsLeftOut) {
  std::vector<CountedFactor> query = {counted(FactorKind::signal, "signaal.a")};
  std::vector<CandidateFactors> candidates = {{1, {counted(FactorKind::signal, "signaal.b")}},
                                              {2, {counted(FactorKind::signal, "signaal.a")}}};
  auto ranked = rank_similar(query, candidates, 100, 10);
  ASSERT_EQ(ranked.size(), 1u);
  EXPECT_EQ(ranked[0].case_id, 2);
  EXPECT_DOUBLE_EQ(ranked[0].score, 1.0);
}

TEST(RankSimilar, OrdersByScoreThenNewestAndKeepsTheLimit) {
  std::vector<CountedFactor> query = {counted(FactorKind::signal, "signaal.a"),
                                      counted(FactorKind::signal, "signaal.b")};
  std::vector<CandidateFactors> candidates = {
      {1, {counted(FactorKind::signal, "signaal.a")}},
      {2, {counted(FactorKind::signal, "signaal.a"), counted(FactorKind::signal, "signaal.b")}},
      {3, {counted(FactorKind::signal, "signaal.a")}},
  };
  auto ranked = rank_similar(query, candidates, 100, 2);
  ASSERT_EQ(ranked.size(), 2u);
  EXPECT_EQ(ranked[0].case_id, 2);
  EXPECT_EQ(ranked[1].case_id, 3);  // tied with 1; the newer case first
}

}  // namespace
}  // namespace helder

namespace helder {
namespace {

TEST(RankSimilar, ASituationComparisonLeavesTheRemedyOut) {
  std::vector<CountedFactor> query = {counted(FactorKind::signal, "signaal.a"),
                                      counted(FactorKind::deviated_rule, "participatiewet|artikel 18"),
                                      counted(FactorKind::legal_basis, "hardship_clause")};
  std::vector<CandidateFactors> candidates = {{1, {counted(FactorKind::signal, "signaal.a")}}};
  auto whole = rank_similar(query, candidates, 100, 10);
  auto situation = rank_similar(query, candidates, 100, 10, Comparison::situation);
  ASSERT_EQ(situation.size(), 1u);
  EXPECT_LT(whole[0].score, 1.0);
  EXPECT_DOUBLE_EQ(situation[0].score, 1.0);
  EXPECT_TRUE(situation[0].only_in_query.empty());
}

}  // namespace
}  // namespace helder
