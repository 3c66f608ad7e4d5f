// Reporting cues, their sources and contents, pattern by pattern.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("X said that P", "[attribution]") {
  const std::string t = "The harbour authority said that the ferry will resume in June.";
  const auto r = run(t);
  const int c = find(r, t, Layer::kClaim, "the ferry will resume in June");
  INFO(dump(r, t));
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The harbour authority"));
  CHECK(covered(t, r.annotations[c].cue) == "said");
  CHECK(r.annotations[c].why.find("said") != std::string::npos);
}

TEST_CASE("X said P without 'that', and with time and place before the content", "[attribution]") {
  const std::string t = "Mayor Ines Duarte said on Tuesday in a statement that the budget was balanced. "
                        "Farmers say the drought is worsening.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the budget was balanced");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "Mayor Ines Duarte"));
  const int c2 = find(r, t, Layer::kClaim, "the drought is worsening");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "Farmers"));
}

TEST_CASE("content before the cue", "[attribution]") {
  const std::string t = "The canal will be dredged next spring, engineers said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "The canal will be dredged next spring");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "engineers"));
}

TEST_CASE("inverted order: quotation, said the minister", "[attribution]") {
  const std::string t = "\xE2\x80\x9CWe will not raise taxes,\xE2\x80\x9D said the finance minister.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int s = find(r, t, Layer::kSource, "the finance minister");
  REQUIRE(s >= 0);
  const int c = find(r, t, Layer::kClaim, "\xE2\x80\x9CWe will not raise taxes,\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the finance minister"));
}

TEST_CASE("appositive sources keep their description", "[attribution]") {
  const std::string t = "Lena Park, a spokeswoman for the water board, said the pipes were replaced.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the pipes were replaced");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Lena Park, a spokeswoman for the water board"));
}

TEST_CASE("a parenthetical aside between subject and cue is skipped", "[attribution]") {
  const std::string t = "The rail union, cited by local radio, said the strike would continue.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the strike would continue");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The rail union"));
  CHECK(find(r, t, Layer::kSource, "local radio") >= 0);  // the outlet cited as origin
}

TEST_CASE("according to X, before and after the content", "[attribution]") {
  const std::string t = "According to the statistics office, rents rose by 6%. "
                        "Wheat prices doubled, according to traders in the port.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "rents rose by 6%");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "the statistics office"));
  const int c2 = find(r, t, Layer::kClaim, "Wheat prices doubled");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "traders in the port"));
  CHECK(covered(t, r.annotations[c2].cue) == "according to");
}

TEST_CASE("a quotation over several sentences is one content", "[attribution]") {
  const std::string t = "Residents gathered.\n\xE2\x80\x9CThe water is brown. Nobody came to help,\xE2\x80\x9D "
                        "Omar Sy said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "\xE2\x80\x9CThe water is brown. Nobody came to help,\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Omar Sy"));
}

TEST_CASE("a quotation that resumes after its cue continues the content", "[attribution]") {
  const std::string t = "\xE2\x80\x9CWe lost the harvest,\xE2\x80\x9D Ada Moy said. "
                        "\xE2\x80\x9CNext year will be worse.\xE2\x80\x9D";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, t);
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ada Moy"));
}

TEST_CASE("one cue with two claims joined by 'and that' gives two contents", "[attribution]") {
  // The guide: one cue, several contents, each with the cue's source (PolNeAR joins them;
  // the guide is followed).
  const std::string t = "The inspectors said the dam is safe and that the spillway was repaired.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the dam is safe");
  const int b = find(r, t, Layer::kClaim, "the spillway was repaired");
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, a, "The inspectors"));
  CHECK(has_source(r, t, b, "The inspectors"));
  CHECK(count(r, Layer::kClaim) == 2);
}

TEST_CASE("a participle cue inherits the sentence's source", "[attribution]") {
  const std::string t = "The council approved the plan, arguing that the old bridge was unsafe.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the old bridge was unsafe");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The council"));
}

TEST_CASE("a coordinated cue inherits the earlier source", "[attribution]") {
  const std::string t = "The ministry warned that floods were likely and stressed that roads may close.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "floods were likely");
  const int c2 = find(r, t, Layer::kClaim, "roads may close");
  REQUIRE(c1 >= 0);
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "The ministry"));
}

TEST_CASE("told with an addressee, and accused X of P", "[attribution]") {
  const std::string t = "Captain Rhee told reporters that the ship was never in danger. "
                        "The opposition accused the governor of hiding the report.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the ship was never in danger");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "Captain Rhee"));
  const int c2 = find(r, t, Layer::kClaim, "the governor of hiding the report");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "The opposition"));
}

