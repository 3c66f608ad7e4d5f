// Sentence splitting and quotation pairing.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sentences.h"

using claimlens::Document;

namespace {

std::vector<std::string> sentences(const std::string& text) {
  Document d;
  claimlens::build_document(text, &d);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) {
    const std::uint32_t b = d.tokens[s.tb].begin;
    const std::uint32_t e = d.tokens[s.te - 1].end;
    out.push_back(text.substr(b, e - b));
  }
  return out;
}

}  // namespace

TEST_CASE("sentences end at stops before capitals", "[sentences]") {
  const auto s = sentences("The port closed. Ships waited outside! Would it reopen? Nobody knew.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "The port closed.");
  CHECK(s[3] == "Nobody knew.");
}

TEST_CASE("title abbreviations never end a sentence", "[sentences]") {
  const auto s = sentences("Mr. Okafor met Dr. Lind on Monday. Sen. Vale arrived later.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Mr. Okafor met Dr. Lind on Monday.");
}

TEST_CASE("other abbreviations end a sentence only before a sentence opener", "[sentences]") {
  const auto s = sentences("Exports to the U.S. Navy grew in Sept. The analysts were surprised. "
                           "Talks moved to the U.S. The delegates flew home.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Exports to the U.S. Navy grew in Sept.");
  CHECK(s[2] == "Talks moved to the U.S.");
  CHECK(s[3] == "The delegates flew home.");
}

TEST_CASE("closing quotes stay with their sentence", "[sentences]") {
  const auto s = sentences("\xE2\x80\x9CWe are ready.\xE2\x80\x9D The crowd cheered.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\xE2\x80\x9CWe are ready.\xE2\x80\x9D");
}

TEST_CASE("a quoted question followed by its speaker stays one sentence", "[sentences]") {
  const auto s = sentences("\xE2\x80\x9CWho pays for this?\xE2\x80\x9D Lopez asked. Nobody answered.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "\xE2\x80\x9CWho pays for this?\xE2\x80\x9D Lopez asked.");
}

TEST_CASE("a lower-case word after a stop does not start a sentence", "[sentences]") {
  const auto s = sentences("\"Why now?\" she asked the panel.");
  CHECK(s.size() == 1);
}

TEST_CASE("headlines without a final stop are their own sentence", "[sentences]") {
  const auto s = sentences("Grain Deal Collapses Amid Rows\nThe deal, signed in May, fell apart.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Grain Deal Collapses Amid Rows");
}

TEST_CASE("quotations are paired within a paragraph", "[sentences]") {
  Document d;
  const std::string text = "He said \xE2\x80\x9Cno\xE2\x80\x9D and left. \xE2\x80\x9CUnclosed here\nNext";
  claimlens::build_document(text, &d);
  std::uint32_t open1 = 2, close1 = 4;
  REQUIRE(d.tokens[open1].punct == claimlens::PunctKind::kQuoteOpen);
  CHECK(d.quote_end[open1] == close1);
  CHECK(d.in_quote[3] == 1);
  CHECK(d.in_quote[5] == 0);
  // the unclosed quotation runs to the end of its paragraph
  const std::uint32_t open2 = 8;
  REQUIRE(d.tokens[open2].punct == claimlens::PunctKind::kQuoteOpen);
  CHECK(d.quote_end[open2] == 11);  // the first token of the next paragraph
  CHECK(d.in_quote[10] == 1);
  CHECK(d.in_quote[11] == 0);
  CHECK(d.paragraph_of(11) == 1);
}

TEST_CASE("every token belongs to exactly one sentence", "[sentences]") {
  Document d;
  const std::string text = "A b. C d! \xE2\x80\x9C" "E f?\xE2\x80\x9D g h.\n\nI j";
  claimlens::build_document(text, &d);
  std::uint32_t expect = 0;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    CHECK(d.sentences[s].tb == expect);
    CHECK(d.sentences[s].te > d.sentences[s].tb);
    for (std::uint32_t i = d.sentences[s].tb; i < d.sentences[s].te; ++i) CHECK(d.sentence_of[i] == s);
    expect = d.sentences[s].te;
  }
  CHECK(expect == d.size());
}
