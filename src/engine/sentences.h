// sentences.h — a tokenized article with its sentences, paragraphs and quotations.
//
// Built once per annotate() call in linear time. Invariants after build_document():
//   * tokens cover the text in order (see tokenize.h);
//   * sentences partition the tokens: sentences[k] = [tb, te), consecutive, non-empty;
//     sentence_of[i] is the sentence holding token i;
//   * a sentence never spans a line break (a line break starts a paragraph);
//   * quote_end[i], for an opening quotation mark i, is the index of its closing mark, or
//     the index one past the last token of the paragraph when it is never closed; for
//     every other token it is kNoQuote. in_quote[i] is true for tokens strictly inside a
//     quotation (not the marks themselves).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenize.h"

namespace claimlens {

inline constexpr std::uint32_t kNoQuote = 0xFFFFFFFFu;

struct Sentence {
  std::uint32_t tb = 0;  // first token
  std::uint32_t te = 0;  // one past the last token
  std::uint32_t paragraph = 0;
};

struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<std::uint32_t> sentence_of;
  std::vector<std::uint32_t> quote_end;
  std::vector<std::uint8_t> in_quote;
  std::vector<std::uint32_t> paragraph_end;  // per paragraph: one past its last token

  std::uint32_t size() const { return static_cast<std::uint32_t>(tokens.size()); }
  std::string_view str(std::uint32_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  bool is(std::uint32_t i, std::string_view lower) const {
    return i < tokens.size() && tokens[i].kind == TokKind::kWord && word_is(str(i), lower);
  }
  bool word(std::uint32_t i) const { return i < tokens.size() && tokens[i].kind == TokKind::kWord; }
  bool punct(std::uint32_t i, PunctKind k) const { return i < tokens.size() && tokens[i].punct == k; }
  std::uint32_t flags(std::uint32_t i) const { return i < tokens.size() ? tokens[i].lex_flags() : 0u; }
  bool cap(std::uint32_t i) const { return i < tokens.size() && (tokens[i].flags & kCap); }
  const Sentence& sentence(std::uint32_t token) const { return sentences[sentence_of[token]]; }
  std::uint32_t paragraph_of(std::uint32_t token) const { return sentence(token).paragraph; }
};

// Tokenizes `text` and finds its sentences, paragraphs and quotations.
void build_document(std::string_view text, Document* doc);

}  // namespace claimlens
