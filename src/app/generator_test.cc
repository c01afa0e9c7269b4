// A generated data set consists of families of similar cases, each case as complete as the
// phase it reached, and it is the same for the same seed.
#include "app/generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "api/similarity.h"
#include "app/demo_data.h"
#include "app/environment.h"
#include "support/test_support.h"

namespace helder::app {
namespace {

const Timestamp kNow{1'795'000'000'000};  // 2026-11-18

// What the tests look at of one case, read back through the store.
struct CaseFacts {
  Case value;
  std::vector<SignalObservation> signals;
  InvestigationRecord investigation;
  std::vector<WeighedOption> weighing;
  std::vector<Decision> decisions;
};

class GeneratedSet {
 public:
  GeneratedSet(std::int64_t cases, std::uint64_t seed) {
    const auto& catalogs = testing::test_catalogs();
    store_ = std::move(*open_store((dir_.path() / "generated.db").string(), catalogs));
    organisation_ = ensure_demo_organisation(*store_)->id;
    auto templates = *read_demo_cases(testing::data_dir(), catalogs, kNow);
    GenerateOptions options{cases, seed, 500, kNow};
    auto generated = generate_cases(*store_, organisation_, templates, catalogs, options, {});
    EXPECT_TRUE(generated) << (generated ? "" : generated.error().detail);
  }

  std::vector<CaseFacts> read_all() {
    std::vector<CaseFacts> all;
    for (int page = 1;; ++page) {
      auto listed = *store_->list_cases(organisation_, {}, {page, 500});
      for (auto& value : listed.cases) {
        CaseFacts facts{value, *store_->list_signals(organisation_, value.reference),
                        *store_->load_investigation(organisation_, value.reference),
                        *store_->load_weighing(organisation_, value.reference),
                        *store_->list_decisions(organisation_, value.reference)};
        all.push_back(std::move(facts));
      }
      if (!listed.has_next) break;
    }
    return all;
  }

  Store& store() { return *store_; }

 private:
  testing::TempDir dir_;
  std::unique_ptr<Store> store_;
  OrganisationId organisation_ = 0;
};

bool past_decision(Phase phase) {
  return phase == Phase::decision || phase == Phase::execution || phase == Phase::evaluation ||
         phase == Phase::closed;
}

std::string signal_set(const CaseFacts& facts) {
  std::vector<std::string> names;
  for (const auto& signal : facts.signals)
    names.push_back(signal.catalog_id.value_or(signal.own_text.value_or("")));
  std::sort(names.begin(), names.end());
  std::string key;
  for (const auto& name : names) key += name + "|";
  return key;
}

const Option& chosen_option(const CaseFacts& facts) {
  for (const auto& entry : facts.weighing) {
    if (entry.option.id == facts.decisions.front().option_id) return entry.option;
  }
  ADD_FAILURE() << facts.value.reference.str() << ": the decision names an unknown option";
  return facts.weighing.front().option;
}

// The template's title, without the variation some families and cases add in brackets.
std::string base_title(const std::string& title) {
  std::size_t bracket = title.rfind(" (");
  return bracket == std::string::npos ? title : title.substr(0, bracket);
}

DecisionOutcome outcome_of(const CaseFacts& facts) {
  const Option& chosen = chosen_option(facts);
  DecisionOutcome outcome{facts.decisions.front().service_type, chosen.kind, std::nullopt,
                          facts.decisions.front().decided_at};
  if (chosen.deviation) outcome.legal_basis = chosen.deviation->basis;
  return outcome;
}

class GeneratorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    set_ = new GeneratedSet(2000, 42);
    cases_ = new std::vector<CaseFacts>(set_->read_all());
  }
  static void TearDownTestSuite() {
    delete cases_;
    delete set_;
  }
  static GeneratedSet* set_;
  static std::vector<CaseFacts>* cases_;
};

GeneratedSet* GeneratorTest::set_ = nullptr;
std::vector<CaseFacts>* GeneratorTest::cases_ = nullptr;

