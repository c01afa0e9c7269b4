// Login, sessions, CSRF, lock-out, expiry, API tokens and disabled accounts.
#include <gtest/gtest.h>

#include <fstream>

#include "app/demo_data.h"
#include "security/secret_token.h"
#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

class Sessions : public ::testing::Test {
 protected:
  Sessions() { server_.act_as(""); }

  HttpResult log_in(std::string_view user, std::string_view password) {
    return server_.send("POST", "/api/v1/sessies",
                        json::serialize(json::object{{"gebruikersnaam", user}, {"wachtwoord", password}}));
  }
  // The cookie header value for the session that a login answer set.
  static std::string cookie_of(const HttpResult& login) {
    std::string set = login.header("set-cookie");
    return set.substr(0, set.find(';'));
  }
  HttpResult with_cookie(std::string_view method, std::string_view target, const std::string& cookie,
                         std::string_view body = {}, std::string csrf = {}) {
    std::map<std::string, std::string> headers{{"Cookie", cookie}};
    if (!csrf.empty()) headers["X-CSRF-Token"] = csrf;
    return server_.send(method, target, body, "application/json", headers);
  }
  static std::string new_case() {
    return json::serialize(json::object{{"titel", "Via de browser"},
                                        {"inwoner", {{"referentie", "INW-S1"}, {"soort", "persoon"}}}});
  }

  TestServer server_;
};

TEST_F(Sessions, LoginSetsAStrictCookieAndShowsWhoIsLoggedIn) {
  auto login = log_in("uitvoerder", app::kDemoPassword);
  ASSERT_EQ(login.status, 201u) << login.body;
  std::string cookie = login.header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("helder_sessie="));
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Secure"), std::string::npos);
  auto body = login.json();
  EXPECT_EQ(body.at("gebruiker").at("gebruikersnaam"), "uitvoerder");
  EXPECT_EQ(body.at("gebruiker").at("rollen").at(0), "uitvoerder");
  EXPECT_FALSE(body.at("csrfToken").as_string().empty());
  EXPECT_EQ(login.body.find(app::kDemoPassword), std::string::npos);

  auto current = with_cookie("GET", "/api/v1/sessies/huidige", cookie_of(login));
  ASSERT_EQ(current.status, 200u);
  EXPECT_EQ(current.json().at("csrfToken"), body.at("csrfToken"));
  EXPECT_EQ(with_cookie("GET", "/api/v1/casussen", cookie_of(login)).status, 200u);
}

TEST_F(Sessions, CookieWritesNeedTheCsrfToken) {
  auto login = log_in("uitvoerder", app::kDemoPassword);
  std::string cookie = cookie_of(login);
  std::string csrf(login.json().at("csrfToken").as_string());
  std::string before = server_.database_fingerprint();
  EXPECT_EQ(with_cookie("POST", "/api/v1/casussen", cookie, new_case()).status, 403u);
  EXPECT_EQ(with_cookie("POST", "/api/v1/casussen", cookie, new_case(), "wrong-token").status, 403u);
  EXPECT_EQ(server_.database_fingerprint(), before);
  EXPECT_EQ(with_cookie("POST", "/api/v1/casussen", cookie, new_case(), csrf).status, 201u);
}

TEST_F(Sessions, LogoutEndsTheSession) {
  auto login = log_in("uitvoerder", app::kDemoPassword);
  std::string cookie = cookie_of(login);
  std::string csrf(login.json().at("csrfToken").as_string());
  auto out = with_cookie("DELETE", "/api/v1/sessies/huidige", cookie, {}, csrf);
  EXPECT_EQ(out.status, 204u);
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(with_cookie("GET", "/api/v1/casussen", cookie).status, 401u);
}

TEST_F(Sessions, WrongPasswordAndUnknownUserGetTheSameAnswer) {
  auto wrong = log_in("uitvoerder", "niet-het-wachtwoord");
  auto unknown = log_in("niemand", "niet-het-wachtwoord");
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_EQ(unknown.status, 401u);
  EXPECT_EQ(wrong.json().at("detail"), unknown.json().at("detail"));
  EXPECT_TRUE(wrong.header("set-cookie").empty());
  EXPECT_EQ(log_in("uitvoerder", "").status, 401u);
  EXPECT_EQ(server_.send("POST", "/api/v1/sessies", R"({"gebruikersnaam": "uitvoerder"})").status, 400u);
}

