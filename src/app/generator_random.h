// The generator's one source of chance: a seeded engine that every part of a generated case
// draws from in turn, so that the same seed gives the same cases (generator.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace helder::app {

class GeneratorRandom {
 public:
  explicit GeneratorRandom(std::uint64_t seed) : engine_(seed) {}

  // One of 0 .. n-1.
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(double probability) { return between(0, 1) < probability; }
  double between(double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(engine_);
  }
  std::mt19937_64& engine() { return engine_; }

 private:
  std::mt19937_64 engine_;
};

}  // namespace helder::app
