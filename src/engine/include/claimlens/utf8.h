// claimlens/utf8.h — UTF-8 decoding and byte <-> code-point offset conversion.
//
// The engine works in byte offsets; files, JSON and JavaScript speak code points (the
// annotation guide) or UTF-16 units (the browser). These helpers convert exactly. All
// functions assume valid UTF-8 (as returned by check_text()).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimlens {

// Decodes the code point starting at text[*pos] and advances *pos past it.
// Precondition: *pos < text.size() and the text is valid UTF-8.
char32_t decode_utf8(std::string_view text, std::size_t* pos);

// Appends code point `cp` to `out` as UTF-8; surrogates and values above U+10FFFF are
// written as U+FFFD, so the result is always valid UTF-8.
void append_utf8(char32_t cp, std::string* out);

// Number of bytes of the UTF-8 sequence whose lead byte is `lead` (1 for continuation or
// invalid bytes, so loops always advance).
inline int utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Maps byte offsets to code-point offsets in O(log n) after an O(n) build.
// Offsets that fall inside a multi-byte sequence map to the code point containing them.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code-point offset of byte offset `byte` (0 <= byte <= text size).
  std::uint32_t to_code_point(std::uint32_t byte) const;
  // Byte offset of code-point offset `cp`; returns false if cp is past the end.
  bool to_byte(std::uint32_t cp, std::uint32_t* byte) const;
  std::uint32_t code_point_count() const { return count_; }

 private:
  // Byte offset of every 64th code point: small, and lookups scan at most 63 code points.
  std::vector<std::uint32_t> checkpoints_;
  std::string_view text_;
  std::uint32_t count_ = 0;
};

}  // namespace claimlens
