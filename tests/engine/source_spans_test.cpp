// Where a source phrase begins and ends: reduced relative clauses, appositive chains,
// participles with their time phrase, floating quantifiers.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("a reduced relative clause: the subject follows the noun it modifies", "[source_spans]") {
  const std::string t =
      "The union made an offer the board rebuffed at a meeting on Monday. "
      "The harbour is now the place port officials say the new cranes will stand.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "the board") >= 0);
  CHECK(find(r, t, Layer::kSource, "an offer the board") < 0);
  const int c = find(r, t, Layer::kClaim, "the new cranes will stand");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "port officials"));
}

TEST_CASE("a determined phrase with its adjective or role noun stays whole", "[source_spans]") {
  const std::string t =
      "Reached by phone, a weary Petrova said the count was over. "
      "By noon a slew of county leaders agreed with his assessment. "
      "The rights group the Civic League said the law was unfair.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "a weary Petrova") >= 0);
  CHECK(find(r, t, Layer::kSource, "a slew of county leaders") >= 0);
  CHECK(find(r, t, Layer::kSource, "The rights group the Civic League") >= 0);
}

TEST_CASE("a participle with its time phrase belongs to the source", "[source_spans]") {
  const std::string t = "A Courier poll released Tuesday found that most renters back the tram.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "most renters back the tram");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "A Courier poll released Tuesday"));
}

TEST_CASE("appositive chains that open the sentence stay in the source", "[source_spans]") {
  const std::string t =
      "Omar Lind, the union's chief negotiator, said the strike would end soon. "
      "Dana Holt, Lind's deputy, said the fund was empty. "
      "Her brother, Tomas, 41, said the farm had been sold. "
      "The guild's treasurer, Ivo Marsh, a retired baker, said the dues would rise.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the strike would end soon"),
                   "Omar Lind, the union's chief negotiator"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the fund was empty"), "Dana Holt, Lind's deputy"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the farm had been sold"), "Her brother, Tomas, 41"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the dues would rise"),
                   "The guild's treasurer, Ivo Marsh, a retired baker"));
}

TEST_CASE("a floating quantifier after an auxiliary is not the source", "[source_spans]") {
  const std::string t = "The mayor and the council have both argued that the bridge is safe.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the bridge is safe");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The mayor and the council"));
  CHECK(find(r, t, Layer::kSource, "both") < 0);
}

TEST_CASE("the subject opening the clause keeps its modifiers up to the cue", "[source_spans]") {
  const std::string t =
      "Friends of the mayor who saw her at the fair say she looked tired. "
      "Exit polls taken in three counties show that turnout fell. "
      "The head of the delegation to the talks said the deal was close.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "she looked tired"),
                   "Friends of the mayor who saw her at the fair"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "turnout fell"), "Exit polls taken in three counties"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the deal was close"),
                   "The head of the delegation to the talks"));
}

TEST_CASE("a clause before the subject is not part of it", "[source_spans]") {
  const std::string t =
      "Lena Ruiz waved at a neighbour and Omar Lind said the vote was lost.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the vote was lost"), "Omar Lind"));
  CHECK(find(r, t, Layer::kSource, "Lena Ruiz waved at a neighbour and Omar Lind") < 0);
}

TEST_CASE("a name opening the sentence with a chain of asides is one source", "[source_spans]") {
  const std::string t =
      "Ines Duarte, who founded Civic Data, a polling firm in Lyon, said the race was close. "
      "Piet Okafor, 58, a ferry captain from Harwich, said the crossings were safe. "
      "Mara Lind, of course, said nothing.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the race was close"),
                   "Ines Duarte"));  // the relative clause and its appositive are left out
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the crossings were safe"),
                   "Piet Okafor, 58, a ferry captain from Harwich"));
  CHECK(find(r, t, Layer::kSource, "Mara Lind, of course") < 0);
}

TEST_CASE("a sentence adverb between the subject and its cue stays out of the source", "[source_spans]") {
  const std::string t = "The mayor however said the tram would run. Few residents would ever admit that the tram was late.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the tram would run"), "The mayor"));
  CHECK(find(r, t, Layer::kSource, "The mayor however") < 0);
  CHECK(find(r, t, Layer::kSource, "ever") < 0);
}

