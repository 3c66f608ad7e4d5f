// The tokenizer: byte offsets over multi-byte text, quotes, abbreviations, contractions.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tokenize.h"

using claimlens::PunctKind;
using claimlens::Token;
using claimlens::TokKind;

namespace {

std::vector<std::string> words_of(const std::string& text, std::vector<Token>* toks) {
  claimlens::tokenize(text, toks);
  std::vector<std::string> out;
  for (const Token& t : *toks) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace

TEST_CASE("tokens cover words and punctuation with byte offsets", "[tokenize]") {
  std::vector<Token> toks;
  const std::string text = "Crane said: no.";
  const auto w = words_of(text, &toks);
  REQUIRE(w == std::vector<std::string>{"Crane", "said", ":", "no", "."});
  CHECK(toks[0].kind == TokKind::kWord);
  CHECK((toks[0].flags & claimlens::kCap) != 0);
  CHECK((toks[1].flags & claimlens::kCap) == 0);
  CHECK(toks[2].punct == PunctKind::kColon);
  CHECK(toks[4].punct == PunctKind::kPeriod);
  CHECK(toks[1].begin == 6);
  CHECK(toks[1].end == 10);
}

TEST_CASE("curly quotes and dashes are single tokens on code-point boundaries", "[tokenize]") {
  std::vector<Token> toks;
  // “Café prices rose” — she said
  const std::string text = "\xE2\x80\x9C" "Caf\xC3\xA9 prices rose\xE2\x80\x9D \xE2\x80\x94 she said";
  const auto w = words_of(text, &toks);
  REQUIRE(w.size() == 8);
  CHECK(toks[0].punct == PunctKind::kQuoteOpen);
  CHECK(w[1] == "Caf\xC3\xA9");
  CHECK(toks[1].begin == 3);
  CHECK(toks[1].end == 8);  // é is two bytes
  CHECK(toks[4].punct == PunctKind::kQuoteClose);
  CHECK(toks[5].punct == PunctKind::kDash);
  for (const Token& t : toks) {
    // every boundary is the start of a code point (not a continuation byte)
    CHECK((static_cast<unsigned char>(text[t.begin]) & 0xC0) != 0x80);
    if (t.end < text.size()) CHECK((static_cast<unsigned char>(text[t.end]) & 0xC0) != 0x80);
  }
}

TEST_CASE("straight quotes open after space and close before it", "[tokenize]") {
  std::vector<Token> toks;
  const std::string text = "He said \"no way,\" and left";
  words_of(text, &toks);
  int opens = 0, closes = 0;
  for (const Token& t : toks) {
    opens += t.punct == PunctKind::kQuoteOpen;
    closes += t.punct == PunctKind::kQuoteClose;
  }
  CHECK(opens == 1);
  CHECK(closes == 1);
}

TEST_CASE("doubled apostrophes are one quotation mark", "[tokenize]") {
  std::vector<Token> toks;
  const auto w = words_of("''We will see,'' he said", &toks);
  REQUIRE(w.front() == "''");
  CHECK(toks.front().punct == PunctKind::kQuoteOpen);
}

TEST_CASE("abbreviations keep their periods", "[tokenize]") {
  std::vector<Token> toks;
  const auto w = words_of("Mr. Diaz of the U.S. Navy met Gen. Park in Sept. 2019 and J. Doe.", &toks);
  CHECK(w[0] == "Mr.");
  CHECK(w[4] == "U.S.");
  CHECK(w[7] == "Gen.");
  CHECK(w[10] == "Sept.");
  CHECK(w[13] == "J.");
  CHECK(w.back() == ".");
  CHECK(w[w.size() - 2] == "Doe");
}

TEST_CASE("inner apostrophes, hyphens and digit separators stay inside words", "[tokenize]") {
  std::vector<Token> toks;
  const auto w = words_of("the so-called deal didn\xE2\x80\x99t cost 1,250.5 dollars, Ruiz\xE2\x80\x99s aide said", &toks);
  CHECK(w[1] == "so-called");
  CHECK(w[3] == "didn\xE2\x80\x99t");
  CHECK(w[5] == "1,250.5");
  CHECK(w[6] == "dollars");
  CHECK(w[7] == ",");
  CHECK(w[8] == "Ruiz\xE2\x80\x99s");
  CHECK((toks[8].flags & claimlens::kApostrophe) != 0);
  // "didn't" counts as a negation
  REQUIRE(toks[3].info != nullptr);
  CHECK((toks[3].info->flags & claimlens::kNegation) != 0);
}

TEST_CASE("line breaks are recorded on the following token", "[tokenize]") {
  std::vector<Token> toks;
  words_of("Headline here\nBody text", &toks);
  REQUIRE(toks.size() == 4);
  CHECK((toks[2].flags & claimlens::kLineBefore) != 0);
  CHECK((toks[1].flags & claimlens::kLineBefore) == 0);
}

TEST_CASE("an ellipsis is one token", "[tokenize]") {
  std::vector<Token> toks;
  const auto w = words_of("Well... maybe", &toks);
  REQUIRE(w.size() == 3);
  CHECK(toks[1].punct == PunctKind::kEllipsis);
}
