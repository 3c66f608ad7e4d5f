// Reporting nouns and "according to": who the claimant of "the claim that P" is, contents
// introduced by "a statement:", and where a fronted "according to X," source ends. Every
// sentence here is written for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
struct SourcedCase {
  const char* text;
  const char* content;
  const char* source;  // "" when the content has no source
};

void expect(std::initializer_list<SourcedCase> cases) {
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    const int k = find(r, t, Layer::kClaim, c.content);
    REQUIRE(k >= 0);
    if (*c.source) CHECK(has_source(r, t, k, c.source));
    else CHECK(r.annotations[k].sources.empty());
  }
}
}  // namespace

TEST_CASE("the subject of an irregular verb governing a reporting noun is its claimant", "[noun]") {
  expect({
      {"The harbour master made the claim that the cranes were unsafe.", "the cranes were unsafe",
       "The harbour master"},
      {"Two growers have made the accusation that the co-op hid its losses.", "the co-op hid its losses",
       "Two growers"},
  });
}

TEST_CASE("a possessive pronoun before a reporting noun names the claimant", "[noun]") {
  const std::string t = "Mayor Ines Varga said the ferry was late. Critics mocked her assertion that the tide was to blame.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int k = find(r, t, Layer::kSource, "her");
  REQUIRE(k >= 0);
  CHECK(r.annotations[k].entity == entity_of(r, t, "Mayor Ines Varga"));
  bool linked = false;
  for (const auto& a : r.annotations)
    if (a.layer == Layer::kClaim)
      for (auto s : a.sources) linked |= s == static_cast<std::uint32_t>(k);
  CHECK(linked);
}

TEST_CASE("a statement introduced with a colon carries the words after it", "[noun]") {
  expect({
      {"The ferry line issued the following statement: \"All crossings resume at noon.\"",
       "\"All crossings resume at noon.\"", "The ferry line"},
      {"The union released a statement Monday: \"The strike is over.\"", "\"The strike is over.\"",
       "The union"},
  });
  // ... or the paragraph after it, when the colon ends its own paragraph.
  expect({
      {"The guild sent out the following statement:\n\n\"We stand by our members. We will appeal.\"\n\nThe "
       "hearing is in June.",
       "\"We stand by our members. We will appeal.\"", "The guild"},
  });
}

TEST_CASE("a reporting noun before a colon is not taken for a speaker's name", "[noun]") {
  const std::string t = "The union released a statement Monday: \"The strike is over.\"";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "a statement Monday") < 0);
}

TEST_CASE("a fronted 'according to X,' source ends at its comma when no clause follows", "[noun]") {
  expect({
      {"According to harbour staff, the barge that the firm leased was built in 1970.",
       "the barge that the firm leased was built in 1970", "harbour staff"},
      {"According to Olu Bassey, the pilot, the engine failed twice.", "the engine failed twice",
       "Olu Bassey, the pilot"},
  });
}

TEST_CASE("a cue word in a headline's opening label is a noun", "[noun]") {
  const std::string t = "Border dispute: Orlan says it has not moved its troops\n\nTalks resume on Monday.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(find(r, t, Layer::kSource, "Border") < 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "it has not moved its troops"), "Orlan"));
  // A plural subject before the colon keeps the verb.
  const std::string u = "Officials claim: the bridge is safe.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(has_source(q, u, find(q, u, Layer::kClaim, "the bridge is safe"), "Officials"));
}

TEST_CASE("'in their view,' credits the clause to the possessive pronoun's referent", "[noun]") {
  const std::string t = "Two economists said the levy was too low. In their view, the port will lose money.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the port will lose money");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "their"));
  CHECK(entity_of(r, t, "their") == entity_of(r, t, "Two economists"));
}

TEST_CASE("'reports that P' after a verb is a reporting noun, whose claim is not the verb's subject's", "[noun]") {
  expect({
      {"Police have not confirmed reports that the pilot fled abroad.", "the pilot fled abroad", ""},
      {"There were claims that the dam had cracked.", "the dam had cracked", ""},
      {"Inspectors are checking reports that the wells were poisoned.", "the wells were poisoned", ""},
  });
  // A verb that spreads the claim makes its subject the claimant.
  expect({{"Two senators pushed the claims that the vote was rigged.", "the vote was rigged", "Two senators"}});
}

TEST_CASE("a reporting noun in a fronted phrase: its content ends at the phrase's comma", "[noun]") {
  expect({
      {"Amid reports that the pilot fled abroad, police closed the border.", "the pilot fled abroad", ""},
      {"Despite claims that the count was rigged, the court upheld the result.", "the count was rigged", ""},
  });
}

TEST_CASE("'P, a charge X deny' links the denial to P", "[noun]") {
  const std::string t = "Auditors allege that the firm hid its losses, a charge its owners deny.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the firm hid its losses");
  const int d = find(r, t, Layer::kDenial, "deny");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "its owners"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a reporting noun opening the sentence: its clause ends where the sentence's verb begins", "[noun]") {
  expect({
      {"The harbour board's claim that no ship was damaged has been disputed by crews.", "no ship was damaged",
       "The harbour board"},
      {"The claim that guards who were on duty dozed is false.", "guards who were on duty dozed", ""},
      {"The claim that the dam failed and the town flooded was repeated online.",
       "the dam failed and the town flooded", ""},
  });
  // The end of that clause is no subject of a passive cue of its own.
  const std::string t = "The harbour board's claim that no ship was damaged has been disputed by crews.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "damaged") < 0);
}

TEST_CASE("', a claim reportedly echoed by X' adds X to the claim's sources and makes no content", "[noun]") {
  const std::string t =
      "The port authority has dismissed claims by the mayor that the cranes were unsafe, a claim reportedly "
      "echoed by union officials.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the cranes were unsafe");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the mayor"));
  CHECK(has_source(r, t, c, "union officials"));
  CHECK(find(r, t, Layer::kSource, "a claim") < 0);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("a bare institution noun in a headline's second clause is a speaker", "[noun]") {
  const std::string t = "Union says mayor will close the pool; city calls report \xE2\x80\x9Cmisleading\xE2\x80\x9D\n\nThe vote is on Monday.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "calls report \xE2\x80\x9Cmisleading\xE2\x80\x9D");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "city"));
}

TEST_CASE("a place or group phrase between the source and 'that' belongs to the source", "[noun_cues]") {
  const std::string t = "The mayor rejected claims by the stallholders at the market that the square would close.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the square would close");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the stallholders at the market"));
  const int d = find(r, t, Layer::kDenial, "rejected claims by the stallholders at the market that the square would close");
  REQUIRE(d >= 0);
  CHECK(r.annotations[d].denies.size() == 1);
}

TEST_CASE("a denial noun with its clause is a denial: 'the club's denials that P'", "[noun_cues]") {
  const std::string t = "The club's denials that any player was doped have done little to calm its sponsors.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denials that any player was doped");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The club"));
  CHECK(count(r, Layer::kClaim) == 0);
}
