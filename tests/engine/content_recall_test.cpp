// Contents the engine used to miss: cues whose speaker it cannot name, fronted contents
// of a few words, and other constructions found by the error analysis of the content layer
// on the PolNeAR training split. Every sentence here is written for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;


TEST_CASE("a form of 'say' keeps its content when its subject is not found", "[content]") {
  expect_claims({
      {"Most of them said the ferry fares were too high.", "the ferry fares were too high"},
      {"Her volunteers here said they have knocked on every door in the valley.",
       "they have knocked on every door in the valley"},
      {"Ortega, himself a candidate in the spring, said he would vote against the levy.",
       "he would vote against the levy"},
  });
}

TEST_CASE("a 'that' clause keeps its content when the subject is not found", "[content]") {
  expect_claims({
      {"Her volunteers here argued that the levy would close two schools.", "the levy would close two schools"},
  });
}

TEST_CASE("a subjectless cue outside the plain reporting verbs gives no content", "[content]") {
  // "showed" without "that" names no proposition here, and no subject was found.
  const std::string t = "Her volunteers here showed the visitors around the new library.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kClaim) == 0);
}

TEST_CASE("a quotation goes on after its speaker even when a clause about the speaker holds a cue",
          "[content]") {
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  const std::string t = o + "The ferry will not survive the winter," + c +
                        " said Ruth Amari, who wrote to the council about the fares last year. " + o +
                        "Nobody here can pay that much." + c;
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, t) >= 0);
}

TEST_CASE("a stance verb after a fronted adverbial takes its infinitive", "[content]") {
  expect_claims({
      {"Instead, she sought to rally the older voters, contrasting her record with his.",
       "to rally the older voters"},
      {"In the coming weeks, he vowed to close the old bridge to lorries.", "to close the old bridge to lorries"},
  });
}

TEST_CASE("a stance verb in a fronted clause ends its content at the clause's comma", "[content]") {
  expect_claims({
      {"While Okafor has pledged to back the levy, Diaz suggested that the vote would be close.",
       "to back the levy"},
  });
}

TEST_CASE("a fronted word before the cue is the content only when the sentence ends at the cue",
          "[content]") {
  expect_claims({{"Sorry, the mayor said.", "Sorry"}});
  // An adverb before "X warned of ..." or "X told the crowd ..." is when, not what.
  for (const char* text : {"Separately, the council warned of a new tax on boats.",
                           "Afterward, Okafor told the crowd to go home."}) {
    const std::string t = text;
    const auto r = claimlens::annotate(t);
    INFO(dump(r, t));
    CHECK(find(r, t, Layer::kClaim, t.substr(0, t.find(','))) < 0);
  }
}

TEST_CASE("a question put to someone in the passive is a content, its asker the source", "[content]") {
  expect_claims({
      {"Okafor was asked whether the ferry would run in winter.", "whether the ferry would run in winter"},
      {"The mayor was asked about the harbour fees.", "the harbour fees"},
  });
  const std::string t = "Diaz was asked by a radio host why the tunnel had closed.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "why the tunnel had closed");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "a radio host"));
}

TEST_CASE("a content resumes after 'X said,' with 'there', 'that' or a subordinate clause", "[content]") {
  expect_claims({
      {"When she reached the hall, she said, there were no ballots left.",
       "When she reached the hall, she said, there were no ballots left"},
      {"It is a warning, Ortiz said, that the harbour cannot grow forever.",
       "It is a warning, Ortiz said, that the harbour cannot grow forever"},
      {"The fares will rise, he says, because the fuel costs more.",
       "The fares will rise, he says, because the fuel costs more"},
  });
}

TEST_CASE("a passive cue with its agent: the subject is the content, the agent its source", "[content]") {
  const std::string t = "The harbour levy was opposed by the fishermen's union.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "The harbour levy");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the fishermen's union"));
  // Without an agent there is no source to name, and no content.
  const std::string t2 = "The harbour levy was opposed in the end.";
  const auto r2 = claimlens::annotate(t2);
  INFO(dump(r2, t2));
  CHECK(find(r2, t2, Layer::kClaim, "The harbour levy") < 0);
}

TEST_CASE("'said', 'says' and 'told' after a number or 'another' are verbs", "[content]") {
  expect_claims({
      {"Nearly three in five said they would not ride the ferry.", "they would not ride the ferry"},
      {"One count finds 900 boats in the bay; another says there are about 1,200.", "there are about 1,200"},
  });
}

TEST_CASE("a content follows an object pronoun after 'told'", "[content]") {
  expect_claims({
      {"Okafor told me the levy makes the harbour poorer.", "the levy makes the harbour poorer"},
      {"The crowd booed when she told them the fares would double.", "the fares would double"},
  });
}

TEST_CASE("a quotation after an addressee or a short aside is the content", "[content]") {
  const std::string o = "\xE2\x80\x9C", c = "\xE2\x80\x9D";
  expect_claims({
      {("The clerk wrote to voters on Monday, telling them, " + o + "The count was fair." + c).c_str(),
       ("\xE2\x80\x9C" "The count was fair." "\xE2\x80\x9D")},
      {("She told her audience, to loud applause: " + o + "Nobody knows this harbour better." + c).c_str(),
       ("\xE2\x80\x9C" "Nobody knows this harbour better." "\xE2\x80\x9D")},
  });
}

TEST_CASE("a cue inside a relative clause: the clause from its pronoun is the content", "[content]") {
  expect_claims({
      {"The deal ends a strike that the owners said could hurt their spring earnings.",
       "that the owners said could hurt their spring earnings"},
      {"She gave the speech, which even her critics say was the best of her campaign.",
       "which even her critics say was the best of her campaign"},
      {"The sailors were freed, in what many analysts said was a sign of better ties.",
       "what many analysts said was a sign of better ties"},
  });
}

TEST_CASE("'said at least 30 ...', 'said more than 40 ...': a quantity opens the content", "[content]") {
  const std::string t = "The institute said at least 30 drones had reached the militia. "
                        "Police said more than 40 people were hurt.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "at least 30 drones had reached the militia") >= 0);
  CHECK(find(r, t, Layer::kClaim, "more than 40 people were hurt") >= 0);
}

TEST_CASE("'In the report, published on Monday, X said P': the report is where X said it", "[content]") {
  const std::string t = "In the report, published on Monday, the institute said the drones had reached the militia.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the drones had reached the militia");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the institute"));
  CHECK(count(r, Layer::kClaim) == 1);
  CHECK(count(r, Layer::kSource) == 1);
}
