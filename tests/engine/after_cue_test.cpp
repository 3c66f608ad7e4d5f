// What follows a reporting verb: adjunct phrases, asides and quantities between the cue and
// its content.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("a prepositional and time phrase, then a clause without 'that'", "[after_cue]") {
  const std::string t =
      "The ferry company said in a statement Monday it had cancelled the late crossing. "
      "The council told residents at a meeting the library would close in June. "
      "The museum said in a post the painting was a forgery.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "it had cancelled the late crossing");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "The ferry company"));
  CHECK(find(r, t, Layer::kClaim, "the library would close in June") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the painting was a forgery") >= 0);
}

TEST_CASE("a passive participle's agent phrase opens no content", "[after_cue]") {
  const std::string t = "The clerk listed the fees charged by the county in the years it kept records.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "it kept records") < 0);
}

TEST_CASE("an approximate quantity after the cue is the content's start", "[after_cue]") {
  const std::string t =
      "The survey team said about a quarter of the wells were dry. "
      "Organizers claimed nearly 300 volunteers had signed up.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "about a quarter of the wells were dry") >= 0);
  CHECK(find(r, t, Layer::kClaim, "nearly 300 volunteers had signed up") >= 0);
}

TEST_CASE("a topic preposition after the cue is no quantity", "[after_cue]") {
  const std::string t = "The coach said about the injuries that he knew little.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "he knew little") >= 0);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("an aside after 'that' or between dashes before it", "[after_cue]") {
  const std::string t =
      "Priya Nair, head of the water board, said in a letter Friday that, if the tests hold, the lake is safe. "
      "The treasurer said — in a radio interview, of all places — that the fund was empty. "
      "Mr. Osei told a reporter for the Courier, that “the plant will stay open.”";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "if the tests hold, the lake is safe");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "Priya Nair, head of the water board"));
  CHECK(find(r, t, Layer::kClaim, "the fund was empty") >= 0);
  CHECK(find(r, t, Layer::kClaim, "“the plant will stay open.”") >= 0);
}

TEST_CASE("a fronted content resumes after ', X said in an interview, that'", "[after_cue]") {
  const std::string t = "The levy matters, she said in an interview, that the county will pay for it.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the county will pay for it") < 0);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("a pronoun's or name's \"'s\" before 'said' or 'told' is 'has'", "[after_cue]") {
  const std::string t =
      "She's said the orchard will be sold. "
      "Ms. Ferrand's told neighbours the fence will come down. "
      "He's predicting the tunnel will open late.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the orchard will be sold") >= 0);
  const int c = find(r, t, Layer::kClaim, "the fence will come down");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ms. Ferrand"));
  CHECK(find(r, t, Layer::kClaim, "the tunnel will open late") >= 0);
}

TEST_CASE("'it's said' is a passive without a speaker", "[after_cue]") {
  const std::string t = "It's said the old mill is haunted.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "It's") < 0);
}

TEST_CASE("a name's cue noun stays a noun", "[after_cue]") {
  const std::string t = "The council's report said the roads were unsafe.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the roads were unsafe");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The council's report"));
}

TEST_CASE("a pronoun with a contracted auxiliary opens the content", "[after_cue]") {
  const std::string t =
      "The governor announced she'll seek a third term. "
      "The coach told the parents at practice they're welcome to watch. "
      "The rector has said for years she'll never sell the organ.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "she'll seek a third term") >= 0);
  CHECK(find(r, t, Layer::kClaim, "they're welcome to watch") >= 0);
  CHECK(find(r, t, Layer::kClaim, "she'll never sell the organ") >= 0);
}

TEST_CASE("a comma right after the cue before 'that'", "[after_cue]") {
  const std::string t =
      "The warden added, that the gates would stay shut. "
      "The mayor said, that is, hinted, that taxes would rise.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the gates would stay shut") >= 0);
  CHECK(find(r, t, Layer::kClaim, "is, hinted, that taxes would rise") < 0);
}

TEST_CASE("'this' after the cue opens the content after a fronted clause", "[after_cue]") {
  const std::string t = "While the board argued over costs, the engineer said this was the safest design.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "this was the safest design");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the engineer"));
}

TEST_CASE("an order after the addressee of 'told'", "[after_cue]") {
  const std::string t =
      "The ranger told the hikers to stay on the marked trail. "
      "The nurse told them not to worry. "
      "The letters sent to the council were late.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "to stay on the marked trail");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The ranger"));
  CHECK(find(r, t, Layer::kClaim, "not to worry") >= 0);
  CHECK(find(r, t, Layer::kClaim, "to the council were late") < 0);
}