TEST_F(GeneratorTest, WritesAllCasesWithAnIntactAuditTrail) {
  EXPECT_EQ(cases_->size(), 2000u);
  auto verification = *set_->store().verify_audit_chain();
  EXPECT_TRUE(verification.ok()) << verification.problem;
  EXPECT_GT(verification.events_checked, 20000);
}

TEST_F(GeneratorTest, CasesComeInFamiliesThatShareTheirSignals) {
  std::map<std::string, int> sets;
  for (const auto& facts : *cases_) ++sets[signal_set(facts)];
  int shared = 0;
  for (const auto& facts : *cases_) shared += sets[signal_set(facts)] > 1 ? 1 : 0;
  EXPECT_GT(shared, 1600) << "most cases have the same signals as some other case";
  EXPECT_LT(sets.size(), 500u);
  EXPECT_GT(sets.size(), 50u) << "families differ in their signals";
}

TEST_F(GeneratorTest, FamiliesDifferInWhatDecidesACase) {
  std::set<std::vector<std::string>> regulation_sets;
  std::set<std::string> deviated_rules;
  std::set<std::string> zrm_profiles;
  for (const auto& facts : *cases_) {
    regulation_sets.insert(facts.value.regulation_ids);
    for (const auto& entry : facts.weighing) {
      if (entry.option.deviation) deviated_rules.insert(entry.option.deviation->article);
    }
    std::string profile;
    for (const auto& score : facts.investigation.zrm) {
      profile += std::string(to_string(score.domain)) + ":" + std::to_string(score.level) + " ";
    }
    zrm_profiles.insert(profile);
  }
  EXPECT_GE(regulation_sets.size(), 20u);
  EXPECT_GE(deviated_rules.size(), 12u);
  EXPECT_GE(zrm_profiles.size(), 100u);
}

TEST_F(GeneratorTest, DecisionsExactlyForThePhasesPastTheDecision) {
  std::map<ServiceType, int> outcomes;
  for (const auto& facts : *cases_) {
    const std::string reference = facts.value.reference.str();
    Phase phase = facts.value.phase;
    ASSERT_EQ(facts.decisions.size(), past_decision(phase) ? 1u : 0u) << reference;
    if (phase != Phase::signal) {
      EXPECT_GE(facts.investigation.answers.size(), 2u) << reference;
    }
    bool weighed = phase != Phase::signal && phase != Phase::investigation;
    EXPECT_EQ(!facts.weighing.empty(), weighed) << reference;
    for (const auto& entry : facts.weighing) {
      EXPECT_FALSE(entry.arguments.empty()) << reference;
    }
    if (facts.decisions.empty()) continue;
    const Decision& decision = facts.decisions.front();
    const Option& chosen = chosen_option(facts);
    EXPECT_EQ(decision.service_type, service_type_for(chosen.kind)) << reference;
    EXPECT_FALSE(decision.motivation.empty());
    EXPECT_GT(decision.review_on, decision.decided_at);
    EXPECT_LE(decision.decided_at, facts.value.updated_at);
    EXPECT_FALSE(decision.snapshot.empty());
    if (chosen.kind == OptionKind::deviation) {
      ASSERT_TRUE(chosen.deviation.has_value()) << reference;
      EXPECT_FALSE(chosen.deviation->article.empty());
    }
    ++outcomes[decision.service_type];
  }
  // All three kinds of outcome occur, none of them rare.
  for (ServiceType type : {ServiceType::standard, ServiceType::tailored, ServiceType::deviation}) {
    EXPECT_GT(outcomes[type], 150) << to_string(type);
  }
}

