// An article prepared in one place (a Web Worker) and loaded in another: the bytes between
// them carry everything, and damaged bytes are refused without reading past them.
#include <catch2/catch.hpp>

#include "document.h"
#include "prepared_article.h"

using namespace claimlens;
using namespace claimlens::model;

namespace {
const char* kArticle =
    "Depot plan questioned\n\n"
    "The transport board said on Monday that the new depot would open in May. "
    "\"We never promised May,\" said Ruth Amsel, the board's chair, who denied the report.\n\n"
    "Officials possibly knew about the delay, according to a union statement.";

bool same(const Annotation& a, const Annotation& b) {
  return a.layer == b.layer && a.span.begin == b.span.begin && a.span.end == b.span.end && a.cue.begin == b.cue.begin &&
         a.cue.end == b.cue.end && a.entity == b.entity && a.why == b.why && a.sources == b.sources && a.denies == b.denies;
}
}  // namespace

TEST_CASE("a prepared article survives its byte form unchanged", "[prepared]") {
  const PreparedArticle a = prepare_article("depot.txt", kArticle);
  REQUIRE(a.ok);
  REQUIRE(a.annotations.size() >= 3);
  PreparedArticle b;
  REQUIRE(decode_prepared(encode_prepared(a), &b));
  CHECK(b.ok);
  CHECK(b.text == a.text);
  CHECK(b.notes == a.notes);
  CHECK(b.truncated == a.truncated);
  REQUIRE(b.annotations.size() == a.annotations.size());
  for (std::size_t i = 0; i < a.annotations.size(); ++i) CHECK(same(a.annotations[i], b.annotations[i]));
}

TEST_CASE("loading a prepared article gives the document load_document gives", "[prepared]") {
  Document direct, prepared;
  REQUIRE(load_document("depot.txt", kArticle, &direct).ok);
  PreparedArticle a;
  REQUIRE(decode_prepared(encode_prepared(prepare_article("depot.txt", kArticle)), &a));
  REQUIRE(load_prepared("depot.txt", std::move(a), &prepared).ok);
  CHECK(prepared.text == direct.text);
  CHECK(prepared.sha256 == direct.sha256);
  CHECK(prepared.statements.speakers.size() == direct.statements.speakers.size());
  CHECK(prepared.layout.blocks().size() == direct.layout.blocks().size());
  REQUIRE(prepared.annotations.size() == direct.annotations.size());
  for (std::size_t i = 0; i < direct.annotations.size(); ++i) CHECK(same(prepared.annotations[i], direct.annotations[i]));
}

TEST_CASE("a refused file's message crosses over, and loading it changes nothing", "[prepared]") {
  PreparedArticle a;
  REQUIRE(decode_prepared(encode_prepared(prepare_article("blank.txt", "   \n  ")), &a));
  CHECK_FALSE(a.ok);
  CHECK(a.message.rfind("blank.txt: ", 0) == 0);
  Document doc;
  doc.name = "kept";
  const OpenResult r = load_prepared("blank.txt", std::move(a), &doc);
  CHECK_FALSE(r.ok);
  CHECK(r.message.rfind("blank.txt: ", 0) == 0);
  CHECK(doc.name == "kept");
}

TEST_CASE("damaged bytes are refused: every truncation, a wrong tag, a flipped count", "[prepared]") {
  const std::string good = encode_prepared(prepare_article("depot.txt", kArticle));
  PreparedArticle out;
  for (std::size_t n = 0; n < good.size(); ++n) {
    INFO("prefix of " << n << " bytes");
    REQUIRE_FALSE(decode_prepared(std::string_view(good).substr(0, n), &out));
    CHECK_FALSE(out.ok);
  }
  CHECK_FALSE(decode_prepared("CLP2" + good.substr(4), &out));
  CHECK_FALSE(decode_prepared(good + "x", &out));
  std::string huge_count = good;
  // The text's length field (after tag, ok flag and the empty message's length) claims 4 GB.
  huge_count.replace(12, 4, std::string("\xff\xff\xff\xff", 4));
  CHECK_FALSE(decode_prepared(huge_count, &out));
  CHECK(out.message == "damaged prepared article");
}