TEST_CASE("'to' and a noun phrase, then a clause or a question", "[after_cue]") {
  const std::string t =
      "Dale Roe explained to the panel why the bridge was closed. "
      "The league wrote to the mayor they would not pay the fine. "
      "The clerk said to be honest was the only way.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "why the bridge was closed") >= 0);
  CHECK(find(r, t, Layer::kClaim, "they would not pay the fine") >= 0);
  CHECK(find(r, t, Layer::kClaim, "was the only way") < 0);
}

TEST_CASE("'X said:' closing a paragraph before a quoted paragraph", "[after_cue]") {
  const std::string t =
      "The warden met the press. She said:\n\n"
      "\xE2\x80\x9CWe have never lost a key in twenty years. The locks are new.\xE2\x80\x9D\n";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "\xE2\x80\x9CWe have never lost a key in twenty years. The locks are new.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "She"));
}

TEST_CASE("a subordinate clause and a comma open the content", "[after_cue]") {
  const std::string t =
      "Ms. Tran said because the ferry is slow, \xE2\x80\x9Cthe island needs a bridge.\xE2\x80\x9D "
      "The critic wrote a report because the theatre had closed, he said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "because the ferry is slow, \xE2\x80\x9Cthe island needs a bridge.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ms. Tran"));
  CHECK(find(r, t, Layer::kClaim, "because the theatre had closed") < 0);
}

TEST_CASE("a passive cue with a 'that' clause and no agent", "[after_cue]") {
  const std::string t =
      "The tenants were told that the boiler would be fixed by Friday. "
      "There were also letters that week about the rent. "
      "Buyers were told they would get a refund.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the boiler would be fixed by Friday");
  REQUIRE(c >= 0);
  CHECK(r.annotations[c].sources.empty());
  CHECK(find(r, t, Layer::kClaim, "they would get a refund") >= 0);
  CHECK(find(r, t, Layer::kClaim, "week about the rent") < 0);
}

TEST_CASE("'went on to say' and 'continued to insist' keep the speaker", "[after_cue]") {
  const std::string t =
      "The harbour master went on to say that the pier would reopen in May. "
      "Ms. Adebayo continued to insist the count was wrong. "
      "The envoys went on to challenge the minister to resign.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the pier would reopen in May");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "The harbour master"));
  const int c2 = find(r, t, Layer::kClaim, "the count was wrong");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "Ms. Adebayo"));
  CHECK(find(r, t, Layer::kClaim, "the minister to resign") < 0);
}

TEST_CASE("'one in five say P': a share of a group before the cue is no determiner", "[after_cue]") {
  const std::string t = "Nearly two in three say they would pay more for local bread.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "they would pay more for local bread") >= 0);
}

TEST_CASE("'called upon X to P' is a call like 'called on'", "[after_cue]") {
  const std::string t = "The union called upon the board to reopen the talks.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the board to reopen the talks");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The union"));
}

TEST_CASE("'via' opens a prepositional phrase after the cue", "[after_cue]") {
  const std::string t =
      "The club announced via its website that the match was off. "
      "The coach said via text message the team would travel.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the match was off") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the team would travel") >= 0);
}

TEST_CASE("a tell verb's addressee with a relative clause, then a quotation", "[after_cue]") {
  const std::string t =
      "The governor told the farmers who came to the fair in Elkton, \xE2\x80\x9Cthe dam will be rebuilt.\xE2\x80\x9D";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\xE2\x80\x9Cthe dam will be rebuilt.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The governor"));
}

TEST_CASE("'warned of X', 'complained about X': the object of the preposition", "[after_cue]") {
  const std::string t =
      "The pilots warned of a long strike. "
      "The envoy cautioned against reading the vote as a mandate. "
      "Tenants complained about the new parking fees. "
      "The ranger warned them about the thin ice.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "a long strike");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The pilots"));
  CHECK(find(r, t, Layer::kClaim, "reading the vote as a mandate") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the new parking fees") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the thin ice") >= 0);
}

TEST_CASE("'spoke of X', 'wrote about X': the topic is the content", "[after_cue]") {
  const std::string t =
      "The bishop spoke of the hunger in the valley. "
      "A columnist wrote about the closing of the mill.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the hunger in the valley");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The bishop"));
  CHECK(find(r, t, Layer::kClaim, "the closing of the mill") >= 0);
}

