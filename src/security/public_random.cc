#include "security/public_random.h"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "security/secret_token.h"
#include "security/sodium_init.h"

namespace helder::security {
namespace {

// One thread's keystream: libsodium's deterministic generator (ChaCha20) expands the seed
// into a block; the block's first bytes become the next seed, the rest is handed out.
class Keystream {
 public:
  Keystream() {
    ensure_sodium();
    randombytes_buf(seed_.data(), seed_.size());
  }
  ~Keystream() {
    sodium_memzero(seed_.data(), seed_.size());
    sodium_memzero(block_.data(), block_.size());
  }
  Keystream(const Keystream&) = delete;
  Keystream& operator=(const Keystream&) = delete;

  void fill(unsigned char* out, std::size_t size) {
    while (size > 0) {
      if (next_ == block_.size()) refill();
      std::size_t take = std::min(size, block_.size() - next_);
      std::copy_n(block_.data() + next_, take, out);
      // What was handed out is not kept: a later look at this memory learns nothing.
      sodium_memzero(block_.data() + next_, take);
      next_ += take;
      out += take;
      size -= take;
    }
  }

 private:
  static constexpr std::size_t kSeedBytes = randombytes_SEEDBYTES;
  static constexpr std::size_t kBlockBytes = 1024;

  void refill() {
    std::array<unsigned char, kSeedBytes + kBlockBytes> expanded{};
    randombytes_buf_deterministic(expanded.data(), expanded.size(), seed_.data());
    std::copy_n(expanded.data(), kSeedBytes, seed_.data());
    std::copy_n(expanded.data() + kSeedBytes, kBlockBytes, block_.data());
    sodium_memzero(expanded.data(), expanded.size());
    next_ = 0;
  }

  std::array<unsigned char, kSeedBytes> seed_{};
  std::array<unsigned char, kBlockBytes> block_{};
  std::size_t next_ = block_.size();
};

}  // namespace

void public_random_bytes(unsigned char* out, std::size_t size) {
  thread_local Keystream stream;
  stream.fill(out, size);
}

std::string public_random_hex(std::size_t count) {
  std::string bytes(count, '\0');
  public_random_bytes(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size());
  return to_hex(bytes);
}

}  // namespace helder::security
