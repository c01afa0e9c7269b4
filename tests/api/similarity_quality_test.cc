// How good similar-case search is on a hand-written set of cases: every case of
// tests/data/similarity/quality_cases.json goes in through the HTTP API, as a caseworker would
// record it, and each case with expected neighbours (chosen by people from the situation, not
// from the algorithm) must find at least one of them among its three most similar cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace helder::testing {
namespace {

namespace json = boost::json;

std::filesystem::path quality_cases_path() {
  return data_dir() / "tests" / "data" / "similarity" / "quality_cases.json";
}

struct QualityCase {
  std::string key;
  std::string family;
  std::string look_alike_of;  // the family this case reads like but differs from, if any
  std::vector<std::string> expected_neighbours;
  std::string reference;  // given by helder when the case is created
  bool decided = false;
  std::int64_t first_option = 0;  // the id of its first option
};

// The whole set, loaded once into one server for every test in this file.
struct LoadedSet {
  std::unique_ptr<TestServer> server;
  std::vector<QualityCase> cases;
  std::map<std::string, std::string> key_of_reference;
  std::vector<std::string> errors;  // one line per refused request or malformed entry
};

json::object without(const json::object& source, std::initializer_list<std::string_view> names) {
  json::object copy = source;
  for (auto name : names) copy.erase(name);
  return copy;
}

class Loader {
 public:
  Loader(TestServer& server, std::vector<std::string>& errors) : server_(server), errors_(errors) {}

  // Sends one request; on an unexpected status records "key: what -> status body" and
  // returns nullopt.
  std::optional<HttpResult> send(const std::string& key, std::string_view what,
                                 std::string_view method, const std::string& target,
                                 const json::value& body, unsigned expected) {
    HttpResult result = server_.send(method, target, json::serialize(body));
    if (result.status != expected) {
      errors_.push_back(key + ": " + std::string(what) + " (" + std::string(method) + " " + target +
                        ") answered " + std::to_string(result.status) + ", expected " +
                        std::to_string(expected) + ": " + result.body);
      return std::nullopt;
    }
    return result;
  }

  // Creates the case and everything recorded on it; returns its referentie, or "" on error.
  std::string load(const std::string& key, const json::object& item, std::int64_t& first_option) {
    auto created = send(key, "case", "POST", "/api/v1/casussen",
                        json::object{{"titel", item.at("titel")},
                                     {"samenvatting", item.at("samenvatting")},
                                     {"inwoner", item.at("inwoner")},
                                     {"regelingen", item.at("regelingen")}},
                        201);
    if (!created) return "";
    std::string path = created->header("location");
    std::string reference(created->json().at("referentie").as_string());
    std::size_t errors_before = errors_.size();

    const json::array& signals = item.at("signalen").as_array();
    for (std::size_t idx = 0; idx < signals.size(); ++idx) {
      send(key, "signal " + std::to_string(idx), "POST", path + "/signalen", signals[idx], 201);
    }
    if (const json::value* zrm = item.if_contains("zrm")) {
      send(key, "ZRM scores", "PUT", path + "/onderzoek/zrm", json::object{{"scores", *zrm}}, 200);
    }
    move(key, path, "onderzoek");
    const json::array& answers = item.at("antwoorden").as_array();
    for (std::size_t idx = 0; idx < answers.size(); ++idx) {
      send(key, "answer " + std::to_string(idx), "POST", path + "/onderzoek/antwoorden",
           answers[idx], 201);
    }
    move(key, path, "afweging");
    std::vector<std::int64_t> option_ids;
    const json::array& options = item.at("opties").as_array();
    for (std::size_t idx = 0; idx < options.size(); ++idx) {
      const json::object& option = options[idx].as_object();
      std::string what = "option " + std::to_string(idx);
      auto added = send(key, what, "POST", path + "/opties", without(option, {"argumenten"}), 201);
      if (!added) {
        option_ids.push_back(-1);
        continue;
      }
      option_ids.push_back(added->json().at("id").as_int64());
      if (first_option == 0) first_option = option_ids.back();
      const json::array& arguments = option.at("argumenten").as_array();
      for (std::size_t arg_idx = 0; arg_idx < arguments.size(); ++arg_idx) {
        send(key, what + " argument " + std::to_string(arg_idx), "POST",
             added->header("location") + "/argumenten", arguments[arg_idx], 201);
      }
    }
    if (const json::value* decision = item.if_contains("besluit")) {
      json::object body = decision->as_object();
      std::size_t chosen = static_cast<std::size_t>(body.at("optie").to_number<std::int64_t>());
      if (chosen >= option_ids.size()) {
        errors_.push_back(key + ": besluit.optie " + std::to_string(chosen) +
                          " is not an index of opties");
      } else {
        body["optie"] = option_ids[chosen];
        send(key, "decision", "POST", path + "/besluiten", body, 201);
      }
    }
    return errors_.size() == errors_before ? reference : "";
  }

