// Denials: verbs, predicates, negated answers, and denials that wrap a claim.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

TEST_CASE("deny that P: the denial span is the cue with its clause", "[denials]") {
  const std::string t = "The bakery denied that it had used spoiled flour.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denied that it had used spoiled flour");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The bakery"));
  CHECK(count(r, Layer::kClaim) == 0);
}

TEST_CASE("dismissed the reports as fabricated", "[denials]") {
  const std::string t = "The navy dismissed the reports as fabricated.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "dismissed the reports as fabricated");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The navy"));
}

TEST_CASE("calling something baseless is a denial", "[denials]") {
  const std::string t = "The club called the charges \xE2\x80\x9C" "baseless\xE2\x80\x9D and stressed that it "
                        "follows the rules.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "called the charges \xE2\x80\x9C" "baseless\xE2\x80\x9D");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The club"));
  const int c = find(r, t, Layer::kClaim, "it follows the rules");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "The club"));
}

TEST_CASE("a denial wrapping a claim yields both, each with its own source", "[denials]") {
  const std::string t = "The studio dismissed assertions by Hal Brenner that it had copied his script.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial,
                     "dismissed assertions by Hal Brenner that it had copied his script");
  const int c = find(r, t, Layer::kClaim, "it had copied his script");
  REQUIRE(d >= 0);
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, d, "The studio"));
  CHECK(has_source(r, t, c, "Hal Brenner"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a claim that X denied: the denial rejects the claim before it", "[denials]") {
  const std::string t = "Rivals accused the firm of dumping waste\xE2\x80\x94" "a claim that the firm has "
                        "repeatedly denied.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the firm of dumping waste");
  REQUIRE(c >= 0);
  int d = -1;
  for (std::size_t i = 0; i < r.annotations.size(); ++i)
    if (r.annotations[i].layer == Layer::kDenial) d = static_cast<int>(i);
  REQUIRE(d >= 0);
  CHECK(covered(t, r.annotations[d].span).find("denied") != std::string::npos);
  CHECK(has_source(r, t, d, "the firm"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a content calling something false is a denial; a plain one a claim", "[denials]") {
  const std::string t = "Officials said the leaked figures were exaggerated. Officials said the figures were final.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "the leaked figures were exaggerated") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the figures were final") >= 0);
}

TEST_CASE("'is not the case' after a relative cue", "[denials]") {
  const std::string t = "They say the merger hurt workers, which the owners insist is not the case.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "is not the case");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "the owners"));
  CHECK(find(r, t, Layer::kClaim, "the merger hurt workers") >= 0);
}

TEST_CASE("a negated statement answering an accusation is a denial", "[denials]") {
  const std::string t = "Neighbours accused the factory of dumping oil into the river. "
                        "\xE2\x80\x9CWe have never dumped oil into any river,\xE2\x80\x9D the manager said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the factory of dumping oil into the river");
  const int d = find(r, t, Layer::kDenial,
                     "\xE2\x80\x9CWe have never dumped oil into any river,\xE2\x80\x9D");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "the manager"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("one cue, two contents: a claim then a denial", "[denials]") {
  const std::string t = "Rivals accused the mill of selling rotten grain. "
                        "The owners said the mill is sound and that they had not sold rotten grain.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "the mill is sound") >= 0);
  const int d = find(r, t, Layer::kDenial, "they had not sold rotten grain");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The owners"));
}

TEST_CASE("criticism without saying it is false stays out of the denial layer", "[denials]") {
  const std::string t = "The union criticized the ruling as part of a smear campaign.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
}

TEST_CASE("calling something a lie, and 'no truth' in a quotation", "[denials]") {
  const std::string t = "Rivals accused the port of hiding losses. The port authority called the "
                        "accusations a lie. \xE2\x80\x9CThere is no truth to this,\xE2\x80\x9D its chief said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d1 = find(r, t, Layer::kDenial, "called the accusations a lie");
  REQUIRE(d1 >= 0);
  CHECK(has_source(r, t, d1, "The port authority"));
  CHECK(find(r, t, Layer::kDenial, "\xE2\x80\x9CThere is no truth to this,\xE2\x80\x9D") >= 0);
}

TEST_CASE("a negated content of a source that denies in the same sentence", "[denials]") {
  const std::string t = "The bank rejected reports that it had moved the gold, saying it had never "
                        "touched the vaults.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "it had never touched the vaults");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The bank"));
  const int wrap = find(r, t, Layer::kDenial, "rejected reports that it had moved the gold");
  REQUIRE(wrap >= 0);
  CHECK(find(r, t, Layer::kClaim, "it had moved the gold") >= 0);
}

