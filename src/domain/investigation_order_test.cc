#include "domain/investigation_order.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace helder {
namespace {

Timestamp at(const char* rfc3339) { return *parse_rfc3339(rfc3339); }

InvestigationStep done(CrvbStep step, const char* date) {
  return {step, "Besproken met de inwoner en vastgelegd.", at(date)};
}

std::vector<InvestigationStep> all_in_order() {
  return {done(CrvbStep::request, "2026-03-02"), done(CrvbStep::problems, "2026-03-03"),
          done(CrvbStep::needs, "2026-03-10"), done(CrvbStep::own_means, "2026-03-12"),
          done(CrvbStep::provision, "2026-03-20")};
}

InvestigationStep& find(std::vector<InvestigationStep>& steps, CrvbStep step) {
  for (auto& entry : steps) {
    if (entry.step == step) return entry;
  }
  ADD_FAILURE() << "no such step";
  return steps.front();
}

std::vector<std::string> names(const std::vector<FieldError>& errors) {
  std::vector<std::string> result;
  for (const auto& error : errors) result.push_back(error.name);
  return result;
}

std::vector<OrderFindingKind> kinds(const OrderVerdict& verdict) {
  std::vector<OrderFindingKind> result;
  for (const auto& finding : verdict.findings) result.push_back(finding.kind);
  return result;
}

const Timestamp kNow = at("2026-04-01T12:00:00Z");

// --- Steps and names --------------------------------------------------------------------------

TEST(CrvbStep, NumbersNamesAndLabels) {
  std::set<std::string_view> labels;
  int expected_number = 1;
  for (CrvbStep step : kAllCrvbSteps) {
    EXPECT_EQ(step_number(step), expected_number++);
    EXPECT_EQ(crvb_step_from_string(to_string(step)), step);
    EXPECT_FALSE(dutch_label(step).empty());
    labels.insert(dutch_label(step));
  }
  EXPECT_EQ(labels.size(), 5u);
  EXPECT_EQ(to_string(CrvbStep::own_means), "own_means");
  EXPECT_EQ(dutch_label(CrvbStep::request), "Hulpvraag");
  EXPECT_EQ(dutch_label(CrvbStep::provision), "Maatwerkvoorziening");
  EXPECT_FALSE(crvb_step_from_string("stap1").has_value());
}

TEST(OrderFindingKind, HasCodeNames) {
  EXPECT_EQ(to_string(OrderFindingKind::missing), "missing");
  EXPECT_EQ(to_string(OrderFindingKind::empty), "empty");
  EXPECT_EQ(to_string(OrderFindingKind::not_completed), "not_completed");
  EXPECT_EQ(to_string(OrderFindingKind::out_of_order), "out_of_order");
}

// --- The check --------------------------------------------------------------------------------

TEST(InvestigationOrder, AllStepsInOrderIsComplete) {
  auto steps = all_in_order();
  auto verdict = check_investigation_order(steps);
  EXPECT_TRUE(verdict.complete_and_in_order);
  EXPECT_TRUE(verdict.findings.empty());
  EXPECT_EQ(verdict.summary,
            "Alle vijf stappen van het onderzoek zijn vastgelegd en in de voorgeschreven volgorde "
            "afgerond.");
}

TEST(InvestigationOrder, InputOrderDoesNotMatter) {
  auto steps = all_in_order();
  std::vector<InvestigationStep> reversed(steps.rbegin(), steps.rend());
  EXPECT_TRUE(check_investigation_order(reversed).complete_and_in_order);
}

TEST(InvestigationOrder, StepsCompletedOnTheSameDayAreInOrder) {
  auto steps = all_in_order();
  for (auto& step : steps) step.completed_on = at("2026-03-05T16:00:00Z");
  // Step 3 a few hours before step 2, but on the same UTC day.
  find(steps, CrvbStep::needs).completed_on = at("2026-03-05T08:00:00Z");
  EXPECT_TRUE(check_investigation_order(steps).complete_and_in_order);
}

TEST(InvestigationOrder, ComparesUtcDays) {
  auto steps = all_in_order();
  // Both on 3 March in Amsterdam, but step 2 falls on 2 March in UTC, the day before step 1.
  find(steps, CrvbStep::request).completed_on = at("2026-03-03T10:00:00Z");
  find(steps, CrvbStep::problems).completed_on = at("2026-03-03T00:30:00+01:00");
  auto verdict = check_investigation_order(steps);
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].step, CrvbStep::problems);
  EXPECT_EQ(verdict.findings[0].earlier_step, CrvbStep::request);
  EXPECT_NE(verdict.findings[0].message.find("afgerond op 2 maart 2026, vóór stap 1 (hulpvraag) "
                                             "op 3 maart 2026"),
            std::string::npos);
}

