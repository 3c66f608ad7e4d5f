// The bad-input table (README "Limits"): every kind of broken or hostile input a person
// can drop on the reader, each refused or read with a message, none of them changing the
// document that is already open — its text, annotations and a person's edits.
//
// Rows that only the browser can show (a 50 MB drop, 200 files at once, storage faults)
// are in tests/e2e; a share link cut in half is also in tests/format/share_link_test.cpp.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "claimlens/annotation_file.h"
#include "claimlens/share_link.h"
#include "claimlens/text_check.h"
#include "editing.h"

using namespace claimlens;
using namespace claimlens::model;

namespace {

constexpr std::string_view kArticle =
    "The mayor of Lindqvist said the bridge would reopen in June. “The cables are sound,” "
    "she told reporters. The contractor denied that any repairs were planned.";

// An open document with a person's own annotation on top of the engine's.
Document open_with_edit() {
  Document doc;
  REQUIRE(load_document("bridge.txt", kArticle, &doc).ok);
  const auto at = static_cast<std::uint32_t>(doc.text.find("the bridge would reopen"));
  REQUIRE(add_annotation(&doc, Layer::kHedge, {at, at + 10}) >= 0);
  return doc;
}

// Everything a person would lose: the text and the annotations with their creators.
std::string snapshot(const Document& doc) {
  return doc.text + "\n" + to_native_file_json(to_annotation_file(doc)) + "\n" +
         std::to_string(doc.orphans.size());
}

// A claimlens file for kArticle with one claim record, its fields overridden by `patch`.
std::string annotation_file(const nlohmann::json& patch, bool same_text = true) {
  Document doc;
  REQUIRE(load_document("bridge.txt", kArticle, &doc).ok);
  nlohmann::json file = nlohmann::json::parse(to_native_file_json(to_annotation_file(doc)));
  if (!same_text) file["document"]["sha256"] = std::string(64, '0');
  nlohmann::json claim = {{"id", "x1"}, {"type", "claim"}, {"start", 0}, {"end", 3}, {"quote", "The"}};
  if (patch.is_object()) claim.update(patch);
  file["annotations"] = nlohmann::json::array({claim});
  return file.dump();
}

struct ArticleRow {
  const char* what;
  std::string name;
  std::string bytes;
  const char* message;  // what the person is told (a part of it)
  bool opens;           // opened with a note, rather than refused
};

}  // namespace

