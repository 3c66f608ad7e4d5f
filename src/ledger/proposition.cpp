// Statements to propositions (see proposition.h).
#include "proposition.h"

#include <algorithm>

#include "ledger_lexicon.h"

namespace claimlens::ledger {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (is_upper(static_cast<unsigned char>(c))) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A word of the text with what the tokenizer saw around it.
struct Token {
  std::string word;      // as written, apostrophe endings removed
  bool negation = false; // was "n't"
};

// Splits on everything but letters, digits and non-ASCII letters; typographic quotes and
// dashes (U+2010..U+201F) separate; apostrophes (' and U+2019) end a word: "'s" is dropped
// and "n't" becomes a negation token of its own ("doesn't" -> "does" + negation).
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::string cur;
  bool skipping_tail = false;  // after an apostrophe: the rest of the word is its ending
  std::string tail;
  const auto flush = [&] {
    if (!tail.empty() && (tail == "t" || tail == "T") && !cur.empty() && (cur.back() == 'n' || cur.back() == 'N')) {
      cur.pop_back();
      if (!cur.empty()) out.push_back({cur, false});
      out.push_back({"n't", true});
    } else if (!cur.empty()) {
      out.push_back({cur, false});
    }
    cur.clear();
    tail.clear();
    skipping_tail = false;
  };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool apostrophe = c == '\'' || (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                                          static_cast<unsigned char>(s[i + 2]) == 0x99);
    const bool punct3 = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80;
    if (apostrophe) {
      if (!cur.empty()) skipping_tail = true;
      i += c == '\'' ? 1 : 3;
      continue;
    }
    if (punct3) {  // quotes, dashes, ellipsis
      flush();
      i += 3;
      continue;
    }
    if (is_ascii_letter(c) || (c >= '0' && c <= '9') || c >= 0x80) {
      (skipping_tail ? tail : cur) += static_cast<char>(c);
      ++i;
      continue;
    }
    flush();
    ++i;
  }
  flush();
  return out;
}

// Byte ranges of `a`'s text to leave out: its cue and the hedges inside it.
struct Cut {
  std::uint32_t begin, end;
};

std::string text_without(std::string_view text, Span span, std::vector<Cut> cuts) {
  std::sort(cuts.begin(), cuts.end(), [](const Cut& x, const Cut& y) { return x.begin < y.begin; });
  std::string out;
  std::uint32_t at = span.begin;
  for (const Cut& c : cuts) {
    const std::uint32_t b = std::max(c.begin, at), e = std::min(c.end, span.end);
    if (b >= e) continue;
    out.append(text.substr(at, b - at));
    out += ' ';
    at = e;
  }
  if (at < span.end) out.append(text.substr(at, span.end - at));
  return out;
}

// Trims spaces, punctuation and a leading "that" from a label.
std::string tidy(std::string s) {
  const auto junk = [](unsigned char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '"' || c == '.' || c == '\n'; };
  while (!s.empty() && junk(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && junk(static_cast<unsigned char>(s[b]))) ++b;
  s.erase(0, b);
  // Typographic quotes at either end.
  for (const std::string_view q : {std::string_view("\xE2\x80\x9C"), std::string_view("\xE2\x80\x9D")}) {
    if (std::string_view(s).substr(0, q.size()) == q) s = s.substr(q.size());
    if (s.size() >= q.size() && std::string_view(s).substr(s.size() - q.size()) == q) s.resize(s.size() - q.size());
  }
  while (!s.empty() && junk(static_cast<unsigned char>(s.back()))) s.pop_back();
  if (s.rfind("that ", 0) == 0 || s.rfind("That ", 0) == 0) s.erase(0, 5);
  // Runs of spaces (from cuts) become one.
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

}  // namespace

std::string name_feature(std::string_view word) {
  std::string w = to_lower(word);
  for (const char* ending : {"ians", "ian", "ans", "an", "ese", "ish", "ia", "i", "a", "y"}) {
    const std::string_view e(ending);
    if (w.size() >= e.size() + 4 && w.compare(w.size() - e.size(), e.size(), e) == 0) {
      w.resize(w.size() - e.size());
      break;
    }
  }
  return "@" + w;
}

Proposition read_proposition(std::string_view text, const std::vector<Annotation>& annotations, std::size_t index) {
  Proposition p;
  const Annotation& a = annotations[index];
  std::vector<Cut> cuts;
  Span span = a.span;
  if (a.cue.end > a.cue.begin && a.cue.begin >= span.begin && a.cue.end <= span.end) {
    // "denied that X": what is said starts after the cue when the cue opens the span.
    if (a.cue.begin - span.begin < 24) span.begin = a.cue.end;
    else cuts.push_back({a.cue.begin, a.cue.end});
  }
  // Hedges on the statement: inside it, or between its cue and it.
  const std::uint32_t zone_begin = a.cue.end > a.cue.begin ? std::min(a.cue.begin, a.span.begin) : a.span.begin;
  for (const Annotation& h : annotations) {
    if (h.layer != Layer::kHedge || h.span.begin < zone_begin || h.span.end > a.span.end) continue;
    const std::string word(text.substr(h.span.begin, h.span.end - h.span.begin));
    if (std::find(p.hedges.begin(), p.hedges.end(), word) == p.hedges.end()) p.hedges.push_back(word);
    cuts.push_back({h.span.begin, h.span.end});
  }
  if (span.begin > span.end || span.end > text.size()) span = a.span;
  const std::string said = text_without(text, span, cuts);
  p.text = tidy(said);

  const Lexicon& lex = lexicon();
  if (a.cue.end > a.cue.begin && a.cue.end <= text.size()) {
    for (const Token& t : tokenize(text.substr(a.cue.begin, a.cue.end - a.cue.begin))) {
      p.accused |= lex.accusation_cues.count(to_lower(t.word)) != 0;
    }
  }
  const std::vector<Token> tokens = tokenize(said);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string lower = to_lower(t.word);
    if (t.negation || lex.negations.count(lower)) {
      p.negated = true;
      continue;
    }
    if (lower.empty() || (lower[0] >= '0' && lower[0] <= '9')) continue;  // numbers vary between tellings
    if (lex.stopwords.count(lower)) continue;
    if (lex.reference_words.count(lower)) {
      p.refers = true;
      continue;
    }
    const std::string base = lemma(lower);
    const auto concepts = lex.concepts.find(base);
    // A capitalised word is a name, unless it opens the statement and is a known word.
    if (is_upper(static_cast<unsigned char>(t.word[0])) && !(i == 0 && concepts != lex.concepts.end())) {
      p.features.push_back(name_feature(t.word));
      continue;
    }
    ++p.content_words;
    if (concepts != lex.concepts.end()) {
      for (const std::string& c : concepts->second) p.features.push_back("~" + c);
    } else {
      p.features.push_back(base);
    }
  }
  std::sort(p.features.begin(), p.features.end());
  p.features.erase(std::unique(p.features.begin(), p.features.end()), p.features.end());
  return p;
}

bool answers_another(const Proposition& p) {
  return p.content_words == 0 || (p.refers && p.content_words <= 1);
}

}  // namespace claimlens::ledger
