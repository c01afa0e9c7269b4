// helder retention run: lists the closed cases whose archive action date has come and that
// are nominated for destruction; after confirmation, destroys (or anonymises) each one.
#include <iostream>

#include "app/commands.h"
#include "store/sqlite/sqlite_store.h"

namespace helder::app {

int run_retention(const CommonOptions& common, bool anonymise, bool confirmed) {
  auto store = sqlite::SqliteStore::open(common.db);
  if (!store) {
    std::cerr << "helder: " << store.error().detail << "\n";
    return 1;
  }
  Timestamp now = SystemClock().now();
  auto due = (*store)->due_for_retention(now);
  if (!due) {
    std::cerr << "helder: " << due.error().detail << "\n";
    return 1;
  }
  if (due->empty()) {
    std::cout << "Er zijn geen casussen aan de beurt voor vernietiging.\n";
    return 0;
  }
  std::cout << due->size() << " casus(sen) aan de beurt voor "
            << (anonymise ? "anonimisering" : "vernietiging") << ":\n";
  for (const auto& item : *due) {
    std::cout << "  " << item.reference.str() << "\tactiedatum "
              << format_rfc3339(*item.archive.action_date).substr(0, 10) << "\n";
  }
  if (!confirmed) {
    std::cout << "Typ 'ja' om door te gaan: " << std::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "ja") {
      std::cout << "Afgebroken; er is niets gewijzigd.\n";
      return 1;
    }
  }
  int failures = 0;
  for (const auto& item : *due) {
    auto done = (*store)->apply_retention(
        item.id, anonymise ? RetentionAction::anonymise : RetentionAction::destroy, now);
    if (!done) {
      std::cerr << "  " << item.reference.str() << ": " << done.error().detail << "\n";
      ++failures;
      continue;
    }
    std::cout << "  " << item.reference.str() << ": " << (anonymise ? "geanonimiseerd" : "vernietigd")
              << " (" << done->rows_removed << " rijen verwijderd, " << done->events_redacted
              << " gebeurtenissen zonder inhoud)\n";
  }
  // The full-text index keeps removed words until its segments are merged: merge them now.
  if (auto compacted = (*store)->compact_search_index(); !compacted) {
    std::cerr << "  zoekindex: " << compacted.error().detail << "\n";
    ++failures;
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace helder::app
