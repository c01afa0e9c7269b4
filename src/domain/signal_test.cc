#include "domain/signal.h"

#include <gtest/gtest.h>

namespace helder {
namespace {

bool known(std::string_view id) { return id == "signaal.meerdere-hulpvragen"; }
const Timestamp kNow{1'795'000'000'000};

TEST(NewSignal, CatalogSignalIsValid) {
  NewSignal input;
  input.catalog_id = "signaal.meerdere-hulpvragen";
  input.source = SignalSource::resident;
  EXPECT_TRUE(validate(input, known, kNow).empty());
}

TEST(NewSignal, OwnTextIsValid) {
  NewSignal input;
  input.own_text = "Inwoner belt elke week over dezelfde brief.";
  EXPECT_TRUE(validate(input, known, kNow).empty());
}

TEST(NewSignal, NeedsExactlyOneOfCatalogAndOwnText) {
  NewSignal neither;
  EXPECT_EQ(validate(neither, known, kNow).at(0).name, "signal");
  NewSignal both;
  both.catalog_id = "signaal.meerdere-hulpvragen";
  both.own_text = "ook eigen tekst";
  EXPECT_EQ(validate(both, known, kNow).at(0).name, "signal");
}

TEST(NewSignal, RefusesUnknownIdsEmptyTextAndTheFuture) {
  NewSignal input;
  input.catalog_id = "signaal.bestaat-niet";
  input.observed_at = Timestamp{kNow.millis + 24LL * 3600 * 1000};
  auto errors = validate(input, known, kNow);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].name, "catalog_id");
  EXPECT_EQ(errors[1].name, "observed_at");

  NewSignal blank;
  blank.own_text = "   ";
  EXPECT_EQ(validate(blank, known, kNow).at(0).name, "own_text");
}

TEST(SignalSource, NamesRoundTrip) {
  for (auto source : {SignalSource::resident, SignalSource::caseworker, SignalSource::colleague,
                      SignalSource::partner_organisation, SignalSource::information_system,
                      SignalSource::court_or_ombudsman}) {
    EXPECT_EQ(signal_source_from_string(to_string(source)), source);
  }
}

}  // namespace
}  // namespace helder
