// Denial links: what a denial rejects when it shares few words with it.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {

// Whether denial d names claim c among what it rejects.
bool denies(const claimlens::AnnotateResult& r, int d, int c) {
  if (d < 0 || c < 0) return false;
  for (std::uint32_t x : r.annotations[d].denies)
    if (x == static_cast<std::uint32_t>(c)) return true;
  return false;
}

}  // namespace

TEST_CASE("'dismissed the accusations' rejects the accusation made before", "[denial_links]") {
  const std::string t = "Fishermen accused the mill of poisoning the river. The weather was mild. "
                        "Officials said the new bridge would open in May. The owner dismissed the accusations.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the mill of poisoning the river");
  const int d = find(r, t, Layer::kDenial, "dismissed the accusations");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(denies(r, d, c));
  CHECK(r.annotations[d].denies.size() == 1);
}

TEST_CASE("a possessor in the object names whose claim is rejected", "[denial_links]") {
  const std::string t = "The farmers' union said the dam had cut the river's flow by half. "
                        "Engineers said the turbines were running at full power. "
                        "The ministry rejected the union's figures.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int union_claim = find(r, t, Layer::kClaim, "the dam had cut the river's flow by half");
  const int d = find(r, t, Layer::kDenial, "rejected the union's figures");
  REQUIRE(union_claim >= 0);
  REQUIRE(d >= 0);
  CHECK(denies(r, d, union_claim));
}

TEST_CASE("a pronoun object rejects the latest claim of another speaker", "[denial_links]") {
  const std::string t = "Neighbours said the mill dumped oil at night. The owner denied it.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the mill dumped oil at night");
  const int d = find(r, t, Layer::kDenial, "denied it");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(denies(r, d, c));
}

TEST_CASE("a denial never rejects its own speaker's claim", "[denial_links]") {
  const std::string t = "The owner said the mill was safe. The owner denied it.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denied it");
  REQUIRE(d >= 0);
  CHECK(r.annotations[d].denies.empty());
}

TEST_CASE("a headline denial rejects the first matching claim of the story", "[denial_links]") {
  const std::string t = "Mill owner denies poisoning river\n\n"
                        "The weather in Dunmore was mild on Monday. Fishermen said the mill had poisoned the "
                        "river with dye. Officials said the bridge would open in May.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denies poisoning river");
  const int c = find(r, t, Layer::kClaim, "the mill had poisoned the river with dye");
  REQUIRE(d >= 0);
  REQUIRE(c >= 0);
  CHECK(denies(r, d, c));
}

TEST_CASE("a headline denial of a charge rejects the story's accusation", "[denial_links]") {
  const std::string t = "Brewery rejects dilution charge\n\n"
                        "Inspectors accused the Harlow brewery on Monday of watering down its beer. "
                        "Drinkers said the beer tasted thin.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "rejects dilution charge");
  const int c = find(r, t, Layer::kClaim, "the Harlow brewery on Monday of watering down its beer");
  REQUIRE(d >= 0);
  REQUIRE(c >= 0);
  CHECK(denies(r, d, c));
}

TEST_CASE("a denial in other words rejects the story's accusation", "[denial_links]") {
  const std::string t = "The regulator accused Harlow Bank of hiding losses from savers for a year. "
                        "Analysts said the shares fell by a tenth. The bank denied that it had misled anyone.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "Harlow Bank of hiding losses from savers for a year");
  const int d = find(r, t, Layer::kDenial, "denied that it had misled anyone");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(denies(r, d, c));
}

TEST_CASE("a claim already denied is what a later pointing denial rejects", "[denial_links]") {
  const std::string t = "Fishermen said the mill had poisoned the river. The owner denied that the mill had "
                        "poisoned the river. Officials said the new bridge would open in May. A lawyer for the "
                        "owner called the story false.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the mill had poisoned the river");
  const int d = find(r, t, Layer::kDenial, "called the story false");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(denies(r, d, c));
}

TEST_CASE("a denial of something the story never states stays unlinked", "[denial_links]") {
  const std::string t = "Officials said the new bridge would open in May. The mayor denied that she would resign.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denied that she would resign");
  REQUIRE(d >= 0);
  CHECK(r.annotations[d].denies.empty());
}

TEST_CASE("a claim of another speaker inside a denial verb's object is what it rejects", "[denial_links]") {
  const std::string t = "The tenants' association said on Monday that rents had doubled since the sale. "
                        "The landlord dismissed as “pure invention” figures from housing groups that say "
                        "200 families have been evicted. "
                        "“None of the families was evicted,” the landlord's lawyer said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial,
                     "dismissed as “pure invention” figures from housing groups that say 200 families have been evicted");
  REQUIRE(d >= 0);
  const int c = find(r, t, Layer::kClaim, "200 families have been evicted");
  REQUIRE(c >= 0);
  CHECK(r.annotations[d].denies.size() == 1);
  CHECK(denies(r, d, c));
}
