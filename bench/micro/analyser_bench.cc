// Micro benchmark of the Dutch analyser (src/search/dutch_analyser.h), which the index
// follower runs over a case's whole text after every write, and FTS5 over the same text on
// the writer. Reads the texts of a helder database (case titles and summaries, signal notes,
// investigation answers), analyses them a few times on one analyser, as a thread does, and
// prints the time per term. Usage: helder-bench-analyser <database> [rounds]
#include <chrono>
#include <cstdio>
#include <string>

#include "search/dutch_analyser.h"
#include "store/sqlite/database.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s <database> [rounds]\n", argv[0]);
    return 2;
  }
  int rounds = argc > 2 ? std::stoi(argv[2]) : 5;
  std::string text;
  helder::sqlite::Connection db(argv[1], helder::sqlite::Connection::Mode::read_only);
  for (const char* sql : {"SELECT title || ' ' || summary FROM cases LIMIT 20000",
                          "SELECT note FROM signals LIMIT 20000",
                          "SELECT text FROM investigation_answers LIMIT 20000"}) {
    auto& rows = db.prepare(sql);
    while (rows.step()) text += rows.text(0) + "\n";
  }
  db.release_statements();

  helder::search::DutchAnalyser analyser;
  std::size_t terms = 0;
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round) {
    analyser.analyse(text, [&terms](std::string_view, std::size_t, std::size_t) { ++terms; });
  }
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::printf("%zu bytes x %d rounds: %zu terms, %.0f ns per term, %.0f MB/s\n", text.size(),
              rounds, terms, took.count() * 1e9 / static_cast<double>(terms),
              static_cast<double>(text.size()) * rounds / took.count() / 1e6);
  return 0;
}