TEST_CASE("reporting nouns: the claim by X that P, X's stance that P", "[attribution]") {
  const std::string t = "Critics repeated the claim by the auditors that the fund lost money. "
                        "It echoed Norway\xE2\x80\x99s stance that whaling quotas are fair.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the fund lost money");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "the auditors"));
  const int c2 = find(r, t, Layer::kClaim, "whaling quotas are fair");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "Norway"));  // the possessive is not part of the source
}

TEST_CASE("anonymous and group sources", "[attribution]") {
  const std::string t = "Two people familiar with the talks said a deal was close.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "a deal was close");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Two people familiar with the talks"));
}

TEST_CASE("bylines and outlet credits are sources", "[attribution]") {
  const std::string t = "Storm hits coast\nWinds reached the shore at dawn.\nBy Marta Quill\n(Coastal Herald)";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Marta Quill") >= 0);
  CHECK(find(r, t, Layer::kSource, "Coastal Herald") >= 0);
  CHECK(count(r, Layer::kClaim) == 0);
}

TEST_CASE("narrative and actions are not claims", "[attribution]") {
  const std::string t = "Spain sold rifles to Chile. The envoy announced sanctions and met the president.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kClaim) == 0);
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(count(r, Layer::kSource) == 0);
}

TEST_CASE("a negated cue is not an attribution", "[attribution]") {
  const std::string t = "The coach did not say that the team would forfeit.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kClaim) == 0);
}

TEST_CASE("a quotation continued in the next paragraph stays with its speaker", "[attribution]") {
  const std::string t = "\xE2\x80\x9CThe harvest failed,\xE2\x80\x9D farmer Eli Dunn said.\n"
                        "\xE2\x80\x9CWe have nothing left to sell.\xE2\x80\x9D\nPrices rose in May.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const std::string expect = "\xE2\x80\x9CThe harvest failed,\xE2\x80\x9D farmer Eli Dunn said.\n"
                             "\xE2\x80\x9CWe have nothing left to sell.\xE2\x80\x9D";
  const int c = find(r, t, Layer::kClaim, expect);
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "farmer Eli Dunn"));
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("quantifier subjects, stray commas after names, and 'If P, Q, X said'", "[attribution]") {
  const std::string t = "Several said the vote was fair. Sen. Ana Ruiz (D-Ore.), said she would "
                        "abstain. If the levee breaks, the town will flood, engineers said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the vote was fair");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "Several"));
  const int c2 = find(r, t, Layer::kClaim, "she would abstain");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "Sen. Ana Ruiz (D-Ore.)"));
  const int c3 = find(r, t, Layer::kClaim, "If the levee breaks, the town will flood");
  REQUIRE(c3 >= 0);
  CHECK(has_source(r, t, c3, "engineers"));
}

TEST_CASE("a fronted adverbial is not a content", "[attribution]") {
  const std::string t = "On its website, the agency promises faster refunds.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "On its website") < 0);
  CHECK(find(r, t, Layer::kClaim, "faster refunds") >= 0);
}

TEST_CASE("according to X in the middle of the content, and after a conjunction", "[attribution]") {
  const std::string t = "The fund earned, according to one audit, $40 million last year. "
                        "But, according to the survey, most tenants plan to stay.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "The fund earned, according to one audit, $40 million last year");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "one audit"));
  const int c2 = find(r, t, Layer::kClaim, "most tenants plan to stay");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "the survey"));
}

TEST_CASE("an inverted source closing its sentence keeps its asides", "[attribution]") {
  const std::string t =
      "\xE2\x80\x9CThe wells are dry,\xE2\x80\x9D said Tomas Brandt, Harlow Water\xE2\x80\x99s chief engineer. "
      "\xE2\x80\x9CWe need rain,\xE2\x80\x9D said Ida Voss, a farmer near Kelso, who owns two orchards. "
      "\xE2\x80\x9CIt is early,\xE2\x80\x9D said Ben Achter, on Monday. "
      "\xE2\x80\x9CPrices will rise,\xE2\x80\x9D said Mia Lund, adding that stores had few apples.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Tomas Brandt, Harlow Water\xE2\x80\x99s chief engineer") >= 0);
  CHECK(find(r, t, Layer::kSource, "Ida Voss, a farmer near Kelso") >= 0);  // not its relative clause
  // When and how it was said is not part of the speaker, nor is a second cue.
  CHECK(find(r, t, Layer::kSource, "Ben Achter") >= 0);
  CHECK(find(r, t, Layer::kSource, "Mia Lund") >= 0);
  CHECK(find(r, t, Layer::kClaim, "stores had few apples") >= 0);
}

