// Initialises libsodium once per process; every function of this layer calls it first.
#pragma once

#include <sodium.h>

#include <cstdlib>

namespace helder::security {

inline void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) std::abort();  // no usable random source: nothing secure can run
}

}  // namespace helder::security
