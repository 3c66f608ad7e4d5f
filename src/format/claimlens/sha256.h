// claimlens/sha256.h — SHA-256 of a byte string, as 64 lowercase hex digits.
// Used as the document fingerprint in exported files (FIPS 180-4; tested against its
// published vectors).
#pragma once

#include <string>
#include <string_view>

namespace claimlens {

std::string sha256_hex(std::string_view bytes);

}  // namespace claimlens