TEST_CASE("a plural document noun heads the source before a second cue", "[source_spans]") {
  const std::string t = "But budget reports show that the agency overspent in every quarter.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the agency overspent in every quarter");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "budget reports"));
}

TEST_CASE("names joined by 'and' and a percentage open the clause as one source", "[source_spans]") {
  const std::string t =
      "Rep. Ann Lee and state Sen. Bo Park said the bill was dead. "
      "In Ohio, 85% of farmers said the drought was the worst in years. "
      "The bill passed and officials said it would take effect soon.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Rep. Ann Lee and state Sen. Bo Park") >= 0);
  CHECK(find(r, t, Layer::kSource, "85% of farmers") >= 0);
  const int c = find(r, t, Layer::kClaim, "it would take effect soon");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "officials"));
  CHECK(find(r, t, Layer::kSource, "The bill passed and officials") < 0);
}

TEST_CASE("a phrase of how or when after the speaker is not part of the source", "[source_spans]") {
  const std::string t =
      "Tom Lee in a blog post said the plan was dead. "
      "The mayor at the time said he would not resign. "
      "Democrats in Iowa said the count was fair.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Tom Lee") >= 0);
  CHECK(find(r, t, Layer::kSource, "Tom Lee in a blog post") < 0);
  CHECK(find(r, t, Layer::kSource, "The mayor") >= 0);
  CHECK(find(r, t, Layer::kSource, "Democrats in Iowa") >= 0);
}

TEST_CASE("a fronted time phrase is skipped for an inherited subject", "[source_spans]") {
  const std::string t =
      "Hours later, the governor returned the favor, telling reporters the levy was fair. "
      "It is a truce that Mayor Diaz and party leaders hope will hold.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the levy was fair");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the governor"));
  CHECK(find(r, t, Layer::kSource, "Hours") < 0);
  CHECK(find(r, t, Layer::kSource, "Mayor Diaz and party leaders") >= 0);
}

TEST_CASE("a source mention ends before a relative clause about it", "[source_spans]") {
  const std::string t =
      "Harbour Watch, which monitors the port, said the cranes were idle. "
      "Olu Bassey, whose boat sank in May, said the channel was too shallow. "
      "\xE2\x80\x9CWe were warned,\xE2\x80\x9D said Ines Roe, who runs the ferry office.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the cranes were idle"), "Harbour Watch"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the channel was too shallow"), "Olu Bassey"));
  CHECK(find(r, t, Layer::kSource, "Ines Roe") >= 0);
}

TEST_CASE("speakers the subject search used to miss", "[source_spans]") {
  const struct {
    const char* text;
    const char* content;
    const char* source;
  } cases[] = {
      // a reporting noun ending the speaker's phrase
      {"Two people familiar with the insurance claim said the barge was overloaded.", "the barge was overloaded",
       "Two people familiar with the insurance claim"},
      // a lone "another" or "one"
      {"One grower said the frost was early. Another said the price would hold.", "the price would hold", "Another"},
      // "since" between the auxiliary and the cue
      {"The harbour master has since said the channel is clear.", "the channel is clear", "The harbour master"},
      // a plural possessive before a head noun with its place
      {"Fishermen's unions in northern Harlow said the quota was too low.", "the quota was too low",
       "Fishermen's unions in northern Harlow"},
      {"Growers' groups in upland Harlow said the quota was fair.", "the quota was fair",
       "Growers' groups in upland Harlow"},
      // a role with a quoted title as the appositive; "host" as a title before a name
      {"Jo Park, host of the \xE2\x80\x9C" "Early Show,\xE2\x80\x9D said the ferry would stop.", "the ferry would stop",
       "Jo Park, host of the \xE2\x80\x9C" "Early Show,\xE2\x80\x9D"},
      {"Radio host Sean Hale said the ferry would stop.", "the ferry would stop", "Radio host Sean Hale"},
      // a share of a group in words
      {"One in five say the ferry fares are too high.", "the ferry fares are too high", "One in five"},
      // a role and the name between commas, as the subject a participle cue inherits
      {"The port's chief pilot, Ana Veld, went further, arguing that the dredging had failed.",
       "the dredging had failed", "The port's chief pilot, Ana Veld"},
  };
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(has_source(r, t, find(r, t, Layer::kClaim, c.content), c.source));
  }
}

