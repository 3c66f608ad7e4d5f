// Contents placed before their cue and the speaker phrases between them: quotation
// sandwiches ("“P,” X said. “Q.”"), asides about the speaker ("X, now 70, said"), and
// participial asides between a subject and its verb.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("a description of the speaker at another time stays in the source", "[fronted]") {
  const std::string t =
      "\"The orchard was ours,\" Ms. Varga, now 82 and living near the lake, said on Sunday. "
      "\"Nobody asked us.\"\n\n"
      "Piet Rovers, then the mill's foreman, said the looms were sold abroad.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "\"The orchard was ours,\" Ms. Varga, now 82 and living near the lake, said on Sunday. "
                     "\"Nobody asked us.\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ms. Varga, now 82 and living near the lake"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the looms were sold abroad"),
                   "Piet Rovers, then the mill's foreman"));
}

TEST_CASE("an aside about the speaker is left out of the source", "[fronted]") {
  const std::string t =
      "Alma Ruud, herself a former ferry pilot, said the crossing was unsafe. "
      "The dockers, still angry about the lockout, said the port would close.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the crossing was unsafe"), "Alma Ruud"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the port would close"), "The dockers"));
}

TEST_CASE("a quotation ending an aside between subject and verb does not invert the cue", "[fronted]") {
  const std::string t =
      "The coach, citing ''the grit of the younger players,'' said the squad could win the cup. "
      "Ms. Okafor, who has called the levy \"a tax on hope,\" said the council would vote in May.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the squad could win the cup"), "The coach"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the council would vote in May"), "Ms. Okafor"));
  CHECK(find(r, t, Layer::kSource, "the squad") < 0);
}

TEST_CASE("a quotation inside a fronted content still takes the speaker after the cue", "[fronted]") {
  const std::string t = "Whatever the budget, paving the old canal ''would be a costly error,'' said Ines Marlow.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "Whatever the budget, paving the old canal ''would be a costly error,''");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ines Marlow"));
}

TEST_CASE("a that-clause or infinitive after a quotation's cue finishes the quoted sentence", "[fronted]") {
  const std::string t =
      "\"It was plain bad timing,\" the ranger said, that the storm came on the only open weekend.\n\n"
      "\"It would be smarter,\" she added, to rebuild the pier before the summer.\n\n"
      "\"We will fight this,\" he told the crowd, to loud cheers.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int a = find(r, t, Layer::kClaim,
                     "\"It was plain bad timing,\" the ranger said, that the storm came on the only open weekend");
  REQUIRE(a >= 0);
  CHECK(has_source(r, t, a, "the ranger"));
  CHECK(find(r, t, Layer::kClaim, "\"It would be smarter,\" she added, to rebuild the pier before the summer") >= 0);
  CHECK(find(r, t, Layer::kClaim, "\"We will fight this,\"") >= 0);
}

TEST_CASE("a quotation run goes on only through sentences the quotation carries", "[fronted]") {
  const std::string t =
      "\"The ferry is late again,\" said Rune Albers. Still, \"we keep our hopes up.\"\n\n"
      "Ferry and rail have \"different aims,\" Ola Kvist said. While rail is \"slow but sure,\" "
      "the ferry is cheap.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim,
             "\"The ferry is late again,\" said Rune Albers. Still, \"we keep our hopes up.\"") >= 0);
  const int c = find(r, t, Layer::kClaim, "Ferry and rail have \"different aims,\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ola Kvist"));
}

TEST_CASE("a quotation after a colon is the content of the cue that follows it", "[fronted]") {
  const std::string t = "The keeper saw the storm differently: \"It cleared the air,\" he said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\"It cleared the air,\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "he"));
  CHECK(find(r, t, Layer::kClaim, "The keeper saw the storm differently: \"It cleared the air,\"") < 0);
}

TEST_CASE("a participle aside inside a fronted content leaves the speaker after the cue", "[fronted]") {
  const std::string t =
      "The merger would leave the town without a bank, forcing farmers to drive an hour, "
      "said Tom Berg, a pollster in Ohio.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "The merger would leave the town without a bank, forcing farmers to drive an hour");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Tom Berg, a pollster in Ohio"));
}

TEST_CASE("a content opening with a quotation goes on with the next quoted sentence", "[fronted]") {
  const std::string t = "\"Kids were dancing\" before the storm, she said. \"It was so calm.\"";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, t);
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "she"));
}

TEST_CASE("three apostrophes close a quotation that ends with a quotation inside it", "[fronted]") {
  const std::string t = "''He looked up and asked, 'Where is the boat?''' Ms. Brandt said.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "''He looked up and asked, 'Where is the boat?'''");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ms. Brandt"));
}

TEST_CASE("a quotation set off by dashes is the content of its cue", "[fronted]") {
  const std::string t =
      "Neither farmer liked the mayor - ''Born rich and proud,'' Mr. Voss said - but they would not back her rival.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "''Born rich and proud,''");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Mr. Voss"));
}

