#include <chrono>
#include <cstdio>

#include "app/commands.h"
#include "app/demo_data.h"
#include "app/environment.h"
#include "app/generator.h"

namespace helder::app {
namespace {

void print_progress(std::int64_t done, std::int64_t total,
                    std::chrono::steady_clock::time_point start) {
  constexpr int kWidth = 40;
  double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
  int filled = static_cast<int>(fraction * kWidth);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "\r[%.*s%*s] %3d%%  %lld/%lld cases  %.0f s", filled,
               "########################################", kWidth - filled, "",
               static_cast<int>(fraction * 100), static_cast<long long>(done),
               static_cast<long long>(total), seconds);
  if (done == total) std::fprintf(stderr, "\n");
}

}  // namespace

int run_generate(const CommonOptions& common, std::int64_t cases, std::uint64_t seed) {
  auto data_dir = data_directory(common.data_dir);
  auto catalogs = load_checked_catalogs(data_dir);
  if (!catalogs) return std::fprintf(stderr, "%s\n", catalogs.error().detail.c_str()), 1;
  auto store = open_store(common.db, *catalogs);
  if (!store) return std::fprintf(stderr, "%s\n", store.error().detail.c_str()), 1;
  auto organisation = ensure_demo_organisation(**store);
  if (!organisation) return std::fprintf(stderr, "%s\n", organisation.error().detail.c_str()), 1;
  SystemClock clock;
  auto templates = read_demo_cases(data_dir, *catalogs, clock.now());
  if (!templates) return std::fprintf(stderr, "%s\n", templates.error().detail.c_str()), 1;

  GenerateOptions options;
  options.cases = cases;
  options.seed = seed;
  options.now = clock.now();
  auto start = std::chrono::steady_clock::now();
  auto generated = generate_cases(**store, organisation->id, *templates, *catalogs, options,
                                  [start](std::int64_t done, std::int64_t total) {
                                    print_progress(done, total, start);
                                  });
  if (!generated) return std::fprintf(stderr, "%s\n", generated.error().detail.c_str()), 1;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("generated %lld cases into %s in %.1f s\n", static_cast<long long>(cases),
              common.db.c_str(), seconds);
  return 0;
}

}  // namespace helder::app