TEST(InvestigationOrder, ReportsAMissingStep) {
  auto steps = all_in_order();
  steps.erase(steps.begin() + 1);  // step 2
  auto verdict = check_investigation_order(steps);
  EXPECT_FALSE(verdict.complete_and_in_order);
  ASSERT_EQ(verdict.findings.size(), 1u);
  const auto& finding = verdict.findings[0];
  EXPECT_EQ(finding.kind, OrderFindingKind::missing);
  EXPECT_EQ(finding.step, CrvbStep::problems);
  EXPECT_FALSE(finding.earlier_step.has_value());
  EXPECT_EQ(finding.message,
            "Stap 2 (problemen in zelfredzaamheid en participatie) ontbreekt in het onderzoek.");
  EXPECT_EQ(verdict.summary,
            "Het onderzoek is nog niet volledig: stap 2 (problemen in zelfredzaamheid en "
            "participatie) ontbreekt.");
}

TEST(InvestigationOrder, NothingRecordedMeansAllFiveMissing) {
  auto verdict = check_investigation_order({});
  EXPECT_FALSE(verdict.complete_and_in_order);
  ASSERT_EQ(verdict.findings.size(), 5u);
  for (std::size_t idx = 0; idx < 5; ++idx) {
    EXPECT_EQ(verdict.findings[idx].kind, OrderFindingKind::missing);
    EXPECT_EQ(verdict.findings[idx].step, kAllCrvbSteps[idx]);
  }
  EXPECT_EQ(verdict.summary,
            "Van het voorgeschreven onderzoek is nog geen enkele stap vastgelegd.");
}

TEST(InvestigationOrder, ReportsBlankContentAsEmpty) {
  auto steps = all_in_order();
  find(steps, CrvbStep::needs).content = "  \n\t ";
  auto verdict = check_investigation_order(steps);
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].kind, OrderFindingKind::empty);
  EXPECT_EQ(verdict.findings[0].step, CrvbStep::needs);
  EXPECT_EQ(verdict.findings[0].message,
            "Stap 3 (benodigde hulp) is vastgelegd zonder inhoud, zodat niet blijkt wat er is "
            "onderzocht.");
  EXPECT_EQ(verdict.summary,
            "Het onderzoek is nog niet volledig: stap 3 (benodigde hulp) heeft geen inhoud.");
}

TEST(InvestigationOrder, EmptyStepWithoutDateIsOnlyEmpty) {
  auto steps = all_in_order();
  find(steps, CrvbStep::needs).content = "";
  find(steps, CrvbStep::needs).completed_on.reset();
  EXPECT_EQ(kinds(check_investigation_order(steps)),
            std::vector<OrderFindingKind>{OrderFindingKind::empty});
}

TEST(InvestigationOrder, ReportsAStepWithoutDateAsNotCompleted) {
  auto steps = all_in_order();
  find(steps, CrvbStep::provision).completed_on.reset();
  auto verdict = check_investigation_order(steps);
  ASSERT_EQ(verdict.findings.size(), 1u);
  EXPECT_EQ(verdict.findings[0].kind, OrderFindingKind::not_completed);
  EXPECT_EQ(verdict.findings[0].step, CrvbStep::provision);
  EXPECT_EQ(verdict.findings[0].message,
            "Stap 5 (maatwerkvoorziening) is beschreven, maar heeft nog geen datum van "
            "afronding.");
  EXPECT_EQ(verdict.summary,
            "Het onderzoek is nog niet volledig: stap 5 (maatwerkvoorziening) is nog niet "
            "afgerond.");
}

