// clause_shape.cpp — the clause around a cue: relative and fronted clauses, labels, time
// phrases, which decide whether a cue word reports at all and where its content lies.
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// "a strike that executives said could hurt earnings", "the speech, which critics say was
// her best", "what analysts said was a sign of better ties": the cue sits inside a relative
// clause whose verb follows it; the content is the relative clause, from its pronoun.
bool CueRules::embedded_relative(std::uint32_t i, std::uint32_t ce, const Subject& sub, const Sentence& s,
                                 CueClass cls) {
  if (sub.place != SubjectPlace::kBefore || sub.passive || sub.negated || cls == CueClass::kDeny ||
      sub.np.tb <= s.tb || ce >= s.te)
    return false;
  std::uint32_t rel = sub.np.tb - 1;
  while (rel > s.tb && is_adverb(d, rel)) --rel;  // "which even critics say"

  if (!(d.is(rel, "that") || d.is(rel, "which") || d.is(rel, "who") || d.is(rel, "whom") || d.is(rel, "what")))
    return false;
  // "that" after a noun (not "said that officials ..."): a relative pronoun.
  if (d.is(rel, "that") && (rel == s.tb || !d.word(rel - 1) || (d.flags(rel - 1) & (kVerbCue | kPrep | kStop))))
    return false;
  const std::uint32_t f = d.flags(ce);
  // "which he argued seeks to ...", "that critics say targets ...": a verb of the
  // relative clause's own, right after the cue of a clause-taking verb.
  const bool own_verb = d.word(ce) && !d.cap(ce) && !(f & (kStop | kPrep | kDet | kPronoun | kTime)) &&
                        !is_adverb(d, ce) && cls != CueClass::kLabel && cls != CueClass::kStance &&
                        cls != CueClass::kAccuse && cls != CueClass::kAsk &&
                        (finite_verb(d, ce) || (d.str(ce).ends_with("s") && !d.str(ce).ends_with("ss")));
  if (!own_verb && (!d.word(ce) || !(f & kAux) || !(f & kStop) || d.is(ce, "also") || d.is(ce, "not"))) return false;
  const ClauseEnd e = clause_end(d, ce, s.te, false);
  // ("which they insist is not the case" is a denial, found by the usual path)
  if (e.end <= ce + 1 || has_denial_predicate(d, {ce, e.end})) return false;
  const std::uint32_t src = source_for(sub, "subject of the reporting verb");
  ctx.add_content(rel, e.end, Layer::kClaim, src, ctx.span(i, ce),
                  "relative clause around '" + quoted(d, ctx.span(i, ce)) + "'");
  return true;
}

// "the pact, which he called “a disaster”", "Roe, whom she described as a friend": a label
// or position whose object is a relative pronoun before its speaker; the content opens at
// the pronoun. Returns that token, or kNone.
std::uint32_t CueRules::relative_object_start(const Subject& sub, const Sentence& s) const {
  if (sub.place != SubjectPlace::kBefore || sub.np.tb <= s.tb + 1) return kNone;
  std::uint32_t rel = sub.np.tb - 1;
  while (rel > s.tb + 1 && is_adverb(d, rel) && !(d.flags(rel) & kAux)) --rel;
  if (!(d.is(rel, "which") || d.is(rel, "who") || d.is(rel, "whom"))) return kNone;
  // ("who has both endorsed X", "which both oppose X": the pronoun is the subject.)
  if (sub.np.te == sub.np.tb + 1 && (d.is(sub.np.tb, "both") || d.is(sub.np.tb, "all") || d.is(sub.np.tb, "each")))
    return kNone;
  for (std::uint32_t m = sub.np.tb; m < sub.np.te; ++m)
    if ((d.flags(m) & kAux) || finite_verb(d, m)) return kNone;
  return d.punct(rel - 1, PunctKind::kComma) || (d.word(rel - 1) && !(d.flags(rel - 1) & (kVerbCue | kPrep | kStop)))
             ? rel
             : kNone;
}