TEST_CASE("bad articles are refused or read with a message, and the open one is unchanged", "[bad-input]") {
  const std::string png = std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + std::string(200, '\x07');
  const ArticleRow rows[] = {
      {"empty file", "empty.txt", "", "the file is empty", false},
      {"white space only", "blank.txt", " \n\t\n ", "the file is empty", false},
      {"NUL bytes", "nul.txt", std::string("Officials said\0 it was\0 true.", 29), "not text (binary data", false},
      {"an image renamed .txt", "photo.txt", png, "this is a PNG image, not an article", false},
      {"a PDF renamed .html", "report.html", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n", "a PDF document", false},
      {"a Word file renamed .md", "draft.md", std::string("PK\x03\x04\x14\0\x06\0", 8) + "word/document.xml",
       "a ZIP archive", false},
      {"truncated UTF-16", "utf16.txt", std::string("\xFF\xFEH\0i\0!", 7), "truncated UTF-16", false},
      {"larger than the limit", "huge.txt", std::string(kMaxTextBytes + 1, 'a'), "larger than 64 MB", false},
      {"invalid UTF-8", "latin.txt", "The minister said the caf\xE9 would close.", "read as Windows-1252", true},
      {"overlong UTF-8", "overlong.txt", "Officials said \xC0\xAF it was true.", "read as Windows-1252", true},
      {"HTML renamed .txt", "page.txt", "<!DOCTYPE html><title>Bridge</title><p>The mayor said it would open.</p>",
       "the content is HTML", true},
  };
  for (const ArticleRow& row : rows) {
    INFO(row.what);
    Document open = open_with_edit();
    const std::string before = snapshot(open);
    Document other;
    const OpenResult r = load_document(row.name, row.bytes, &other);
    CHECK(r.ok == row.opens);
    std::string told = r.message;
    for (const std::string& note : other.notes) told += "; " + note;
    CHECK_THAT(told, Catch::Contains(row.message));
    if (r.ok) CHECK(check_text(other.text).status.ok());
    CHECK(snapshot(open) == before);
  }
}

TEST_CASE("overlong UTF-8 never becomes the character it spells", "[bad-input]") {
  // \xC0\xAF is an overlong '/': read as Windows-1252 it must be "À¯", never "/".
  Document doc;
  REQUIRE(load_document("overlong.txt", "Officials said \xC0\xAF it was true.", &doc).ok);
  CHECK(doc.text.find('/') == std::string::npos);
  CHECK(doc.text.find("\xC3\x80\xC2\xAF") != std::string::npos);
}

TEST_CASE("bad annotation files are refused with a message and change nothing", "[bad-input]") {
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  const std::string file = annotation_file(nlohmann::json::object());
  std::string lone = annotation_file({{"quote", "LONE"}});
  lone.replace(lone.find("LONE"), 4, "\\ud800");
  struct Row {
    const char* what;
    std::string json;
    const char* message;
  } rows[] = {
      {"deeply nested JSON", deep, "nested more than 32 levels"},
      {"truncated JSON", file.substr(0, file.size() / 2), "not valid JSON"},
      {"a lone surrogate", lone, "not valid JSON"},
      {"offsets reversed", annotation_file({{"start", 9}, {"end", 4}}), "start <= end"},
      {"negative offsets", annotation_file({{"start", -5}}), "start <= end"},
      {"an unknown layer", annotation_file({{"type", "rumour"}}), "no known \"type\""},
      {"not an annotation file", R"({"title": "Bridge", "body": "The mayor said."})", "neither a claimlens"},
      {"larger than the limit", std::string(kMaxImportBytes + 1, ' '), "larger than 32 MB"},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    Document open = open_with_edit();
    const std::string before = snapshot(open);
    const FileParseResult parsed = parse_annotation_file(row.json);
    CHECK_FALSE(parsed.ok);
    CHECK_THAT(parsed.error, Catch::Contains(row.message));
    CHECK(snapshot(open) == before);  // refused before anything reached the document
  }
}

TEST_CASE("annotations that cannot be placed with confidence become orphans, never misplaced", "[bad-input]") {
  const auto import = [](const std::string& json, Document* doc) {
    const FileParseResult parsed = parse_annotation_file(json);
    REQUIRE(parsed.ok);
    return import_annotation_file(doc, parsed.file);
  };
  SECTION("offsets past the end of the text, on the same text") {
    Document doc = open_with_edit();
    const std::string before = to_native_file_json(to_annotation_file(doc));
    const auto outcome = import(annotation_file({{"start", 5000}, {"end", 5003}, {"quote", "zzz"}}), &doc);
    CHECK(outcome.added == 0);
    CHECK(outcome.orphaned == 1);
    CHECK(to_native_file_json(to_annotation_file(doc)) == before);
  }
  SECTION("a quote the text does not have, on another text") {
    Document doc = open_with_edit();
    const std::string before = to_native_file_json(to_annotation_file(doc));
    const auto outcome = import(annotation_file({{"quote", "the tunnel would reopen"}}, false), &doc);
    CHECK_FALSE(outcome.exact);
    CHECK(outcome.orphaned == 1);
    CHECK(to_native_file_json(to_annotation_file(doc)) == before);
  }
  SECTION("offsets that disagree with their quote, on the same text: placed by the quote or not at all") {
    Document doc = open_with_edit();
    const auto quote_at = static_cast<std::uint32_t>(doc.text.find("any repairs were planned"));
    const auto outcome = import(annotation_file({{"start", 4}, {"end", 28}, {"quote", "any repairs were planned"}}), &doc);
    CHECK(outcome.added + static_cast<int>(outcome.orphaned) == 1);
    for (const Annotation& a : doc.annotations) {
      if (a.layer == Layer::kClaim && a.span.end - a.span.begin == 24) CHECK(a.span.begin == quote_at);
    }
  }
}

TEST_CASE("a share link cut in half is refused and opens nothing", "[bad-input]") {
  const ShareDecodeResult r = decode_share_link("fZDBTsMwDIZfJfKZadZtB8QRbYyhaRoSSBxxm9QM1aZ");
  CHECK_FALSE(r.ok);
  CHECK_FALSE(r.error.empty());
  CHECK_FALSE(r.payload.has_text);
}