TEST_F(GeneratorTest, SimilarCasesUsuallyGetTheSameOutcome) {
  // Cases with the same title, regulations and signals are (nearly always) of one family.
  std::map<std::string, std::map<ServiceType, int>> groups;
  for (const auto& facts : *cases_) {
    if (facts.decisions.empty()) continue;
    std::string key = facts.value.title + "#" + signal_set(facts);
    for (const auto& id : facts.value.regulation_ids) key += id + ",";
    ++groups[key][facts.decisions.front().service_type];
  }
  int decided = 0, usual = 0, groups_with_departures = 0;
  for (const auto& [key, outcomes] : groups) {
    int size = 0, most = 0;
    for (const auto& [type, count] : outcomes) {
      size += count;
      most = std::max(most, count);
    }
    if (size < 5) continue;
    decided += size;
    usual += most;
    groups_with_departures += most < size ? 1 : 0;
  }
  ASSERT_GT(decided, 300);
  double share = static_cast<double>(usual) / decided;
  EXPECT_GT(share, 0.75);
  EXPECT_LT(share, 0.95) << "some similar cases end differently, for the consistency check to find";
  EXPECT_GT(groups_with_departures, 10);
}

// With the similarity index (store) and its scoring (api/similarity.h): the ten most similar
// cases of a case are mostly of its own situation.
TEST_F(GeneratorTest, SimilarCasesAreMostlyOfTheSameSituation) {
  std::map<CaseId, const CaseFacts*> by_id;
  for (const auto& facts : *cases_) by_id[facts.value.id] = &facts;
  int compared = 0, same_situation = 0;
  for (std::size_t idx = 0; idx < cases_->size(); idx += 40) {
    const CaseFacts& facts = (*cases_)[idx];
    auto similar =
        api::find_similar(set_->store(), facts.value.organisation_id, facts.value.id, 10, false);
    ASSERT_TRUE(similar);
    for (const auto& other : similar->similar) {
      ++compared;
      if (base_title(by_id.at(other.case_id)->value.title) == base_title(facts.value.title)) {
        ++same_situation;
      }
    }
  }
  EXPECT_GT(compared, 400);
  EXPECT_GT(same_situation, compared * 6 / 10);
}

// The check a decision gets (api/similarity.h) finds the departures the families contain.
TEST_F(GeneratorTest, TheConsistencyCheckFindsSomeDepartures) {
  User manager = *set_->store().find_user("manager");
  Principal principal{manager.id, manager.organisation_id, manager.username, manager.roles,
                      manager.team};
  int checked = 0, enough = 0, departs = 0;
  for (std::size_t idx = 0; idx < cases_->size(); idx += 10) {
    const CaseFacts& facts = (*cases_)[idx];
    if (facts.decisions.empty()) continue;
    auto check =
        api::check_against_similar(set_->store(), principal, facts.value.id, outcome_of(facts));
    ASSERT_TRUE(check);
    ++checked;
    enough += check->enough_comparables ? 1 : 0;
    departs += check->departs ? 1 : 0;
  }
  ASSERT_GT(checked, 100);
  EXPECT_GT(enough, checked * 8 / 10) << "a decided case has enough decided cases to compare with";
  EXPECT_GT(departs, checked * 3 / 100) << "some decisions depart from what similar cases got";
  EXPECT_LT(departs, checked * 3 / 10) << "most do not";
}

TEST(GeneratorSeedTest, TheSameSeedGivesTheSameCases) {
  auto describe = [](GeneratedSet& set) {
    std::vector<std::string> lines;
    for (const auto& facts : set.read_all()) {
      std::string line = facts.value.reference.str() + facts.value.title + facts.value.summary +
                         std::string(to_string(facts.value.phase)) + signal_set(facts);
      for (const auto& answer : facts.investigation.answers) line += answer.text;
      for (const auto& decision : facts.decisions) line += decision.motivation;
      lines.push_back(line);
    }
    return lines;
  };
  GeneratedSet first(150, 7), second(150, 7), other(150, 8);
  auto described = describe(first);
  EXPECT_EQ(described, describe(second));
  EXPECT_NE(described, describe(other));
}

}  // namespace
}  // namespace helder::app