TEST_CASE("a participle denial inherits the subject, not a source named with 'by'", "[denials]") {
  const std::string t = "Oslo rejected claims by Bern that Norwegian banks hid the funds, calling them "
                        "\xE2\x80\x9Cgroundless smears.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "calling them \xE2\x80\x9Cgroundless smears.\xE2\x80\x9D");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "Oslo"));
  CHECK_FALSE(has_source(r, t, d, "Bern"));
}

TEST_CASE("phrasal denial verbs and newer denial predicates", "[denials]") {
  const std::string t = "The embassy brushed aside claims that it had funded the protests. "
                        "Officials denounced the report as disinformation.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d1 = find(r, t, Layer::kDenial, "brushed aside claims that it had funded the protests");
  REQUIRE(d1 >= 0);
  CHECK(has_source(r, t, d1, "The embassy"));
  const int c = find(r, t, Layer::kClaim, "it had funded the protests");
  REQUIRE(c >= 0);
  CHECK(r.annotations[c].sources.empty());  // nobody is named as its source
  CHECK(find(r, t, Layer::kDenial, "denounced the report as disinformation") >= 0);
}

TEST_CASE("'never' after an accusation by someone else is a denial", "[denials]") {
  const std::string t = "Rebels accused the army of arming the militia. "
                        "\xE2\x80\x9CWe never sold them a single rifle,\xE2\x80\x9D the spokesman said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the army of arming the militia");
  const int d = find(r, t, Layer::kDenial, "\xE2\x80\x9CWe never sold them a single rifle,\xE2\x80\x9D");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "the spokesman"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
  // Without an accusation before it, the same sentence is a plain claim.
  const std::string alone = "\xE2\x80\x9CWe never sold them a single rifle,\xE2\x80\x9D the spokesman said.";
  const auto r2 = claimlens::annotate(alone);
  CHECK(count(r2, Layer::kDenial) == 0);
  CHECK(count(r2, Layer::kClaim) == 1);
}

TEST_CASE("a negated headline answers an accusation made further down", "[denials]") {
  const std::string t =
      "Orlan says it has not sold drones to the rebels\n\n"
      "Two rights groups accused Orlan on Friday of selling armed drones to the rebels in the north.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "it has not sold drones to the rebels");
  REQUIRE(d >= 0);
  const int c = find(r, t, Layer::kClaim, "Orlan on Friday of selling armed drones to the rebels in the north");
  REQUIRE(c >= 0);
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
  // A negated statement in the body, with nothing later that it answers, stays a claim.
  const std::string u = "Talks resume\n\nThe mayor said the ferry has not run since May. Fares rose.";
  const auto q = claimlens::annotate(u);
  INFO(dump(q, u));
  CHECK(find(q, u, Layer::kClaim, "the ferry has not run since May") >= 0);
}

TEST_CASE("a speaker's negated words after their own claim stay a claim", "[denials]") {
  // Shares words with the earlier claim, but the speaker is the same entity: no answer.
  const std::string t = "Mayor Ilse Darrow said the ferry to the island would stop running in June. "
                        "\xE2\x80\x9CThe ferry to the island will not stop running before the bridge opens,"
                        "\xE2\x80\x9D Darrow added.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(find(r, t, Layer::kClaim, "the ferry to the island would stop running in June") >= 0);
}

TEST_CASE("a negation deep in a long quotation does not make it a denial", "[denials]") {
  // The quotation's first sentence asserts; its "not" comes later, as part of an argument.
  const std::string t = "Critics said the council wasted money on the harbour wall. "
                        "\xE2\x80\x9CThe harbour wall is our history,\xE2\x80\x9D the mayor said. "
                        "\xE2\x80\x9CWithout the wall we would not have a harbour at all.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  const int c = find(r, t, Layer::kClaim, "the council wasted money on the harbour wall");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Critics"));
}

