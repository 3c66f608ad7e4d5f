// cue_rules.h — the attribution rules: reporting cues and their contents (internal).
//
//   verb cues     "X said (that) P", "P, X said", "“P,” said X", "X told Y P",
//                 "X accused Y of P", "X called P baseless", "X denied P", ", adding P",
//                 "X was asked whether P", "P was opposed by X", "a plan that X said would P"
//   noun cues     "the claim (by X) that P", "X’s stance that P", "assertions made by X
//                 alleging that P", ", a claim echoed by X"
//   phrases       "according to X, P", "P, according to X", "from X’s perspective, P",
//                 "cited by X", bylines ("By Jane Smith"), outlet lines ("(Daily Courier)")
//
// CueRules::run() (cues.cpp) visits every token once, in text order, and calls the rule for
// the cue found there. Every rule looks at a bounded window around its cue, so the pass is
// linear. Findings go through ctx (rules.h), which deduplicates them. The members are
// defined across files, one concern each:
//   cues.cpp            the pass, and the source of a subject
//   cue_contents.cpp    contents and where they end (after or before the cue), quotation runs
//   noun_cues.cpp       reporting nouns
//   passive_cues.cpp    passive cues
//   clause_shape.cpp    relative and fronted clauses, labels, time phrases around a cue
//   position_cues.cpp   stance verbs and their objects
//   verb_cues.cpp       reporting verbs: verb_cue and the steps it takes in turn (verb_use,
//                       after_cue, fronted_content, label_or_accusation), denial verbs
//                       (deny_cue) and the claims they wrap
//   phrase_cues.cpp     "according to", surveys, "in X's view", outlets, "Name:" lines
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "clause_start.h"
#include "clauses.h"
#include "np.h"
#include "rules.h"

namespace claimlens {

// "say", "says", "said", "saying": the plainest reporting verb.
inline bool say_form(std::string_view w) {
  return word_is(w, "said") || word_is(w, "says") || word_is(w, "say") || word_is(w, "saying");
}

// "said", "says", "told": forms that are never nouns ("three in five said", "another says").
inline bool verb_only_form(std::string_view w) {
  return word_is(w, "said") || word_is(w, "says") || word_is(w, "told");
}

inline bool terminal(const Document& d, std::uint32_t i) {
  const PunctKind k = d.tokens[i].punct;
  return k == PunctKind::kPeriod || k == PunctKind::kQuestion || k == PunctKind::kExclaim ||
         k == PunctKind::kEllipsis;
}

// Whether a word begins with the lower-case stem ("Announced" has "announc").
inline bool stem_is(std::string_view w, std::string_view stem) {
  return w.size() >= stem.size() && word_is(w.substr(0, stem.size()), stem);
}

inline std::string quoted(const Document& d, Span cue) {
  return std::string(d.text.substr(cue.begin, cue.end - cue.begin));
}

// What follows a reporting verb (CueRules::after_cue, verb_cues.cpp).
struct AfterCue {
  std::uint32_t k = 0;            // where the content (or what stands after the cue) starts
  bool saw_that = false;          // "that" opened it
  bool saw_quote = false;         // a quotation opens it: verb_cue sets this (and moves k past
                                  // a comma or colon before the quotation) only after the
                                  // rules that must see the comma ("Said the mayor, “P”")
  bool told_to = false;           // "told the crew to stay": an order after the addressee
  bool subordinate = false;       // "said because ..., P": a subordinate clause first
  bool asked_object = false;      // "asked the mayor whether P"
  bool fronted_possible = false;  // a content may stand before the subject
};

struct CueRules {
  RuleContext& ctx;
  const Document& d;

  enum class VerbUse { kVerb, kNoun, kNoCue };

  // cues.cpp
  std::uint32_t source_for(const Subject& sub, const char* why);
  void run();

  // cue_contents.cpp
  std::uint32_t add_after(std::uint32_t start, const Sentence& s, Layer layer, std::uint32_t src,
                          Span cue, const std::string& why, bool stop_at_comma = false);
  std::uint32_t discourse_marker_end(std::uint32_t b, std::uint32_t end) const;
  bool continues_quotation(std::uint32_t j) const;
  std::uint32_t lead_in_start(std::uint32_t open) const;
  std::uint32_t add_before(const Sentence& s, std::uint32_t end, std::uint32_t rest,
                           std::uint32_t src, Span cue, const std::string& why);
  bool tell_then_adjunct(std::uint32_t ce, const Sentence& s, std::uint32_t wflags) const;
  bool set_off_quote(std::uint32_t close) const;
  std::uint32_t unquoted_tail_end(std::uint32_t open, std::uint32_t after) const;
  bool carries_sentence(std::uint32_t m) const;
  std::uint32_t quote_run_end(std::uint32_t from, std::uint32_t paragraph) const;

