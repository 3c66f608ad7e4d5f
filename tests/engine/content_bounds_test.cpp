// Where contents begin and end, and which cue words are nouns: patterns from the error
// analysis of the content layer on the PolNeAR training split. Every sentence here is
// written for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
const std::string kOpen = "\xE2\x80\x9C";   // “
const std::string kClose = "\xE2\x80\x9D";  // ”

AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("a stance verb's object that names a person ends before a time or manner phrase", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"The teachers' union endorsed Marta Velez last spring.", "Marta Velez"},
      {"Two former mayors backed him early in the race.", "him"},
      {"The farmers' council supported Dr. Okafor on Tuesday.", "Dr. Okafor"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

TEST_CASE("a stance verb's object that is more than a person keeps its clause", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      // the request needs its infinitive; a possessive is a thing, not the person
      {"The governor urged Pellam to sign the water bill.", "Pellam to sign the water bill"},
      {"The senator backed Velez's plan for the harbour.", "Velez's plan for the harbour"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

TEST_CASE("a quotation resumes after an inverted speaker and an appositive", "[content]") {
  const std::string t = kOpen + "The danger," + kClose + " said Ines Marlow, an economist at the port authority, " +
                        kOpen + "is that freight will move south." + kClose;
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, t);
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ines Marlow, an economist at the port authority"));
}

TEST_CASE("a cue word used as a noun in the speaker's phrase does not cut a quotation run", "[content]") {
  const std::string first = kOpen + "The ferry will run again," + kClose +
                            " the harbour master said in reply to a question from a fisherman.";
  const std::string second = kOpen + "We only need calm seas." + kClose;
  const std::string t = first + " " + second;
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, t) >= 0);
}

TEST_CASE("a quotation run goes on past a later sentence that has its own cue", "[content]") {
  const std::string run1 = kOpen + "The dam is sound," + kClose + " the engineer said. " + kOpen +
                           "We checked every joint." + kClose;
  const std::string t = run1 + " Officials said later that the report would be published.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, run1) >= 0);
  CHECK(find(r, t, Layer::kClaim, "the report would be published") >= 0);
}

TEST_CASE("'announced it was ...' opens a clause as 'that' would", "[content]") {
  const std::string t = "The weather bureau announced it was revising its flood forecast.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "it was revising its flood forecast");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The weather bureau"));
}

TEST_CASE("a cue inside a fronted subordinate clause ends its content at the clause's comma", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"When the inspector said the bridge was safe, the council voted to reopen it.", "the bridge was safe"},
      {"A week after the clinic announced that it would close, patients lined up outside.", "it would close"},
      {"Now that the growers say the frost is coming, they are covering the vines.", "the frost is coming"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
  // Without the subordinator the comma does not end the content.
  const std::string t = "The inspector said the bridge was safe, and the repairs had been cheap.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the bridge was safe, and the repairs had been cheap") >= 0);
}

TEST_CASE("a dash opening a new clause or a participle phrase ends a clause content", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"The coach said the team had trained too little \xE2\x80\x94 and he blamed the schedule.",
       "the team had trained too little"},
      {"The ministry said exports increased by a fifth, based on figures from the customs office.",
       "exports increased by a fifth"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

TEST_CASE("a cue word after a determiner and an adjective is a noun", "[content]") {
  for (const char* text : {"She joined a liberal think tank in the capital after the election.",
                           "The mayor's public remarks about the budget were brief.",
                           "He kept the files on a private email server for years."}) {
    const std::string t = text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(count(r, Layer::kClaim) == 0);
  }
  // A subject that is a noun still speaks: "the new mayor says".
  const std::string t = "The new mayor says the tram line will open in June.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the tram line will open in June") >= 0);
}

TEST_CASE("a sentence-opening discourse marker is not part of a content before its cue", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"In fact, the new levy will cost households very little, analysts say.",
       "the new levy will cost households very little"},
      {"However, the orchard owners will need more water, the agronomist said.",
       "the orchard owners will need more water"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

TEST_CASE("'maintained' reports only with a clause; its plain object is an action", "[content]") {
  const std::string action = "The cyclist maintained a steady pace through the hills.";
  const auto r1 = run(action);
  INFO(dump(r1, action));
  CHECK(count(r1, Layer::kClaim) == 0);
  const std::string report = "The cyclist maintained that the race had been fair.";
  const auto r2 = run(report);
  INFO(dump(r2, report));
  CHECK(find(r2, report, Layer::kClaim, "the race had been fair") >= 0);
}

TEST_CASE("'called' names something or places a call; only a label is a content", "[content]") {
  for (const char* text : {"She now runs a charity called Open Orchards in the valley.",
                           "The mayor called her to apologise for the delay.",
                           "The union called off the strike."}) {
    const std::string t = text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(count(r, Layer::kClaim) == 0);
  }
  const std::string t = "The senator called the tax plan reckless.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the tax plan reckless") >= 0);
}

TEST_CASE("after the addressee of 'told', a subject pronoun opens the content", "[content]") {
  const std::string t = "The pilot told the inspectors she thought that the runway was too short.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "she thought that the runway was too short");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The pilot"));
}

TEST_CASE("an aside between a content clause's subject and its verb stays inside the content", "[content]") {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"Okafor argued the new pier, which the council approved in May, would never pay for itself.",
       "the new pier, which the council approved in May, would never pay for itself"},
      {"She says the tender, while messy, was handled fairly.", "the tender, while messy, was handled fairly"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = run(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

TEST_CASE("an aside after an object phrase still ends the content", "[content]") {
  // no finite verb follows the aside: the object phrase ends at its comma
  const std::string t = "The union called for a review, which the mayor rejected, before the vote.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "a review") >= 0);
}

TEST_CASE("a comma inside a closing quotation ends the clause before a participle", "[content]") {
  const std::string t = "The ferry line called the report \xE2\x80\x9Cplainly false,\xE2\x80\x9D saying its boats had sailed on time.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "called the report \xE2\x80\x9Cplainly false,\xE2\x80\x9D") >= 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "its boats had sailed on time"), "The ferry line"));
}

TEST_CASE("'expressed sympathy for X': what the feeling is about is the content", "[content_bounds]") {
  const std::string t = "The mayor expressed dismay at the closure of the ferry. "
                        "The union voiced concern about the new rota. "
                        "The bishop expressed his support for the strikers.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the closure of the ferry") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the new rota") >= 0);
  CHECK(find(r, t, Layer::kClaim, "his support for the strikers") >= 0);
}