TEST_CASE("a standing 'in the polls' is no poll's finding; 'in a new poll' is", "[source_spans]") {
  const std::string t = "The senator sits at single digits in the polls.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kSource) == 0);
  const std::string u = "Lee leads the mayor by six points in a new Harbour Institute poll.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(has_source(q, u, find(q, u, Layer::kClaim, "Lee leads the mayor by six points"), "a new Harbour Institute poll"));
}

TEST_CASE("a name after a verb or preposition, before a colon and a quotation, is no speaker", "[source_spans]") {
  const std::string t =
      "Lee later told Harbour Radio: \xE2\x80\x9CThe pier will reopen.\xE2\x80\x9D "
      "She said of the council: \xE2\x80\x9CThey never listen.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Harbour Radio") < 0);
  CHECK(find(r, t, Layer::kSource, "the council") < 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\xE2\x80\x9CThe pier will reopen.\xE2\x80\x9D"), "Lee"));
}

TEST_CASE("a credits line ('Contributing: ...') names no speaker", "[source_spans]") {
  const std::string t = "The ferry resumed on Monday.\n\nContributing: Ana Roe and Ted Lund, Harbour Gazette.\n";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kSource) == 0);
  CHECK(count(r, Layer::kClaim) == 0);
}

TEST_CASE("a position's object is no speaker in inverted order", "[source_spans]") {
  const std::string t =
      "The party's leading reform candidate, Harbour Sen. Ana Roe, also decries ferry companies and their fares.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "ferry companies and their fares") < 0);
  CHECK(find(r, t, Layer::kSource, "ferry companies") < 0);
  // After a quotation it is one.
  const std::string u = "\xE2\x80\x9CVote for the levy,\xE2\x80\x9D urged the mayor.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(find(q, u, Layer::kSource, "the mayor") >= 0);
}

TEST_CASE("a share of a group is a source: one of them, two of the officials", "[source_spans]") {
  const std::string t = "The ferry had been sold, one of them said. Two of the engineers said the hull "
                        "was cracked. \xE2\x80\x9CIt will sink,\xE2\x80\x9D said one of us. He gave each of them "
                        "a copy, the clerk said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "The ferry had been sold"), "one of them"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the hull was cracked"), "Two of the engineers"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "\xE2\x80\x9CIt will sink,\xE2\x80\x9D"), "one of us"));
  // An object "each of them" inside a content is no source.
  CHECK(find(r, t, Layer::kSource, "each of them") < 0);
}

TEST_CASE("an inverted speaker ends before a participle clause", "[source_spans]") {
  const std::string t = "\xE2\x80\x9CThe pier will hold,\xE2\x80\x9D said the engineer, standing on the "
                        "old jetty. \xE2\x80\x9CIt will not,\xE2\x80\x9D said Ana Roe, a ranking member of the board.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "the engineer") >= 0);
  CHECK(find(r, t, Layer::kSource, "Ana Roe, a ranking member of the board") >= 0);
}

TEST_CASE("a phrase after a preposition is no subject: the speaker is the phrase it modifies",
          "[source_spans]") {
  const std::string t =
      "Even farmers in the northern valleys say the canal came too late. "
      "Two lawsuits being heard in Dover accuse the firm of fraud. "
      "When someone in the crowd shouted, \"Resign,\" the mayor left the stage.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the canal came too late"),
                   "Even farmers in the northern valleys"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the firm of fraud"), "Two lawsuits being heard in Dover"));
  CHECK(find(r, t, Layer::kSource, "someone in the crowd") >= 0);
  CHECK(find(r, t, Layer::kSource, "the northern valleys") < 0);
  CHECK(find(r, t, Layer::kSource, "the crowd") < 0);
}

TEST_CASE("the object of a preposition after a verb speaks for nothing", "[source_spans]") {
  const std::string t =
      "The club posted a clip on its website that showed the new stand. "
      "In a radio interview Ada Ruiz declared that the port would stay open.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "its website") < 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the port would stay open"), "Ada Ruiz"));
}

