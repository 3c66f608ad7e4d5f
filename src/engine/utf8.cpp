// UTF-8 decoding and offset conversion (see claimlens/utf8.h).
#include "claimlens/utf8.h"

#include <algorithm>

namespace claimlens {

char32_t decode_utf8(std::string_view text, std::size_t* pos) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[*pos + k]); };
  const unsigned char lead = byte(0);
  const int n = utf8_sequence_length(lead);
  if (n == 1 || *pos + n > text.size()) {
    *pos += 1;
    return lead < 0x80 ? lead : 0xFFFD;
  }
  char32_t cp = lead & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  *pos += n;
  return cp;
}

void append_utf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / 64 + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation
    if (count_ % 64 == 0) checkpoints_.push_back(static_cast<std::uint32_t>(i));
    ++count_;
  }
}

std::uint32_t CodePointIndex::to_code_point(std::uint32_t byte) const {
  byte = std::min<std::uint32_t>(byte, static_cast<std::uint32_t>(text_.size()));
  // Last checkpoint at or before `byte`.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  if (it == checkpoints_.begin()) return 0;
  --it;
  std::uint32_t cp = static_cast<std::uint32_t>(it - checkpoints_.begin()) * 64;
  for (std::uint32_t i = *it + 1; i <= byte && i < text_.size(); ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cp;
  }
  if (byte == text_.size()) return count_;
  return cp;
}

bool CodePointIndex::to_byte(std::uint32_t cp, std::uint32_t* byte) const {
  if (cp > count_) return false;
  if (cp == count_) {
    *byte = static_cast<std::uint32_t>(text_.size());
    return true;
  }
  std::size_t i = checkpoints_[cp / 64];
  for (std::uint32_t k = cp % 64; k > 0; --k) {
    i += utf8_sequence_length(static_cast<unsigned char>(text_[i]));
  }
  *byte = static_cast<std::uint32_t>(i);
  return true;
}

}  // namespace claimlens