TEST_CASE("unquoted words finishing a continued quotation's sentence belong to it", "[fronted]") {
  const std::string t =
      "\"Many riders want the tram,\" said Ivo Marsh, a planner. \"They like it but are not ready\" to pay for it.\n\n"
      "\"The dam is safe,\" said Ana Pell. \"It was checked twice,\" which took a year.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim,
             "\"Many riders want the tram,\" said Ivo Marsh, a planner. \"They like it but are not ready\" to pay "
             "for it") >= 0);
  CHECK(find(r, t, Layer::kClaim, "\"The dam is safe,\" said Ana Pell. \"It was checked twice,\"") >= 0);
}

TEST_CASE("a reporting verb's form after an article is a noun that can speak", "[fronted]") {
  const std::string t = "\"The mayor cannot answer hard questions,\" the voice says as the screen goes dark.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "\"The mayor cannot answer hard questions,\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the voice"));
}

TEST_CASE("a fronted content before a tell verb whose addressee is all that follows", "[fronted]") {
  const std::string t =
      "The plan covers the northern valleys, Minister Ada Korr told a council panel Wednesday. "
      "This is not about me, the mayor told her aides as she left. "
      "In Arden, he reminded voters of the years his family farmed there.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "The plan covers the northern valleys"), "Minister Ada Korr"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "This is not about me"), "the mayor"));
  CHECK(find(r, t, Layer::kClaim, "In Arden") < 0);
}

TEST_CASE("a reporting noun after an article is no speaker of a fronted content", "[fronted]") {
  const std::string t = "The dam was leaking for a week, a claim echoed by the mayor of Arden.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "a claim") < 0);
}

TEST_CASE("an inverted speaker phrase ends before a relative clause saying more", "[fronted]") {
  const std::string t =
      "\"The bridge will wait,\" said Ada Korr, a former backer of the mayor, who has since urged voters to leave her.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\"The bridge will wait,\""),
                   "Ada Korr, a former backer of the mayor"));
}

TEST_CASE("a sentence-opening connective is not part of an appositive speaker", "[fronted]") {
  const std::string t = "However, Jill Ode, vice president of the firm, said in a statement that the deal was off.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the deal was off"), "Jill Ode, vice president of the firm"));
}

TEST_CASE("an appositive opening with modifiers before a role noun stays in the source", "[fronted]") {
  const std::string t =
      "\"The state went too far,\" Ana Ruiz, legal director for the Civic League of Utah, said by phone. "
      "Omar Lind, harbour program director at the port, said the cranes were idle.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\"The state went too far,\""),
                   "Ana Ruiz, legal director for the Civic League of Utah"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the cranes were idle"),
                   "Omar Lind, harbour program director at the port"));
}

TEST_CASE("a subject with an aside between dashes keeps its cue's content after it", "[fronted]") {
  const std::string t =
      "A former harbour master -- Ada Korr, who lost the 2008 race -- said the port \"will not recover.\"";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the port \"will not recover.\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "A former harbour master"));
  CHECK(find(r, t, Layer::kClaim, "A former harbour master -- Ada Korr, who lost the 2008 race") < 0);
}

TEST_CASE("a time or condition clause between a subject and its cue leaves the subject the speaker", "[fronted]") {
  const std::string t = "Ted Ruiz, when pressed on the cost, responded that the tunnel would pay for itself.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the tunnel would pay for itself"), "Ted Ruiz"));
}

TEST_CASE("an age noun after an article can be an inverted speaker", "[fronted]") {
  const std::string t = "\"The river is rising again,\" said the 71-year-old.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\"The river is rising again,\""), "the 71-year-old"));
}

TEST_CASE("a name and age after a fronted quotation join the appositive speaker", "[fronted]") {
  const std::string t = "''I just do not trust her,'' Ana Purl, 67, a retired clerk in Arden, said in an interview.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "''I just do not trust her,''");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ana Purl, 67, a retired clerk in Arden"));
}

TEST_CASE("words opening a quotation's sentence belong to a multi-sentence fronted content", "[fronted]") {
  const std::string t =
      "The people of Arden and towns like it \"deserve a mayor who stays. That is Ana Roe,\" "
      "said the man who built the mill.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "The people of Arden and towns like it \"deserve a mayor who stays. That is Ana Roe,\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the man"));
}

TEST_CASE("a state's abbreviation after a place stays in an inverted speaker phrase", "[fronted]") {
  const std::string t = "\"The levy is fair,\" said voter Ana Roe of Dover, Fla., in a phone call on Monday.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\"The levy is fair,\""), "voter Ana Roe of Dover, Fla."));
}

TEST_CASE("a cue inside a coordinated clause reports that clause only", "[fronted]") {
  const std::string t = "The ferry has run for forty years, and it will stop, the captain says, before winter.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "it will stop, the captain says, before winter");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the captain"));
}
