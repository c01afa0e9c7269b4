// Serves the built browser front end (web/dist) to GET and HEAD requests outside /api/ and
// /healthz: files by extension with a content type, hashed assets (/assets/) cached for a
// year, everything else revalidated (ETag), and client routes answered with index.html.
// The files are read into memory once, at construction: no request touches the disk and no
// path can reach outside the folder. Static files hold no personal data, so no login is
// needed for them; the server calls this only for paths no route matches.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "http/message.h"

namespace helder::http {

class StaticFiles {
 public:
  // Reads every regular file under `root` (symbolic links are skipped). A missing folder
  // gives an empty set; see file_count().
  explicit StaticFiles(const std::filesystem::path& root);

  // The response for `request`, or nullopt when it is not for the front end (an API path,
  // another method, a missing file that looks like a file, or a path with dot segments):
  // the caller then answers as it would without static files.
  std::optional<Response> serve(const Request& request) const;

  std::size_t file_count() const { return files_.size(); }

  // The content type helder sends for a file name, by its extension.
  static std::string content_type_for(std::string_view file_name);

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
  };
  Response respond(const Request& request, const File& file, bool immutable) const;

  std::map<std::string, File, std::less<>> files_;  // by URL path, e.g. "/assets/app-1a2b.js"
};

}  // namespace helder::http
