// The tokenizer: one left-to-right pass over the bytes.
#include "tokenize.h"

#include "claimlens/utf8.h"

namespace claimlens {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x3000 || c == 0xFEFF ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

constexpr bool is_ascii_alnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points that are punctuation or symbols rather than letters.
bool is_non_ascii_punct(char32_t c) {
  if (c < 0x80) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return true;   // general punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return true;   // CJK punctuation
  if (c >= 0xFE10 && c <= 0xFE6F) return true;
  if (c >= 0xFF00 && c <= 0xFF0F) return true;
  if (c >= 0x1F000) return true;                 // emoji and pictographs
  switch (c) {
    case 0xA1: case 0xA7: case 0xAB: case 0xBB: case 0xB7: case 0xBF: case 0xA9: case 0xAE:
    case 0xB0: case 0xB1: case 0xA2: case 0xA3: case 0xA5: case 0xA6: case 0xAC: case 0xB6:
    case 0xD7: case 0xF7: case 0xA4: case 0xA8: case 0xAF: case 0xB4: case 0xB8:
      return true;
    default:
      return false;
  }
}

// ASCII letters and digits, as a table.
struct AsciiTable {
  bool alnum[128] = {};
  constexpr AsciiTable() {
    for (int c = 0; c < 128; ++c) alnum[c] = is_ascii_alnum(static_cast<char32_t>(c));
  }
};
constexpr AsciiTable kAscii;

inline bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return kAscii.alnum[c];
  return !is_space(c) && !is_non_ascii_punct(c);
}