 private:
  void move(const std::string& key, const std::string& path, std::string_view to) {
    send(key, "phase change to " + std::string(to), "POST", path + "/faseovergangen",
         json::object{{"naar", to}}, 201);
  }

  TestServer& server_;
  std::vector<std::string>& errors_;
};

std::vector<std::string> string_list(const json::value& value) {
  std::vector<std::string> out;
  for (const auto& item : value.as_array()) out.emplace_back(item.as_string());
  return out;
}

LoadedSet load_set() {
  LoadedSet set;
  set.server = std::make_unique<TestServer>();
  std::ifstream file(quality_cases_path());
  if (!file) {
    set.errors.push_back("cannot read " + quality_cases_path().string());
    return set;
  }
  std::stringstream text;
  text << file.rdbuf();
  boost::system::error_code parse_error;
  json::value document = json::parse(text.str(), parse_error);
  if (parse_error) {
    set.errors.push_back(quality_cases_path().string() + " is not JSON: " + parse_error.message());
    return set;
  }
  Loader loader(*set.server, set.errors);
  for (const auto& value : document.at("cases").as_array()) {
    const json::object& item = value.as_object();
    QualityCase entry;
    entry.key = std::string(item.at("key").as_string());
    entry.family = std::string(item.at("family").as_string());
    if (const json::value* family = item.if_contains("lookAlikeOf")) {
      entry.look_alike_of = std::string(family->as_string());
    }
    entry.expected_neighbours = string_list(item.at("expectedNeighbours"));
    entry.decided = item.contains("besluit");
    entry.reference = loader.load(entry.key, item, entry.first_option);
    if (!entry.reference.empty()) set.key_of_reference[entry.reference] = entry.key;
    set.cases.push_back(std::move(entry));
  }
  return set;
}

const LoadedSet& loaded_set() {
  static const LoadedSet kSet = load_set();
  return kSet;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += "\n  " + line;
  return text;
}

// The key of a returned referentie, or the referentie itself if it is not one of the set.
std::string key_or_reference(const LoadedSet& set, const std::string& reference) {
  auto found = set.key_of_reference.find(reference);
  return found == set.key_of_reference.end() ? reference : found->second;
}

json::array similar_cases(const LoadedSet& set, const QualityCase& item, int count) {
  HttpResult result = set.server->get("/api/v1/casussen/" + item.reference +
                                      "/vergelijkbare-casussen?aantal=" + std::to_string(count));
  EXPECT_EQ(result.status, 200u) << item.key << " (" << item.reference << "): " << result.body;
  if (result.status != 200) return {};
  return result.json().at("_embedded").at("vergelijkbareCasussen").as_array();
}

TEST(SimilarityQuality, EveryCaseLoadsThroughTheApi) {
  const LoadedSet& set = loaded_set();
  ASSERT_TRUE(set.errors.empty()) << "data errors in " << quality_cases_path().string() << ":"
                                  << joined(set.errors);
  EXPECT_GE(set.cases.size(), 36u);
  std::size_t with_neighbours = 0;
  for (const auto& item : set.cases) {
    if (!item.expected_neighbours.empty()) ++with_neighbours;
    for (const auto& neighbour : item.expected_neighbours) {
      bool known = std::any_of(set.cases.begin(), set.cases.end(),
                               [&](const QualityCase& other) { return other.key == neighbour; });
      EXPECT_TRUE(known) << item.key << " expects unknown neighbour " << neighbour;
      EXPECT_NE(neighbour, item.key) << item.key << " expects itself";
    }
    std::string phase(
        set.server->get("/api/v1/casussen/" + item.reference).json().at("fase").as_string());
    EXPECT_EQ(phase, item.decided ? "besluit" : "afweging") << item.key;
  }
  EXPECT_GE(with_neighbours, 32u);
}

// The figure this file exists for: printed for people, asserted at 90%. Also printed, not
// asserted: how often a look-alike (same words, one decisive factor different) gets into the
// top 3 of a case of the family it resembles.
TEST(SimilarityQuality, TopThreeHoldsAnExpectedNeighbour) {
  const LoadedSet& set = loaded_set();
  ASSERT_TRUE(set.errors.empty()) << "data errors:" << joined(set.errors);
  int asked = 0;
  int hits = 0;
  int first_hits = 0;
  std::vector<std::string> misses;
  std::vector<std::string> look_alikes_in_top;
  std::map<std::string, const QualityCase*> by_key;
  for (const auto& item : set.cases) by_key[item.key] = &item;
  for (const auto& item : set.cases) {
    if (item.expected_neighbours.empty()) continue;
    ++asked;
    bool hit = false;
    std::string returned;
    json::array found = similar_cases(set, item, 3);
    for (std::size_t idx = 0; idx < found.size(); ++idx) {
      std::string key = key_or_reference(set, std::string(found[idx].at("referentie").as_string()));
      bool expected = std::find(item.expected_neighbours.begin(), item.expected_neighbours.end(),
                                key) != item.expected_neighbours.end();
      if (expected && idx == 0) ++first_hits;
      auto other = by_key.find(key);
      if (other != by_key.end() && other->second->look_alike_of == item.family) {
        look_alikes_in_top.push_back(item.key + ": " + key + " at " + std::to_string(idx + 1));
      }
      hit = hit || expected;
      std::ostringstream score;
      score << std::fixed << std::setprecision(2) << found[idx].at("score").to_number<double>();
      returned += (returned.empty() ? "" : ", ") + key + " " + score.str();
    }
    if (hit) {
      ++hits;
    } else {
      std::string expected;
      for (const auto& key : item.expected_neighbours)
        expected += (expected.empty() ? "" : ", ") + key;
      misses.push_back(item.key + ": expected one of [" + expected + "], got [" + returned + "]");
    }
  }
  ASSERT_GT(asked, 0);
  double rate = static_cast<double>(hits) / asked;
  std::cout << std::fixed << std::setprecision(1) << "similarity quality: top-3 hit rate " << hits
            << "/" << asked << " = " << rate * 100 << "% (top-1: " << first_hits << "/" << asked
            << ")\n";
  for (const auto& miss : misses) std::cout << "  miss " << miss << "\n";
  std::cout << "similarity quality: look-alikes in the top 3 of the family they resemble: "
            << look_alikes_in_top.size() << "\n";
  for (const auto& line : look_alikes_in_top) std::cout << "  look-alike " << line << "\n";
  EXPECT_GE(rate, 0.90) << "misses:" << joined(misses);
}

// The consistency check compares a decision with the decided cases it finds comparable. Those
// should be the case's own family (precision), and they should include most of its decided
// family members (recall). Both are printed; the check is only as good as these figures.
TEST(SimilarityQuality, TheConsistencyCheckComparesWithTheFamily) {
  const LoadedSet& set = loaded_set();
  ASSERT_TRUE(set.errors.empty()) << "data errors:" << joined(set.errors);
  std::map<std::string, const QualityCase*> by_key;
  for (const auto& item : set.cases) by_key[item.key] = &item;
  int compared = 0, compared_in_family = 0, decided_neighbours = 0, found_neighbours = 0;
  for (const auto& item : set.cases) {
    if (item.expected_neighbours.empty() || item.first_option == 0) continue;
    HttpResult result = set.server->get("/api/v1/casussen/" + item.reference +
                                        "/consistentie?optie=" + std::to_string(item.first_option));
    ASSERT_EQ(result.status, 200u) << item.key << ": " << result.body;
    std::set<std::string> keys;
    json::value body = result.json();
    for (const auto& other : body.at("vergelijkbaar").as_array()) {
      keys.insert(key_or_reference(set, std::string(other.at("referentie").as_string())));
    }
    for (const auto& key : keys) {
      // A look-alike differs in one decisive factor: comparing with it is what the reason
      // is for, so it counts neither way.
      const QualityCase* other = by_key.count(key) ? by_key.at(key) : nullptr;
      if (other && (other->look_alike_of == item.family || item.look_alike_of == other->family)) {
        continue;
      }
      ++compared;
      bool in_family = std::find(item.expected_neighbours.begin(), item.expected_neighbours.end(),
                                 key) != item.expected_neighbours.end();
      if (in_family) ++compared_in_family;
    }
    for (const auto& neighbour : item.expected_neighbours) {
      if (!by_key.at(neighbour)->decided) continue;
      ++decided_neighbours;
      if (keys.contains(neighbour)) ++found_neighbours;
    }
  }
  ASSERT_GT(compared, 0);
  double precision = static_cast<double>(compared_in_family) / compared;
  double recall = static_cast<double>(found_neighbours) / decided_neighbours;
  std::cout << std::fixed << std::setprecision(1) << "consistency comparables: precision "
            << compared_in_family << "/" << compared << " = " << precision * 100 << "%, recall "
            << found_neighbours << "/" << decided_neighbours << " = " << recall * 100 << "%\n";
  EXPECT_GE(precision, 0.65);  // measured 71% (66/93) when written
  EXPECT_GE(recall, 0.7);  // measured 79.5% (66/83) when written
}

TEST(SimilarityQuality, NoCaseFindsItselfAndEveryScoreIsAboveZeroAndAtMostOne) {
  const LoadedSet& set = loaded_set();
  ASSERT_TRUE(set.errors.empty()) << "data errors:" << joined(set.errors);
  for (const auto& item : set.cases) {
    for (const auto& found : similar_cases(set, item, 50)) {
      std::string reference(found.at("referentie").as_string());
      double score = found.at("score").to_number<double>();
      EXPECT_NE(reference, item.reference) << item.key << " finds itself";
      EXPECT_GT(score, 0.0) << item.key << " -> " << key_or_reference(set, reference);
      EXPECT_LE(score, 1.0) << item.key << " -> " << key_or_reference(set, reference);
    }
  }
}

}  // namespace
}  // namespace helder::testing
