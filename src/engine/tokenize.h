// tokenize.h — splits UTF-8 text into word and punctuation tokens over byte offsets.
//
// Words are runs of letters and digits, with inner apostrophes ("don't", "Lopez’s"),
// inner hyphens ("so-called"), inner periods of dotted abbreviations ("U.S.") and digit
// separators ("1,000", "4.5"). A word that is a known abbreviation ("Mr", "Sept") or a
// single capital letter (an initial) also takes its following period. Every other
// non-space code point is a one-code-point punctuation token, except a doubled ASCII
// apostrophe ('') which is one quotation-mark token. Tokens never overlap, never include
// white space, and always begin and end on code-point boundaries. Linear time.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace claimlens {

enum class TokKind : std::uint8_t { kWord, kPunct };

// What a punctuation token is (kNone for words).
enum class PunctKind : std::uint8_t {
  kNone, kPeriod, kQuestion, kExclaim, kEllipsis, kComma, kColon, kSemicolon,
  kQuoteOpen,   // “ « or a straight quote that opens (after space/start)
  kQuoteClose,  // ” » or a straight quote that closes
  kDash,        // — – or a spaced hyphen
  kParenOpen, kParenClose, kOther
};

enum TokFlag : std::uint8_t {
  kCap = 1u << 0,           // word begins with an upper-case letter
  kSpaceBefore = 1u << 1,   // white space precedes the token
  kLineBefore = 1u << 2,    // a line break precedes the token (a paragraph starts)
  kAbbrevDot = 1u << 3,     // word ends with an abbreviation period
  kDigit = 1u << 4,         // word begins with a digit
  kApostrophe = 1u << 5,    // word contains an apostrophe (possessive or contraction)
  kStraightQuote = 1u << 6, // a straight quotation mark (" or '')
};

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  PunctKind punct = PunctKind::kNone;
  std::uint8_t flags = 0;
  const WordInfo* info = nullptr;  // lexicon entry of the word, if any
  std::uint32_t lex_flags() const { return info ? info->flags : 0u; }
};

// Tokenizes `text` (valid UTF-8) into `out` (cleared first).
void tokenize(std::string_view text, std::vector<Token>* out);

// True if `word` equals `lower` ignoring ASCII case (`lower` must be lower case).
// Inline: the rules call it with literals millions of times per megabyte, and most calls
// end at the length check.
inline bool word_is(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace claimlens
