#include "search/dutch_analyser.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace helder::search {
namespace {

// The Dutch stop list of the Snowball project, which Debian's libstemmer does not ship as
// data, plus a few words every case text contains.
constexpr std::array<std::string_view, 104> kStopWords = {
    "aan",    "al",     "alles",  "als",    "altijd", "andere", "ben",    "bij",    "daar",
    "dan",    "dat",    "de",     "der",    "deze",   "die",    "dit",    "doch",   "doen",
    "door",   "dus",    "een",    "eens",   "en",     "er",     "ge",     "geen",   "geweest",
    "haar",   "had",    "heb",    "hebben", "heeft",  "hem",    "het",    "hier",   "hij",
    "hoe",    "hun",    "iemand", "iets",   "ik",     "in",     "is",     "ja",     "je",
    "kan",    "kon",    "kunnen", "maar",   "me",     "meer",   "men",    "met",    "mij",
    "mijn",   "moet",   "na",     "naar",   "niet",   "niets",  "nog",    "nu",     "of",
    "om",     "omdat",  "onder",  "ons",    "ook",    "op",     "over",   "reeds",  "te",
    "tegen",  "toch",   "toen",   "tot",    "u",      "uit",    "uw",     "van",    "veel",
    "voor",   "want",   "waren",  "was",    "wat",    "werd",   "wezen",  "wie",    "wil",
    "worden", "wordt",  "zal",    "ze",     "zelf",   "zich",   "zij",    "zijn",   "zo",
    "zonder", "zou",    "we",     "wij",    "hen",
};

// The same words sorted, for a binary search: a word is looked up for every word analysed.
constexpr auto kSortedStopWords = [] {
  auto words = kStopWords;
  std::sort(words.begin(), words.end());
  return words;
}();

// Enough for the common vocabulary of case texts, at about half a megabyte per thread that
// analyses (the follower, the writer, workers serving similar cases).
constexpr std::size_t kMaxCachedStems = 4096;

// Decodes one UTF-8 code point at `at`, advancing it; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                       : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || at + length > text.size()) {
    ++at;
    return 0xFFFD;
  }
  char32_t value = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      ++at;
      return 0xFFFD;
    }
    value = (value << 6) | (byte(at + i) & 0x3F);
  }
  at += length;
  return value;
}

// The lower-case ASCII letter a Latin letter with a diacritic folds to ("é" -> 'e'), the
// letter itself for ASCII, or 0 when the code point is not a letter we fold. Dutch text needs
// only Latin-1 and Latin Extended-A; a full Unicode library (ICU) would be a heavy
// dependency for that.
char fold_latin(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return static_cast<char>(c);
    return 0;
  }
  // Latin-1 supplement letters, by position from U+00C0 ('_': not a letter).
  static constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
                                               "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0] == '_' ? 0 : kLatin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A: pairs of upper and lower case
    static constexpr std::string_view kExtendedA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkklllllll"
        "lllnnnnnnnnnoooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    return kExtendedA[c - 0x100] == '_' ? 0 : kExtendedA[c - 0x100];
  }
  return 0;
}

}  // namespace

bool is_stop_word(std::string_view folded_word) {
  return std::binary_search(kSortedStopWords.begin(), kSortedStopWords.end(), folded_word);
}

DutchAnalyser::DutchAnalyser() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("the Dutch Snowball stemmer is not available");
}

DutchAnalyser::~DutchAnalyser() { sb_stemmer_delete(stemmer_); }

std::string DutchAnalyser::stem(std::string_view folded_word) {
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
      static_cast<int>(folded_word.size()));
  if (!stemmed) return std::string(folded_word);  // out of memory: the word as it is
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

const std::string& DutchAnalyser::cached_stem(const std::string& folded_word) {
  if (auto found = stems_.find(folded_word); found != stems_.end()) return found->second;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  return stems_.emplace(folded_word, stem(folded_word)).first->second;
}

void DutchAnalyser::analyse(std::string_view text, const Emit& emit) {
  std::string word;
  std::string term;  // a copy, so that `emit` may use this analyser again
  std::size_t word_begin = 0;
  auto flush = [&](std::size_t end) {
    if (!word.empty() && !is_stop_word(word)) {
      bool digits = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
      term = digits ? word : cached_stem(word);
      emit(term, word_begin, end);
    }
    word.clear();
  };
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t begin = at;
    char32_t c = next_code_point(text, at);
    char folded = fold_latin(c);
    if (folded != 0) {
      if (word.empty()) word_begin = begin;
      word.push_back(folded);
    } else if (c == 0x133 || c == 0x132) {  // the Dutch ligature ij
      if (word.empty()) word_begin = begin;
      word += "ij";
    } else {
      flush(begin);
    }
  }
  flush(text.size());
}

std::vector<std::string> DutchAnalyser::terms(std::string_view text) {
  std::vector<std::string> result;
  analyse(text, [&](std::string_view term, std::size_t, std::size_t) { result.emplace_back(term); });
  return result;
}

DutchAnalyser& thread_analyser() {
  thread_local DutchAnalyser analyser;
  return analyser;
}

}  // namespace helder::search
