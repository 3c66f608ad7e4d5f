// Positions, labels and accusations nested inside another content belong to that content
// (nesting.cpp). Every sentence here is written for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("a position inside another content is not an attribution of its own", "[nesting]") {
  const std::string t = "Diplomats say neither government wants the dispute to reach the court.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "neither government wants the dispute to reach the court"),
                   "Diplomats"));
  CHECK(find(r, t, Layer::kClaim, "the dispute to reach the court") < 0);
  CHECK(find(r, t, Layer::kSource, "neither government") < 0);
  CHECK(count(r, Layer::kSource) == 1);
}

TEST_CASE("an accusation inside a claim goes too; reported speech inside a claim stays", "[nesting]") {
  const std::string t =
      "The analyst says each side accuses the other of lying. The union said the mayor claimed the pool was safe.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the other of lying") < 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the pool was safe"), "the mayor"));
}

TEST_CASE("a position that stands alone stays, with its source", "[nesting]") {
  const std::string t = "Critics urged the council to delay the vote. The council said it would not.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the council to delay the vote"), "Critics"));
}

TEST_CASE("a belief whose speaker opens another content is part of that content", "[nesting]") {
  const std::string t = "The coach told the paper that she believes the team can win the cup.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "she believes the team can win the cup"), "The coach"));
  CHECK(find(r, t, Layer::kClaim, "the team can win the cup") < 0);
  CHECK(find(r, t, Layer::kSource, "she") < 0);
}

TEST_CASE("a belief later inside a content, or after a name and colon, stays", "[nesting]") {
  const std::string t =
      "Ivo Marsh says that although he would close the mill, he actually thinks the town will recover.\n\n"
      "Lena Voss: I think the bridge is safe.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the town will recover"), "he"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the bridge is safe"), "I"));
}
