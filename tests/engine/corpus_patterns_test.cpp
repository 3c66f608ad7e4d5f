// Cue patterns added from the error analysis on the PolNeAR training split
// (tests/eval/errors.py). Every sentence here is written for the project.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }

// A sentence whose claim `content` is attributed to `source`.
struct Attributed {
  const char* text;
  const char* source;
  const char* content;
};

// Each case's content is found as a claim linked to its source; when `why` is given, the
// claim's explanation mentions it.
void check_attributed(const std::vector<Attributed>& cases, const char* why = nullptr) {
  for (const Attributed& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    const int k = find(r, t, Layer::kClaim, c.content);
    REQUIRE(k >= 0);
    CHECK(has_source(r, t, k, c.source));
    if (why) CHECK(r.annotations[k].why.find(why) != std::string::npos);
  }
}
}  // namespace

TEST_CASE("a fronted adverbial before 'X said, “Q”' is not part of the quotation", "[attribution]") {
  const std::string t =
      "At a school board meeting on Monday, the principal said, \xE2\x80\x9CWe will reopen the gym.\xE2\x80\x9D";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\xE2\x80\x9CWe will reopen the gym.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the principal"));
  CHECK(r.annotations[c].why.find("said") != std::string::npos);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("a fronted adverbial before an unquoted rest stays in the content", "[attribution]") {
  const std::string t = "In the valley, the ranger said, the wolves have returned.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "In the valley, the ranger said, the wolves have returned");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the ranger"));
}

TEST_CASE("source phrases: quantifiers, 'X and the Y', contractions, 'first reported'", "[attribution]") {
  const struct {
    const char* text;
    const char* source;
  } cases[] = {
      {"Some of the nurses said the ward was understaffed.", "Some of the nurses"},
      {"Three in 10 farmers said the subsidy came too late.", "Three in 10 farmers"},
      {"Nearly six in 10 said the subsidy came too late.", "Nearly six in 10"},
      {"Only 30 percent said the ferry was reliable.", "Only 30 percent"},  // the corpus keeps "only"
      {"Marlow and the Port Authority said the pier would close.", "Marlow and the Port Authority"},
      {"We\xE2\x80\x99ve said the tender was fair.", "We"},
      {"The Valley Gazette first reported the mill would shut.", "The Valley Gazette"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kSource, c.source) >= 0);
  }
}

TEST_CASE("an object before ', saying' is not the source", "[attribution]") {
  const std::string t = "The water board issued a statement on Friday, saying the reservoir is safe.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the reservoir is safe");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The water board"));
  CHECK(find(r, t, Layer::kSource, "a statement on Friday") < 0);
}

TEST_CASE("an inverted source leaves out its relative clause and keeps its appositive's own verbs", "[attribution]") {
  const std::string t =
      "\xE2\x80\x9CThe ferry is late again,\xE2\x80\x9D said Ada Park, who commutes daily. "
      "\xE2\x80\x9C" "Fares will rise,\xE2\x80\x9D said Rail Watch, a group that opposed the merger.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Ada Park") >= 0);
  CHECK(find(r, t, Layer::kSource, "Rail Watch, a group that opposed the merger") >= 0);
}

TEST_CASE("'Asked whether P, X said ...': the question is a content", "[attribution]") {
  const std::string t = "Asked whether the bridge toll would rise, the mayor said it would not. "
                        "When asked by a reporter about the delays, she shrugged.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int q1 = find(r, t, Layer::kClaim, "whether the bridge toll would rise");
  REQUIRE(q1 >= 0);
  CHECK(r.annotations[q1].why.find("asked") != std::string::npos);
  const int q2 = find(r, t, Layer::kClaim, "the delays");
  REQUIRE(q2 >= 0);
  CHECK(has_source(r, t, q2, "a reporter"));
}

TEST_CASE("a headline label before a colon is not a speaker", "[attribution]") {
  const std::string t = "The Latest: Floodwaters recede in the lower town\n\n"
                        "Mayor Quist: We Will Rebuild Every Bridge\n";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "The Latest") < 0);
  const int c = find(r, t, Layer::kClaim, "We Will Rebuild Every Bridge");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Mayor Quist"));
}

TEST_CASE("positions named by their object: want, seek, prefer, express, favor, talk about", "[attribution]") {
  check_attributed({
      {"The fishermen want a ban on trawling.", "The fishermen", "a ban on trawling"},
      {"The council sought a delay of the vote.", "The council", "a delay of the vote"},
      {"Most parents prefer smaller classes.", "Most parents", "smaller classes"},
      {"The bishop expressed his concern about the closures.", "The bishop", "his concern about the closures"},
      {"Ms. Orr talked about her years at the mill.", "Ms. Orr", "her years at the mill"},
  }, "position");
}

