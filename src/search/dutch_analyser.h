// Turns Dutch text into search terms: words in lower case without diacritics, common
// function words dropped, each reduced to its Snowball stem ("schulden" and "schuld" both
// become "schuld"). The full-text index and the similarity index both use this, so a search
// and a comparison see the same words.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace helder::search {

class DutchAnalyser {
 public:
  DutchAnalyser();
  ~DutchAnalyser();
  DutchAnalyser(const DutchAnalyser&) = delete;
  DutchAnalyser& operator=(const DutchAnalyser&) = delete;

  // Calls `emit` for every term of `text` with the byte range of the word it came from.
  // Not thread-safe (the stemmer keeps state): use one analyser per thread.
  using Emit = std::function<void(std::string_view term, std::size_t begin, std::size_t end)>;
  void analyse(std::string_view text, const Emit& emit);

  // The terms of `text` in order, repeats included.
  std::vector<std::string> terms(std::string_view text);

  // The stem of one word that is already lower case without diacritics.
  std::string stem(std::string_view folded_word);

 private:
  const std::string& cached_stem(const std::string& folded_word);

  sb_stemmer* stemmer_;
  // The stems made so far: case texts repeat the same words, and stemming them was half of
  // what the index follower spent on analysing (docs/performance.md). Emptied when full.
  std::unordered_map<std::string, std::string> stems_;
};

// The analyser of the calling thread.
DutchAnalyser& thread_analyser();

// True for the Dutch function words the analyser drops ("de", "het", "een", "van", ...).
bool is_stop_word(std::string_view folded_word);

}  // namespace helder::search
