// Hedges: adverbs always, participles only as adjectives.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("hedge adverbs and so-called", "[hedges]") {
  const std::string t = "The so-called reform reportedly stalled, and the minister allegedly knew.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kHedge, "so-called") >= 0);
  CHECK(find(r, t, Layer::kHedge, "reportedly") >= 0);
  CHECK(find(r, t, Layer::kHedge, "allegedly") >= 0);
  CHECK(count(r, Layer::kHedge) == 3);
}

TEST_CASE("alleged and claimed are hedges only as adjectives", "[hedges]") {
  const std::string t = "Police studied the alleged bribe and the claimed savings. "
                        "The firm alleged that rivals cheated.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kHedge) == 2);
  const int h = find(r, t, Layer::kHedge, "alleged");
  REQUIRE(h >= 0);
  CHECK(r.annotations[h].span.begin < t.find("bribe"));
  CHECK(find(r, t, Layer::kHedge, "claimed") >= 0);
}

TEST_CASE("'claimed' after a possessor is a hedge", "[hedges]") {
  const std::string t = "Doctors doubt the tonic\xE2\x80\x99s claimed benefits. The brewer claimed success.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kHedge) == 1);
  const int h = find(r, t, Layer::kHedge, "claimed");
  REQUIRE(h >= 0);
  CHECK(r.annotations[h].span.begin < t.find("benefits"));
}