// The sentence opens with an adverbial or subordinate clause ("In May, ...", "When
// asked, ...", "While P, ...") or a lone conjunction and a comma ("But, ...").
bool CueRules::fronted_adverbial(const Sentence& s) const {
  const std::uint32_t b = s.tb;
  if (!d.word(b) || b + 1 >= s.te) return false;
  if ((d.is(b, "but") || d.is(b, "and") || d.is(b, "so") || d.is(b, "still") || d.is(b, "yet")) &&
      d.punct(b + 1, PunctKind::kComma))
    return true;
  if ((d.flags(b) & kPrep) && !d.is(b, "of") && !d.is(b, "to")) return true;
  return d.is(b, "when") || d.is(b, "while") || d.is(b, "as") || d.is(b, "if") || d.is(b, "although") ||
         d.is(b, "though") || d.is(b, "because") || d.is(b, "once") || d.is(b, "despite") ||
         d.is(b, "following") || d.is(b, "unless") || d.is(b, "whether");
}

// A lowercase word shaped like an adjective ("liberal", "public", "election-night",
// "new"), which cannot be the subject of a following verb.
bool CueRules::adjective_like(std::uint32_t j) const {
  if (!d.word(j) || d.cap(j) || (d.flags(j) & (kPronoun | kAux | kStop | kSourceNoun | kTitle | kDet | kPrep)))
    return false;
  const std::string_view w = d.str(j);
  if (w.size() < 3) return false;
  if (w.find('-') != std::string_view::npos) return true;
  if (word_is(w, "new") || word_is(w, "public") || word_is(w, "private") || word_is(w, "recent") ||
      word_is(w, "latest") || word_is(w, "former") || word_is(w, "previous") || word_is(w, "secret") ||
      word_is(w, "same") || word_is(w, "such") || word_is(w, "leaked") || word_is(w, "liberal"))
    return true;
  return w.size() > 4 && (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ive") ||
                          w.ends_with("ous") || w.ends_with("ful") || w.ends_with("ary") ||
                          w.ends_with("ible") || w.ends_with("able"));
}

// A label verb at i with its object at k gives a label ("called the plan reckless"), not
// a name ("a firm called Norwick", "a group called “Fair Votes”") or a phone call
// ("called her to apologise", "called off the vote").
bool CueRules::label_given(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
  if (k >= s.te) return false;
  // "a firm called X": a participle after an indefinite noun phrase (not a person) names
  // something.
  if ((d.cap(k) || d.punct(k, PunctKind::kQuoteOpen)) && i > s.tb + 1 && d.word(i - 1) && !d.cap(i - 1) &&
      !(d.flags(i - 1) & (kTitle | kPronoun)) && d.str(i).ends_with("ed")) {
    const TokRange np = np_left(d, i - 1, s.tb);
    if (!np.empty() && (d.is(np.tb, "a") || d.is(np.tb, "an"))) return false;
  }
  const std::string_view v = d.str(i);
  if (!(word_is(v, "call") || word_is(v, "calls") || word_is(v, "called") || word_is(v, "calling"))) return true;
  if (d.is(k, "off") || d.is(k, "up") || d.is(k, "back") || d.is(k, "in")) return false;
  if (!d.word(k)) return true;
  const TokRange obj = np_right(d, k, s.te, false);
  if (obj.empty()) return true;
  // "called her to apologise": the call itself
  return !(obj.te < s.te && (d.is(obj.te, "to") || d.is(obj.te, "only")));
}

