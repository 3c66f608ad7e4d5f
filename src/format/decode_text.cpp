// Bytes to UTF-8 (see claimlens/article_text.h: decode_to_utf8).
#include "claimlens/article_text.h"
#include "claimlens/utf8.h"
#include "claimlens/text_check.h"

namespace claimlens {
namespace {


// Windows-1252's 0x80..0x9F; the five unassigned bytes map to U+FFFD.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool decode_utf16(std::string_view bytes, bool little_endian, std::string* out, std::vector<std::string>* notes,
                  std::string* error) {
  if (bytes.size() % 2 != 0) {
    *error = "truncated UTF-16 (an odd number of bytes)";
    return false;
  }
  const auto unit = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char16_t>(little_endian ? (a | b << 8) : (a << 8 | b));
  };
  bool replaced = false;
  out->reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    const char16_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const char16_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), out);
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      append_utf8(0xFFFD, out);  // a lone surrogate
      replaced = true;
      continue;
    }
    append_utf8(u, out);
  }
  notes->push_back(std::string("read as UTF-16 ") + (little_endian ? "LE" : "BE") + " (byte-order mark)");
  if (replaced) notes->push_back("lone UTF-16 surrogates replaced by \xEF\xBF\xBD");
  return true;
}

}  // namespace

bool decode_to_utf8(std::string_view bytes, std::string* out, std::vector<std::string>* notes, std::string* error) {
  out->clear();
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') return decode_utf16(bytes.substr(2), true, out, notes, error);
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return decode_utf16(bytes.substr(2), false, out, notes, error);
  const CheckedText checked = check_text(bytes);
  switch (checked.status.error) {
    case TextError::kNone:
      out->assign(checked.text);
      return true;
    case TextError::kEmpty:
      out->clear();  // empty is for the caller to report; it is still text
      return true;
    case TextError::kTooLarge:
    case TextError::kBinary:
      // Never hand on bytes that are not UTF-8 (a NUL before the first bad byte used to).
      *error = describe(checked.status);
      return false;
    case TextError::kInvalidUtf8:
      break;
  }
  // Not UTF-8. NUL bytes anywhere mean binary, not a legacy encoding.
  if (bytes.find('\0') != std::string_view::npos) {
    *error = "the file is not text (binary data)";
    return false;
  }
  out->reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) out->push_back(c);
    else if (b < 0xA0) append_utf8(kCp1252High[b - 0x80], out);
    else append_utf8(b, out);
  }
  notes->push_back("not valid UTF-8 (first bad byte at " + std::to_string(checked.status.offset) +
                   "): read as Windows-1252");
  return true;
}

}  // namespace claimlens
