# Wraps a text file into a C++ function returning it, so the binary carries it.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cc -DHEADER=api/openapi.h -DFUNCTION=ns::name -P embed_text.cmake
file(READ "${INPUT}" content)
string(REGEX REPLACE "::[^:]*$" "" namespace "${FUNCTION}")
string(REGEX REPLACE "^.*::" "" function "${FUNCTION}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed_text.cmake; do not edit.\n#include \"${HEADER}\"\n\nnamespace ${namespace} {\n\nstd::string_view ${function}() {\n  static constexpr char kText[] = R\"embedded_text(${content})embedded_text\";\n  return {kText, sizeof kText - 1};\n}\n\n}  // namespace ${namespace}\n")
