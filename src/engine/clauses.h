// clauses.h — where an attribution content ends.
//
// A content runs from its first token to the end of its clause: the end of the sentence,
// or earlier at a semicolon, at a dash that opens an aside ("— a claim ..."), at a comma
// that opens an aside about the content (", a claim echoed by ...", ", which ...",
// ", forcing ...", ", as ...", ", but ..."), a participle cue (", saying ..."), a new
// attribution (", and most voters said ..."), a second verb of the same subject ("and
// stressed ..."), or "according to"; and, with `stop_at_comma`, at any comma. A
// content that opens with a quotation mark runs to its closing mark, across sentences
// of the paragraph. "P and that Q" ends the first content before "and" and reports Q's
// start. A clause (one with a verb) keeps a subordinate or contrasting clause after a comma
// (", but Q", ", while Q", ", because Q") unless it carries its own cue; an object phrase
// ("called for a review, even as ...") ends at the comma. An aside between a clause's
// subject and its verb ("the pier, which X approved, would fail") is skipped. Scans at
// most kMaxClauseTokens tokens.
#pragma once

#include "findings.h"

namespace claimlens {

inline constexpr std::uint32_t kMaxClauseTokens = 400;

struct ClauseEnd {
  std::uint32_t end = 0;         // exclusive token end, trailing punctuation removed
  std::uint32_t next = kNone;    // start of a coordinated content ("and that Q"), or kNone
};

ClauseEnd clause_end(const Document& d, std::uint32_t start, std::uint32_t limit,
                     bool stop_at_comma);

// Drops trailing punctuation (not a closing quote that matches an opening one in range).
std::uint32_t trim_end(const Document& d, std::uint32_t start, std::uint32_t end);

// True if token i is an -ing form of a reporting verb ("saying", "adding").
bool participle_cue(const Document& d, std::uint32_t i);

// True if token i, a bare stance form ("support", "pledge"), is a noun: it follows no subject
// (a pronoun or a plural), auxiliary, negation, adverb, relative pronoun or quantifier
// ("strong support", "38 percent support", "her pledge"; not "they support", "would
// support", "most oppose"). `tb` is where the clause begins (a sentence or a content): a
// stance word there is a verb.
bool stance_noun(const Document& d, std::uint32_t i, std::uint32_t tb);

// True if token j is a finite verb or an auxiliary ("was", "would", "showed").
bool finite_verb(const Document& d, std::uint32_t j);

// True if the sentence holding token i is a headline: it ends without a full stop, question
// or exclamation mark and is alone in its paragraph ("Port denies dumping as talks stall").
bool in_headline(const Document& d, std::uint32_t i);

// True if token a, right after a comma in a headline, is a present verb that denies or
// accuses and starts a second predicate of the same subject ("X blames A, rejects B").
bool chained_headline_verb(const Document& d, std::uint32_t a);

}  // namespace claimlens
