// Strict reading of JSON request bodies: the media type must be JSON, the text must parse
// (valid UTF-8 included), the top level must be an object, every field must have the right
// type, and fields the API does not know are refused. Problems are collected, not thrown,
// so one response can name all of them.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "http/message.h"

namespace helder::api {

// Parses the body of `request` as a JSON object. `merge_patch` also accepts
// application/merge-patch+json (for PATCH).
Result<boost::json::object> parse_json_object(const http::Request& request, bool merge_patch = false);

// Reads the fields of one JSON object, remembering which were read and what was wrong.
class ObjectReader {
 public:
  ObjectReader(const boost::json::object& object, std::string prefix,
               std::vector<FieldError>& errors)
      : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

  bool has(std::string_view name) const { return object_.contains(name); }
  std::optional<std::string> string(std::string_view name, bool required);
  std::optional<std::vector<std::string>> string_list(std::string_view name, bool required);
  std::optional<int> integer(std::string_view name, bool required);
  // True when the field is present and null (for PATCH, where null can mean "take back").
  bool is_null(std::string_view name) const;
  // Marks a field as read without reading it.
  void accept(std::string_view name) { read_.insert(std::string(name)); }
  // A nested object; returns nullopt (and records why) when absent-but-required or not an object.
  std::optional<ObjectReader> object(std::string_view name, bool required);
  // Marks a field as known but not allowed here, with the reason.
  void refuse(std::string_view name, std::string reason);
  // Records an error for every field that was not read.
  void reject_unknown_fields();
  void add_error(std::string_view name, std::string code, std::string reason);

 private:
  const boost::json::value* field(std::string_view name, bool required);
  std::string path(std::string_view name) const;

  const boost::json::object& object_;
  std::string prefix_;
  std::vector<FieldError>& errors_;
  std::set<std::string, std::less<>> read_;
};

}  // namespace helder::api
