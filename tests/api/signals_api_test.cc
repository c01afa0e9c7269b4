// /api/v1/casussen/{referentie}/signalen against the real server.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class SignalsApi : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = server_.post(
        "/api/v1/casussen",
        json::object{{"titel", "Casus"}, {"inwoner", {{"referentie", "INW-1"}, {"soort", "persoon"}}}});
    ASSERT_EQ(created.status, 201u);
    signals_ = created.header("location") + "/signalen";
    catalog_signal_ = std::string(test_catalogs().get(catalog::kSignals).entries.front().id);
  }
  TestServer server_;
  std::string signals_;
  std::string catalog_signal_;
};

TEST_F(SignalsApi, RecordsCatalogAndOwnSignals) {
  auto from_card = server_.post(signals_, json::object{{"signaal", catalog_signal_},
                                                       {"bron", "inwoner"},
                                                       {"toelichting", "Aan de balie verteld."},
                                                       {"waargenomenOp", "2026-11-01"}});
  ASSERT_EQ(from_card.status, 201u) << from_card.body;
  auto card = from_card.json().as_object();
  EXPECT_EQ(card.at("signaal"), catalog_signal_.c_str());
  EXPECT_EQ(card.at("bron"), "inwoner");
  EXPECT_EQ(card.at("waargenomenOp"), "2026-11-01T00:00:00.000Z");
  EXPECT_EQ(card.at("vastgelegdDoor"), "uitvoerder");
  EXPECT_FALSE(card.at("omschrijving").as_string().empty());
  EXPECT_EQ(from_card.header("location"), signals_ + "/" + std::to_string(card.at("id").as_int64()));

  auto own = server_.post(signals_, json::object{{"eigenTekst", "Belt elke week over dezelfde brief."},
                                                 {"bron", "collega"}});
  ASSERT_EQ(own.status, 201u) << own.body;
  EXPECT_EQ(own.json().at("eigenTekst"), "Belt elke week over dezelfde brief.");

  auto listed = server_.get(signals_);
  ASSERT_EQ(listed.status, 200u);
  auto items = listed.json().at("_embedded").at("signalen").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("signaal"), catalog_signal_.c_str());  // oldest observation first
}

TEST_F(SignalsApi, RemovesASignal) {
  auto added = server_.post(signals_, json::object{{"eigenTekst", "Weg ermee"}, {"bron", "uitvoerder"}});
  std::string path = added.header("location");
  auto removed = server_.del(path);
  EXPECT_EQ(removed.status, 204u);
  EXPECT_TRUE(removed.body.empty());
  EXPECT_EQ(server_.del(path).status, 404u);
  EXPECT_TRUE(server_.get(signals_).json().at("_embedded").at("signalen").as_array().empty());
}

TEST_F(SignalsApi, AddingASignalTouchesTheCase) {
  std::string case_path = signals_.substr(0, signals_.size() - std::string("/signalen").size());
  auto before = server_.get(case_path).json().at("gewijzigdOp");
  server_.clock().advance_millis(1000);
  server_.post(signals_, json::object{{"eigenTekst", "Nieuw"}, {"bron", "uitvoerder"}});
  EXPECT_NE(server_.get(case_path).json().at("gewijzigdOp"), before);
}

TEST_F(SignalsApi, UnknownCaseIs404) {
  EXPECT_EQ(server_.get("/api/v1/casussen/2026-999999/signalen").status, 404u);
}

}  // namespace
}  // namespace helder::testing