TEST_CASE("a passive cue with a time phrase or an agent before 'that'", "[after_cue]") {
  const std::string t =
      "The crew had been told just before the launch that the wind would drop. "
      "The guards were warned by the embassy that the convoy was a target. "
      "The firm was known to buyers as the maker that sold the best nets.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the wind would drop") >= 0);
  const int c = find(r, t, Layer::kClaim, "the convoy was a target");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the embassy"));
  CHECK(find(r, t, Layer::kClaim, "sold the best nets") < 0);
}

TEST_CASE("'Said X, “P”': a cue opening the sentence, then its speaker and the content", "[after_cue]") {
  const std::string t =
      "Said the ferryman, who has worked the crossing for years, \xE2\x80\x9CThe river is higher than ever.\xE2\x80\x9D "
      "Asked Monday about the flood, the mayor said little.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\xE2\x80\x9CThe river is higher than ever.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the ferryman"));  // the relative clause is left out of the source
  CHECK(find(r, t, Layer::kClaim, "the mayor said little") < 0);
}

TEST_CASE("'asked for X' names what was requested", "[after_cue]") {
  const std::string t = "The defence asked for a delay of two weeks.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "a delay of two weeks");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The defence"));
}

TEST_CASE("'argued for X', 'spoke out against X': the position is the content", "[after_cue]") {
  const std::string t =
      "The planner argued for a wider bridge. "
      "The bishop spoke out against the new curfew.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "a wider bridge");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The planner"));
  CHECK(find(r, t, Layer::kClaim, "the new curfew") >= 0);
}

TEST_CASE("'told a joke': a story noun after a tell verb is what was told", "[after_cue]") {
  const std::string t =
      "The old sailor told a long story about the storm. "
      "The clerk told the auditors the ledger was lost.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "a long story about the storm");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The old sailor"));
  CHECK(find(r, t, Layer::kClaim, "the ledger was lost") >= 0);
}

TEST_CASE("'As X reported on Monday, P' and 'And as X pointed out, P'", "[after_cue]") {
  const std::string t =
      "As the Courier reported on Monday, the dam needs repairs. "
      "And as the engineer pointed out, the spillway is too narrow.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the dam needs repairs");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the Courier"));
  CHECK(find(r, t, Layer::kClaim, "on Monday") < 0);
  const int c2 = find(r, t, Layer::kClaim, "the spillway is too narrow");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "the engineer"));
}

TEST_CASE("'In their view, P': a possessive pronoun's view opening the sentence", "[after_cue]") {
  const std::string t =
      "In their view, the levy would pass easily. "
      "The aides asked who should lead, in his view, the new office.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the levy would pass easily");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "their"));
  CHECK(find(r, t, Layer::kClaim, "the new office") < 0);
}

TEST_CASE("a participle's quotation after a fronted adverbial", "[after_cue]") {
  const std::string t =
      "In Elkton, the sheriff pressed for more patrols, saying, \xE2\x80\x9CWe cannot wait another year.\xE2\x80\x9D";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\xE2\x80\x9CWe cannot wait another year.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the sheriff"));
}

TEST_CASE("declining to comment or to be named asserts nothing", "[after_cue]") {
  const std::string t = "A spokesman for the port declined to comment on the lawsuit. The harbour "
                        "master refused to say whether the cranes were safe. One pilot, who declined "
                        "to be named, said the cranes had failed twice. The mayor declined to back the plan. "
                        "The owners declined to name the buyers.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "A spokesman for the port") < 0);
  CHECK(find(r, t, Layer::kSource, "The harbour master") < 0);
  CHECK(find(r, t, Layer::kSource, "The owners") < 0);
  const int c = find(r, t, Layer::kClaim, "the cranes had failed twice");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "One pilot"));
  // Declining to do something other than speak is still a position.
  CHECK(find(r, t, Layer::kClaim, "to back the plan") >= 0);
  CHECK(count(r, Layer::kClaim) == 2);
}

TEST_CASE("people cited with 'citing' are sources of the report, not a position", "[after_cue]") {
  const std::string t = "The Courier reported that the dam had cracked, citing two investigators. "
                        "The council said it would shut the road, citing rising costs.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the dam had cracked");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The Courier"));
  CHECK(has_source(r, t, c, "two investigators"));
  CHECK(find(r, t, Layer::kClaim, "two investigators") < 0);
  // A reason cited is still the position of the one citing it.
  CHECK(find(r, t, Layer::kClaim, "rising costs") >= 0);
}