TEST_CASE("a negated answer by another speaker still denies the claim", "[denials]") {
  const std::string t = "Critics said the council wasted money on the harbour wall. "
                        "\xE2\x80\x9CThe council has not wasted money on the harbour wall,\xE2\x80\x9D the mayor said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the council wasted money on the harbour wall");
  const int d = find(r, t, Layer::kDenial,
                     "\xE2\x80\x9CThe council has not wasted money on the harbour wall,\xE2\x80\x9D");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a denial wraps a claim whose possessor is plural: the nurses’ claim that P", "[denials]") {
  for (const std::string& apostrophe : {std::string("\xE2\x80\x99"), std::string("'")}) {
    const std::string t = "The hospital rejected the nurses" + apostrophe + " claim that the ward was unsafe.";
    const auto r = claimlens::annotate(t);
    INFO(dump(r, t));
    const int c = find(r, t, Layer::kClaim, "the ward was unsafe");
    REQUIRE(c >= 0);
    CHECK(has_source(r, t, c, "the nurses"));
    const int d = find(r, t, Layer::kDenial, "rejected the nurses" + apostrophe + " claim that the ward was unsafe");
    REQUIRE(d >= 0);
    CHECK(has_source(r, t, d, "The hospital"));
    REQUIRE(r.annotations[d].denies.size() == 1);
    CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
  }
}

TEST_CASE("a quotation continued after its cue: a rejecting first part is the denial, the rest a claim", "[denials]") {
  const std::string t = "Rivals accused the mill of selling rotten grain to the army. "
                        "\xE2\x80\x9CWe have never sold rotten grain to the army,\xE2\x80\x9D the owner said on Monday. "
                        "\xE2\x80\x9CWe sell the best flour in the valley.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "the mill of selling rotten grain to the army");
  const int d = find(r, t, Layer::kDenial, "\xE2\x80\x9CWe have never sold rotten grain to the army,\xE2\x80\x9D");
  const int rest = find(r, t, Layer::kClaim, "\xE2\x80\x9CWe sell the best flour in the valley.\xE2\x80\x9D");
  REQUIRE(c >= 0);
  REQUIRE(d >= 0);
  REQUIRE(rest >= 0);
  CHECK(has_source(r, t, d, "the owner"));
  CHECK(has_source(r, t, rest, "the owner"));
  REQUIRE(r.annotations[d].denies.size() == 1);
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a quotation continued after its cue stays one claim when nothing in it rejects", "[denials]") {
  const std::string t = "\xE2\x80\x9CThe mill sells good flour,\xE2\x80\x9D the owner said on Monday. "
                        "\xE2\x80\x9CWe are proud of it.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kClaim) == 1);
  CHECK(count(r, Layer::kDenial) == 0);
}

TEST_CASE("calling a reported claim false wraps the claim, which ends before the verdict", "[denials]") {
  const std::string t = "The brewery called the inspectors\xE2\x80\x99 allegation that it had diluted its beer "
                        "\xE2\x80\x9C" "false and insulting.\xE2\x80\x9D";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim, "it had diluted its beer");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "the inspectors"));
  const int d = find(r, t, Layer::kDenial, t.substr(t.find("called"), t.size() - t.find("called")));
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The brewery"));
  REQUIRE(!r.annotations[d].denies.empty());
  CHECK(r.annotations[d].denies[0] == static_cast<std::uint32_t>(c));
}

TEST_CASE("a wrapped claim with no source of its own restates an earlier claim", "[denials]") {
  const std::string t = "Inspectors said the brewery had diluted its beer. "
                        "The brewery rejected the allegation that it had diluted its beer.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int first = find(r, t, Layer::kClaim, "the brewery had diluted its beer");
  const int inner = find(r, t, Layer::kClaim, "it had diluted its beer");
  const int d = find(r, t, Layer::kDenial, "rejected the allegation that it had diluted its beer");
  REQUIRE(first >= 0);
  REQUIRE(inner >= 0);
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, inner, "Inspectors"));
  const auto& denies = r.annotations[d].denies;
  CHECK(std::find(denies.begin(), denies.end(), static_cast<std::uint32_t>(first)) != denies.end());
  CHECK(std::find(denies.begin(), denies.end(), static_cast<std::uint32_t>(inner)) != denies.end());
}