TEST(InvestigationOrder, ReportsAStepCompletedTooEarly) {
  auto steps = all_in_order();
  find(steps, CrvbStep::needs).completed_on = at("2026-03-03T09:00:00Z");
  find(steps, CrvbStep::problems).completed_on = at("2026-03-10T14:00:00Z");
  auto verdict = check_investigation_order(steps);
  EXPECT_FALSE(verdict.complete_and_in_order);
  ASSERT_EQ(verdict.findings.size(), 1u);
  const auto& finding = verdict.findings[0];
  EXPECT_EQ(finding.kind, OrderFindingKind::out_of_order);
  EXPECT_EQ(finding.step, CrvbStep::needs);
  EXPECT_EQ(finding.earlier_step, CrvbStep::problems);
  EXPECT_EQ(finding.message,
            "Stap 3 (benodigde hulp) is afgerond op 3 maart 2026, vóór stap 2 (problemen in "
            "zelfredzaamheid en participatie) op 10 maart 2026; de volgorde van het onderzoek "
            "klopt niet.");
  EXPECT_EQ(verdict.summary,
            "Het onderzoek heeft de stappen niet in de voorgeschreven volgorde doorlopen: stap 3 "
            "(benodigde hulp) is eerder afgerond dan stap 2 (problemen in zelfredzaamheid en "
            "participatie).");
}

TEST(InvestigationOrder, ReportsEveryOutOfOrderPairOnce) {
  // Starting from what the resident can do (step 4) before the problems were clear: step 4
  // is done before steps 2 and 3, which were themselves done in order.
  auto steps = all_in_order();
  find(steps, CrvbStep::own_means).completed_on = at("2026-03-02");
  auto verdict = check_investigation_order(steps);
  ASSERT_EQ(verdict.findings.size(), 2u);
  EXPECT_EQ(verdict.findings[0].step, CrvbStep::own_means);
  EXPECT_EQ(verdict.findings[0].earlier_step, CrvbStep::problems);
  EXPECT_EQ(verdict.findings[1].step, CrvbStep::own_means);
  EXPECT_EQ(verdict.findings[1].earlier_step, CrvbStep::needs);
  EXPECT_EQ(verdict.summary,
            "Het onderzoek heeft de stappen niet in de voorgeschreven volgorde doorlopen: stap 4 "
            "(eigen kracht, netwerk en algemene voorzieningen) is eerder afgerond dan de stappen "
            "2 (problemen in zelfredzaamheid en participatie) en 3 (benodigde hulp).");
}

TEST(InvestigationOrder, FullyReversedOrderGivesAllTenPairs) {
  auto steps = all_in_order();
  const char* dates[] = {"2026-03-20", "2026-03-16", "2026-03-12", "2026-03-08", "2026-03-04"};
  for (std::size_t idx = 0; idx < steps.size(); ++idx) steps[idx].completed_on = at(dates[idx]);
  auto verdict = check_investigation_order(steps);
  ASSERT_EQ(verdict.findings.size(), 10u);
  std::set<std::pair<int, int>> pairs;
  int last_step = 0;
  for (const auto& finding : verdict.findings) {
    EXPECT_EQ(finding.kind, OrderFindingKind::out_of_order);
    EXPECT_GE(step_number(finding.step), last_step);  // ordered by step number
    last_step = step_number(finding.step);
    ASSERT_TRUE(finding.earlier_step.has_value());
    EXPECT_LT(step_number(*finding.earlier_step), step_number(finding.step));
    pairs.insert({step_number(finding.step), step_number(*finding.earlier_step)});
  }
  EXPECT_EQ(pairs.size(), 10u);
  EXPECT_EQ(verdict.findings.front().step, CrvbStep::problems);
  EXPECT_EQ(verdict.findings.back().step, CrvbStep::provision);
  EXPECT_EQ(verdict.findings.back().earlier_step, CrvbStep::own_means);
}