  // noun_cues.cpp
  std::uint32_t statement_colon(std::uint32_t i, const Sentence& s) const;
  std::uint32_t paragraph_content(std::uint32_t ns, std::uint32_t src, Span cue, const std::string& why);
  bool spreading_verb(std::uint32_t w) const;
  std::uint32_t subject_clause_end(std::uint32_t i, std::uint32_t c, const Sentence& s) const;
  bool that_content_at(std::uint32_t c, const Sentence& s) const;
  std::uint32_t noun_cue(std::uint32_t i, bool under_denial = false);

  // passive_cues.cpp
  bool passive_question(std::uint32_t i, std::uint32_t ce, const Sentence& s);
  bool resumes_content(std::uint32_t j) const;
  bool passive_by(std::uint32_t i, std::uint32_t ce, const Sentence& s);
  bool object_pronoun(std::uint32_t j) const;

  // clause_shape.cpp
  bool embedded_relative(std::uint32_t i, std::uint32_t ce, const Subject& sub, const Sentence& s,
                         CueClass cls);
  std::uint32_t relative_object_start(const Subject& sub, const Sentence& s) const;
  bool fronted_adverbial(const Sentence& s) const;
  bool adjective_like(std::uint32_t j) const;
  bool label_given(std::uint32_t i, std::uint32_t k, const Sentence& s) const;
  bool in_fronted_clause(const Sentence& s, std::uint32_t cue) const;
  std::uint32_t time_phrase_end(std::uint32_t k, std::uint32_t limit) const;
  bool title_case_line(const Sentence& s) const;
  bool comma_after_as(const Subject& sub, const Sentence& s, std::uint32_t k) const;

  // position_cues.cpp
  std::uint32_t person_object_end(std::uint32_t k, std::uint32_t limit) const;
  bool declined_to_speak(std::uint32_t cue_at, std::uint32_t k, const Sentence& s) const;
  bool cited_people(std::uint32_t cue_at, std::uint32_t k, const Sentence& s);
  bool stance_cue(std::uint32_t k, const Subject& sub, const Sentence& s, Span cue,
                  const std::string& verb, std::uint32_t cue_at);
  bool made_known_object(std::uint32_t i, std::uint32_t k, const Sentence& s) const;
  bool agreed_to(std::uint32_t i, std::uint32_t k, const Sentence& s) const;
  bool wh_clause(std::uint32_t k, const Sentence& s, CueClass cls) const;
  bool survey_found(std::uint32_t i, const Subject& sub) const;
  Subject went_on_subject(std::uint32_t i, std::uint32_t ce, const Sentence& s, CueClass cls);

  // verb_cues.cpp
  bool verb_cue(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags);
  VerbUse verb_use(std::uint32_t i, std::uint32_t ce, CueClass cls, const Sentence& s) const;
  bool that_time(std::uint32_t m, const Sentence& s) const;
  std::uint32_t past_addressee(std::uint32_t k, const Sentence& s) const;
  std::uint32_t past_adjuncts(std::uint32_t k, CueClass cls, const Sentence& s) const;
  AfterCue after_cue(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags, const Subject& sub,
                     const Sentence& s) const;
  bool fronted_content(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags, const Subject& sub,
                       const AfterCue& a, const Sentence& s, Span cue, const std::string& verb);
  bool label_or_accusation(std::uint32_t i, std::uint32_t k, std::uint32_t object, std::uint32_t object_noun,
                           CueClass cls, const Subject& sub, const Sentence& s, Span cue, const std::string& verb);
  bool quoted_as_saying_after(std::uint32_t i, std::uint32_t ce, const Sentence& s);
  bool label_rejects(std::uint32_t k, std::uint32_t end) const;
  bool as_clause(std::uint32_t m, std::uint32_t end) const;
  bool names_people(TokRange np) const;
  void cited_in_subject_aside(std::uint32_t content, const Subject& sub, std::uint32_t cue);
  bool said_in(std::uint32_t m) const;
  std::uint32_t wrapped_claim(std::uint32_t from, std::uint32_t limit);
  std::uint32_t labelled_claim(std::uint32_t k, std::uint32_t end, const Sentence& s);
  void deny_cue(std::uint32_t i, std::uint32_t ce, std::uint32_t k, bool saw_that, const Subject& sub,
                std::uint32_t src, const Sentence& s, Span cue, const std::string& verb);

  // phrase_cues.cpp
  void according_to(std::uint32_t i);
  static bool survey_word(const Document& d, std::uint32_t j);
  bool in_document_fronted(std::uint32_t i);
  void in_document(std::uint32_t i);
  bool asked_question(std::uint32_t i);
  void perspective(std::uint32_t i);
  void view_of(std::uint32_t i);
  void outlet_after(std::uint32_t i);
  void source_only(std::uint32_t i);
  void colon_line(std::uint32_t i);
  void colon_quote(std::uint32_t c);
  void subject_colon_quote(std::uint32_t c, const Sentence& s);
  TokRange person_before_colon(std::uint32_t b, std::uint32_t c) const;
  void outlet_line(std::uint32_t i);
};

}  // namespace claimlens
