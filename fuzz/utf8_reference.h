// fuzz/utf8_reference.h — a UTF-8 validator written apart from the engine's, for harnesses
// that compare with it: decode each sequence to a code point and reject what the Unicode
// standard rejects (overlong, surrogate, above U+10FFFF, truncated).
#pragma once

#include <cstddef>
#include <string_view>

namespace claimlens_fuzz {

// Length of the well-formed UTF-8 sequence at bytes[i], 0 if ill-formed.
inline std::size_t utf8_sequence(std::string_view bytes, std::size_t i) {
  const auto c = static_cast<unsigned char>(bytes[i]);
  std::size_t n;
  char32_t cp, min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (i + n > bytes.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Offset of the first ill-formed sequence, or npos when `bytes` is valid UTF-8.
inline std::size_t first_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = utf8_sequence(bytes, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

}  // namespace claimlens_fuzz
