// Validation of outside bytes before the engine sees them (see claimlens/text_check.h).
#include "claimlens/text_check.h"

#include <cstdint>
#include <cstring>

namespace claimlens {
namespace {

// Length of the valid UTF-8 sequence at bytes[i], or 0 if it is malformed, overlong,
// a surrogate, above U+10FFFF or truncated.
std::size_t valid_sequence_length(std::string_view bytes, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(bytes[i + k]); };
  const std::size_t left = bytes.size() - i;
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k) { return k < left && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
    if (c == 0xED && b(1) >= 0xA0) return 0; // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
    if (c == 0xF4 && b(1) >= 0x90) return 0; // above U+10FFFF
    return 4;
  }
  return 0;  // continuation byte as lead, 0xC0/0xC1, 0xF5..0xFF
}

bool is_allowed_control(unsigned char c) {
  return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}

}  // namespace

CheckedText check_text(std::string_view bytes) {
  CheckedText out;
  if (bytes.size() > kMaxTextBytes) {
    out.status = {TextError::kTooLarge, kMaxTextBytes};
    return out;
  }
  std::string_view text = bytes;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
    out.had_bom = true;
  }
  const std::size_t base = out.had_bom ? 3 : 0;
  std::size_t controls = 0;
  bool any_visible = false;
  for (std::size_t i = 0; i < text.size();) {
    // Eight bytes of printable ASCII at a time (most of any article): nothing to check in
    // them but whether one is more than a space.
    if (i + 8 <= text.size()) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + i, 8);
      constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kSpaces = 0x2020202020202020ULL;
      const bool non_ascii = (x & kHigh) != 0;
      const bool below_space = ((x - kSpaces) & ~x & kHigh) != 0;  // some byte < 0x20
      if (!non_ascii && !below_space) {
        any_visible |= x != kSpaces;
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      out.status = {TextError::kBinary, base + i};
      return out;
    }
    if (c < 0x20 && !is_allowed_control(c)) ++controls;
    const std::size_t n = valid_sequence_length(text, i);
    if (n == 0) {
      out.status = {TextError::kInvalidUtf8, base + i};
      return out;
    }
    if (!(c == ' ' || is_allowed_control(c))) any_visible = true;
    i += n;
  }
  // Text files carry the odd stray control character; binaries carry many.
  if (controls > 8 && controls * 100 > text.size()) {
    out.status = {TextError::kBinary, 0};
    return out;
  }
  if (!any_visible) {
    out.status = {TextError::kEmpty, 0};
    return out;
  }
  out.text = text;
  return out;
}

std::string describe(const TextStatus& status) {
  switch (status.error) {
    case TextError::kNone: return "ok";
    case TextError::kEmpty: return "the file is empty (no text to annotate)";
    case TextError::kTooLarge:
      return "the file is larger than " + std::to_string(kMaxTextBytes / (1024 * 1024)) +
             " MB, the most claimlens reads";
    case TextError::kBinary:
      return "the file is not text (binary data at byte " + std::to_string(status.offset) + ")";
    case TextError::kInvalidUtf8:
      return "invalid UTF-8 at byte " + std::to_string(status.offset);
  }
  return "unknown error";
}

}  // namespace claimlens
