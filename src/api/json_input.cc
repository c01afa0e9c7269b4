#include "api/json_input.h"

#include <algorithm>
#include <cstdint>

namespace helder::api {
namespace json = boost::json;

namespace {

bool is_json_media_type(std::string_view content_type, bool merge_patch) {
  std::string lower(content_type.substr(0, content_type.find(';')));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  return lower == "application/json" || (merge_patch && lower == "application/merge-patch+json");
}

std::string_view type_name(const json::value& value) {
  switch (value.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "een boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "een getal";
    case json::kind::string: return "een tekst";
    case json::kind::array: return "een lijst";
    case json::kind::object: return "een object";
  }
  return "onbekend";
}

}  // namespace

Result<json::object> parse_json_object(const http::Request& request, bool merge_patch) {
  auto content_type = request.header("content-type");
  if (!content_type || !is_json_media_type(*content_type, merge_patch)) {
    return fail(Error::invalid(
        merge_patch ? "Stuur de inhoud als application/json of application/merge-patch+json."
                    : "Stuur de inhoud als application/json."));
  }
  if (request.body.empty()) return fail(Error::invalid("De aanvraag heeft geen inhoud; verwacht een JSON-object."));
  json::stream_parser parser;
  boost::system::error_code error;
  std::size_t consumed = parser.write(request.body.data(), request.body.size(), error);
  if (!error) parser.finish(error);
  if (error) {
    bool utf8 = error == json::error::syntax && consumed < request.body.size() &&
                static_cast<unsigned char>(request.body[consumed]) >= 0x80;
    return fail(Error::invalid(
        utf8 ? "De inhoud bevat ongeldige UTF-8 op positie " + std::to_string(consumed) + "."
             : "De inhoud is geen geldige JSON (fout bij positie " + std::to_string(consumed) +
                   ": " + error.message() + ")."));
  }
  json::value value = parser.release();
  if (!value.is_object()) return fail(Error::invalid("De inhoud moet een JSON-object zijn."));
  return std::move(value.as_object());
}

std::string ObjectReader::path(std::string_view name) const {
  return prefix_.empty() ? std::string(name) : prefix_ + "." + std::string(name);
}

void ObjectReader::add_error(std::string_view name, std::string code, std::string reason) {
  errors_.push_back({path(name), std::move(code), std::move(reason)});
}

const json::value* ObjectReader::field(std::string_view name, bool required) {
  read_.insert(std::string(name));
  const json::value* value = object_.if_contains(name);
  if (value == nullptr) {
    if (required) add_error(name, "required", "Dit veld is verplicht.");
    return nullptr;
  }
  if (value->is_null()) {
    add_error(name, "null", required ? "Dit veld is verplicht en mag niet null zijn."
                                     : "Laat het veld weg in plaats van null te sturen.");
    return nullptr;
  }
  return value;
}

std::optional<std::string> ObjectReader::string(std::string_view name, bool required) {
  const json::value* value = field(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    add_error(name, "type", "Verwacht een tekst, kreeg " + std::string(type_name(*value)) + ".");
    return std::nullopt;
  }
  return std::string(value->as_string());
}

std::optional<int> ObjectReader::integer(std::string_view name, bool required) {
  const json::value* value = field(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_int64() || value->as_int64() < INT32_MIN || value->as_int64() > INT32_MAX) {
    add_error(name, "type", "Verwacht een geheel getal, kreeg " + std::string(type_name(*value)) + ".");
    return std::nullopt;
  }
  return static_cast<int>(value->as_int64());
}

bool ObjectReader::is_null(std::string_view name) const {
  const json::value* value = object_.if_contains(name);
  return value != nullptr && value->is_null();
}

std::optional<std::vector<std::string>> ObjectReader::string_list(std::string_view name,
                                                                  bool required) {
  const json::value* value = field(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_array()) {
    add_error(name, "type", "Verwacht een lijst van teksten, kreeg " +
                                std::string(type_name(*value)) + ".");
    return std::nullopt;
  }
  std::vector<std::string> items;
  bool ok = true;
  const auto& array = value->as_array();
  for (std::size_t idx = 0; idx < array.size(); ++idx) {
    if (!array[idx].is_string()) {
      errors_.push_back({path(name) + "[" + std::to_string(idx) + "]", "type",
                         "Verwacht een tekst, kreeg " + std::string(type_name(array[idx])) + "."});
      ok = false;
    } else {
      items.emplace_back(array[idx].as_string());
    }
  }
  if (!ok) return std::nullopt;
  return items;
}

std::optional<ObjectReader> ObjectReader::object(std::string_view name, bool required) {
  const json::value* value = field(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_object()) {
    add_error(name, "type", "Verwacht een object, kreeg " + std::string(type_name(*value)) + ".");
    return std::nullopt;
  }
  return ObjectReader(value->as_object(), path(name), errors_);
}

void ObjectReader::refuse(std::string_view name, std::string reason) {
  read_.insert(std::string(name));
  if (object_.contains(name)) add_error(name, "not_allowed", std::move(reason));
}

void ObjectReader::reject_unknown_fields() {
  for (const auto& item : object_) {
    if (!read_.contains(item.key())) {
      add_error(item.key(), "unknown", "Onbekend veld; dit veld hoort niet bij deze aanvraag.");
    }
  }
}

}  // namespace helder::api
