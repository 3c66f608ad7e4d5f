// More contents the engine used to miss after a cue in its lexicons (error analysis of the
// content layer on the PolNeAR training split, round 2). Every sentence here is written
// for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
void expect_no_claim(std::initializer_list<const char*> texts) {
  for (const char* text : texts) {
    const std::string t = text;
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(count(r, Layer::kClaim) == 0);
  }
}
}  // namespace

TEST_CASE("what is revealed or disclosed is a content", "[content]") {
  expect_claims({
      {"The harbor board revealed a plan to dredge the channel.", "a plan to dredge the channel"},
      {"The company disclosed its losses in a filing.", "its losses in a filing"},
  });
}

TEST_CASE("'announced sanctions' is an action, 'revealed this week' a time", "[content]") {
  expect_no_claim({
      "The council announced new parking fines.",
      "The senator confirmed the judge.",
      "The council revealed this week.",
  });
}

TEST_CASE("what a poll or a study finds is a content, with or without 'that'", "[content]") {
  expect_claims({
      {"A new poll from the state college found Ruiz leading Lee by five points.",
       "Ruiz leading Lee by five points"},
      {"The transit study finds most riders willing to pay more for a faster line.",
       "most riders willing to pay more for a faster line"},
  });
}

TEST_CASE("'found' after a person is no finding of a poll", "[content]") {
  expect_no_claim({
      "The hikers found the trail closed after the storm.",
  });
}

TEST_CASE("what is agreed to do is a content", "[content]") {
  expect_claims({
      {"The ferry union agreed to drop its suit against the port.", "to drop its suit against the port"},
  });
}

TEST_CASE("a question-word clause after a verb of telling is a content", "[content]") {
  expect_claims({
      {"Okafor recalled how the mill had closed in a single week.", "how the mill had closed in a single week"},
      {"The harbor master revealed why the pier was shut.", "why the pier was shut"},
  });
}

TEST_CASE("'knew what it meant' and 'recalled how to' are no reports", "[content]") {
  expect_no_claim({
      "I knew what that meant for the town.",
      "She recalled how to sail the old boat.",
  });
}

TEST_CASE("a stance in a 'that' relative clause is its antecedent's", "[content]") {
  const std::string t = "A nurses' union that endorsed Lee in the primary started a petition.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "Lee");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "A nurses' union"));
}

TEST_CASE("'When asked whom ...' and 'When asked why,' put a question", "[content]") {
  expect_claims({
      {"When asked whom she backed for mayor, Ms. Lane smiled.", "whom she backed for mayor"},
      {"When asked why, the harbor master laughed.", "why"},
  });
}