TEST_CASE("'according to' keeps the document's head noun and its author", "[attribution]") {
  const std::string t =
      "Turnout fell by a third, according to a Ledger/Post count. "
      "Rents doubled, according to figures compiled by the housing board. "
      "The vote was close, according to a transcript of the show.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "Turnout fell by a third");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "a Ledger/Post count"));
  const int b = find(r, t, Layer::kClaim, "Rents doubled");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "figures compiled by the housing board"));
  const int c = find(r, t, Layer::kClaim, "The vote was close");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "a transcript of the show"));
}

TEST_CASE("subjects: progressive cues, 'including' asides, stacked appositives", "[attribution]") {
  const std::string t =
      "The Tenants Union, a housing group, is warning that rents will climb. "
      "Several unions, including the dockers, have argued that the port is unsafe. "
      "Rosa Imrie, chair of the board of Kestrel Mills, the town's largest employer, said the plant will stay.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "rents will climb");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The Tenants Union, a housing group"));
  const int b = find(r, t, Layer::kClaim, "the port is unsafe");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "Several unions, including the dockers"));
  const int c = find(r, t, Layer::kClaim, "the plant will stay");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Rosa Imrie, chair of the board of Kestrel Mills, the town's largest employer"));
}

TEST_CASE("a clausal content keeps ', but Q' and ', while Q' unless Q has its own cue", "[attribution]") {
  const std::string t =
      "The inspector said the bridge is sound, but the railings need repair. "
      "The mayor said taxes will fall, while critics say the deficit will grow. "
      "The council called for a review of the budget, even as revenue fell.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the bridge is sound, but the railings need repair") >= 0);
  CHECK(find(r, t, Layer::kClaim, "taxes will fall") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the deficit will grow") >= 0);
  // An object phrase, not a clause, ends at its comma.
  CHECK(find(r, t, Layer::kClaim, "a review of the budget") >= 0);
}

TEST_CASE("a quotation continues past its cue and a participle aside", "[attribution]") {
  const std::string t =
      "\xE2\x80\x9CThe fields are flooded,\xE2\x80\x9D the farmer said, citing the river gauges. "
      "\xE2\x80\x9CWe lost the whole crop.\xE2\x80\x9D";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "\xE2\x80\x9CThe fields are flooded,\xE2\x80\x9D the farmer said, citing the river gauges. "
                     "\xE2\x80\x9CWe lost the whole crop.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the farmer"));
}

TEST_CASE("a time phrase between subject and cue is not the source, a participle's is", "[attribution]") {
  const std::string t =
      "The harbour board on Wednesday warned that the quay would close. "
      "A Gazette poll released Tuesday showed the mayor far ahead.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the quay would close");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The harbour board"));
  const int b = find(r, t, Layer::kClaim, "the mayor far ahead");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "A Gazette poll released Tuesday"));
  CHECK(find(r, t, Layer::kSource, "Wednesday") < 0);
}

TEST_CASE("a participle after the object of a preposition inherits the sentence's subject", "[attribution]") {
  const std::string t = "Senator Oda Brandt made a pitch to dairy farmers saying the tariff will be lifted.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the tariff will be lifted");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Senator Oda Brandt"));
  CHECK(find(r, t, Layer::kSource, "dairy farmers") < 0);
}

TEST_CASE("a dateline is not part of a content that opens the article", "[attribution]") {
  const std::string t = "KELSO \xE2\x80\x94 The mill will reopen in spring, the owners said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "The mill will reopen in spring");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the owners"));
}

TEST_CASE("an adverb or a stance noun before 'that' is not part of the content", "[attribution]") {
  const std::string t =
      "The warden has said repeatedly that the prison is safe. "
      "The union expressed concern that the mine would close.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the prison is safe");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The warden"));
  const int b = find(r, t, Layer::kClaim, "the mine would close");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "The union"));
}

TEST_CASE("floating quantifiers and time phrases after an appositive are skipped", "[attribution]") {
  const std::string t =
      "The mayor and the sheriff both argued that the curfew had worked. "
      "Ada Brandt, who has led the union since May, on Friday warned that a strike was near. "
      "The growers have in the past said the river was clean.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the curfew had worked");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The mayor and the sheriff"));
  const int b = find(r, t, Layer::kClaim, "a strike was near");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "Ada Brandt"));
  const int c = find(r, t, Layer::kClaim, "the river was clean");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The growers"));
}

