// check_text(): what the engine accepts as an article, and the messages for the rest.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/text_check.h"

using claimlens::check_text;
using claimlens::TextError;

TEST_CASE("plain and multi-byte UTF-8 is accepted as it is", "[text_check]") {
  const std::string text = "The mayor said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x94 twice.";
  const auto checked = check_text(text);
  REQUIRE(checked.status.ok());
  CHECK(checked.text == text);
  CHECK_FALSE(checked.had_bom);
}

TEST_CASE("a leading BOM is removed and reported", "[text_check]") {
  const auto checked = check_text("\xEF\xBB\xBFHello.");
  REQUIRE(checked.status.ok());
  CHECK(checked.text == "Hello.");
  CHECK(checked.had_bom);
}

TEST_CASE("empty and whitespace-only input is rejected as empty", "[text_check]") {
  CHECK(check_text("").status.error == TextError::kEmpty);
  CHECK(check_text(" \n\t\r\n").status.error == TextError::kEmpty);
  CHECK(check_text("\xEF\xBB\xBF").status.error == TextError::kEmpty);
}

TEST_CASE("NUL bytes mark binary input, with the offending offset", "[text_check]") {
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  const auto status = check_text(png).status;
  // 0x89 is not a valid lead byte, so the first problem found is invalid UTF-8 at 0.
  CHECK(status.error == TextError::kInvalidUtf8);
  CHECK(status.offset == 0);
  const std::string nul("text\0more", 9);
  CHECK(check_text(nul).status.error == TextError::kBinary);
  CHECK(check_text(nul).status.offset == 4);
}

TEST_CASE("many control characters mark binary input", "[text_check]") {
  std::string controls;
  for (int i = 0; i < 40; ++i) controls += "a\x01\x02";
  CHECK(check_text(controls).status.error == TextError::kBinary);
}

TEST_CASE("malformed UTF-8 is rejected at the first bad byte", "[text_check]") {
  struct Case { std::string bytes; std::size_t offset; };
  const Case cases[] = {
      {"ab\xC3", 2},                 // truncated two-byte sequence
      {"ab\xC0\xAF", 2},             // overlong '/'
      {"a\xE0\x80\xAF", 1},          // overlong three-byte
      {"a\xED\xA0\x80z", 1},         // UTF-16 surrogate U+D800
      {"a\xF4\x90\x80\x80", 1},      // above U+10FFFF
      {"\x80start", 0},              // lone continuation byte
      {"ok \xF8\x88\x80\x80\x80", 3} // five-byte form
  };
  for (const Case& c : cases) {
    const auto status = check_text(c.bytes).status;
    CHECK(status.error == TextError::kInvalidUtf8);
    CHECK(status.offset == c.offset);
  }
}

TEST_CASE("describe() gives a one-line message for each error", "[text_check]") {
  CHECK(claimlens::describe({TextError::kInvalidUtf8, 17}) == "invalid UTF-8 at byte 17");
  CHECK(claimlens::describe({TextError::kEmpty, 0}).find("empty") != std::string::npos);
  CHECK(claimlens::describe({TextError::kTooLarge, 0}).find("MB") != std::string::npos);
}

TEST_CASE("the eight-byte ASCII fast path keeps every check", "[text_check]") {
  using claimlens::check_text;
  using claimlens::TextError;
  // An invalid byte after long ASCII runs is reported at its own offset.
  const std::string bad = std::string(21, 'a') + "\xFF" + std::string(10, 'b');
  CHECK(check_text(bad).status.error == TextError::kInvalidUtf8);
  CHECK(check_text(bad).status.offset == 21);
  // A NUL inside an eight-byte window is binary.
  const std::string nul = std::string("abcdefgh") + "abc" + std::string(1, '\0') + "defgh";
  CHECK(check_text(nul).status.error == TextError::kBinary);
  CHECK(check_text(nul).status.offset == 11);
  // Only spaces and newlines: empty, however long.
  CHECK(check_text(std::string(40, ' ') + "\n" + std::string(17, ' ')).status.error == TextError::kEmpty);
  // One visible byte among spaces is text.
  CHECK(check_text(std::string(16, ' ') + "x" + std::string(16, ' ')).status.ok());
  // Multi-byte characters between ASCII runs are valid.
  CHECK(check_text(std::string(9, 'a') + "\xE2\x80\x9C" "quoted\xE2\x80\x9D" + std::string(9, 'b')).status.ok());
}