TEST_CASE("a participle cue takes what follows it, not the quotation before", "[attribution]") {
  const std::string t =
      "\xE2\x80\x9CThe old plant was a gift,\xE2\x80\x9D the curator said, referring to the gasworks museum.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int q = find(r, t, Layer::kClaim, "\xE2\x80\x9CThe old plant was a gift,\xE2\x80\x9D");
  REQUIRE(q >= 0);
  CHECK(has_source(r, t, q, "the curator"));
  const int p = find(r, t, Layer::kClaim, "the gasworks museum");
  REQUIRE(p >= 0);
  CHECK(has_source(r, t, p, "the curator"));
  CHECK(covered(t, r.annotations[p].cue) == "referring to");
}

TEST_CASE("'In a survey released Monday, P': the survey is the source", "[attribution]") {
  const std::string t = "In a county survey released Monday, most renters favoured the new tram line.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "most renters favoured the new tram line");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "a county survey released Monday"));
}

TEST_CASE("'N who said P': the relative pronoun is the source, with N's entity", "[attribution]") {
  const std::string t = "Among the farmers who said the river was polluted, most blamed the tannery.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the river was polluted");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "who"));
  CHECK(entity_of(r, t, "who") == "farmers");
}

TEST_CASE("more reporting verbs: continued, joked, retweeted, decried, touted", "[attribution]") {
  check_attributed({
      {"The coach continued, \xE2\x80\x9CWe play to win.\xE2\x80\x9D", "The coach",
       "\xE2\x80\x9CWe play to win.\xE2\x80\x9D"},
      {"The mayor joked that the potholes had their own postcode.", "The mayor",
       "the potholes had their own postcode"},
      {"The senator decried the cuts to rural bus routes.", "The senator", "the cuts to rural bus routes"},
      {"The club touted its new youth academy.", "The club", "its new youth academy"},
  });
}

TEST_CASE("views and comparisons: sees X as Y, compared X to Y, threatened to", "[attribution]") {
  const std::string t = "The union sees the merger as a threat to jobs. "
                        "The governor compared the strike to a siege.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the merger as a threat to jobs");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The union"));
  const int b = find(r, t, Layer::kClaim, "the strike to a siege");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "The governor"));
}

TEST_CASE("'X is expected to P' / 'X is widely seen as P': the clause, with no source", "[attribution]") {
  const std::string t = "In the north, the new bridge is expected to open in May. "
                        "The ferry, which is widely seen as a relic, will stop. "
                        "He expected rain.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the new bridge is expected to open in May");
  REQUIRE(a >= 0);
  CHECK(r.annotations[a].sources.empty());
  CHECK(r.annotations[a].why.find("expected") != std::string::npos);
  CHECK(find(r, t, Layer::kClaim, "which is widely seen as a relic") >= 0);
  CHECK(count(r, Layer::kClaim) == 3);  // the two clauses and "rain" (stance with 'expected')
}

TEST_CASE("a fronted 'According to X' runs to its comma or colon", "[attribution]") {
  const std::string t = "According to figures compiled for the council by two universities, rents rose by a third. "
                        "According to the almanac: the frost comes early this year.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "rents rose by a third");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "figures compiled for the council by two universities"));
  const int b = find(r, t, Layer::kClaim, "the frost comes early this year");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "the almanac"));
}

TEST_CASE("praise and rebuke verbs, and phrasal ones: railed against, sided with, alluding to", "[attribution]") {
  check_attributed({
      {"The archbishop bemoaned the loss of village schools.", "The archbishop", "the loss of village schools"},
      {"The mayor railed against the toll increase.", "The mayor", "the toll increase"},
      {"Two councillors sided with the tenants.", "Two councillors", "the tenants"},
      {"The coach applauded the referee for his patience.", "The coach", "the referee for his patience"},
  });
}

TEST_CASE("a title-case headline's capitalised cue is a cue", "[attribution]") {
  const std::string t = "Harbour Master Says Ferry Service Will Resume Friday\n\n"
                        "The Says Family Farm opened in May.\n";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "Ferry Service Will Resume Friday");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Harbour Master"));
  CHECK(count(r, Layer::kClaim) == 1);  // "Says" inside a name in running text is no cue
}

TEST_CASE("phrasal cues: went after, agreed with, made it clear; 'the focus on' is a noun", "[attribution]") {
  const std::string t = "The senator went after the transport minister. "
                        "The judge agreed with the residents. "
                        "The chief made it clear that no one would be fired. "
                        "The national focus on housing is new.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "the transport minister");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "The senator"));
  const int b = find(r, t, Layer::kClaim, "the residents");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "The judge"));
  const int c = find(r, t, Layer::kClaim, "no one would be fired");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The chief"));
  CHECK(count(r, Layer::kClaim) == 3);
}