bool is_upper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;  // Latin Extended-A, roughly
  if (c >= 0x391 && c <= 0x3A9) return true;           // Greek
  if (c >= 0x400 && c <= 0x42F) return true;           // Cyrillic
  return false;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  char32_t peek(std::size_t at, std::size_t* next) const {
    const unsigned char b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
      *next = at + 1;
      return b;
    }
    std::size_t p = at;
    const char32_t c = decode_utf8(text, &p);
    *next = p;
    return c;
  }
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  out->reserve(text.size() / 4 + 16);
  const Lexicon& lex = lexicon();
  Cursor cur{text, 0};
  std::uint8_t pending = 0;  // flags gathered from preceding white space
  bool at_start = true;
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n) {
    std::size_t next = 0;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b == ' ') {  // fast path for the commonest byte
      pending |= kSpaceBefore;
      ++pos;
      continue;
    }
    const char32_t c = b < 0x80 ? (next = pos + 1, static_cast<char32_t>(b)) : cur.peek(pos, &next);
    if (is_space(c)) {
      pending |= kSpaceBefore;
      if (c == '\n' || c == 0x2029 || c == 0x2028) pending |= kLineBefore;
      pos = next;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(pos);
    t.flags = pending | (at_start ? (kSpaceBefore | kLineBefore) : 0);
    pending = 0;
    at_start = false;
    if (is_letter_or_digit(c)) {
      t.kind = TokKind::kWord;
      if (is_upper(c)) t.flags |= kCap;
      if (c >= '0' && c <= '9') t.flags |= kDigit;
      const bool digit_start = (t.flags & kDigit) != 0;
      std::size_t p = next;
      std::size_t letters = 1;
      bool dotted = false;  // "U.S." style
      while (p < n) {
        std::size_t q = 0;
        const char32_t d = cur.peek(p, &q);
        if (is_letter_or_digit(d)) {
          p = q;
          ++letters;
          continue;
        }
        // Inner apostrophe, hyphen, period, or digit separator: only between word chars.
        if (is_apostrophe(d) || d == '-' || d == '.' || (d == ',' && digit_start) ||
            d == 0x2011) {
          if (q < n) {
            std::size_t r = 0;
            const char32_t e = cur.peek(q, &r);
            bool ok = is_letter_or_digit(e);
            if (d == ',' && !(e >= '0' && e <= '9')) ok = false;
            if (d == '.' && !digit_start) {
              // A dotted abbreviation: single letters between periods ("U.S", "e.g").
              ok = ok && letters == 1 && r < n && !is_letter_or_digit(cur.peek(r, &r));
              if (ok) dotted = true;
            }
            if (ok) {
              if (is_apostrophe(d)) t.flags |= kApostrophe;
              p = q;
              letters = (d == '.') ? 0 : letters;
              continue;
            }
          }
        }
        break;
      }
      // Trailing period of a dotted abbreviation ("U.S.") or a known abbreviation/initial.
      if (p < n && text[p] == '.') {
        const std::string_view w = text.substr(t.begin, p - t.begin);
        bool take = dotted;
        if (!take) {
          const WordInfo* wi = lex.find(w);
          if (wi && (wi->flags & (kAbbrevTitle | kAbbrevOther))) take = true;
          if (w.size() == 1 && (t.flags & kCap)) take = true;  // an initial: "J."
        }
        if (take) {
          t.flags |= kAbbrevDot;
          t.end = static_cast<std::uint32_t>(p + 1);
          t.info = lex.find(w);
          out->push_back(t);
          pos = p + 1;
          continue;
        }
      }
      t.end = static_cast<std::uint32_t>(p);
      t.info = lex.find(text.substr(t.begin, p - t.begin));
      // "he’s", "they’re", "I’m": the pronoun's entry.
      if (!t.info && (t.flags & kApostrophe)) {
        const std::string_view w = text.substr(t.begin, p - t.begin);
        std::size_t cut = w.find('\'');
        const std::size_t curly = w.find("\xE2\x80\x99");
        if (curly != std::string_view::npos && (cut == std::string_view::npos || curly < cut)) cut = curly;
        if (cut != std::string_view::npos && cut > 0 && cut <= 4) {
          const WordInfo* wi = lex.find(w.substr(0, cut));
          if (wi && (wi->flags & kPronoun)) t.info = wi;
        }
      }
      // "n't" contractions count as negation.
      if (!t.info && (t.flags & kApostrophe)) {
        const std::string_view w = text.substr(t.begin, p - t.begin);
        if (w.size() > 3 && (w.substr(w.size() - 3) == "n't" ||
                             (w.size() > 5 && w.substr(w.size() - 5) == "n\xE2\x80\x99t")))
          t.info = lex.find("not");
      }
      out->push_back(t);
      pos = p;
      continue;
    }
    // Punctuation.
    t.kind = TokKind::kPunct;
    std::size_t end = next;
    switch (c) {
      case '.': {
        t.punct = PunctKind::kPeriod;
        // "..." as one ellipsis token.
        std::size_t p = next;
        while (p < n && text[p] == '.' && p - next < 16) ++p;
        if (p - next >= 2) {
          t.punct = PunctKind::kEllipsis;
          end = p;
        }
        break;
      }
      case 0x2026: t.punct = PunctKind::kEllipsis; break;
      case '?': t.punct = PunctKind::kQuestion; break;
      case '!': t.punct = PunctKind::kExclaim; break;
      case ',': t.punct = PunctKind::kComma; break;
      case ':': t.punct = PunctKind::kColon; break;
      case ';': t.punct = PunctKind::kSemicolon; break;
      case 0x201C: case 0xAB: case 0x201E: t.punct = PunctKind::kQuoteOpen; break;
      case 0x201D: case 0xBB: t.punct = PunctKind::kQuoteClose; break;
      case 0x2014: case 0x2013: case 0x2015: t.punct = PunctKind::kDash; break;
      case '(': case '[': t.punct = PunctKind::kParenOpen; break;
      case ')': case ']': t.punct = PunctKind::kParenClose; break;
      case '-':
        t.punct = (t.flags & kSpaceBefore) || (next < n && text[next] == '-') ? PunctKind::kDash
                                                                              : PunctKind::kOther;
        if (next < n && text[next] == '-') end = next + 1;  // "--"
        break;
      case '"':
      case '\'': {
        if (c == '\'' && !(next < n && text[next] == '\'')) {
          t.punct = PunctKind::kOther;  // a lone apostrophe
          break;
        }
        // "... 'Fox and Friends,''' said X": three marks closing a quotation within a
        // quotation are the inner apostrophe, then '' closing the outer one.
        if (c == '\'' && !(t.flags & kSpaceBefore) && next + 1 < n && text[next + 1] == '\'') {
          t.punct = PunctKind::kOther;
          break;
        }
        if (c == '\'') end = next + 1;  // '' as a quotation mark
        t.flags |= kStraightQuote;
        // Opens after space, start or an opening bracket; closes otherwise.
        bool opens = (t.flags & kSpaceBefore) != 0;
        if (!out->empty()) {
          const Token& prev = out->back();
          if (prev.punct == PunctKind::kParenOpen || prev.punct == PunctKind::kDash ||
              prev.punct == PunctKind::kQuoteOpen)
            opens = true;
        }
        // A quote followed by space or end cannot open.
        if (end >= n || text[end] == ' ' || text[end] == '\n' || text[end] == '\r') opens = false;
        t.punct = opens ? PunctKind::kQuoteOpen : PunctKind::kQuoteClose;
        break;
      }
      default:
        t.punct = PunctKind::kOther;
        break;
    }
    t.end = static_cast<std::uint32_t>(end);
    out->push_back(t);
    pos = end;
  }
}

}  // namespace claimlens