TEST_CASE("an adverb before the verb and a connective before the subject stay out of the source",
          "[source_spans]") {
  const std::string t =
      "Ada Ruiz clearly erred in saying the bridge was safe. "
      "Lee and Ode both floated the idea on Sunday, saying it would pass. "
      "Moreover, Ivo Marsh, the club's treasurer, noted that dues would rise.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the bridge was safe"), "Ada Ruiz"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "it would pass"), "Lee and Ode"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "dues would rise"), "Ivo Marsh, the club's treasurer"));
}

TEST_CASE("a share of people is a speaker: a percentage, or a quantifier of an object pronoun",
          "[source_spans]") {
  const std::string t =
      "Among renters, 31% say the tram is too slow. "
      "We asked the nurses, and most of them said the ward was understaffed.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the tram is too slow"), "31%"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the ward was understaffed"), "most of them"));
}

TEST_CASE("a role opening the sentence, then the name between commas, is one source", "[source_spans]") {
  const std::string t =
      "A second historian, Mara Quist of Lindell College, said the letters were forged. "
      "Ivo Brandt, dean of the law faculty, said the ruling would stand.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the letters were forged"),
                   "A second historian, Mara Quist of Lindell College"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the ruling would stand"), "Ivo Brandt, dean of the law faculty"));
}

TEST_CASE("after the cue: a modifier and role before the name, a name particle, a web address",
          "[source_spans]") {
  const std::string t =
      "\"The tram is late again,\" said Lindell resident Ana Ruiz. "
      "\"We will appeal,\" said Pierre de Vos, a lawyer for the tenants. "
      "Rents rose by a fifth, according to Rentwatch.org.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kSource, "Lindell resident Ana Ruiz") >= 0);
  CHECK(find(r, t, Layer::kSource, "Pierre de Vos, a lawyer for the tenants") >= 0);
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "Rents rose by a fifth"), "Rentwatch.org"));
}

TEST_CASE("a plural possessive inside a source phrase goes on to its noun", "[source_spans]") {
  const std::string t = "Wards will close, according to the region's largest nurses' union. "
                        "\xE2\x80\x9CWe will strike,\xE2\x80\x9D said the porters\xE2\x80\x99 union.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "Wards will close"), "the region's largest nurses' union"));
  CHECK(find(r, t, Layer::kSource, "the porters\xE2\x80\x99 union") >= 0);
}

TEST_CASE("a fronted time phrase without a comma stays out of the subject after it", "[source_spans]") {
  const std::string t =
      "On Monday the water board said the reservoir was full. "
      "Late on Friday the mayor's office denied that the contract had been signed. "
      "In a statement on Tuesday the bakery said it had never used the additive. "
      "Rock the Vote said turnout had doubled.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c1 = find(r, t, Layer::kClaim, "the reservoir was full");
  REQUIRE(c1 >= 0);
  CHECK(has_source(r, t, c1, "the water board"));
  const int d1 = find(r, t, Layer::kDenial, "denied that the contract had been signed");
  REQUIRE(d1 >= 0);
  CHECK(has_source(r, t, d1, "the mayor's office"));
  CHECK(find(r, t, Layer::kSource, "Late on Friday the mayor's office") < 0);
  const int c2 = find(r, t, Layer::kClaim, "it had never used the additive");
  REQUIRE(c2 >= 0);
  CHECK(has_source(r, t, c2, "the bakery"));
  // An article inside a name does not cut it.
  const int c3 = find(r, t, Layer::kClaim, "turnout had doubled");
  REQUIRE(c3 >= 0);
  CHECK(has_source(r, t, c3, "Rock the Vote"));
}

TEST_CASE("', which cited P, said Q': P ends at the comma before the main verb", "[source_spans]") {
  const std::string t =
      "The audit, which cited two invoices, said the fees had been inflated. "
      "The charter, which the union cited as proof, bans night shifts, strikes and lockouts.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the fees had been inflated");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The audit"));
  for (const auto& a : r.annotations) CHECK(covered(t, a.span).find("invoices, said") == std::string_view::npos);
}

TEST_CASE("an ampersand between capitalised words joins one name", "[source_spans]") {
  const std::string t = "Turnout will fall, according to a Lund & Marr survey released last week.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "Turnout will fall");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "a Lund & Marr survey released last week"));
}
