#include "search/dutch_analyser.h"

#include <gtest/gtest.h>

namespace helder::search {
namespace {

TEST(DutchAnalyser, PluralAndSingularShareAStem) {
  DutchAnalyser analyser;
  EXPECT_EQ(analyser.terms("schulden"), analyser.terms("schuld"));
  EXPECT_EQ(analyser.terms("Huurachterstanden"), analyser.terms("huurachterstand"));
}

TEST(DutchAnalyser, FoldsCaseAndDiacriticsAndDropsStopWords) {
  DutchAnalyser analyser;
  auto terms = analyser.terms("De Financiële  problemen van het gezin, één kind.");
  ASSERT_EQ(terms.size(), 4u);  // "de", "van", "het" are stop words
  EXPECT_EQ(terms[0], analyser.terms("financiele")[0]);
  EXPECT_EQ(terms[2], "gezin");
  EXPECT_EQ(terms[3], "kind");  // "één" folds to "een"... which is a stop word, so "kind" follows
}

TEST(DutchAnalyser, ReportsTheByteRangeOfEachWord) {
  DutchAnalyser analyser;
  std::string text = "Geen geld, café dicht";
  std::vector<std::string> words;
  analyser.analyse(text, [&](std::string_view, std::size_t begin, std::size_t end) {
    words.push_back(text.substr(begin, end - begin));
  });
  EXPECT_EQ(words, (std::vector<std::string>{"geld", "café", "dicht"}));
}

TEST(DutchAnalyser, KeepsNumbersAndSurvivesInvalidUtf8) {
  DutchAnalyser analyser;
  auto terms = analyser.terms("artikel 18 \xff\xfe lid 2 \xc3");
  EXPECT_EQ(terms, (std::vector<std::string>{"artikel", "18", "lid", "2"}));
}

TEST(DutchAnalyser, TheIjLigatureIsTwoLetters) {
  DutchAnalyser analyser;
  EXPECT_EQ(analyser.terms("\xc4\xb3zer"), analyser.terms("ijzer"));
}

TEST(DutchAnalyser, KnowsEveryStopWordWhereverItIsInTheList) {
  for (auto word : {"aan", "de", "zonder", "zou", "we", "wij", "hen"}) EXPECT_TRUE(is_stop_word(word)) << word;
  for (auto word : {"", "a", "aanvraag", "zz", "schuld"}) EXPECT_FALSE(is_stop_word(word)) << word;
}

// Stems are kept for words seen before; more distinct words than the analyser keeps must
// still give the same terms as a fresh analyser does.
TEST(DutchAnalyser, GivesTheSameTermsAfterManyDistinctWords) {
  std::string many;
  for (int i = 0; i < 20'000; ++i) {
    std::string word = "aanvragen";
    for (int n = i; n > 0; n /= 26) word.push_back(static_cast<char>('a' + n % 26));
    many += word + " ";
  }
  DutchAnalyser used;
  auto before = used.terms("schulden en huurachterstanden");
  auto first = used.terms(many);
  EXPECT_EQ(used.terms(many), first);
  EXPECT_EQ(DutchAnalyser().terms(many), first);
  EXPECT_EQ(used.terms("schulden en huurachterstanden"), before);
  EXPECT_EQ(before, (std::vector<std::string>{"schuld", "huurachterstand"}));
}

}  // namespace
}  // namespace helder::search
