#include "store/sqlite/fts_dutch_tokenizer.h"

#include "search/dutch_analyser.h"
#include "store/sqlite/database.h"

namespace helder::sqlite {
namespace {

// FTS5 wants a tokenizer object; ours has no state of its own (the analyser is per thread).
struct Tokenizer {};

int create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
  return SQLITE_OK;
}

void destroy(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<Tokenizer*>(tokenizer); }

int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int length,
             int (*emit)(void*, int, const char*, int, int, int)) {
  int status = SQLITE_OK;
  try {
    search::thread_analyser().analyse(
        std::string_view(text, static_cast<std::size_t>(length)),
        [&](std::string_view term, std::size_t begin, std::size_t end) {
          if (status != SQLITE_OK) return;
          status = emit(context, 0, term.data(), static_cast<int>(term.size()),
                        static_cast<int>(begin), static_cast<int>(end));
        });
  } catch (const std::exception&) {
    return SQLITE_NOMEM;
  }
  return status;
}

fts5_api* fts5_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
    throw SqliteError(SQLITE_ERROR, "FTS5 is not available in this SQLite library");
  }
  sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(statement);
  sqlite3_finalize(statement);
  if (!api) throw SqliteError(SQLITE_ERROR, "FTS5 is not available in this SQLite library");
  return api;
}

}  // namespace

void register_dutch_tokenizer(sqlite3* db) {
  static fts5_tokenizer methods{create, destroy, tokenize};
  fts5_api* api = fts5_of(db);
  int code = api->xCreateTokenizer(api, "helder_dutch", nullptr, &methods, nullptr);
  if (code != SQLITE_OK) throw SqliteError(code, "cannot register the Dutch FTS5 tokenizer");
}

}  // namespace helder::sqlite