TEST_CASE("'show' before a title is a noun; 'showing off' and 'showed up' report nothing", "[after_cue]") {
  const std::string t = "She hosts a weekly radio show, \xE2\x80\x9CHarbour Voices,\xE2\x80\x9D on Fridays. "
                        "He showed up late and was showing off a new hat. Polls show the mayor is ahead.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "\xE2\x80\x9CHarbour Voices,\xE2\x80\x9D") < 0);
  CHECK(find(r, t, Layer::kClaim, "off a new hat") < 0);
  CHECK(find(r, t, Layer::kClaim, "the mayor is ahead") >= 0);
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("'quoted X as saying P': the person quoted and the one quoting are sources", "[after_cue]") {
  const std::string t = "The state radio quoted Interior Minister Sela Varga as saying the border was calm.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the border was calm");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Interior Minister Sela Varga"));
  CHECK(has_source(r, t, c, "The state radio"));
}

TEST_CASE("a number of people cited are sources; a number of reasons is a position", "[after_cue]") {
  const std::string t = "The paper said the dam had leaked, citing four retired engineers. "
                        "The mayor said the dam would close, citing two reasons.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the dam had leaked"), "four retired engineers"));
  CHECK(find(r, t, Layer::kClaim, "two reasons") >= 0);
}

TEST_CASE("'According to X,' before a subject is no content of the subject's cue", "[after_cue]") {
  const std::string t = "According to court papers, the mill agreed to keep its gates open.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "According to court papers") < 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the mill agreed to keep its gates open"), "court papers"));
}

TEST_CASE("'“P,” X was quoted as saying (by Y)': the quotation is X's, and Y's too", "[after_cue]") {
  const std::string t = "\"The harvest will be late this year,\" the farm minister was quoted as saying by the state agency.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\"The harvest will be late this year,\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the farm minister"));
  CHECK(has_source(r, t, c, "the state agency"));
}

TEST_CASE("'says, citing X, that P': X is a source of P, not a position", "[after_cue]") {
  const std::string t = "She also says, citing a driver at the depot, that the buses are never cleaned.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the buses are never cleaned");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "She"));
  CHECK(has_source(r, t, c, "a driver at the depot"));
  CHECK(count(r, Layer::kClaim) == 1);
}

TEST_CASE("'quoted unnamed senior officials as saying P': the whole phrase is the person quoted", "[after_cue]") {
  const std::string t = "On Monday the agency quoted unnamed senior officials as saying the plan was sound.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the plan was sound");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "unnamed senior officials"));
  CHECK(has_source(r, t, c, "the agency"));
}

TEST_CASE("'X, citing Y, said P': people cited in the subject's aside are sources of P; reasons are not",
          "[after_cue]") {
  const std::string t =
      "The Harbour Gazette, citing two officials in the port authority, said the cranes had been sold. "
      "The council, citing rising costs, said the pool would close.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the cranes had been sold");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The Harbour Gazette"));
  CHECK(has_source(r, t, c, "two officials in the port authority"));
  const int c2 = find(r, t, Layer::kClaim, "the pool would close");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "The council"));
  CHECK(find(r, t, Layer::kSource, "rising costs") < 0);
}

TEST_CASE("'quoted X, an appositive, as saying P' and '“P,” Surname was quoted as saying. “Q.”'", "[after_cue]") {
  const std::string t =
      "The state broadcaster, RTK, quoted Major Ivo Sarn, an army spokesman, as saying the convoy had turned back.\n\n"
      "“The convoy never crossed the bridge,” Sarn was quoted as saying. “It waited on our side all night.”";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the convoy had turned back");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Major Ivo Sarn, an army spokesman"));
  CHECK(has_source(r, t, c, "The state broadcaster, RTK"));
  const int q = find_content(r, t, "“The convoy never crossed the bridge,”");
  REQUIRE(q >= 0);
  CHECK(covered(t, r.annotations[q].span).ends_with("“It waited on our side all night.”"));
  CHECK(has_source(r, t, q, "Sarn"));
}

TEST_CASE("a headline's bare addressee: 'X tells court owner paid him' and 'tells parliament army will withdraw'",
          "[after_cue]") {
  const std::string t = "Witness tells court landlord paid him to burn the shed\n\n"
                        "Minister tells parliament troops will withdraw\n\n"
                        "The town has two mills.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "landlord paid him to burn the shed");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Witness"));
  const int c2 = find(r, t, Layer::kClaim, "troops will withdraw");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "Minister"));
}