TEST_CASE("', and that Q' keeps the cue's second content even when Q holds a cue word", "[attribution]") {
  const std::string t =
      "The auditor said the books were kept badly, and that the letters she sent were never answered.";
  const auto r = run(t);
  INFO(dump(r, t));
  bool second = false;
  for (const auto& a : r.annotations)
    if (a.layer != Layer::kSource && a.layer != Layer::kHedge &&
        covered(t, a.span).find("the letters she sent were never answered") != std::string::npos)
      second = true;
  CHECK(second);
}

TEST_CASE("a 'who' clause is left out of the source, and a cue inside it is its own", "[attribution]") {
  const std::string t =
      "Tomas Lind, who works as a ferry pilot, said the harbour was silting up. "
      "Ada Moor, who has endorsed the mayor, said the budget was sound.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the harbour was silting up");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "Tomas Lind"));
  const int b = find(r, t, Layer::kClaim, "the budget was sound");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "Ada Moor"));
}

TEST_CASE("'According to X, P': a clause or a percentage after the comma is the content", "[attribution]") {
  const std::string t =
      "According to his doctor, the senator had recovered fully. "
      "According to a Harbour Institute survey, 70% of tenants want repairs.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the senator had recovered fully");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "his doctor"));
  const int b = find(r, t, Layer::kClaim, "70% of tenants want repairs");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "a Harbour Institute survey"));
}

TEST_CASE("source phrases after a cue keep 'close to', 'by X' and lower-case words up to a role", "[attribution]") {
  const std::string t =
      "The deal is off, according to a person close to the talks. "
      "Turnout fell, according to a count by the Valley Gazette. "
      "\xE2\x80\x9CThe port is safe,\xE2\x80\x9D said a former top Harlow security official.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "a person close to the talks") >= 0);
  CHECK(find(r, t, Layer::kSource, "a count by the Valley Gazette") >= 0);
  CHECK(find(r, t, Layer::kSource, "a former top Harlow security official") >= 0);
}

TEST_CASE("an imperative opening a sentence has no speaker after it", "[attribution]") {
  const std::string t = "Read the full report here.\n\nWatch the ferry video above.\n\nSaid the harbour master: the quay is closed.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "the full report") < 0);
  CHECK(find(r, t, Layer::kSource, "the ferry video") < 0);
  CHECK(find(r, t, Layer::kSource, "the harbour master") >= 0);
}

TEST_CASE("a party-and-state label after a name is part of the source, its period no stop", "[attribution]") {
  const std::string t = "Rep. Dana Whitlock, D-Vt., said the levy would be repealed. "
                        "Acme Shipping Co., which runs the ferries, said fares would rise.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the levy would be repealed");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "Rep. Dana Whitlock, D-Vt."));
  const int c2 = find(r, t, Layer::kClaim, "fares would rise");
  REQUIRE(c2 >= 0);
  CHECK(find(r, t, Layer::kClaim, "Rep. Dana Whitlock, D-Vt") < 0);
}

TEST_CASE("a quotation after a colon in a sentence that opens with a person is that person's", "[attribution]") {
  const std::string t =
      "Ada Kerr, the union's treasurer, was blunt: “Nobody here has been paid since March.”\n\n"
      "But she put it more gently later: “We are patient people.”\n\n"
      "Asked about the missing ledgers, the treasurer was curt: “They were never missing.”\n\n"
      "The message on the gate was short: “Closed until further notice.”";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "“Nobody here has been paid since March.”");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ada Kerr, the union's treasurer"));
  const int c2 = find(r, t, Layer::kClaim, "“We are patient people.”");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "she"));
  const int c3 = find_content(r, t, "“They were never missing.”");
  REQUIRE(c3 >= 0);
  CHECK(covered(t, r.annotations[c3].span) == "“They were never missing.”");
  CHECK(has_source(r, t, c3, "the treasurer"));
  CHECK(find(r, t, Layer::kClaim, "“Closed until further notice.”") < 0);
}

TEST_CASE("a colon after an action or a plain description gives no speaker", "[attribution]") {
  const std::string t = "Ana Kerr held up a sign: “No more cuts.”\n\n"
                        "Traffic was heavy: “Expect delays,” the police warned.\n\n"
                        "The minister told union leaders involved in the talks the offer was final.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Ana Kerr") < 0);
  CHECK(find(r, t, Layer::kSource, "Traffic") < 0);
  CHECK(find(r, t, Layer::kSource, "union leaders involved in the talks") < 0);
  CHECK(find(r, t, Layer::kClaim, "leaders involved in the talks the offer was final") < 0);
}
