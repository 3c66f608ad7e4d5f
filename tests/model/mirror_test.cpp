// The accessible mirror: blocks, marks in UTF-16 units, labels, layer filter.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "mirror.h"

using namespace claimlens;
using namespace claimlens::model;

TEST_CASE("mirror_json gives blocks with marks in UTF-16 offsets", "[mirror]") {
  Document doc;
  doc.name = "t.txt";
  // The emoji takes two UTF-16 units: the claim after it starts at 6 units, not 5.
  doc.text = "Row over port\n\xF0\x9F\x98\x80 Lopez said taxes rose.";
  doc.layout.set_text(doc.text);
  Annotation src;
  src.layer = Layer::kSource;
  src.span = {19, 24};  // "Lopez"
  src.entity = "Maria Lopez";
  Annotation claim;
  claim.layer = Layer::kClaim;
  claim.span = {30, 40};  // "taxes rose"
  claim.sources = {0};
  claim.cue = {25, 29};
  doc.annotations = {src, claim};
  const bool all[kLayerCount] = {true, true, true, true};
  const auto j = nlohmann::json::parse(mirror_json(doc, all));
  REQUIRE(j["blocks"].size() == 2);
  CHECK(j["blocks"][0]["kind"] == "title");
  const auto& marks = j["blocks"][1]["marks"];
  REQUIRE(marks.size() == 2);
  CHECK(marks[0]["start"] == 3);
  CHECK(marks[0]["end"] == 8);
  CHECK(marks[1]["start"] == 14);
  CHECK(marks[1]["layer"] == "claim");
  CHECK(marks[1]["label"] == "claim by Maria Lopez, cue \xE2\x80\x9Csaid\xE2\x80\x9D");

  const bool no_sources[kLayerCount] = {false, true, true, true};
  const auto k = nlohmann::json::parse(mirror_json(doc, no_sources));
  CHECK(k["blocks"][1]["marks"].size() == 1);
}

TEST_CASE("annotation_at picks the innermost visible annotation", "[mirror]") {
  Document doc;
  doc.text = "The firm denied that it leaked data.";
  Annotation denial;
  denial.layer = Layer::kDenial;
  denial.span = {9, 35};
  Annotation claim;
  claim.layer = Layer::kClaim;
  claim.span = {21, 35};
  doc.annotations = {denial, claim};
  refresh_statements(&doc);
  const bool all[kLayerCount] = {true, true, true, true};
  CHECK(annotation_at(doc, 25, all) == 1);
  CHECK(annotation_at(doc, 12, all) == 0);
  CHECK(annotation_at(doc, 2, all) == -1);
  const bool no_claims[kLayerCount] = {true, false, true, true};
  CHECK(annotation_at(doc, 25, no_claims) == 0);
}

TEST_CASE("a very long article's mirror stops at whole blocks and says how many it left out", "[mirror]") {
  Document doc;
  doc.name = "long.txt";
  for (int i = 0; i < 10; ++i) doc.text += "Paragraph number " + std::to_string(i) + " says little.\n";  // 30 bytes each
  doc.layout.set_text(doc.text);
  const bool all[kLayerCount] = {true, true, true, true};
  const auto whole = nlohmann::json::parse(mirror_json(doc, all));
  CHECK(whole["blocks"].size() == 10);
  CHECK(whole["omitted_blocks"] == 0);
  const auto cut = nlohmann::json::parse(mirror_json(doc, all, 95));
  REQUIRE(cut["blocks"].size() == 3);
  CHECK(cut["blocks"][2]["text"] == "Paragraph number 2 says little.");
  CHECK(cut["omitted_blocks"] == 7);
  // The first block is always copied, however long.
  CHECK(nlohmann::json::parse(mirror_json(doc, all, 5))["blocks"].size() == 1);
}
