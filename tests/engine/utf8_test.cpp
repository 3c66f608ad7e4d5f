// Byte <-> code-point offsets through multi-byte characters.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/utf8.h"

using claimlens::CodePointIndex;

TEST_CASE("decode_utf8 reads one, two, three and four byte sequences", "[utf8]") {
  const std::string text = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";  // a é " 😀
  std::size_t pos = 0;
  CHECK(claimlens::decode_utf8(text, &pos) == U'a');
  CHECK(claimlens::decode_utf8(text, &pos) == U'\u00E9');
  CHECK(claimlens::decode_utf8(text, &pos) == U'\u201C');
  CHECK(claimlens::decode_utf8(text, &pos) == U'\U0001F600');
  CHECK(pos == text.size());
}

TEST_CASE("CodePointIndex maps offsets both ways", "[utf8]") {
  const std::string text = "\xE2\x80\x9CNo,\xE2\x80\x9D she said \xE2\x80\x94 caf\xC3\xA9 \xF0\x9F\x98\x80.";
  const CodePointIndex index(text);
  CHECK(index.code_point_count() == 24);
  CHECK(index.to_code_point(0) == 0);
  CHECK(index.to_code_point(3) == 1);   // after the opening curly quote
  CHECK(index.to_code_point(static_cast<std::uint32_t>(text.size())) == 24);
  for (std::uint32_t cp = 0; cp <= index.code_point_count(); ++cp) {
    std::uint32_t byte = 0;
    REQUIRE(index.to_byte(cp, &byte));
    CHECK(index.to_code_point(byte) == cp);
  }
  std::uint32_t byte = 0;
  CHECK_FALSE(index.to_byte(25, &byte));
}

TEST_CASE("CodePointIndex is exact past its checkpoints", "[utf8]") {
  std::string text;
  for (int i = 0; i < 300; ++i) text += (i % 3 == 0) ? "\xC3\xA9" : "x";  // 100 é, 200 x
  const CodePointIndex index(text);
  REQUIRE(index.code_point_count() == 300);
  std::uint32_t byte = 0;
  REQUIRE(index.to_byte(200, &byte));
  // 200 code points: 67 of them two-byte (i = 0, 3, ..., 198).
  CHECK(byte == 200 + 67);
  CHECK(index.to_code_point(byte) == 200);
}

TEST_CASE("append_utf8 encodes every length and replaces what is not a character", "[utf8]") {
  std::string out;
  for (char32_t cp : {U'a', U'\u00E9', U'\u201C', U'\U0001F600'}) claimlens::append_utf8(cp, &out);
  CHECK(out == "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80");
  out.clear();
  claimlens::append_utf8(0xD800, &out);
  claimlens::append_utf8(0x110000, &out);
  CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