// The cue stands in a subordinate clause that opens the sentence and has not closed yet
// ("When the mayor said P, the council ...", "Now that we know P, ..."): its content
// ends at the clause's comma.
bool CueRules::in_fronted_clause(const Sentence& s, std::uint32_t cue) const {
  std::uint32_t b = s.tb;
  if (b < cue && (d.is(b, "but") || d.is(b, "and") || d.is(b, "so"))) ++b;
  if (b + 1 < cue && (d.is(b, "a") || d.is(b, "just") || d.is(b, "even") || d.is(b, "only")) && d.word(b + 1)) {
    // "A few weeks after X said P, ...", "Just as X said P, ...": a short lead-in.
    std::uint32_t m = b;
    while (m < cue && m < b + 4 && d.word(m) && !(d.flags(m) & kStop)) ++m;
    b = m;
  }
  if (b >= cue) return false;
  const bool opens = d.is(b, "when") || d.is(b, "after") || d.is(b, "before") || d.is(b, "if") ||
                     d.is(b, "because") || d.is(b, "since") || d.is(b, "although") || d.is(b, "though") ||
                     d.is(b, "once") || d.is(b, "until") || d.is(b, "unless") || d.is(b, "while") ||
                     d.is(b, "as") || (d.is(b, "now") && d.is(b + 1, "that"));
  if (!opens) return false;
  for (std::uint32_t m = b + 1; m < cue; ++m)
    if (!d.word(m) && !d.punct(m, PunctKind::kOther)) return false;
  return true;
}

// End of a bare time phrase starting at k ("Thursday", "last week", "earlier this
// month", "on Friday"), or k if there is none.
std::uint32_t CueRules::time_phrase_end(std::uint32_t k, std::uint32_t limit) const {
  const auto day_or_unit = [&](std::uint32_t j) {
    return j < limit && d.word(j) &&
           (d.is(j, "week") || d.is(j, "month") || d.is(j, "year") || d.is(j, "night") ||
            d.is(j, "weekend") || d.is(j, "morning") || d.is(j, "afternoon") || d.is(j, "evening") ||
            d.is(j, "spring") || d.is(j, "summer") || d.is(j, "fall") || d.is(j, "winter") ||
            d.is(j, "monday") || d.is(j, "tuesday") || d.is(j, "wednesday") || d.is(j, "thursday") ||
            d.is(j, "friday") || d.is(j, "saturday") || d.is(j, "sunday"));
  };
  if (day_or_unit(k) || d.is(k, "yesterday") || d.is(k, "today") || d.is(k, "tonight")) {
    std::uint32_t e = k + 1;
    if (day_or_unit(e)) ++e;  // "Thursday night"
    return e;
  }
  if (d.is(k, "last") || d.is(k, "this") || d.is(k, "next") || d.is(k, "earlier") || d.is(k, "late") ||
      d.is(k, "on")) {
    std::uint32_t e = k + 1;
    if ((d.is(k, "earlier") || d.is(k, "late")) && (d.is(e, "this") || d.is(e, "last"))) ++e;
    if (day_or_unit(e)) return day_or_unit(e + 1) ? e + 2 : e + 1;
  }
  return k;
}

// A one-sentence paragraph of at most 25 tokens whose longer words are nearly all
// capitalised: a headline.
bool CueRules::title_case_line(const Sentence& s) const {
  if (s.te - s.tb > 25 || d.paragraph_end[s.paragraph] != s.te) return false;
  if (s.tb > 0 && d.paragraph_of(s.tb - 1) == s.paragraph) return false;
  std::uint32_t long_words = 0, capped = 0;
  for (std::uint32_t m = s.tb; m < s.te; ++m) {
    if (!d.word(m) || d.tokens[m].end - d.tokens[m].begin < 4) continue;
    ++long_words;
    capped += d.cap(m);
  }
  return long_words >= 3 && capped * 10 >= long_words * 8;
}

bool CueRules::comma_after_as(const Subject& sub, const Sentence& s, std::uint32_t k) const {
  if (sub.place != SubjectPlace::kBefore || k + 1 >= s.te || !d.punct(k, PunctKind::kComma)) return false;
  const std::uint32_t b = sub.np.tb;
  // ("And as X pointed out, P": a conjunction may open the sentence.)
  const bool lead = b - 1 == s.tb || !d.word(b - 2) ||
                    (b - 2 == s.tb && (d.is(b - 2, "and") || d.is(b - 2, "but") || d.is(b - 2, "so")));
  return b > s.tb && d.is(b - 1, "as") && lead && d.word(k + 1);
}

}  // namespace claimlens
