// The SQLite FTS5 tokenizer "helder_dutch": FTS5 indexes and queries text with the same
// Dutch analyser (search/dutch_analyser.h) as the similarity index, so that a search for
// "schuld" finds "schulden". Registered on every connection before the schema is used.
#pragma once

#include <sqlite3.h>

namespace helder::sqlite {

// Throws SqliteError when FTS5 is missing from the SQLite library.
void register_dutch_tokenizer(sqlite3* db);

}  // namespace helder::sqlite
