#include "http/router.h"

#include <gtest/gtest.h>

namespace helder::http {
namespace {

Handler named(std::string name) {
  return [name](Request&) { return Response{200, "text/plain", name, {}}; };
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add({.method = Method::get, .pattern = "/api/v1/casussen", .handler = named("list")});
    router_.add({.method = Method::post, .pattern = "/api/v1/casussen", .handler = named("create")});
    router_.add({.method = Method::get, .pattern = "/api/v1/casussen/{referentie}", .handler = named("one")});
    router_.add({.method = Method::get, .pattern = "/api/v1/casussen/zoeken", .handler = named("search")});
    router_.add({.method = Method::del,
                 .pattern = "/api/v1/casussen/{referentie}/signalen/{id}",
                 .handler = named("delete")});
  }
  std::string run(const Match& match) {
    Request request;
    return match.route->handler(request).body;
  }
  Router router_;
};

TEST_F(RouterTest, MatchesLiteralPathsAndParameters) {
  auto match = router_.match(Method::get, "/api/v1/casussen/2026-000001");
  ASSERT_EQ(match.kind, Match::Kind::found);
  EXPECT_EQ(run(match), "one");
  EXPECT_EQ(match.params.at("referentie"), "2026-000001");
  auto removal = router_.match(Method::del, "/api/v1/casussen/2026-000001/signalen/7");
  EXPECT_EQ(removal.params.at("id"), "7");
}

TEST_F(RouterTest, LiteralSegmentsWinOverParameters) {
  EXPECT_EQ(run(router_.match(Method::get, "/api/v1/casussen/zoeken")), "search");
}

TEST_F(RouterTest, TellsWrongMethodFromNoPath) {
  auto wrong = router_.match(Method::put, "/api/v1/casussen");
  EXPECT_EQ(wrong.kind, Match::Kind::wrong_method);
  EXPECT_EQ(wrong.allow, "GET, POST");
  EXPECT_EQ(router_.match(Method::get, "/api/v1/onbekend").kind, Match::Kind::no_path);
}

TEST_F(RouterTest, TrailingSlashAndEmptySegmentsDoNotMatch) {
  EXPECT_EQ(router_.match(Method::get, "/api/v1/casussen/").kind, Match::Kind::no_path);
  EXPECT_EQ(router_.match(Method::get, "/api/v1//casussen").kind, Match::Kind::no_path);
  EXPECT_EQ(router_.match(Method::get, "/api/v1/casussen/2026-000001/").kind, Match::Kind::no_path);
}

TEST_F(RouterTest, DecodesParameters) {
  auto match = router_.match(Method::get, "/api/v1/casussen/a%20b");
  EXPECT_EQ(match.params.at("referentie"), "a b");
}

TEST_F(RouterTest, ReadsRunInlineAndWritesOnTheWorkerPool) {
  for (const auto& route : router_.routes()) {
    EXPECT_EQ(*route.execution,
              route.method == Method::get ? Execution::inline_on_io : Execution::blocking);
  }
}

TEST_F(RouterTest, RefusesTheSameRouteTwice) {
  EXPECT_THROW(router_.add({.method = Method::get, .pattern = "/api/v1/casussen", .handler = named("x")}),
               std::logic_error);
}

}  // namespace
}  // namespace helder::http
