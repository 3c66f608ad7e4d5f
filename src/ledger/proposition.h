// proposition.h — what a claim or denial says, reduced to comparable features.
// Internal to src/ledger.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"

namespace claimlens::ledger {

struct Proposition {
  std::string text;                  // the statement without its cue and hedges, for labels
  std::vector<std::string> features; // sorted, unique: "~concept", lemma, or "@name"
  std::vector<std::string> hedges;   // hedge annotations on the statement, as written
  bool negated = false;              // a negation word in the content
  bool refers = false;               // points at another statement ("the allegations")
  int content_words = 0;             // words that say something, names excluded
  bool accused = false;              // its cue presents it as an accusation ("accused", "allegations")
};

// Reads annotation `index` (a claim or denial) of `annotations` over `text`.
Proposition read_proposition(std::string_view text, const std::vector<Annotation>& annotations, std::size_t index);

// True when the statement says too little of its own to be compared ("rejected the
// allegations", "denied the drone claims"): it is placed by what it answers instead.
bool answers_another(const Proposition& p);

// Name feature of a capitalised word: lower case, with a demonym ending removed so a place
// and its adjective meet ("Velmora", "Velmoran" -> "@velmor"). Exposed for tests.
std::string name_feature(std::string_view word);

}  // namespace claimlens::ledger