TEST_CASE("an accusation of lying stays an accusation; 'and accusing' starts another", "[denials]") {
  const std::string t = "The mayor called the audit \xE2\x80\x9C" "false\xE2\x80\x9D and accusing her rivals of "
                        "smearing her. Rivals accused the mayor of misleading voters.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "called the audit \xE2\x80\x9C" "false\xE2\x80\x9D") >= 0);
  CHECK(find(r, t, Layer::kClaim, "her rivals of smearing her") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the mayor of misleading voters") >= 0);
  CHECK(count(r, Layer::kDenial) == 1);
}

TEST_CASE("'when' after a preposition belongs to what a denial rejects", "[denials]") {
  const std::string t = "The mayor disputed the paper's account of when the payment was made. "
                        "The firm denied the claims after a long meeting.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "disputed the paper's account of when the payment was made") >= 0);
  CHECK(find(r, t, Layer::kDenial, "denied the claims") >= 0);
}

TEST_CASE("a negated fact told by a record is no denial", "[denials]") {
  const std::string t = "Rivals said the senator had declared no link to the charity at the meetings. "
                        "According to council records, the senator had not declared the link to the charity at "
                        "the meetings.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(find(r, t, Layer::kClaim, "the senator had not declared the link to the charity at the meetings") >= 0);
}

TEST_CASE("'There is no X' answering a claim about X is a denial", "[denials]") {
  const std::string t = "The union said it had seen a memo listing the clinics. "
                        "\"There is no memo and there is no list,\" the minister said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "\"There is no memo and there is no list,\"") >= 0);
}

TEST_CASE("a participle after an object's possessor goes with the sentence's subject", "[denials]") {
  const std::string t = "The minister refuted the opposition leader's accusation that her ministry would close "
                        "three clinics, telling reporters that no such plan existed.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "no such plan existed");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "The minister"));
}

TEST_CASE("a negated happening called alleged is a denial; a fact about an alleged person is not", "[denials]") {
  const std::string t = "A spokesman said the alleged dumping \"does not happen and could not happen.\" "
                        "The memo's alleged author, a consultant, did not reply to a request for comment, a clerk said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "the alleged dumping \"does not happen and could not happen.\"") >= 0);
  CHECK(count(r, Layer::kDenial) == 1);
}

TEST_CASE("what someone will not do, or has not done yet, is no denial", "[denials]") {
  const std::string t = "Opposition MPs accused the ministry of ignoring the study and hiding the camera logs. "
                        "The minister cautioned that the government would not act on the strength of a single study. "
                        "A party official said the party had not yet obtained the camera logs.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(find(r, t, Layer::kClaim, "the government would not act on the strength of a single study") >= 0);
}

TEST_CASE("a negation in a relative clause, after 'but' or before 'to' answers no one", "[denials]") {
  const std::string t =
      "The union accused the dairy of selling milk that had gone sour and of hiding the lab reports. "
      "A dairy spokesman said the lab reports concerned a batch that never left the plant. "
      "An inspector said the agency had examined the dairy's lab reports but had not found any sour milk. "
      "The health board urged shoppers not to throw away milk sold by the dairy.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 0);
  CHECK(find(r, t, Layer::kClaim, "the lab reports concerned a batch that never left the plant") >= 0);
  CHECK(find(r, t, Layer::kClaim,
             "the agency had examined the dairy's lab reports but had not found any sour milk") >= 0);
}

TEST_CASE("calling something a forgery or unsupported, or saying nothing is wrong with it, denies", "[denials]") {
  const std::string t =
      "The tenants' union said the landlord had forged the safety certificate for the boilers. "
      "The landlord called the union's copy of the certificate “a forgery” and its account "
      "“unsupported by any inspection”. "
      "“There is nothing wrong with the boilers,” said the landlord's agent.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 2);
  CHECK(find(r, t, Layer::kDenial,
             "called the union's copy of the certificate “a forgery” and its account “unsupported by any inspection”") >= 0);
  CHECK(find(r, t, Layer::kDenial, "“There is nothing wrong with the boilers,”") >= 0);
}

TEST_CASE("'nothing to' stays negated: only 'not to' and 'never to' are infinitives", "[denials]") {
  const std::string t = "The union accused the mill of dumping waste in the river at night. "
                        "“There was no waste dumped in the river,” the mill's manager said. "
                        "“There was nothing to dump.”";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(count(r, Layer::kDenial) == 1);
  CHECK(count(r, Layer::kClaim) == 1);
  CHECK(find(r, t, Layer::kDenial,
             "“There was no waste dumped in the river,” the mill's manager said. “There was nothing to dump.”") >= 0);
}

