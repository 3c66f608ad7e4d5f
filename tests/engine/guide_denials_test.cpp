// Denials and sources in the guide's form, from errors seen on the project's own articles
// (tests/fixtures/engine_eval): a verdict after the wrapped claim, quoted answers that open
// with "No", nouns read as verbs, participles read as cues, and "whose" clauses in a subject.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("dismissed allegations that P as a verdict: P stays a claim, the verdict is the denial's", "[denials]") {
  const std::string t =
      "The port authority dismissed allegations by two dockers that cranes had been sold to a rival "
      "as \"a story invented for the newspapers.\"";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "cranes had been sold to a rival");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "two dockers"));
  const int d = find(r, t, Layer::kDenial,
                     "dismissed allegations by two dockers that cranes had been sold to a rival "
                     "as \"a story invented for the newspapers.\"");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The port authority"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a quoted answer opening with 'No' denies the earlier claim", "[denials]") {
  const std::string t =
      "A leaflet claims that the bakery on Mill Street sells bread made with banned flour. "
      "\"No banned flour has ever been used at the bakery,\" its owner said on Monday.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "\"No banned flour has ever been used at the bakery,\"");
  CHECK(d >= 0);
}

TEST_CASE("'no' inside a statement is no negation of it", "[denials]") {
  const std::string t =
      "A leaflet claims that the bakery sells bread made with banned flour. "
      "The owner said the bakery would answer the leaflet with no delay.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the bakery would answer the leaflet with no delay") >= 0);
  CHECK(count(r, Layer::kDenial) == 0);
}

TEST_CASE("'called the rival claims baseless': 'claims' after a verb's object is a noun", "[denials]") {
  const std::string t = "The coach called the rival claims \"baseless and petty.\"";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "the rival") < 0);
  const int d = find(r, t, Layer::kDenial, "called the rival claims \"baseless and petty.\"");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The coach"));
}

TEST_CASE("'X, posted by Y, alleges that P': the participle is no cue", "[attribution]") {
  const std::string t = "The letter, posted by a former employee, alleges that the mill dumped waste in the river.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the mill dumped waste in the river");
  REQUIRE(c >= 0);
  CHECK(count(r, Layer::kClaim) == 1);
  CHECK(count(r, Layer::kDenial) == 0);
}

TEST_CASE("'X, whose ..., said P': the subject reaches over the whose clause", "[attribution]") {
  const std::string t = "Omar Platt, whose daughter attends the school, said the buses were always late.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the buses were always late");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Omar Platt"));  // the whose clause is left out of the span
}

TEST_CASE("', not X,' answering an accusation about X denies it", "[denials]") {
  const std::string t =
      "Auditors accused the treasurer of moving the funds. His lawyer said the clerk, not the "
      "treasurer, had moved the funds.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "the clerk, not the treasurer, had moved the funds");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "His lawyer"));
}

TEST_CASE("'In the view of X, P': X with its appositive name is the source of P", "[attribution]") {
  const std::string t = "In the view of the board's auditor, Mara Lind, the accounts were sound.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the accounts were sound");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the board's auditor, Mara Lind"));
}

TEST_CASE("'P (Outlet).': an outlet in brackets after a sentence credits it", "[attribution]") {
  const std::string t = "The ferry fares rose by a fifth last year (Harbour Gazette). Sen. Ida Moss (D-Maine) spoke later.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "The ferry fares rose by a fifth last year");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Harbour Gazette"));
  CHECK(find(r, t, Layer::kSource, "D-Maine") < 0);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("', and X, who ..., said Q' ends the content before the new speaker", "[attribution]") {
  const std::string t =
      "Critics argue that the fares are too high, and Lea Grant, who rides the ferry daily, said the "
      "boats were often late.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the fares are too high") >= 0);
  const int c = find(r, t, Layer::kClaim, "the boats were often late");
  REQUIRE(c >= 0);
}

TEST_CASE("'dismissed that suggestion as X, and it ...': a determiner, and a new clause ends the denial", "[denials]") {
  const std::string t =
      "The club has dismissed that suggestion as \"gossip,\" and it has not said whether it will sell the ground.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "dismissed that suggestion as \"gossip,\"");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The club"));
}

TEST_CASE("a fact-checker's rating of a claim as false is a denial", "[denials]") {
  const std::string t = "A viral post said the dam had burst. The fact-checking site Clearview rated the post false.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "rated the post false");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The fact-checking site Clearview"));
  // Only "rated" is a cue: "the rate" is a noun.
  const std::string u = "The jobless rate fell to four percent, the bureau said.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(count(q, Layer::kClaim) == 1);
}

TEST_CASE("a denial's object ends before a time or circumstance", "[denials]") {
  const char* cases[][2] = {
      {"The port authority denied the reports after a two-hour meeting.", "denied the reports"},
      {"Shipping firm rejects safety claims following crane collapse", "rejects safety claims"},
      {"The council has rebutted similar accusations before.", "rebutted similar accusations"},
  };
  for (const auto& c : cases) {
    const std::string t = c[0];
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kDenial, c[1]) >= 0);
  }
  // A verdict after "as" stays in the denial.
  const std::string t = "She dismissed the memo as \"written before the audit.\"";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "dismissed the memo as \"written before the audit.\"") >= 0);
}

TEST_CASE("'dismissed as “nonsense” claims that P': the verdict before the object still wraps the claim", "[denials]") {
  const std::string t = "The minister dismissed as \xE2\x80\x9Cnonsense\xE2\x80\x9D claims that she had misled the inquiry.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "she had misled the inquiry");
  const int d = find(r, t, Layer::kDenial,
                     "dismissed as \xE2\x80\x9Cnonsense\xE2\x80\x9D claims that she had misled the inquiry");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}
