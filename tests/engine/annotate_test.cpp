// The public contract of annotate(): status, ordering, indices, offsets, limits, and
// robustness on pathological input.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "claimlens/utf8.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("invalid input gives an error and no annotations", "[annotate]") {
  const auto r = claimlens::annotate("   \n ");
  CHECK_FALSE(r.status.ok());
  CHECK(r.annotations.empty());
  const auto bad = claimlens::annotate(std::string("ab\xC3", 3));
  CHECK(bad.status.error == claimlens::TextError::kInvalidUtf8);
}

TEST_CASE("annotations are sorted and their references point at the right layers", "[annotate]") {
  const std::string t = "The studio dismissed assertions by Hal Brenner that it had copied his script, "
                        "reportedly. \xE2\x80\x9CWe wrote every line,\xE2\x80\x9D said the producer. "
                        "Brenner said he would sue.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  REQUIRE(r.status.ok());
  REQUIRE(r.annotations.size() >= 6);
  for (std::size_t i = 1; i < r.annotations.size(); ++i) {
    const auto& a = r.annotations[i - 1].span;
    const auto& b = r.annotations[i].span;
    CHECK((a.begin < b.begin || (a.begin == b.begin && a.end >= b.end)));
  }
  for (const auto& a : r.annotations) {
    CHECK(a.span.begin < a.span.end);
    CHECK(a.span.end <= t.size());
    for (std::uint32_t s : a.sources) {
      REQUIRE(s < r.annotations.size());
      CHECK(r.annotations[s].layer == Layer::kSource);
    }
    for (std::uint32_t c : a.denies) {
      REQUIRE(c < r.annotations.size());
      CHECK(r.annotations[c].layer == Layer::kClaim);
    }
    if (a.layer == Layer::kSource) CHECK_FALSE(a.entity.empty());
    if (a.layer == Layer::kClaim || a.layer == Layer::kDenial) {
      CHECK_FALSE(a.why.empty());
      CHECK(a.cue.end > a.cue.begin);
    }
  }
}

TEST_CASE("offsets fall on code-point boundaries through multi-byte text", "[annotate]") {
  const std::string t = "\xC3\x89milie Gar\xC3\xA7on, the caf\xC3\xA9 owner, said \xE2\x80\x9Cprices "
                        "doubled \xF0\x9F\x98\x80\xE2\x80\x9D \xE2\x80\x94 and they fell.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  REQUIRE_FALSE(r.annotations.empty());
  for (const auto& a : r.annotations) {
    CHECK((static_cast<unsigned char>(t[a.span.begin]) & 0xC0) != 0x80);
    if (a.span.end < t.size()) CHECK((static_cast<unsigned char>(t[a.span.end]) & 0xC0) != 0x80);
  }
  const int s = find(r, t, Layer::kSource, "\xC3\x89milie Gar\xC3\xA7on, the caf\xC3\xA9 owner");
  REQUIRE(s >= 0);
  const claimlens::CodePointIndex index(t);
  CHECK(index.to_code_point(r.annotations[s].span.begin) == 0);
  CHECK(index.to_code_point(r.annotations[s].span.end) == 29);
}

TEST_CASE("max_annotations caps the result and sets truncated", "[annotate]") {
  std::string t;
  for (int i = 0; i < 50; ++i) t += "Officials said the road reopened. ";
  claimlens::AnnotateOptions options;
  options.max_annotations = 7;
  const auto r = claimlens::annotate(t, options);
  CHECK(r.annotations.size() <= 7);
  CHECK(r.truncated);
  for (const auto& a : r.annotations)
    for (std::uint32_t s : a.sources) CHECK(s < r.annotations.size());
  const auto full = claimlens::annotate(t);
  CHECK_FALSE(full.truncated);
  CHECK(full.annotations.size() > 7);
}

TEST_CASE("annotate is deterministic", "[annotate]") {
  const std::string t = "Officials said the port reopened. \xE2\x80\x9CIt is safe,\xE2\x80\x9D she said.";
  const auto a = claimlens::annotate(t);
  const auto b = claimlens::annotate(t);
  REQUIRE(a.annotations.size() == b.annotations.size());
  for (std::size_t i = 0; i < a.annotations.size(); ++i) {
    CHECK(a.annotations[i].span == b.annotations[i].span);
    CHECK(a.annotations[i].why == b.annotations[i].why);
    CHECK(a.annotations[i].entity == b.annotations[i].entity);
  }
}

TEST_CASE("pathological input does not crash and stays bounded", "[annotate]") {
  SECTION("a megabyte sentence without punctuation") {
    std::string t;
    while (t.size() < (1u << 20)) t += "word said the officials that ";
    const auto r = claimlens::annotate(t);
    CHECK(r.status.ok());
    for (const auto& a : r.annotations) CHECK(a.span.end - a.span.begin < 20000u);
  }
  SECTION("thousands of unbalanced quotes") {
    std::string t;
    for (int i = 0; i < 5000; ++i) t += (i % 3 ? "\" said " : "\xE2\x80\x9C x ");
    const auto r = claimlens::annotate(t);
    CHECK(r.status.ok());
  }
  SECTION("a very long line of one word") {
    const auto r = claimlens::annotate(std::string(300000, 'x'));
    CHECK(r.status.ok());
    CHECK(r.annotations.empty());
  }
  SECTION("only punctuation and cues") {
    std::string t;
    for (int i = 0; i < 3000; ++i) t += ", said, \xE2\x80\x9D according to ( ) \xE2\x80\x94 ";
    const auto r = claimlens::annotate(t);
    CHECK(r.status.ok());
  }
}

TEST_CASE("a text ending in a closed quotation after a stop", "[annotate]") {
  // Reading past the last token here once overflowed the token array.
  const std::string t = "The mayor said \xE2\x80\x9C" "fine.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(r.status.ok());
  CHECK(find(r, t, Layer::kClaim, "\xE2\x80\x9C" "fine.\xE2\x80\x9D") >= 0);
}

TEST_CASE("a denial never lists a content that is itself a denial", "[annotate]") {
  // The wrapped content calls something false, so it is a denial, not a claim to deny.
  const std::string t = "The club dismissed claims by fans that the ticket prices were false advertising.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  REQUIRE(count(r, Layer::kDenial) >= 1);
  for (const auto& a : r.annotations)
    for (std::uint32_t c : a.denies) CHECK(r.annotations[c].layer == Layer::kClaim);
}