TEST(InvestigationOrder, UnfinishedStepsAreNotComparedForOrder) {
  auto steps = all_in_order();
  // Step 2 is blank and step 3 has no date; their dates (or lack of one) say nothing about
  // order, so steps 4 and 5 are not reported as too early against them.
  find(steps, CrvbStep::problems).content = " ";
  find(steps, CrvbStep::problems).completed_on = at("2026-03-30");
  find(steps, CrvbStep::needs).completed_on.reset();
  auto verdict = check_investigation_order(steps);
  EXPECT_EQ(kinds(verdict), (std::vector<OrderFindingKind>{OrderFindingKind::empty,
                                                           OrderFindingKind::not_completed}));
}

TEST(InvestigationOrder, CombinesEveryKindOrderedByStep) {
  std::vector<InvestigationStep> steps = {
      done(CrvbStep::provision, "2026-03-01"),                    // too early against step 1
      {CrvbStep::own_means, "Netwerk besproken.", std::nullopt},  // not completed
      {CrvbStep::needs, "", at("2026-03-05")},                    // empty
      done(CrvbStep::request, "2026-03-02"),
      // step 2 missing
  };
  auto verdict = check_investigation_order(steps);
  EXPECT_FALSE(verdict.complete_and_in_order);
  EXPECT_EQ(kinds(verdict), (std::vector<OrderFindingKind>{
                                OrderFindingKind::missing, OrderFindingKind::empty,
                                OrderFindingKind::not_completed, OrderFindingKind::out_of_order}));
  std::vector<CrvbStep> steps_found;
  for (const auto& finding : verdict.findings) steps_found.push_back(finding.step);
  EXPECT_EQ(steps_found, (std::vector<CrvbStep>{CrvbStep::problems, CrvbStep::needs,
                                                CrvbStep::own_means, CrvbStep::provision}));
  EXPECT_EQ(verdict.findings[3].earlier_step, CrvbStep::request);
  EXPECT_EQ(verdict.findings[3].message,
            "Stap 5 (maatwerkvoorziening) is afgerond op 1 maart 2026, vóór stap 1 (hulpvraag) "
            "op 2 maart 2026; de volgorde van het onderzoek klopt niet.");
  EXPECT_EQ(verdict.summary,
            "Het onderzoek is niet volledig en niet in de voorgeschreven volgorde doorlopen: stap "
            "2 (problemen in zelfredzaamheid en participatie) ontbreekt; stap 3 (benodigde hulp) "
            "heeft geen inhoud; stap 4 (eigen kracht, netwerk en algemene voorzieningen) is nog "
            "niet afgerond; stap 5 (maatwerkvoorziening) is eerder afgerond dan stap 1 "
            "(hulpvraag).");
}

TEST(InvestigationOrder, SummaryUsesPluralForSeveralSteps) {
  std::vector<InvestigationStep> steps = {
      done(CrvbStep::request, "2026-03-02"),
      {CrvbStep::needs, " ", std::nullopt},
      {CrvbStep::own_means, "\n", std::nullopt},
      {CrvbStep::provision, "Voorstel gedaan.", std::nullopt},
  };
  auto verdict = check_investigation_order(steps);
  EXPECT_EQ(verdict.summary,
            "Het onderzoek is nog niet volledig: stap 2 (problemen in zelfredzaamheid en "
            "participatie) ontbreekt; de stappen 3 (benodigde hulp) en 4 (eigen kracht, netwerk "
            "en algemene voorzieningen) hebben geen inhoud; stap 5 (maatwerkvoorziening) is nog "
            "niet afgerond.");

  std::vector<InvestigationStep> only_two = {done(CrvbStep::request, "2026-03-02"),
                                             done(CrvbStep::problems, "2026-03-03")};
  EXPECT_EQ(check_investigation_order(only_two).summary,
            "Het onderzoek is nog niet volledig: de stappen 3 (benodigde hulp), 4 (eigen kracht, "
            "netwerk en algemene voorzieningen) en 5 (maatwerkvoorziening) ontbreken.");
}

