// np.h — noun-phrase chunking for sources, without a part-of-speech tagger.
//
// A source noun phrase is a run of words that are not closed-class stoppers ("that",
// "is", "said" ...), with "of/for/in/at/from" allowed between a capitalised word or role
// noun and what follows ("Secretary of State", "spokeswoman for the ministry"), "and"
// allowed between names, a short parenthetical ("(D-Conn.)") and, to the right, an
// appositive (", a spokeswoman for the ministry"). A pronoun is a phrase on its own.
// All functions stay inside [floor, limit) and look at no more than kMaxNpTokens tokens
// (plus kMaxAppositive for an appositive), so they are O(1) per call.
#pragma once

#include "findings.h"

namespace claimlens {

inline constexpr std::uint32_t kMaxNpTokens = 12;
inline constexpr std::uint32_t kMaxAppositive = 40;

// The noun phrase ending at token `last` (inclusive), reaching no further left than
// `floor`. Empty if `last` cannot end a source phrase.
TokRange np_left(const Document& d, std::uint32_t last, std::uint32_t floor);

// The noun phrase starting at `first`, ending before `limit`; with `appositive`, a
// following ", a/the ... ," appositive is included.
TokRange np_right(const Document& d, std::uint32_t first, std::uint32_t limit, bool appositive);

// True if the phrase is plausibly a speaker: it holds a capitalised word, a pronoun, a
// role or source noun, or ends in a plural-looking noun.
bool plausible_source(const Document& d, TokRange r);

// True if token i is "the", "a" or "an".
inline bool is_article(const Document& d, std::uint32_t i) {
  return d.is(i, "the") || d.is(i, "a") || d.is(i, "an");
}

// Word is an adverb that may sit between subject and verb ("firmly", "also").
bool is_adverb(const Document& d, std::uint32_t i);

// Word is a form of "be" (is, was, were, are, be, been, being).
bool be_form(const Document& d, std::uint32_t i);

// Token i is a subject pronoun: "he", "she", "they", "we", "I".
bool subject_pronoun(const Document& d, std::uint32_t i);

// Token i is a possessive pronoun ("his", "her", "its", "their", "our", "my"): the class
// of its owner, or kNone. "her" may also be an object; callers know the position.
PronounClass possessive_pronoun(const Document& d, std::uint32_t i);

// Token i is a pronoun with a contracted auxiliary ("she's", "they're", "we've", "I'd"):
// the pronoun's class, or kNone. Its stem (before the apostrophe) in *stem when given.
PronounClass contracted_pronoun(const Document& d, std::uint32_t i, std::string_view* stem = nullptr);

// Word ends with a possessive "’s" / "'s" / "s’".
bool is_possessive(const Document& d, std::uint32_t i);

// A number, in digits or words ("12", "two", "dozens", "half", "a"): counts something.
bool number_word(const Document& d, std::uint32_t i);

// A word that takes a share of a group before "of": "some", "each", "two", "12".
bool share_word(const Document& d, std::uint32_t i);

// Token k closes a share of a group named before: "one of them", "two of us", "several of
// those" (k is "them"/"us"/"those", the share word at k - 2, no further left than floor).
bool share_of_group(const Document& d, std::uint32_t k, std::uint32_t floor);

// The word without a possessive ending: "Tehran’s" -> "Tehran", "unions'" -> "unions".
std::string_view strip_possessive(std::string_view w);

// The head of phrase r: its last word before the first preposition after its first word
// ("researchers at the university" -> "researchers"); with `participle_ends`, a lower-case
// "-ed" word ends the head's part too ("records reviewed by the Gazette" -> "records").
std::uint32_t phrase_head(const Document& d, TokRange r, bool participle_ends = false);

// Token j is a lone apostrophe closing a plural possessive: "Sanders’ aides", "the states' governors".
bool possessive_apostrophe(const Document& d, std::uint32_t j);

}  // namespace claimlens
