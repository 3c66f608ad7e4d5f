// Coreference: every mention of a speaker shares one canonical entity.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("titles are dropped; surname and pronoun resolve to the full name", "[coref]") {
  const std::string t = "Foreign Minister Maria Lopez said the border would stay open. "
                        "Lopez said trade would grow. She said talks would resume.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Foreign Minister Maria Lopez") == "Maria Lopez");
  CHECK(entity_of(r, t, "Lopez") == "Maria Lopez");
  CHECK(entity_of(r, t, "She") == "Maria Lopez");
}

TEST_CASE("'the minister' resolves to the latest titled person", "[coref]") {
  const std::string t = "Defence Minister Tomas Berg said the base would close. "
                        "The minister added that jobs would move north.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The minister") == "Tomas Berg");
}

TEST_CASE("'it' and 'the ministry' resolve to the organisation", "[coref]") {
  const std::string t = "The Health Ministry said vaccines were safe. It said supplies were ample. "
                        "The ministry warned that fees would rise.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The Health Ministry") == "Health Ministry");
  CHECK(entity_of(r, t, "It") == "Health Ministry");
  CHECK(entity_of(r, t, "The ministry") == "Health Ministry");
}

TEST_CASE("a possessive phrase resolves through its possessor", "[coref]") {
  const std::string t = "The Dutch Embassy said the visa rules changed. "
                        "The embassy\xE2\x80\x99s letter said fees were waived.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The embassy\xE2\x80\x99s letter") == "Dutch Embassy");
}

TEST_CASE("'he' skips organisations and 'they' skips people", "[coref]") {
  const std::string t = "Judge Amos Kern said the trial would start. The Bar Council said it was ready. "
                        "He said the jury was chosen. Protesters said the case was political. "
                        "They said they would return.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "He") == "Amos Kern");
  CHECK(entity_of(r, t, "They") == "Protesters");
}

TEST_CASE("a spokesman is not the last person named", "[coref]") {
  const std::string t = "Senator Ida Holm said the vote was rigged. A spokesman for the election board "
                        "said the count was fair.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "A spokesman for the election board") != "Ida Holm");
  CHECK(entity_of(r, t, "Senator Ida Holm") == "Ida Holm");
}

TEST_CASE("a family name written first still resolves", "[coref]") {
  const std::string t = "Trade spokesperson Wang Lei said tariffs would fall. Wang said talks were "
                        "going well.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Wang") == "Wang Lei");
}

TEST_CASE("', who said P': the relative pronoun is the source, with its antecedent's entity", "[coref]") {
  const std::string t = "Mayor Ines Duarte, who said the budget was balanced, left early.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the budget was balanced");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "who"));
  const int s = find(r, t, Layer::kSource, "who");
  REQUIRE(s >= 0);
  CHECK(r.annotations[s].entity == "Ines Duarte");
}

TEST_CASE("'role, Name' takes the name as its entity, shared with the surname later", "[coref]") {
  const std::string t =
      "The port authority's chief engineer, Lars Ode, said the crane was safe. Ode said it had passed two checks. "
      "Mira Holt, a pilot for the ferry line, said the channel was shallow.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The port authority's chief engineer, Lars Ode") == "Lars Ode");
  CHECK(entity_of(r, t, "Ode") == "Lars Ode");
  CHECK(entity_of(r, t, "Mira Holt, a pilot for the ferry line") == "Mira Holt");
}

TEST_CASE("a capital standing for its government shares its country's entity", "[coref]") {
  const std::string t =
      "Valdia said the convoy carried food. Moscow dismissed the report. Russia later said the convoy was armed. "
      "Tehran said it had no part in the deal.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Moscow") == "Russia");
  CHECK(entity_of(r, t, "Russia") == "Russia");
  CHECK(entity_of(r, t, "Tehran") == "Iran");
}

TEST_CASE("a pronoun with a contracted auxiliary is the pronoun as a source", "[coref]") {
  const std::string t = "Ines Dorr, the harbour master, said the channel was clear. She's said it will be dredged.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "it will be dredged"), "She"));
  CHECK(entity_of(r, t, "She") == "Ines Dorr");
  const std::string u = "Nobody else spoke. She's said the pier will reopen.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(entity_of(q, u, "She") == "She");  // unresolved: the pronoun, without "'s"
}

TEST_CASE("an organisation's name is no person: 'the board' finds it", "[coref]") {
  const std::string t = "The Harlow Water Board said the pipes were safe. The board said repairs would "
                        "start in May.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The board") == entity_of(r, t, "The Harlow Water Board"));
}

TEST_CASE("'the company' is the latest business, 'the newspaper' the latest outlet", "[coref]") {
  const std::string t = "The Carden Ledger reported that Brightwell Systems hid a breach. The regulator said "
                        "the breach was serious. Brightwell Systems said it had acted fast. The company said "
                        "no data was lost. The newspaper said it stood by its report.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The company") == entity_of(r, t, "Brightwell Systems"));
  CHECK(entity_of(r, t, "The newspaper") == entity_of(r, t, "The Carden Ledger"));
}

TEST_CASE("'he' and 'she' keep to the gender they were first given", "[coref]") {
  const std::string t = "Senator Ada Nwosu said the plan was cruel. She said the coast would suffer. "
                        "Minister Piet Voll said the plan was fair. He said the sea was rising. "
                        "She said he was wrong.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const std::string ada = entity_of(r, t, "Senator Ada Nwosu");
  const std::string piet = entity_of(r, t, "Minister Piet Voll");
  REQUIRE(ada != piet);
  CHECK(entity_of(r, t, "He") == piet);
  // The last "She" comes after "He": it still means the senator.
  const std::size_t last_she = t.rfind("She");
  bool found = false;
  for (const auto& a : r.annotations)
    if (a.layer == Layer::kSource && a.span.begin == last_she) {
      found = true;
      CHECK(a.entity == ada);
    }
  CHECK(found);
}

