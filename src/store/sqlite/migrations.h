// The schema as an ordered list of forward migrations. A database remembers which ones it
// has had (table schema_migrations); opening it applies the rest, each in one transaction.
#pragma once

#include <string_view>
#include <vector>

#include "store/sqlite/database.h"

namespace helder::sqlite {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

const std::vector<Migration>& migrations();

// Applies the missing migrations; throws SqliteError, or std::runtime_error when the
// database was written by a newer helder.
void migrate(Connection& db, std::int64_t now_millis);

}  // namespace helder::sqlite
