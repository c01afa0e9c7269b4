#include <cstdio>
#include <filesystem>

#include "app/commands.h"
#include "store/sqlite/sqlite_store.h"

namespace helder::app {

int run_audit_verify(const CommonOptions& common) {
  if (!std::filesystem::exists(common.db)) {
    std::fprintf(stderr, "audit: %s does not exist\n", common.db.c_str());
    return 2;
  }
  auto store = sqlite::SqliteStore::open(common.db);
  if (!store) return std::fprintf(stderr, "audit: %s\n", store.error().detail.c_str()), 2;
  auto verification = (*store)->verify_audit_chain();
  if (!verification) return std::fprintf(stderr, "audit: %s\n", verification.error().detail.c_str()), 2;
  if (!verification->ok()) {
    std::printf("BROKEN at event %lld (case %s): %s; %lld events checked up to there\n",
                static_cast<long long>(*verification->first_broken_event),
                verification->case_reference.c_str(), verification->problem.c_str(),
                static_cast<long long>(verification->events_checked));
    return 1;
  }
  std::printf("ok: %lld events, hash chain intact\n",
              static_cast<long long>(verification->events_checked));
  return 0;
}

}  // namespace helder::app