TEST(InvestigationOrder, LastOfDuplicateStepsCounts) {
  auto steps = all_in_order();
  steps.push_back({CrvbStep::needs, "", std::nullopt});  // a later, blank record of step 3
  EXPECT_EQ(kinds(check_investigation_order(steps)),
            std::vector<OrderFindingKind>{OrderFindingKind::empty});

  auto repaired = all_in_order();
  repaired.insert(repaired.begin(), {CrvbStep::needs, "", std::nullopt});      // superseded
  repaired.insert(repaired.begin(), done(CrvbStep::provision, "2026-01-01"));  // superseded
  EXPECT_TRUE(check_investigation_order(repaired).complete_and_in_order);
}

TEST(InvestigationOrder, IgnoresValuesOutsideTheFiveSteps) {
  auto steps = all_in_order();
  steps.push_back({static_cast<CrvbStep>(9), "", std::nullopt});
  steps.push_back({static_cast<CrvbStep>(0), "x", at("2026-01-01")});
  EXPECT_TRUE(check_investigation_order(steps).complete_and_in_order);
}

// --- Input validation -------------------------------------------------------------------------

TEST(InvestigationStepInput, AcceptsOrdinaryInput) {
  InvestigationStep input{CrvbStep::problems, "Regel één.\nRegel twee,\tmet tab.",
                          at("2026-04-01T12:04:00Z")};  // within the five minutes of slack
  EXPECT_TRUE(validate(input, kNow).empty());
  InvestigationStep open{CrvbStep::needs, "", std::nullopt};  // blank is a finding, not an error
  EXPECT_TRUE(validate(open, kNow).empty());
}

TEST(InvestigationStepInput, LimitsContentToTenThousandCharacters) {
  InvestigationStep input{CrvbStep::request, std::string(kMaxStepContentChars, 'a'), std::nullopt};
  EXPECT_TRUE(validate(input, kNow).empty());
  // Characters, not bytes: 10000 times "é" is 20000 bytes and still fine.
  std::string accents;
  for (std::size_t idx = 0; idx < kMaxStepContentChars; ++idx) accents += "é";
  input.content = accents;
  EXPECT_TRUE(validate(input, kNow).empty());
  input.content += "a";
  auto errors = validate(input, kNow);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].name, "content");
  EXPECT_EQ(errors[0].code, "invalid");
  EXPECT_NE(errors[0].reason.find("10000"), std::string::npos);
}

TEST(InvestigationStepInput, RefusesControlCharactersAndFutureDates) {
  InvestigationStep input{CrvbStep::request, std::string("bel\x07"), at("2026-04-01T12:06:00Z")};
  auto errors = validate(input, kNow);
  EXPECT_EQ(names(errors), (std::vector<std::string>{"content", "completed_on"}));
  EXPECT_EQ(errors[1].code, "future");
}

TEST(InvestigationStepInput, ListValidationPrefixesAndRefusesDuplicatesAndUnknownSteps) {
  std::vector<InvestigationStep> steps = {
      done(CrvbStep::request, "2026-03-02"),
      {CrvbStep::problems, "ok", at("2027-01-01")},
      done(CrvbStep::request, "2026-03-03"),
      {static_cast<CrvbStep>(7), "x", std::nullopt},
  };
  auto errors = validate(std::span<const InvestigationStep>(steps), kNow);
  EXPECT_EQ(names(errors),
            (std::vector<std::string>{"steps[1].completed_on", "steps[2].step", "steps[3].step"}));
  EXPECT_EQ(errors[1].code, "duplicate");
  EXPECT_EQ(errors[1].reason,
            "Stap 1 (hulpvraag) komt meer dan eens voor; leg elke stap één keer vast.");
  EXPECT_EQ(errors[2].code, "unknown");
  auto good = all_in_order();
  EXPECT_TRUE(validate(std::span<const InvestigationStep>(good), kNow).empty());
}

