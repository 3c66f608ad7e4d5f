// Articles from files: encodings, Markdown and HTML extraction (fixtures in
// tests/fixtures/articles, written for the project).
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "claimlens/article_text.h"

using namespace claimlens;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(CLAIMLENS_FIXTURES) + "/articles/" + name, std::ios::binary);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool has_note(const ArticleText& a, const std::string& words) {
  for (const std::string& n : a.notes) {
    if (n.find(words) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("HTML: title and body text, without scripts, styles, navigation or furniture", "[article_text]") {
  const ArticleText a = extract_article("ferry.html", fixture("ferry.html"));
  REQUIRE(a.ok);
  CHECK(a.format == ArticleFormat::kHtml);
  CHECK(a.text == fixture("ferry.html.expected.txt"));
  for (const char* gone : {"not text", "Sport", "cookies", "Share on", "Related", "editor's comment", "Coastal Ledger"}) {
    CHECK(a.text.find(gone) == std::string::npos);
  }
}

TEST_CASE("Markdown: markup removed, paragraphs kept", "[article_text]") {
  const ArticleText a = extract_article("ferry.md", fixture("ferry.md"));
  REQUIRE(a.ok);
  CHECK(a.format == ArticleFormat::kMarkdown);
  CHECK(a.text == fixture("ferry.md.expected.txt"));
}

TEST_CASE("HTML content is read as HTML whatever the file is called", "[article_text]") {
  const ArticleText a = extract_article("story.txt", "<!doctype html><title>T</title><p>Officials said it rained.</p>");
  REQUIRE(a.ok);
  CHECK(a.format == ArticleFormat::kHtml);
  CHECK(has_note(a, "read as HTML"));
  CHECK(a.text == "T\n\nOfficials said it rained.");
}

TEST_CASE("UTF-16 with a byte-order mark, both byte orders, with a surrogate pair", "[article_text]") {
  // "Caf\u00E9 \U0001F600" in UTF-16 LE and BE.
  const std::string le("\xFF\xFE" "C\0a\0f\0\xE9\0 \0\x3D\xD8\x00\xDE", 16);
  const std::string be("\xFE\xFF" "\0C\0a\0f\0\xE9\0 \xD8\x3D\xDE\x00", 16);
  for (const std::string& bytes : {le, be}) {
    const ArticleText a = extract_article("x.txt", bytes);
    REQUIRE(a.ok);
    CHECK(a.text == "Caf\xC3\xA9 \xF0\x9F\x98\x80");
    CHECK(has_note(a, "UTF-16"));
  }
  CHECK_FALSE(extract_article("x.txt", std::string("\xFF\xFE" "C\0a", 5)).ok);  // odd length
}

TEST_CASE("text that is not UTF-8 is read as Windows-1252, and says so", "[article_text]") {
  // \x93 \x94 are curly quotes, \x96 an en dash, \xE9 é in Windows-1252.
  const ArticleText a = extract_article("old.txt", "\x93" "Caf\xE9\x94 \x96 closed");
  REQUIRE(a.ok);
  CHECK(a.text == "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 closed");
  CHECK(has_note(a, "Windows-1252"));
  // UTF-8 stays as it is, with no note.
  const ArticleText u = extract_article("new.txt", "Caf\xC3\xA9");
  CHECK(u.text == "Caf\xC3\xA9");
  CHECK(u.notes.empty());
  // NUL bytes are binary, not a legacy encoding.
  CHECK_FALSE(extract_article("x.txt", std::string("\x89PNG\0\0", 6)).ok);
}

TEST_CASE("entities: named, decimal, hex, and bad ones left as text", "[article_text]") {
  CHECK(html_to_text("<p>a &amp; b &#233; &#x2014; &bogus; &#xD800; &</p>") ==
        "a & b \xC3\xA9 \xE2\x80\x94 &bogus; \xEF\xBF\xBD &");
}
