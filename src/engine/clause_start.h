// clause_start.h — where a reported clause can open after a cue and its adjuncts.
//
// Reporting verbs often take their content without "that" after a prepositional or time
// phrase ("said in a statement Friday they removed it"), or open it with an approximate
// quantity that looks like a topic preposition ("said about a third of the funds went
// ..."). These tests look at a bounded number of tokens (np_right's kMaxNpTokens).
#pragma once

#include "findings.h"

namespace claimlens {

// True if a clause with its own subject opens at token r (before `limit`): a subject
// pronoun followed by a word that is no preposition, "it"/"there" followed by a finite
// verb, or a noun phrase (determiner, name or number first) whose next word is a finite verb.
bool clause_opens(const Document& d, std::uint32_t r, std::uint32_t limit);

// True if token k opens an approximate quantity: "about a third", "around 40", "over half",
// "nearly two dozen" — a quantity, not a preposition with its object.
bool approximate_quantity(const Document& d, std::uint32_t k, std::uint32_t limit);

// True if token i is "it's", "that's", "there's", "what's" or "here's": a pronoun with
// "is" (or "has"), never a possessive.
bool be_contraction(const Document& d, std::uint32_t i);

// True if token i is a subject pronoun with a contracted auxiliary: "she'll", "he's",
// "they're", "we've", "I'm", "he'd" — a clause opens there.
bool pronoun_contraction(const Document& d, std::uint32_t i);

}  // namespace claimlens
