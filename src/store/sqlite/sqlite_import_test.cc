// The bulk import writes a whole case (signals, ZRM, answers, options with arguments, the
// decision and what follows it) exactly as the single writes would have left it.
#include <gtest/gtest.h>

#include "store/event_json.h"
#include "store/sqlite/sqlite_store.h"
#include "support/test_support.h"

namespace helder::sqlite {
namespace {

constexpr std::int64_t kDay = 24LL * 3600 * 1000;
const Timestamp kOpened{1'760'000'000'000};  // 2025-10-09
const Timestamp kInvestigated{kOpened.millis + 20 * kDay};
const Timestamp kWeighed{kOpened.millis + 40 * kDay};
const Timestamp kDecided{kOpened.millis + 50 * kDay};
const Timestamp kClosed{kOpened.millis + 200 * kDay};

std::unique_ptr<SqliteStore> open_store(const std::filesystem::path& path) {
  auto store = std::move(*SqliteStore::open(path.string()));
  EXPECT_TRUE(store->sync_regulations(std::vector<Regulation>{
      {"wmo-2015", "Wet maatschappelijke ondersteuning 2015", "Wmo 2015", true, true, 1},
      {"participatiewet", "Participatiewet", "Pw", true, false, 1}}));
  auto organisation = *store->add_organisation("gemeente-a", "Gemeente A");
  store->add_user({organisation.id, "anne", "Anne", {Role::caseworker}, "", ""});
  store->add_user({organisation.id, "bert", "Bert", {Role::caseworker}, "", ""});
  return store;
}

NewSignal signal(std::optional<std::string> card, std::optional<std::string> text, Timestamp at) {
  NewSignal value;
  value.catalog_id = std::move(card);
  value.own_text = std::move(text);
  value.source = card ? SignalSource::resident : SignalSource::caseworker;
  value.observed_at = at;
  return value;
}

NewArgument argument(std::optional<std::string> card, Side side, Theme theme,
                     std::optional<int> weight) {
  NewArgument value;
  if (card) {
    value.catalog_id = std::move(card);
  } else {
    value.own_text = "De gewone route is voorspelbaar";
  }
  value.side = side;
  value.theme = theme;
  value.explanation = "Uitleg voor deze casus.";
  value.weight = weight;
  return value;
}

// A closed case decided under the hardship clause, with everything a case can carry.
ImportedCase whole_case() {
  ImportedCase input;
  input.owner_username = "anne";
  input.resident = {"INW-7", ResidentKind::person};
  input.title = "Huishoudelijke hulp bij zieke huisgenoot";
  input.summary = "De huisgenoot kan de taken niet overnemen.";
  input.regulation_ids = {"wmo-2015"};
  input.phase = Phase::closed;
  input.opened_at = kOpened;
  input.updated_at = kClosed;
  input.signals = {
      signal("signaal.schrijnende-situatie", std::nullopt, kOpened),
      signal(std::nullopt, "Huisgenoot in behandeling", Timestamp{kOpened.millis + kDay})};
  input.zrm = {{ZrmDomain::basic_adl, 2}, {ZrmDomain::finances, 3}};
  input.answers = {{"aanleiding", "vraag.waarom-bij-mij", "Melding van de huisarts."},
                   {"huidige-situatie", std::nullopt, "Het huishouden loopt vast."}};
  input.wishes = ResidentWishes{"Hulp in huis",
                                "Thuis blijven wonen",
                                "De buurvrouw helpt",
                                "Geen gebruikelijke hulp verwachten",
                                "",
                                {}};
  input.investigated_at = kInvestigated;
  ImportedOption standard{
      {"Standaardindicatie", "Volgens de normtijden.", OptionKind::standard, {}},
      {argument(std::nullopt, Side::pro, Theme::principles, 2)}};
  Deviation deviation{"wmo-2015",
                      "art. 2.3.5 lid 3 Wmo 2015",
                      LegalBasis::hardship_clause,
                      "hardheidsclausule van de verordening",
                      "Huisgenoot is ziek",
                      "Geen hulp in huis"};
  ImportedOption deviating{
      {"Geen gebruikelijke hulp verwachten", "", OptionKind::deviation, deviation},
      {argument("argument.financiele-problemen", Side::pro, Theme::wellbeing, 5),
       argument("argument.duurder", Side::con, Theme::finance, std::nullopt)}};
  input.options = {standard, deviating};
  input.weighed_at = kWeighed;
  ImportedDecision decision;
  decision.option_index = 1;
  decision.decided_at = kDecided;
  decision.decision.motivation = "De regel pakt hier onevenredig uit.";
  decision.decision.effect_check = "Over drie maanden nagaan of het lukt.";
  decision.decision.effect_check_on = Timestamp{kDecided.millis + 90 * kDay};
  decision.decision.review_on = Timestamp{kDecided.millis + 365 * kDay};
  input.decision = decision;
  input.lessons = {{"De beleidsregel gaat uit van een gezonde huisgenoot.", LessonScope::policy,
                    true, "wmo-2015"}};
  return input;
}

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_store(dir_.path() / "import.db");
    organisation_ = store_->find_organisation("gemeente-a")->id;
  }
  CaseReference import_one(const ImportedCase& input) {
    EXPECT_TRUE(store_->import_cases(organisation_, std::vector<ImportedCase>{input}));
    return store_->list_cases(organisation_, {}, {})->cases.front().reference;
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  OrganisationId organisation_ = 0;
};

TEST_F(ImportTest, ImportsCasesWithSignalsInOneGo) {
  ImportedCase imported;
  imported.owner_username = "anne";
  imported.resident = {"INW-9", ResidentKind::business};
  imported.title = "Geïmporteerd";
  imported.regulation_ids = {"wmo-2015"};
  imported.phase = Phase::closed;
  imported.opened_at = Timestamp{kClosed.millis - 400 * kDay};
  imported.updated_at = kClosed;
  NewSignal own;
  own.own_text = "Eigen signaal";
  imported.signals = {own, own};
  std::vector<ImportedCase> cases(3, imported);
  ASSERT_TRUE(store_->import_cases(organisation_, cases));
  auto listed = store_->list_cases(organisation_, {}, {});
  ASSERT_EQ(listed->cases.size(), 3u);
  EXPECT_EQ(listed->cases.back().reference.str(), "2025-000001");
  EXPECT_EQ(listed->cases.back().phase, Phase::closed);
  EXPECT_EQ(listed->cases.back().updated_at, kClosed);
  EXPECT_EQ(store_->list_signals(organisation_, listed->cases.back().reference)->size(), 2u);

  cases[1].owner_username = "nobody";  // one bad case: none of the batch is written
  EXPECT_FALSE(store_->import_cases(organisation_, cases));
  EXPECT_EQ(*store_->count_cases(organisation_), 3);
}

TEST_F(ImportTest, AWholeCaseReadsBackCompletely) {
  CaseReference reference = import_one(whole_case());
  Case imported = *store_->find_case(organisation_, reference);
  EXPECT_EQ(imported.phase, Phase::closed);
  EXPECT_EQ(imported.created_at, kOpened);
  EXPECT_EQ(imported.updated_at, kClosed);
  EXPECT_TRUE(imported.archive.action_date.has_value());  // closed: due for archiving later

  auto signals = *store_->list_signals(organisation_, reference);
  ASSERT_EQ(signals.size(), 2u);
  EXPECT_EQ(signals[0].catalog_id, "signaal.schrijnende-situatie");
  EXPECT_EQ(signals[1].own_text, "Huisgenoot in behandeling");

  auto investigation = *store_->load_investigation(organisation_, reference);
  ASSERT_EQ(investigation.zrm.size(), 2u);
  EXPECT_EQ(investigation.zrm[0].domain, ZrmDomain::basic_adl);
  EXPECT_EQ(investigation.zrm[0].level, 2);
  ASSERT_EQ(investigation.answers.size(), 2u);
  EXPECT_EQ(investigation.answers[0].question_id, "vraag.waarom-bij-mij");
  EXPECT_EQ(investigation.answers[1].answered_at, kInvestigated);
  ASSERT_TRUE(investigation.wishes.has_value());
  EXPECT_EQ(investigation.wishes->long_term, "Thuis blijven wonen");
  EXPECT_EQ(investigation.wishes->recorded_by_username, "anne");

  auto weighing = *store_->load_weighing(organisation_, reference);
  ASSERT_EQ(weighing.size(), 2u);
  EXPECT_EQ(weighing[0].option.kind, OptionKind::standard);
  const Option& deviating = weighing[1].option;
  ASSERT_TRUE(deviating.deviation.has_value());
  EXPECT_EQ(deviating.deviation->regulation_id, "wmo-2015");
  EXPECT_EQ(deviating.deviation->basis, LegalBasis::hardship_clause);
  EXPECT_EQ(deviating.created_at, kWeighed);
  ASSERT_EQ(weighing[1].arguments.size(), 2u);
  EXPECT_EQ(weighing[1].arguments[0].catalog_id, "argument.financiele-problemen");
  EXPECT_EQ(weighing[1].arguments[0].weight, 5);
  EXPECT_EQ(weighing[1].arguments[0].weighed_by_username, "anne");  // a person weighed it
  EXPECT_FALSE(weighing[1].arguments[1].weight.has_value());

  auto decisions = *store_->list_decisions(organisation_, reference);
  ASSERT_EQ(decisions.size(), 1u);
  EXPECT_EQ(decisions[0].option_id, deviating.id);
  EXPECT_EQ(decisions[0].service_type, ServiceType::deviation);
  EXPECT_EQ(decisions[0].decided_at, kDecided);
  EXPECT_EQ(decisions[0].decided_by_username, "anne");
  EXPECT_EQ(decisions[0].follow_up_by_username, "anne");  // the owner, when not named
  EXPECT_EQ(decisions[0].effect_check, "Over drie maanden nagaan of het lukt.");
  auto snapshot = snapshot_from_json(decisions[0].snapshot);
  ASSERT_TRUE(snapshot.has_value());
  EXPECT_EQ(snapshot->value.phase, Phase::weighing);  // frozen as it was when deciding
  EXPECT_EQ(snapshot->signals.size(), 2u);
  EXPECT_EQ(snapshot->weighing.size(), 2u);
  EXPECT_EQ(snapshot->answers.size(), 2u);

  auto lessons = *store_->list_lessons(organisation_, reference);
  ASSERT_EQ(lessons.size(), 1u);
  EXPECT_TRUE(lessons[0].structural_signal_id.has_value());
  EXPECT_EQ(store_->list_structural_signals(organisation_)->size(), 1u);
}

TEST_F(ImportTest, EveryStepIsAnAuditEventInTheOrderOfTheCase) {
  CaseReference reference = import_one(whole_case());
  auto events = *store_->list_events(organisation_, reference);
  std::vector<EventKind> kinds;
  for (const auto& event : events) kinds.push_back(event.kind);
  using K = EventKind;
  EXPECT_EQ(kinds, (std::vector<EventKind>{
                       K::case_created, K::signal_added, K::signal_added,
                       K::investigation_changed,                            // ZRM
                       K::investigation_changed, K::investigation_changed,  // two answers
                       K::investigation_changed,                            // wishes
                       K::option_added, K::argument_added, K::option_added, K::argument_added,
                       K::argument_added, K::decision_recorded,
                       K::phase_changed,  // afweging -> besluit, by the decision
                       K::phase_changed, K::phase_changed, K::phase_changed,  // -> afgesloten
                       K::follow_up_recorded}));
  for (std::size_t idx = 1; idx < events.size(); ++idx) {
    EXPECT_LE(events[idx - 1].occurred_at, events[idx].occurred_at) << "event " << idx;
  }
  auto phase_after = [&](std::size_t idx) {
    return case_from_state_json(*events[idx].after_state)->phase;
  };
  EXPECT_EQ(case_from_state_json(*events[13].before_state)->phase, Phase::weighing);
  EXPECT_EQ(phase_after(13), Phase::decision);
  EXPECT_EQ(phase_after(14), Phase::execution);
  EXPECT_EQ(phase_after(15), Phase::evaluation);
  EXPECT_EQ(phase_after(16), Phase::closed);
  EXPECT_EQ(events[16].occurred_at, kClosed);
  EXPECT_EQ(decision_from_state_json(*events[12].after_state)->service_type,
            ServiceType::deviation);

  auto at_decision = *store_->case_state_at(organisation_, reference, kDecided);
  EXPECT_EQ(at_decision.value.phase, Phase::decision);
  EXPECT_EQ(at_decision.weighing.size(), 2u);
  EXPECT_EQ(at_decision.signals.size(), 2u);

  auto verification = *store_->verify_audit_chain();
  EXPECT_TRUE(verification.ok()) << verification.problem;
  EXPECT_EQ(verification.events_checked, static_cast<std::int64_t>(events.size()));
}

TEST_F(ImportTest, TheSnapshotIsExactlyWhatRecordDecisionFreezes) {
  ImportedCase input = whole_case();
  input.phase = Phase::decision;
  input.updated_at = kDecided;
  input.lessons.clear();
  CaseReference reference = import_one(input);
  Decision imported = store_->list_decisions(organisation_, reference)->front();

  // The same case, made one request at a time in a second database.
  testing::TempDir other_dir;
  auto other = open_store(other_dir.path() / "single.db");
  User anne = *other->find_user("anne");
  Principal principal{anne.id, anne.organisation_id, anne.username};
  NewCase opened{input.title,          input.summary, input.resident,
                 input.regulation_ids, std::nullopt,  std::nullopt};
  Case created = *other->create_case(principal, opened, kOpened);
  for (const auto& observed : input.signals) {
    other->add_signal(principal, created.reference, observed, *observed.observed_at);
  }
  Timestamp last_signal = *input.signals.back().observed_at;
  ASSERT_TRUE(
      other->change_phase(principal, created.reference, Phase::investigation, "", last_signal));
  other->record_zrm(principal, created.reference, input.zrm, kInvestigated);
  for (const auto& answer : input.answers) {
    other->add_answer(principal, created.reference, answer, kInvestigated);
  }
  other->record_wishes(principal, created.reference, *input.wishes, kInvestigated);
  ASSERT_TRUE(
      other->change_phase(principal, created.reference, Phase::weighing, "", kInvestigated));
  std::vector<OptionId> options;
  for (const auto& entry : input.options) {
    Option option = *other->add_option(principal, created.reference, entry.option, kWeighed);
    options.push_back(option.id);
    for (const auto& reason : entry.arguments) {
      other->add_argument(principal, created.reference, option.id, reason, kWeighed);
    }
  }
  NewDecision decision = input.decision->decision;
  decision.option_id = options[input.decision->option_index];
  decision.follow_up_by = "anne";
  Decision single = *other->record_decision(principal, created.reference, decision, kDecided);

  EXPECT_EQ(imported.snapshot, single.snapshot);
  EXPECT_EQ(imported.service_type, single.service_type);
  EXPECT_EQ(store_->find_case(organisation_, reference)->updated_at,
            other->find_case(anne.organisation_id, created.reference)->updated_at);
}

TEST_F(ImportTest, RefusesCasesThatTheSingleWritesCouldNotMake) {
  ImportedCase early = whole_case();
  early.phase = Phase::weighing;  // a decision belongs to besluit or later
  ImportedCase undecided = whole_case();
  undecided.phase = Phase::execution;  // carried out, but never decided
  undecided.decision.reset();
  ImportedCase unknown_option = whole_case();
  unknown_option.decision->option_index = 5;
  for (const auto& input : {early, undecided, unknown_option}) {
    auto imported =
        store_->import_cases(organisation_, std::vector<ImportedCase>{whole_case(), input});
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, ErrorCode::invalid_input);
  }
  EXPECT_EQ(*store_->count_cases(organisation_), 0);  // no batch was written in part
  EXPECT_TRUE(store_->verify_audit_chain()->ok());
}

}  // namespace
}  // namespace helder::sqlite