TEST_CASE("'pleaded not guilty' denies; 'no such' and 'had no role' negate an answer; 'not supported by' rejects",
          "[denials]") {
  const std::string t =
      "Prosecutors accused Ana Kell of ordering the clerks to destroy the tender files. "
      "Kell has pleaded not guilty to fraud. "
      "Her lawyer said she had given no such order to the clerks and had no role in the tender files. "
      "The defence said the prosecutors' account was “not supported by the files themselves.”";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "pleaded not guilty to fraud") >= 0);
  CHECK(find(r, t, Layer::kDenial, "she had given no such order to the clerks and had no role in the tender files") >= 0);
  CHECK(find(r, t, Layer::kDenial, "the prosecutors' account was “not supported by the files themselves.”") >= 0);
}

TEST_CASE("a headline's chained verbs: 'X blames A for B, rejects C' gives the accusation and the denial", "[denials]") {
  const std::string t = "Port authority blames smugglers for outage, rejects union's safety claims\n\n"
                        "The port authority said on Monday that smugglers had cut the cables.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "smugglers for outage") >= 0);
  const int d = find(r, t, Layer::kDenial, "rejects union's safety claims");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "Port authority"));
}

TEST_CASE("'as' opening a clause ends a headline's denial; 'as' with a verdict stays in it", "[denials]") {
  const std::string t = "Dockside Ltd denies safety claims as shares slide\n\n"
                        "Mayor calls audit “a fabrication” as Harwick council splits\n\n"
                        "Ministry dismisses reports as Kremlin propaganda\n\n"
                        "Union rejects figures as lies spread by managers\n\n"
                        "The firm dismissed the union's account as baseless.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "denies safety claims") >= 0);
  CHECK(find(r, t, Layer::kDenial, "calls audit “a fabrication”") >= 0);
  CHECK(find(r, t, Layer::kDenial, "dismisses reports as Kremlin propaganda") >= 0);
  CHECK(find(r, t, Layer::kDenial, "rejects figures as lies spread by managers") >= 0);
  CHECK(find(r, t, Layer::kDenial, "dismissed the union's account as baseless") >= 0);
}

TEST_CASE("guards of this session's rules: chained verbs and 'as' clauses only in headlines; 'that' before "
          "a subject, 'had no comment' and a closed aside keep a denial's negation",
          "[denials]") {
  const std::string t =
      "The council accused the mill of dumping dye in the river at night. "
      "Prosecutors say the mill's owner, Ivo Renk, denies the charges. "
      "The mill said it is clear that it did not dump any dye. "
      "“The report, which came out on Friday, is not accurate about the dye,” the mill's lawyer said. "
      "The chain offers coupons, discounts and delivery, its manager said. "
      "A mill spokesman had no comment on the dye in the river.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  const int d = find(r, t, Layer::kDenial, "denies the charges");
  REQUIRE(d >= 0);
  CHECK(has_source(r, t, d, "the mill's owner, Ivo Renk"));
  CHECK(!has_source(r, t, d, "Prosecutors"));
  CHECK(find(r, t, Layer::kDenial, "it is clear that it did not dump any dye") >= 0);
  CHECK(find(r, t, Layer::kDenial,
             "“The report, which came out on Friday, is not accurate about the dye,”") >= 0);
  CHECK(find(r, t, Layer::kClaim, "The chain offers coupons, discounts and delivery") >= 0);
  CHECK(count(r, Layer::kDenial) == 3);
}

TEST_CASE("'simply wrong', 'is lying', 'a distortion' reject; a negation after 'but' with its own subject counts; "
          "a headline's 'as' clause with a singular subject ends the denial",
          "[denials]") {
  const std::string t =
      "Port denies dumping claims as regulator opens inquiry\n\n"
      "A fishermen's group said the port had dumped dredged mud in the bay at night. "
      "“That is simply wrong,” scoffed the port's lawyer. "
      "“Anyone who says we dumped mud in the bay is lying,” the harbour master said. "
      "The port called the group's mud figures “a distortion”. "
      "“The barges were out that night, but I never saw them dump any mud in the bay,” a port pilot said.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kDenial, "denies dumping claims") >= 0);
  CHECK(find(r, t, Layer::kDenial, "“That is simply wrong,”") >= 0);
  CHECK(find(r, t, Layer::kDenial, "“Anyone who says we dumped mud in the bay is lying,”") >= 0);
  CHECK(find(r, t, Layer::kDenial, "called the group's mud figures “a distortion”") >= 0);
  CHECK(find(r, t, Layer::kDenial,
             "“The barges were out that night, but I never saw them dump any mud in the bay,”") >= 0);
}
