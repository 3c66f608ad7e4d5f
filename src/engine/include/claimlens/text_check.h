// claimlens/text_check.h — is this byte string an article the engine can read?
//
// Every entry point that takes outside bytes calls check_text() first. It never throws and
// never reads past `bytes`. It accepts exactly: valid UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), optionally starting with a UTF-8 BOM, containing
// no NUL byte and few other C0 controls, non-empty after whitespace is trimmed, and at
// most kMaxTextBytes long.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimlens {

// Largest document the engine takes (README: "Limits").
inline constexpr std::size_t kMaxTextBytes = 64u * 1024u * 1024u;

enum class TextError : std::uint8_t {
  kNone,
  kEmpty,         // nothing but whitespace
  kTooLarge,      // more than kMaxTextBytes
  kBinary,        // NUL bytes or many control characters: not text
  kInvalidUtf8,   // malformed, overlong, surrogate or out-of-range sequence
};

struct TextStatus {
  TextError error = TextError::kNone;
  std::size_t offset = 0;  // byte offset of the first offending byte, where it applies
  bool ok() const { return error == TextError::kNone; }
};

struct CheckedText {
  TextStatus status;
  // The text without its BOM; a view into the bytes passed to check_text().
  // Empty unless status.ok().
  std::string_view text;
  bool had_bom = false;
};

CheckedText check_text(std::string_view bytes);

// A one-line message for a person, e.g. "invalid UTF-8 at byte 1023".
std::string describe(const TextStatus& status);

}  // namespace claimlens
