// A libFuzzer-style target (LLVMFuzzerTestOneInput) for the request path: raw bytes are
// parsed as an HTTP request exactly as the server parses them, routed, and handed to the
// API handlers (behind their access rules) as the demo caseworker, against a real SQLite
// store with one case (2026-000001). Whatever the input, the answer must be a response
// below 500, and every refusal must be problem+json. The engine (AFL++ or a replay of the
// corpus) is chosen at link time; see docs/decisions/0010-fuzzing.md.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "api/access_rules.h"
#include "api/context.h"
#include "app/demo_data.h"
#include "app/environment.h"
#include "http/request_parsing.h"

namespace {

using namespace helder;

struct Harness {
  Harness()
      : dir(std::filesystem::temp_directory_path() / ("helder-fuzz-" + std::to_string(::getpid()))),
        clock(*parse_rfc3339("2026-06-01T10:00:00Z")),
        security(security::KeyRing::generate()) {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto loaded = app::load_checked_catalogs(app::data_directory(""));
    if (!loaded) die(loaded.error().detail);
    catalogs = std::make_unique<catalog::CatalogSet>(std::move(*loaded));
    auto opened = app::open_store((dir / "fuzz.db").string(), *catalogs);
    if (!opened) die(opened.error().detail);
    store = std::move(*opened);
    if (!app::ensure_demo_organisation(*store)) die("demo organisation");
    auto user = store->find_user(app::kDemoCaseworker);
    caseworker = {user->id, user->organisation_id, user->username, user->roles, user->team, false};
    context = std::make_unique<api::ApiContext>(api::ApiContext{*store, *catalogs, clock, security});
    api::register_routes(router, *context);
    NewCase first;
    first.title = "Fuzzcasus";
    first.resident = {"INW-FUZZ", ResidentKind::person};
    first.regulation_ids = {"participatiewet", "wmo-2015"};
    if (!store->create_case(caseworker, first, clock.now())) die("first case");
  }
  ~Harness() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  [[noreturn]] static void die(const std::string& why) {
    std::fprintf(stderr, "fuzz harness: %s\n", why.c_str());
    std::abort();
  }

  std::filesystem::path dir;
  FakeClock clock;
  api::SecurityContext security;
  std::unique_ptr<catalog::CatalogSet> catalogs;
  std::unique_ptr<Store> store;
  Principal caseworker;
  std::unique_ptr<api::ApiContext> context;
  http::Router router;
};

void require(bool condition, const char* what, const http::Request& request, const http::Response& response) {
  if (condition) return;
  std::fprintf(stderr, "fuzz: %s: %s %s -> %u %s\n", what, std::string(http::to_string(request.method)).c_str(),
               request.path.c_str(), response.status, response.body.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Harness harness;
  auto parsed = http::parse_request({reinterpret_cast<const char*>(data), size}, 64 * 1024);
  if (auto* refusal = std::get_if<http::Refusal>(&parsed)) {
    http::Request none;
    require(refusal->response.status == 400 || refusal->response.status == 413, "parse refusal status", none,
            refusal->response);
    return 0;
  }
  http::Request& request = std::get<http::Request>(parsed);
  http::Match match = harness.router.match(request.method, request.path);
  if (match.kind != http::Match::Kind::found) return 0;
  // The PDF route starts a WeasyPrint process per call: too slow to fuzz, and its input is
  // the same motivation text that the HTML route renders.
  if (match.route->pattern.ends_with(".pdf")) return 0;
  request.path_params = std::move(match.params);
  request.route = match.route->pattern;
  request.request_id = "0123456789abcdef0123456789abcdef";
  request.principal = harness.caseworker;
  http::Response response = match.route->handler(request);
  static const bool verbose = std::getenv("HELDER_FUZZ_VERBOSE") != nullptr;
  if (verbose) {
    std::fprintf(stderr, "%s %s -> %u\n", std::string(http::to_string(request.method)).c_str(),
                 request.path.c_str(), response.status);
  }
  require(response.status < 500, "server error on input", request, response);
  if (response.status >= 400) {
    require(response.content_type == "application/problem+json", "refusal without problem+json", request, response);
  }
  harness.clock.advance_millis(1000);
  return 0;
}