TEST_CASE("a sentence subject inherited by a participle drops a leading conjunction", "[attribution]") {
  const std::string t = "And the farmers went on strike on Monday, saying the price was too low.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the price was too low");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the farmers"));
}

TEST_CASE("'X said Thursday P' / 'told Y last week P': a bare time phrase before the content", "[attribution]") {
  const std::string t = "Cole said Thursday his biggest worry is the budget. "
                        "She told the Gazette last week she would rather stay home. "
                        "He said on Friday he met the governor and that the two discussed trade.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "his biggest worry is the budget");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "Cole"));
  const int b = find(r, t, Layer::kClaim, "she would rather stay home");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "She"));
  CHECK(find(r, t, Layer::kClaim, "he met the governor") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the two discussed trade") >= 0);
}

TEST_CASE("a verb that needs 'that' also takes a clause opened by a subject pronoun", "[attribution]") {
  const std::string t = "The coach announced he is leaving the club. The coach announced a new signing.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "he is leaving the club");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The coach"));
  CHECK(find(r, t, Layer::kClaim, "a new signing") < 0);  // an action, not a claim
}

TEST_CASE("'Name: “quotation”' inside a line, and a transcript speaker's turn", "[attribution]") {
  const std::string t =
      "The drop was no shock to pollster Ana Ruiz: \xE2\x80\x9CTurnout always sags in August.\xE2\x80\x9D\n\n"
      "HOST: Will the ferry run? Nobody knows yet.\n\n"
      "QUIST: I think it will. The boats are ready.\n";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "\xE2\x80\x9CTurnout always sags in August.\xE2\x80\x9D");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "pollster Ana Ruiz"));
  const int b = find(r, t, Layer::kClaim, "I think it will. The boats are ready");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "QUIST"));
}

TEST_CASE("'asked Y whether P': the question follows the person asked", "[attribution]") {
  const std::string t = "A reporter asked the mayor whether the pier would reopen. "
                        "The coach asked the fans to stay calm.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "whether the pier would reopen");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "A reporter"));
  const int b = find(r, t, Layer::kClaim, "the fans to stay calm");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "The coach"));
}

TEST_CASE("'say this is ...': 'this' opens the content unless a time unit follows", "[attribution]") {
  const std::string t = "Critics say this is just a rough patch. He said this week the plan is sound.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim, "this is just a rough patch");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "Critics"));
  const int b = find(r, t, Layer::kClaim, "the plan is sound");
  REQUIRE(b >= 0);
  CHECK(has_source(r, t, b, "He"));
}

TEST_CASE("source phrases keep quantifiers, coordinations and marks inside names", "[attribution]") {
  const std::string t =
      "At least a dozen growers said the frost came early. "
      "About four in 10 tenants say the rent is too high. "
      "She and her lawyers argued that the contract was void. "
      "Neither the mayor nor other council members said the plan was final. "
      "Reynolds\xE2\x80\x99 aides say the tour will continue. "
      "A Gazette/Tribune poll shows the race is tied. "
      "The harvest failed and farmers said prices would rise.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "At least a dozen growers") >= 0);
  CHECK(find(r, t, Layer::kSource, "About four in 10 tenants") >= 0);
  CHECK(find(r, t, Layer::kSource, "She and her lawyers") >= 0);
  CHECK(find(r, t, Layer::kSource, "Neither the mayor nor other council members") >= 0);
  CHECK(find(r, t, Layer::kSource, "Reynolds\xE2\x80\x99 aides") >= 0);
  CHECK(find(r, t, Layer::kSource, "A Gazette/Tribune poll") >= 0);
  // A coordination that does not open its clause joins two clauses, not two sources.
  CHECK(find(r, t, Layer::kSource, "farmers") >= 0);
}

TEST_CASE("a source phrase that opens its clause keeps its head before 'by/from/in/with'", "[attribution]") {
  const std::string t =
      "A 2019 survey by the Harbour Institute found that ferries run late. "
      "Officials with the port authority said the berth was closed. "
      "Growers in more than a dozen valleys say the frost was early. "
      "It sides with Kelso\xE2\x80\x99s claim that the quay is unsafe. "
      "The talks in Oslo failed and delegates from both towns said the truce held.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "A 2019 survey by the Harbour Institute") >= 0);
  CHECK(find(r, t, Layer::kSource, "Officials with the port authority") >= 0);
  CHECK(find(r, t, Layer::kSource, "Growers in more than a dozen valleys") >= 0);
  // A clause before the preposition is not a head noun.
  CHECK(find(r, t, Layer::kSource, "It sides with Kelso") < 0);
  CHECK(find(r, t, Layer::kSource, "delegates from both towns") >= 0);
}