TEST_F(Sessions, RepeatedFailuresLockTheNameForAWhile) {
  for (int attempt = 0; attempt < 5; ++attempt) EXPECT_EQ(log_in("collega", "fout-fout-fout").status, 401u);
  auto locked = log_in("collega", app::kDemoPassword);  // even the right password
  EXPECT_EQ(locked.status, 429u);
  EXPECT_FALSE(locked.header("retry-after").empty());
  EXPECT_EQ(locked.header("content-type"), "application/problem+json");
  EXPECT_EQ(log_in("uitvoerder", app::kDemoPassword).status, 201u);  // other names are not affected
  server_.clock().advance_millis(15 * 60 * 1000 + 1);
  EXPECT_EQ(log_in("collega", app::kDemoPassword).status, 201u);
}

TEST_F(Sessions, IdleAndAbsoluteExpiry) {
  std::string idle = cookie_of(log_in("uitvoerder", app::kDemoPassword));
  server_.clock().advance_millis(31 * 60 * 1000);
  EXPECT_EQ(with_cookie("GET", "/api/v1/casussen", idle).status, 401u);

  std::string busy = cookie_of(log_in("uitvoerder", app::kDemoPassword));
  for (int hour = 0; hour < 12 * 3; ++hour) {  // active every 20 minutes, for 12 hours
    ASSERT_EQ(with_cookie("GET", "/api/v1/regelingen", busy).status, 200u) << "after " << hour * 20 << " min";
    server_.clock().advance_millis(20 * 60 * 1000);
  }
  server_.clock().advance_millis(60 * 1000);  // now past 12 hours since the login
  EXPECT_EQ(with_cookie("GET", "/api/v1/regelingen", busy).status, 401u);
}

TEST_F(Sessions, DisabledAccountsStopAtOnce) {
  std::string cookie = cookie_of(log_in("collega", app::kDemoPassword));
  server_.act_as("collega");
  EXPECT_EQ(server_.get("/api/v1/casussen").status, 200u);
  ASSERT_TRUE(server_.store().set_user_disabled("collega", true));
  EXPECT_EQ(server_.get("/api/v1/casussen").status, 401u);                      // token
  EXPECT_EQ(with_cookie("GET", "/api/v1/casussen", cookie).status, 401u);      // session
  server_.act_as("");
  EXPECT_EQ(log_in("collega", app::kDemoPassword).status, 401u);
}

TEST_F(Sessions, TokensAreStoredAsDigestsAndCanBeReadOnlyOrRevoked) {
  auto user = server_.store().find_user("uitvoerder");
  std::string token = security::new_secret_token();
  auto stored = server_.store().add_api_token(user->id, "lezer", security::token_digest(token), true,
                                              server_.clock().now());
  ASSERT_TRUE(stored);
  std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + token}};
  EXPECT_EQ(server_.send("GET", "/api/v1/casussen", {}, "application/json", bearer).status, 200u);
  EXPECT_EQ(server_.send("POST", "/api/v1/casussen", new_case(), "application/json", bearer).status, 403u);
  ASSERT_TRUE(server_.store().revoke_api_token(stored->id, server_.clock().now()));
  EXPECT_EQ(server_.send("GET", "/api/v1/casussen", {}, "application/json", bearer).status, 401u);
  EXPECT_EQ(server_.send("GET", "/api/v1/casussen", {}, "application/json",
                         {{"Authorization", "Basic dXNlcjpwYXNz"}}).status, 401u);
  // Neither the token nor the password is in the database.
  std::ifstream file(server_.db_path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.find(token), std::string::npos);
  EXPECT_EQ(bytes.find(app::kDemoPassword), std::string::npos);
  auto credentials = server_.store().find_credentials("uitvoerder");
  EXPECT_TRUE(credentials->password_hash.starts_with("$argon2id$"));
}

}  // namespace
}  // namespace helder::testing