// --- Zelfredzaamheid-Matrix -------------------------------------------------------------------

TEST(Zrm, HasThirteenNamedDomains) {
  std::set<std::string_view> codes, labels;
  for (ZrmDomain domain : kAllZrmDomains) {
    EXPECT_EQ(zrm_domain_from_string(to_string(domain)), domain);
    codes.insert(to_string(domain));
    labels.insert(dutch_label(domain));
  }
  EXPECT_EQ(codes.size(), 13u);
  EXPECT_EQ(labels.size(), 13u);
  EXPECT_EQ(codes.count("?"), 0u);
  EXPECT_EQ(to_string(ZrmDomain::instrumental_adl), "instrumental_adl");
  EXPECT_EQ(dutch_label(ZrmDomain::finances), "Financiën");
  EXPECT_EQ(dutch_label(ZrmDomain::substance_use), "Middelengebruik");
  EXPECT_FALSE(zrm_domain_from_string("verslaving").has_value());
}

TEST(Zrm, LabelsTheFiveLevels) {
  EXPECT_EQ(zrm_level_label(1), "Acute problematiek");
  EXPECT_EQ(zrm_level_label(2), "Niet zelfredzaam");
  EXPECT_EQ(zrm_level_label(3), "Beperkt zelfredzaam");
  EXPECT_EQ(zrm_level_label(4), "Voldoende zelfredzaam");
  EXPECT_EQ(zrm_level_label(5), "Volledig zelfredzaam");
  EXPECT_FALSE(zrm_level_label(0).has_value());
  EXPECT_FALSE(zrm_level_label(6).has_value());
}

TEST(Zrm, AcceptsOneScorePerDomain) {
  std::vector<ZrmScore> scores;
  int level = 1;
  for (ZrmDomain domain : kAllZrmDomains) scores.push_back({domain, level++ % 5 + 1});
  EXPECT_TRUE(validate(scores).empty());
  EXPECT_TRUE(validate(std::span<const ZrmScore>{}).empty());
  std::vector<ZrmScore> partial = {{ZrmDomain::housing, 2}};
  EXPECT_TRUE(validate(partial).empty());
}

TEST(Zrm, RefusesLevelsOutsideOneToFive) {
  std::vector<ZrmScore> scores = {{ZrmDomain::housing, 0},
                                  {ZrmDomain::finances, 5},
                                  {ZrmDomain::justice, 6},
                                  {ZrmDomain::time_use, -1}};
  auto errors = validate(scores);
  EXPECT_EQ(names(errors),
            (std::vector<std::string>{"zrm[0].level", "zrm[2].level", "zrm[3].level"}));
  EXPECT_EQ(errors[0].code, "range");
  EXPECT_NE(errors[1].reason.find("nu is het 6"), std::string::npos);
}

TEST(Zrm, RefusesADomainScoredTwiceAndUnknownDomains) {
  std::vector<ZrmScore> scores = {{ZrmDomain::social_network, 3},
                                  {ZrmDomain::basic_adl, 4},
                                  {ZrmDomain::social_network, 9},
                                  {static_cast<ZrmDomain>(13), 2}};
  auto errors = validate(scores);
  EXPECT_EQ(names(errors),
            (std::vector<std::string>{"zrm[2].domain", "zrm[2].level", "zrm[3].domain"}));
  EXPECT_EQ(errors[0].code, "duplicate");
  EXPECT_EQ(errors[0].reason,
            "Het domein Sociaal netwerk heeft al een score; geef elk domein hoogstens één score.");
  EXPECT_EQ(errors[2].code, "unknown");
}

}  // namespace
}  // namespace helder
