// The embedded lexicons parse into lookups with the right classes.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon.h"

using namespace claimlens;

TEST_CASE("reporting verbs carry their class and frames", "[lexicon]") {
  const Lexicon& lex = lexicon();
  const WordInfo* said = lex.find("said");
  REQUIRE(said != nullptr);
  CHECK((said->flags & kVerbCue) != 0);
  CHECK(said->verb_class == CueClass::kAssert);
  const WordInfo* told = lex.find("Told");  // any ASCII case
  REQUIRE(told != nullptr);
  CHECK((told->flags & kVerbTell) != 0);
  REQUIRE(lex.find("dismissed") != nullptr);
  CHECK(lex.find("dismissed")->verb_class == CueClass::kDeny);
  REQUIRE(lex.find("accused") != nullptr);
  CHECK(lex.find("accused")->verb_class == CueClass::kAccuse);
  REQUIRE(lex.find("announced") != nullptr);
  CHECK((lex.find("announced")->flags & kVerbNeedsThat) != 0);
  CHECK(lex.find("banana") == nullptr);
}

TEST_CASE("nouns, denial predicates, hedges, titles and pronouns", "[lexicon]") {
  const Lexicon& lex = lexicon();
  REQUIRE(lex.find("allegations") != nullptr);
  CHECK((lex.find("allegations")->flags & kNounCue) != 0);
  CHECK((lex.find("baseless")->flags & kDenialWord) != 0);
  CHECK((lex.find("reportedly")->flags & kHedge) != 0);
  CHECK((lex.find("spokeswoman")->flags & kTitle) != 0);
  CHECK((lex.find("former")->flags & kTitleMod) != 0);
  REQUIRE(lex.find("she") != nullptr);
  CHECK(lex.find("she")->pronoun == PronounClass::kPerson);
  CHECK(lex.find("it")->pronoun == PronounClass::kThing);
  CHECK(lex.find("officials")->source_class == SourceNounClass::kGroup);
  CHECK(lex.find("kremlin")->source_class == SourceNounClass::kOrg);
}

TEST_CASE("multi-word entries become phrases on their first word", "[lexicon]") {
  const Lexicon& lex = lexicon();
  const WordInfo* nt = lex.find("not");
  REQUIRE(nt != nullptr);
  REQUIRE((nt->flags & kPhraseStart) != 0);
  bool found = false;
  for (auto p : nt->phrases) {
    const Phrase& ph = lex.phrases()[p];
    if (ph.kind == Phrase::kDenial && ph.words.size() == 3 && ph.words[2] == "case") found = true;
  }
  CHECK(found);
  const WordInfo* pointed = lex.find("pointed");
  REQUIRE(pointed != nullptr);
  CHECK((pointed->flags & kPhraseStart) != 0);
}

TEST_CASE("the lexicon is built once and shared", "[lexicon]") {
  CHECK(&lexicon() == &lexicon());
  CHECK(lexicon().find(std::string(60, 'a')) == nullptr);
}
