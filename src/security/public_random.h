// Random bytes that must be unpredictable and unique but are not secret once used: the
// nonce in front of a sealed value, the span id of a processing record. Drawn from a
// keystream per thread instead of the kernel, because every case read needs two such
// values, and each call to libsodium's randombytes_buf was a getrandom system call, which
// costs microseconds on the virtual machines we run on (docs/performance.md). Secrets
// (tokens, keys) still come from randombytes_buf.
#pragma once

#include <cstddef>
#include <string>

namespace helder::security {

// Fills `out` with `size` bytes of the calling thread's keystream. Each thread's stream
// starts from a seed of 32 bytes from the kernel and ratchets the seed forward with every
// block, so bytes already handed out do not reveal the next ones.
void public_random_bytes(unsigned char* out, std::size_t size);

// `count` such bytes as 2 × count hex digits (for ids such as a span id).
std::string public_random_hex(std::size_t count);

}  // namespace helder::security
