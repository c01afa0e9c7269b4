#include <gtest/gtest.h>

#include <filesystem>

#include "security/key_ring.h"
#include "security/password.h"
#include "security/secret_token.h"
#include "support/test_support.h"

namespace helder::security {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  auto hash = hash_password("correct horse battery");
  ASSERT_TRUE(hash);
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(verify_password(*hash, "correct horse battery"));
  EXPECT_FALSE(verify_password(*hash, "correct horse batterY"));
  EXPECT_FALSE(verify_password("not a hash", "correct horse battery"));
}

TEST(Password, SamePasswordGetsDifferentSalt) {
  EXPECT_NE(*hash_password("twee keer hetzelfde"), *hash_password("twee keer hetzelfde"));
}

TEST(Password, ShortPasswordRefused) {
  EXPECT_TRUE(check_new_password("kort"));
  EXPECT_FALSE(check_new_password("lang genoeg"));
}

TEST(SecretToken, FreshTokensDifferAndDigestIsStable) {
  std::string a = new_secret_token();
  std::string b = new_secret_token();
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(token_digest(a), token_digest(a));
  EXPECT_NE(token_digest(a), token_digest(b));
  EXPECT_EQ(token_digest(a).size(), 64u);
  EXPECT_TRUE(constant_time_equal(a, a));
  EXPECT_FALSE(constant_time_equal(a, b));
  EXPECT_FALSE(constant_time_equal(a, a.substr(1)));
}

TEST(KeyRing, SealOpensOnlyWithSameKeyAndPurpose) {
  KeyRing ring = KeyRing::generate();
  std::string sealed = ring.seal(KeyPurpose::bsn_encryption, "123456782");
  EXPECT_EQ(sealed.find("123456782"), std::string::npos);
  EXPECT_EQ(*ring.open(KeyPurpose::bsn_encryption, sealed), "123456782");
  EXPECT_FALSE(ring.open(KeyPurpose::subject_encryption, sealed));
  EXPECT_FALSE(KeyRing::generate().open(KeyPurpose::bsn_encryption, sealed));
  std::string tampered = sealed;
  tampered.back() ^= 1;
  EXPECT_FALSE(ring.open(KeyPurpose::bsn_encryption, tampered));
  EXPECT_NE(ring.seal(KeyPurpose::bsn_encryption, "123456782"), sealed);  // fresh nonce
}

TEST(KeyRing, LookupHashIsKeyedAndStable) {
  KeyRing ring = KeyRing::generate();
  EXPECT_EQ(ring.lookup_hash(KeyPurpose::bsn_lookup, "123456782"),
            ring.lookup_hash(KeyPurpose::bsn_lookup, "123456782"));
  EXPECT_NE(ring.lookup_hash(KeyPurpose::bsn_lookup, "123456782"),
            KeyRing::generate().lookup_hash(KeyPurpose::bsn_lookup, "123456782"));
  EXPECT_NE(ring.lookup_hash(KeyPurpose::bsn_lookup, "123456782"),
            ring.lookup_hash(KeyPurpose::subject_lookup, "123456782"));
}

TEST(KeyRing, KeyFileRoundTripAndRefusals) {
  testing::TempDir dir;
  auto path = dir.path() / "helder.key";
  auto created = KeyRing::create_file(path);
  ASSERT_TRUE(created);
  auto perms = std::filesystem::status(path).permissions();
  EXPECT_EQ(perms & std::filesystem::perms::group_read, std::filesystem::perms::none);
  EXPECT_EQ(perms & std::filesystem::perms::others_read, std::filesystem::perms::none);
  auto loaded = KeyRing::load_file(path);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(*loaded->open(KeyPurpose::bsn_encryption, created->seal(KeyPurpose::bsn_encryption, "x")), "x");
  EXPECT_FALSE(KeyRing::create_file(path));  // never overwrites a key
  EXPECT_FALSE(KeyRing::from_hex("abc"));
  EXPECT_FALSE(KeyRing::from_hex(std::string(64, 'g')));
  EXPECT_FALSE(KeyRing::load_file(dir.path() / "missing.key"));
}

}  // namespace
}  // namespace helder::security