TEST_CASE("a nationality's officials speak for the country; a statement for its organisation", "[coref]") {
  const std::string t = "Tehran denied the report. Iranian officials said the ships were empty. "
                        "The Calder Shipping Group said its crews were safe. The statement said the route was open.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Iranian officials") == entity_of(r, t, "Tehran"));
  CHECK(entity_of(r, t, "The statement") == entity_of(r, t, "The Calder Shipping Group"));
}

TEST_CASE("an indefinite phrase is someone new", "[coref]") {
  const std::string t = "A senior Varlan official said the talks had failed. A Tessian foreign ministry "
                        "official said the talks would go on.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "A Tessian foreign ministry official") != entity_of(r, t, "A senior Varlan official"));
}

TEST_CASE("a body named with its country's possessive is a body of its own", "[coref]") {
  const std::string t = "Tarvia said the wheat was sold at cost. Tarvia's farm ministry said no subsidy was "
                        "paid. The ministry said the figures were wrong. The ministry's note said the harvest was large.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const std::string ministry = entity_of(r, t, "Tarvia's farm ministry");
  CHECK(ministry != entity_of(r, t, "Tarvia"));
  CHECK(entity_of(r, t, "The ministry") == ministry);
  // A text speaks for whoever issued it.
  CHECK(entity_of(r, t, "The ministry's note") == ministry);
}

TEST_CASE("'one of them' is one of the latest group", "[coref]") {
  const std::string t = "Two people familiar with the talks said the deal was close. One of them said a "
                        "signing was planned for June.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "One of them") == entity_of(r, t, "Two people familiar with the talks"));
}

TEST_CASE("a headline's role is the person the story names with it", "[coref]") {
  const std::string t = "Mayor denies steering contracts to relatives\n\n"
                        "Mayor Lucia Serrano said on Monday that she had never approved the contracts.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Mayor") == entity_of(r, t, "Mayor Lucia Serrano"));
}

TEST_CASE("a headline's lone surname is the person the story names in full", "[coref]") {
  const std::string t = "Okafor denies taking bribes from shipping agents\n\n"
                        "Chidi Okafor, the port director, said on Monday that he had never taken money from "
                        "an agent. Customs officers said the inquiry would take a year.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Okafor") == entity_of(r, t, "Chidi Okafor, the port director"));
  CHECK(entity_of(r, t, "Okafor") != entity_of(r, t, "Customs officers"));
}

TEST_CASE("'the company' after a bare company name, 'the newspaper' after an appositive", "[coref]") {
  const std::string t = "Corvane said the syrup was safe. The company said it had shared every report. "
                        "According to the Harbour Courant, a weekly newspaper, the trial was short. "
                        "The newspaper said it stood by its story.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "The company") == entity_of(r, t, "Corvane"));
  CHECK(entity_of(r, t, "The newspaper") == entity_of(r, t, "the Harbour Courant, a weekly newspaper"));
}

TEST_CASE("no pronoun of the story means the reporter of its byline", "[coref]") {
  const std::string t = "Candidate alleges tampering\n\nBy Tomas Wendel\n\n"
                        "The opposition candidate said on Sunday that ballots had been moved at night. "
                        "She said she would go to court.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "She") != entity_of(r, t, "Tomas Wendel"));
}

TEST_CASE("a capital is not the ministry located in it; it is the government in it", "[coref]") {
  const std::string t = "The interior ministry in Kestrel said the blast was staged. Kestrel denied any role. "
                        "The government in Marsk said the ship was seized legally. Marsk said it would appeal.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "Kestrel") != entity_of(r, t, "The interior ministry in Kestrel"));
  CHECK(entity_of(r, t, "Marsk") == entity_of(r, t, "The government in Marsk"));
}

TEST_CASE("descriptions: modifiers must fit, a name's last word, 'the group', a spokesperson's role", "[coref]") {
  const std::string t =
      "The transport ministry said the line would reopen. The health ministry said no one was hurt. "
      "The transport ministry added that repairs had begun. "
      "The Valden Observer reported that the trains were old. The Observer said it had seen the logs. "
      "The Rail Users' Federation said fares were too high. Mira Ost, a company spokeswoman, said fares "
      "would fall. The group said it doubted that.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  REQUIRE(entity_of(r, t, "The health ministry") != "<none>");
  REQUIRE(entity_of(r, t, "Mira Ost, a company spokeswoman") != "<none>");
  REQUIRE(entity_of(r, t, "The group") != "<none>");
  CHECK(entity_of(r, t, "The health ministry") != entity_of(r, t, "The transport ministry"));
  CHECK(entity_of(r, t, "The Observer") == entity_of(r, t, "The Valden Observer"));
  CHECK(entity_of(r, t, "The group") == entity_of(r, t, "The Rail Users' Federation"));
  CHECK(entity_of(r, t, "The group") != entity_of(r, t, "Mira Ost, a company spokeswoman"));
}

TEST_CASE("a first name that tells a gender keeps 'she' from a man named later", "[coref]") {
  const std::string t = "Maria Olsen, who led the study, said the results were clear. "
                        "Tobias Brandt, the agency's chief medical officer, said the study was flawed. "
                        "She said she stood by every figure.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(entity_of(r, t, "She") == "Maria Olsen");
}
