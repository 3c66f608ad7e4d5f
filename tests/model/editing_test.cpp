// Corrections: adding, re-layering, deleting, linking, notes, undo/redo, merging imports,
// and re-running the engine without losing a person's work.
#include <catch2/catch.hpp>
#include <string>

#include "editing.h"

using namespace claimlens;
using namespace claimlens::model;

namespace {

Document open(const std::string& text) {
  Document doc;
  REQUIRE(load_document("t.txt", text, &doc).ok);
  return doc;
}

Span span_of(const Document& doc, std::string_view what) {
  const auto at = doc.text.find(what);
  REQUIRE(at != std::string::npos);
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
}

int count(const Document& doc, Layer layer, Creator creator) {
  int n = 0;
  for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
    n += doc.annotations[i].layer == layer && doc.meta[i].creator == creator;
  }
  return n;
}

// Invariants every edit must keep.
void check_invariants(const Document& doc) {
  REQUIRE(doc.meta.size() == doc.annotations.size());
  for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    if (i > 0) CHECK(doc.annotations[i - 1].span.begin <= a.span.begin);
    for (std::uint32_t s : a.sources) CHECK(doc.annotations.at(s).layer == Layer::kSource);
    for (std::uint32_t d : a.denies) CHECK(doc.annotations.at(d).layer == Layer::kClaim);
  }
}

// No attribution in it: the engine finds nothing, so every annotation here is a person's.
const std::string kText = "Harbour row\n\nThe old fisherman. The water was warmer this spring, near the pier.\n";

}  // namespace

TEST_CASE("a person marks text, and undo/redo walk the history", "[editing]") {
  Document doc = open(kText);
  REQUIRE(doc.annotations.empty());
  const std::size_t engine_count = doc.annotations.size();
  const int source = add_annotation(&doc, Layer::kSource, span_of(doc, "The old fisherman"));
  REQUIRE(source >= 0);
  const int claim = add_annotation(&doc, Layer::kClaim, span_of(doc, " The water was warmer this spring, "));
  REQUIRE(claim >= 0);
  CHECK(doc.text.substr(doc.annotations[claim].span.begin, 5) == "The w");  // spaces trimmed
  REQUIRE(attach_source(&doc, claim, source));
  check_invariants(doc);
  CHECK(count(doc, Layer::kClaim, Creator::kPerson) == 1);
  CHECK(doc.annotations[source].entity == "The old fisherman");
  CHECK(doc.statements.attributed >= 1);

  REQUIRE(undo(&doc));  // the link
  CHECK(doc.annotations[claim].sources.empty());
  REQUIRE(undo(&doc));  // the claim
  REQUIRE(undo(&doc));  // the source
  CHECK(doc.annotations.size() == engine_count);
  CHECK_FALSE(undo(&doc));
  REQUIRE(redo(&doc));
  REQUIRE(redo(&doc));
  CHECK(doc.annotations.size() == engine_count + 2);
  // A new edit drops the redo history.
  REQUIRE(add_annotation(&doc, Layer::kHedge, span_of(doc, "near")) >= 0);
  CHECK_FALSE(redo(&doc));
  check_invariants(doc);
}

TEST_CASE("bad edit arguments are refused and change nothing", "[editing]") {
  Document doc = open(kText);
  const auto before = doc.annotations.size();
  CHECK(add_annotation(&doc, Layer::kClaim, {5, 3}) == -1);
  CHECK(add_annotation(&doc, Layer::kClaim, {0, 999}) == -1);
  CHECK(add_annotation(&doc, Layer::kClaim, {11, 13}) == -1);  // only white space
  CHECK_FALSE(delete_annotation(&doc, 999));
  CHECK_FALSE(set_layer(&doc, -1, Layer::kClaim));
  CHECK_FALSE(attach_source(&doc, 0, 0));
  CHECK(doc.annotations.size() == before);
  CHECK_FALSE(can_undo(doc));
}

TEST_CASE("deleting keeps links valid; deleting an engine annotation survives a re-run", "[editing]") {
  Document doc = open("Ana Ruiz said the bridge will reopen in May.\n");
  REQUIRE_FALSE(doc.annotations.empty());
  int engine_claim = -1;
  for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
    if (doc.annotations[i].layer == Layer::kClaim) engine_claim = static_cast<int>(i);
  }
  REQUIRE(engine_claim >= 0);
  const Span gone = doc.annotations[engine_claim].span;
  REQUIRE(delete_annotation(&doc, engine_claim));
  check_invariants(doc);
  const int note_on = add_annotation(&doc, Layer::kHedge, span_of(doc, "will"));
  REQUIRE(set_note(&doc, note_on, "tense matters"));
  rerun_engine(&doc);
  check_invariants(doc);
  for (const Annotation& a : doc.annotations) CHECK_FALSE((a.layer == Layer::kClaim && a.span == gone));
  const int hedge = [&] {
    for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
      if (doc.annotations[i].span == span_of(doc, "will")) return static_cast<int>(i);
    }
    return -1;
  }();
  REQUIRE(hedge >= 0);
  CHECK(doc.meta[hedge].creator == Creator::kPerson);
  CHECK(doc.meta[hedge].note == "tense matters");
}

TEST_CASE("changing a layer marks the annotation as a person's", "[editing]") {
  Document doc = open("Ana Ruiz said the bridge will reopen in May.\n");
  int claim = -1;
  for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
    if (doc.annotations[i].layer == Layer::kClaim) claim = static_cast<int>(i);
  }
  REQUIRE(claim >= 0);
  const Span s = doc.annotations[claim].span;
  REQUIRE(set_layer(&doc, claim, Layer::kDenial));
  check_invariants(doc);
  rerun_engine(&doc);
  int claims_there = 0, denials_there = 0;
  for (const Annotation& a : doc.annotations) {
    claims_there += a.layer == Layer::kClaim && a.span == s;
    denials_there += a.layer == Layer::kDenial && a.span == s;
  }
  CHECK(claims_there == 0);
  CHECK(denials_there == 1);
}

TEST_CASE("importing two people's files merges them without duplicates", "[editing]") {
  Document doc = open(kText);
  Document alice = open(kText), bob = open(kText);
  const int a_claim = add_annotation(&alice, Layer::kClaim, span_of(alice, "The water was warmer this spring"));
  set_note(&alice, a_claim, "check the buoy data");
  add_annotation(&bob, Layer::kClaim, span_of(bob, "The water was warmer this spring"));
  add_annotation(&bob, Layer::kSource, span_of(bob, "The old fisherman"));
  const auto engine = doc.annotations.size();
  const int first = merge_annotations(&doc, anchor_annotations(to_annotation_file(alice), doc.text));
  const int second = merge_annotations(&doc, anchor_annotations(to_annotation_file(bob), doc.text));
  CHECK(first == 1);
  CHECK(second == 1);  // the claim was there already; only the source is new
  CHECK(doc.annotations.size() == engine + 2);
  check_invariants(doc);
  bool noted = false;
  for (const AnnotationMeta& m : doc.meta) noted |= m.note == "check the buoy data";
  CHECK(noted);
  // Merging the same file again adds nothing.
  CHECK(merge_annotations(&doc, anchor_annotations(to_annotation_file(bob), doc.text)) == 0);
}
