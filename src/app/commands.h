// The subcommands of the helder binary. Each returns the process exit code.
#pragma once

#include <cstdint>
#include <string>

namespace helder::app {

struct CommonOptions {
  std::string db = "helder.db";
  std::string data_dir;  // empty: the default (see environment.h)
};

struct ServeOptions {
  bool demo = false;
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int threads = 0;
  bool access_log = true;
  std::string web_dir;  // the built front end; empty: see web_directory() in environment.h
};

int run_serve(const CommonOptions& common, const ServeOptions& options);
int run_generate(const CommonOptions& common, std::int64_t cases, std::uint64_t seed);
int run_catalog_check(const CommonOptions& common);
int run_audit_verify(const CommonOptions& common);

}  // namespace helder::app
