// Denials reported by a verb of saying ("said it denies P") and claims a denial wraps
// without anyone holding them ("rejected the idea that P").
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("'said that it denies P' is one denial, the speaker's", "[reported_denials]") {
  const std::string t = "The brewery said on Friday that it strongly denies any suggestion that its beer was watered down.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "it strongly denies any suggestion that its beer was watered down");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The brewery"));
  CHECK(count(r, Layer::kDenial) == 1);
  CHECK(find(r, t, Layer::kClaim, "its beer was watered down") < 0);
}

TEST_CASE("a denial verb in scare quotes is still the content's verb", "[reported_denials]") {
  const std::string t = "The brewery said that it \"categorically rejects\" the inspectors' findings.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "it \"categorically rejects\" the inspectors' findings");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The brewery"));
}

TEST_CASE("a quotation reporting others' denials stays a claim", "[reported_denials]") {
  const std::string t = "\"They have denied everything, every single time,\" the union's lawyer said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "\"They have denied everything, every single time,\"") >= 0);
  CHECK(count(r, Layer::kDenial) == 0);
}

TEST_CASE("an idea a denial rejects that no one is said to hold is no claim", "[reported_denials]") {
  const std::string t = "The council rejected the idea that the library would close. "
                        "The mayor dismissed the union's claim that staff would be cut.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the library would close") < 0);
  CHECK(find(r, t, Layer::kDenial, "rejected the idea that the library would close") >= 0);
  const int c = find(r, t, Layer::kClaim, "staff would be cut");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the union"));
}

TEST_CASE("'pushed back' with no object rejects nothing; 'pushed back on X' rejects X", "[reported_denials]") {
  const std::string t = "The ministry pushed back in writing later in the day. "
                        "The union pushed back on the council's figures.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "pushed back in writing later in the day") < 0);
  CHECK(find(r, t, Layer::kDenial, "pushed back on the council's figures") >= 0);
}

TEST_CASE("where a denial was made is no part of what it rejects", "[reported_denials]") {
  const std::string t = "The chairman rebutted the newspaper's figures in a letter to fans.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "rebutted the newspaper's figures") >= 0);
}

TEST_CASE("calling a report \"lies\" denies it", "[reported_denials]") {
  const std::string t = "The rebels called the report \"lies spread by our enemies.\" "
                        "The mayor said the truth lies somewhere in between.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "called the report \"lies spread by our enemies.\"") >= 0);
  CHECK(count(r, Layer::kDenial) == 1);
}

TEST_CASE("a denial's object ends before 'within'; a quoted verdict after a wrapped claim is the denial's", "[reported_denials]") {
  const std::string t = "The commission rejected the accusation within hours. "
                        "Her rival dismissed her claim that the count had been rigged as \"the sulking of a poor loser\".";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "rejected the accusation") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the count had been rigged") >= 0);
}

TEST_CASE("calling a report \"wrong\" denies it; 'it would be wrong to' does not", "[reported_denials]") {
  const std::string t = "The company called the report \"irresponsible and wrong\". "
                        "The mayor said it would be wrong to close the library.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "called the report \"irresponsible and wrong\"") >= 0);
  CHECK(count(r, Layer::kDenial) == 1);
}
