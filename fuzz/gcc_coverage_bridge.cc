// Coverage for libFuzzer from GCC. libFuzzer learns what an input reached through
// SanitizerCoverage callbacks. Clang normally provides them, but Debian 12's clang 14
// cannot compile helder (libstdc++ 12's <expected> needs newer concepts support), and GCC
// offers only -fsanitize-coverage=trace-pc (one call per basic block) and trace-cmp. This
// file turns the trace-pc calls into AFL-style edge counters (hash of this block and the
// previous one) and registers them with libFuzzer as "inline 8-bit counters", which
// libFuzzer treats as its coverage. trace-cmp goes to libFuzzer directly. libFuzzer itself
// also defines __sanitizer_cov_trace_pc (only to say it is unsupported), so the fuzzer is
// linked with --allow-multiple-definition and this file first. Written here because no
// package offers such a bridge; see docs/decisions/0010-fuzzing.md.
#include <cstddef>
#include <cstdint>

extern "C" {
void __sanitizer_cov_8bit_counters_init(std::uint8_t* start, std::uint8_t* stop);
void __sanitizer_cov_pcs_init(const std::uintptr_t* start, const std::uintptr_t* stop);
}

namespace {

constexpr std::size_t kSlots = 1 << 16;
alignas(64) std::uint8_t counters[kSlots];
std::uintptr_t pc_table[kSlots * 2];  // (pseudo-PC, flags) per counter, as libFuzzer expects
thread_local std::uintptr_t previous = 0;

__attribute__((constructor)) void register_counters() {
  for (std::size_t slot = 0; slot < kSlots; ++slot) {
    pc_table[2 * slot] = slot + 1;
    pc_table[2 * slot + 1] = 0;
  }
  __sanitizer_cov_8bit_counters_init(counters, counters + kSlots);
  __sanitizer_cov_pcs_init(pc_table, pc_table + 2 * kSlots);
}

}  // namespace

// GCC also reports float comparisons, which libFuzzer does not take; they carry no coverage.
extern "C" __attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" __attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_cmpd(double, double) {}

extern "C" __attribute__((no_sanitize_coverage)) void __sanitizer_cov_trace_pc() {
  auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
  std::uintptr_t here = (pc ^ (pc >> 15)) & (kSlots - 1);
  ++counters[here ^ previous];
  previous = here >> 1;
}
