// Expected failures as values: an Error says what went wrong in words a user can act on.
// The HTTP edge turns an Error into application/problem+json; nothing below it throws
// for validation, not-found or conflict.
#pragma once

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace helder {

enum class ErrorCode {
  invalid_input,       // the request is well-formed but its content is not acceptable
  not_found,           // the thing asked for does not exist (or is not visible)
  conflict,            // the request clashes with the current state
  unauthenticated,     // nobody is logged in
  forbidden,           // logged in, but not allowed
  rate_limited,        // too many attempts; try again later
  unavailable,         // the service is shutting down or overloaded
  internal,            // a bug or an I/O failure; details go to the log, not the caller
};

// One problem with one input field; `name` uses the API's (Dutch, camelCase) field path.
struct FieldError {
  std::string name;
  std::string code;
  std::string reason;
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string detail;
  std::vector<FieldError> fields;

  static Error invalid(std::string detail, std::vector<FieldError> fields = {}) {
    return {ErrorCode::invalid_input, std::move(detail), std::move(fields)};
  }
  static Error not_found(std::string detail) { return {ErrorCode::not_found, std::move(detail), {}}; }
  static Error conflict(std::string detail) { return {ErrorCode::conflict, std::move(detail), {}}; }
  static Error internal(std::string detail) { return {ErrorCode::internal, std::move(detail), {}}; }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error) { return std::unexpected<Error>(std::move(error)); }

}  // namespace helder
