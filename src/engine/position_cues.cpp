// position_cues.cpp — positions: stance verbs and their objects ("X opposes P", "X endorsed Y").
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// The end of a stance verb's object when it is a person's name or an object pronoun
// followed by only a time, place or manner phrase ("endorsed Ana Roe last week",
// "backed him early"); kNone when the object is anything else ("urged Roe to act",
// "praised Roe for ...", "backed Roe's plan", "backed her plan").
std::uint32_t CueRules::person_object_end(std::uint32_t k, std::uint32_t limit) const {
  if (k >= limit || !d.word(k)) return kNone;
  std::uint32_t m = k;
  if (d.is(k, "him") || d.is(k, "them") || d.is(k, "her") || d.is(k, "us") || d.is(k, "me")) {
    m = k + 1;
  } else {
    while (m < limit && m < k + 5) {
      if (d.word(m) && d.cap(m) && !(d.flags(m) & (kStop | kDet | kPrep))) {
        ++m;
      } else if (m > k && d.punct(m, PunctKind::kPeriod) && m + 1 < limit && d.word(m + 1) && d.cap(m + 1) &&
                 d.tokens[m - 1].end - d.tokens[m - 1].begin <= 3) {
        ++m;  // "Mrs. Roe"
      } else {
        break;
      }
    }
    if (m == k || is_possessive(d, m - 1)) return kNone;
  }
  if (m >= limit) return m;
  if (!d.word(m)) return d.punct(m, PunctKind::kComma) || terminal(d, m) ? m : kNone;
  if (d.is(m, "to") || d.is(m, "of") || d.is(m, "as") || d.is(m, "for") || d.is(m, "over") ||
      d.is(m, "about") || d.is(m, "and") || d.is(m, "or"))
    return kNone;
  if ((d.flags(m) & (kTime | kPrep)) || is_adverb(d, m) || d.is(m, "early") || d.is(m, "here") ||
      d.is(m, "there") || d.is(m, "publicly") || d.is(m, "because"))
    return m;
  return kNone;
}

// "declined to comment", "refused to say whether P", "declined to be named": a refusal to
// speak asserts nothing, so it is no content (the guide: actions are not claims), and its
// subject is no source.
bool CueRules::declined_to_speak(std::uint32_t cue_at, std::uint32_t k, const Sentence& s) const {
  if (!(stem_is(d.str(cue_at), "declin") || stem_is(d.str(cue_at), "refus")) || k + 1 >= s.te ||
      !d.is(k, "to"))
    return false;
  std::uint32_t v = k + 1;
  if (d.is(v, "be") && v + 1 < s.te) {
    ++v;  // "to be named", "to be identified", "to be interviewed", "to be quoted"
    return d.is(v, "named") || d.is(v, "identified") || d.is(v, "interviewed") || d.is(v, "quoted");
  }
  return d.is(v, "comment") || d.is(v, "say") || d.is(v, "discuss") || d.is(v, "elaborate") ||
         d.is(v, "answer") || d.is(v, "respond") || d.is(v, "speak") || d.is(v, "specify") ||
         d.is(v, "confirm") || d.is(v, "address") || d.is(v, "detail") || d.is(v, "name") ||
         d.is(v, "identify") || d.is(v, "disclose");
}

// Whether the phrase cited names people or bodies ("two officials", "the ministry", "three
// former militia fighters"), not reasons ("rising costs", "two reasons").
bool CueRules::names_people(TokRange np) const {
  bool people = false;
  for (std::uint32_t m = np.tb; m < np.te && !(d.flags(m) & kPrep); ++m) {
    const WordInfo* wi = d.word(m) ? d.tokens[m].info : nullptr;
    if (!wi) continue;
    people |= (wi->flags & kTitle) != 0 || wi->source_class == SourceNounClass::kGroup ||
              wi->source_class == SourceNounClass::kOrg;
  }
  // "citing three former militia fighters": a number of people (not "citing two reasons").
  if (!people && np.te - np.tb >= 2 && number_word(d, np.tb)) {
    const std::uint32_t head = phrase_head(d, np);
    const std::string_view w = d.str(head);
    people = w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !d.cap(head) &&
             !(word_is(w, "reasons") || word_is(w, "factors") || word_is(w, "concerns") || word_is(w, "issues") ||
               word_is(w, "examples") || word_is(w, "cases") || word_is(w, "problems") || word_is(w, "things") ||
               word_is(w, "ways") || word_is(w, "years") || word_is(w, "months") || word_is(w, "weeks") ||
               word_is(w, "days") || word_is(w, "times") || word_is(w, "incidents") || word_is(w, "instances"));
  }
  return people;
}

// "The paper, citing three people close to the inquiry, said P": whoever is cited in an
// aside between the subject and its cue is a further source of P.
void CueRules::cited_in_subject_aside(std::uint32_t content, const Subject& sub, std::uint32_t cue) {
  if (sub.place != SubjectPlace::kBefore || sub.np.te + 3 >= cue || !d.punct(sub.np.te, PunctKind::kComma) ||
      !d.is(sub.np.te + 1, "citing"))
    return;
  std::uint32_t close = cue;  // the comma closing the aside, before adverbs of the cue
  while (close > sub.np.te + 2 && !d.punct(close - 1, PunctKind::kComma)) {
    if (!is_adverb(d, close - 1)) return;
    --close;
  }
  const std::uint32_t comma = close - 1;
  if (!d.punct(comma, PunctKind::kComma)) return;
  const TokRange np = np_right(d, sub.np.te + 2, comma, false);
  if (np.empty() || !plausible_source(d, np) || !names_people(np)) return;
  ctx.add_source_to(content, ctx.add_source({np.tb, comma}, "source cited ('citing')", true));
}

// "..., citing two officials", "P, the paper reported, citing a diplomat in the capital":
// the people or bodies cited are further sources of what the sentence reports before the
// cue (as outlets "cited as origin" are), not a position; "citing rising costs" stays one.
bool CueRules::cited_people(std::uint32_t cue_at, std::uint32_t k, const Sentence& s) {
  if (!word_is(d.str(cue_at), "citing")) return false;
  const TokRange np = np_right(d, k, s.te, false);
  if (np.empty()) return false;
  // "She says, citing a worker at the plant, that P": an aside between the cue and its
  // "that" clause; whoever is cited there is a source of P.
  std::uint32_t comma = np.te;  // past a prepositional phrase ("a worker at the plant")
  while (comma < s.te && comma < np.te + 6 && d.word(comma)) ++comma;
  if (comma + 1 < s.te && d.punct(comma, PunctKind::kComma) && d.is(comma + 1, "that") && cue_at > s.tb &&
      d.punct(cue_at - 1, PunctKind::kComma) && plausible_source(d, np)) {
    const auto& cs = ctx.out->contents;
    for (std::uint32_t c = static_cast<std::uint32_t>(cs.size()); c-- > 0 && cs.size() - c <= 4;) {
      if (cs[c].tokens.tb == comma + 2 || cs[c].tokens.tb == comma + 1) {
        ctx.add_source_to(c, ctx.add_source({np.tb, comma}, "source cited ('citing')", true));
        return true;
      }
    }
  }
  const bool people = names_people(np);
  if (!people) return false;
  const std::uint32_t claim = ctx.recent_claim_in_sentence(d.sentence_of[cue_at], cue_at);
  if (claim == kNone) return false;
  ctx.add_source_to(claim, ctx.add_source(np, "source cited ('citing')", true));
  return true;
}

// "urged lawmakers to act", "called for a ban", "praised X": the
// object is the content; calling it false ("condemned the reports as baseless") denies.
bool CueRules::stance_cue(std::uint32_t k, const Subject& sub, const Sentence& s, Span cue,
                          const std::string& verb, std::uint32_t cue_at) {
  // "the plan, which the union opposed (for years)": the relative pronoun is the object.
  const std::uint32_t rel = relative_object_start(sub, s);
  if (rel != kNone && (k >= s.te || !d.word(k) || ((d.flags(k) & kPrep) && !d.is(k, "to")))) {
    const std::uint32_t end = k < s.te && d.word(k) ? clause_end(d, k, s.te, true).end : trim_end(d, rel, k);
    ctx.add_content(rel, end, Layer::kClaim, source_for(sub, "subject of the verb"), cue,
                    "position taken with '" + verb + "'");
    return true;
  }
  if (k >= s.te || !(d.word(k) || d.punct(k, PunctKind::kQuoteOpen))) return true;
  if ((d.flags(k) & kPrep) && !d.is(k, "to")) return true;
  if (declined_to_speak(cue_at, k, s) || cited_people(cue_at, k, s)) return true;
  // "expressed sympathy for X", "voiced dismay at X": the feeling is the cue's, what it is
  // about the content (as the corpus marks it; "expressed their support for X" keeps all).
  if ((verb.starts_with("express") || verb.starts_with("voic")) && k + 2 < s.te && d.word(k) &&
      !(d.flags(k) & (kDet | kStop | kPronoun)) && !d.cap(k) &&
      (d.is(k + 1, "for") || d.is(k + 1, "at") || d.is(k + 1, "about") || d.is(k + 1, "over") ||
       d.is(k + 1, "with") || d.is(k + 1, "that")) &&
      (d.word(k + 2) || d.punct(k + 2, PunctKind::kQuoteOpen)))
    k += 2;
  // "While X pledged to P, Y ...": a cue in a fronted clause ends its content at the comma.
  ClauseEnd e = clause_end(d, k, s.te, in_fronted_clause(s, cue_at) || sub.ends_at_comma);
  // "a group backing the mayor, has been relentless": a comma and a verb after the object
  // return to the sentence's own subject.
  for (std::uint32_t m = k + 1; m + 1 < e.end; ++m) {
    if (d.punct(m, PunctKind::kQuoteOpen) && d.quote_end[m] != kNoQuote && d.quote_end[m] > m) m = d.quote_end[m];
    if (d.word(m) && !d.cap(m) && ((d.flags(m) & kAux) || finite_verb(d, m))) break;  // the object has a verb
    if (d.punct(m, PunctKind::kComma) && (d.flags(m + 1) & kAux) && finite_verb(d, m + 1)) {
      e.end = trim_end(d, k, m);
      break;
    }
  }
  const bool denial_word = has_denial_predicate(d, {k, e.end});
  const std::uint32_t src = source_for(sub, "subject of the verb");
  if (!denial_word) {
    // "endorsed Mrs. Roe last spring", "backed him early": a person named or pointed to
    // is the whole position; what follows is when and how.
    const std::uint32_t ne = person_object_end(k, e.end);
    if (ne != kNone) e.end = ne;
  }
  if (denial_word) {
    ctx.add_content(sub.adverb_begin, e.end, Layer::kDenial, src, cue,
                    "'" + verb + "' with a denial predicate");
  } else {
    ctx.add_content(rel != kNone ? rel : k, e.end, Layer::kClaim, src, cue, "position taken with '" + verb + "'");
  }
  return true;
}

// "revealed" or "disclosed" followed by a noun phrase opened by a determiner or possessive:
// the thing made known is the content ("revealed a new plan"). Not "announced sanctions"
// or "confirmed a judge": the guide counts those as actions. Not "revealed this week".
bool CueRules::made_known_object(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
  if (k + 1 >= s.te || !d.word(k) || !(d.flags(k) & kDet) || !d.word(k + 1)) return false;
  if (d.is(k, "this") || d.is(k, "that") || d.is(k, "these") || d.is(k, "those") || d.is(k, "no")) return false;
  const std::string_view w = d.str(i);
  return stem_is(w, "reveal") || stem_is(w, "disclos");
}

// "agreed to drop the suit": what is agreed to do is the content, "to" included.
bool CueRules::agreed_to(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
  return stem_is(d.str(i), "agree") && k + 1 < s.te && d.is(k, "to") && d.word(k + 1) &&
         !(d.flags(k + 1) & (kDet | kPronoun | kPrep | kStop)) && !d.cap(k + 1);
}

// "recalled how the mill closed", "revealed why he left": a question word opening a
// clause (not "how to") after a verb of knowing or telling opens the content.
// (Not after "knew" or "understand": "I knew what that meant" is seldom a report.)
bool CueRules::wh_clause(std::uint32_t k, const Sentence& s, CueClass cls) const {
  return cls != CueClass::kBelieve && k + 1 < s.te && (d.is(k, "how") || d.is(k, "what") || d.is(k, "why") || d.is(k, "whether")) &&
         d.word(k + 1) && !d.is(k + 1, "to");
}

// "A new poll found Ruiz leading", "The study finds most riders favor the route": what a
// poll, survey or study finds is its content, with or without "that".
bool CueRules::survey_found(std::uint32_t i, const Subject& sub) const {
  if (sub.place != SubjectPlace::kBefore || !(stem_is(d.str(i), "found") || stem_is(d.str(i), "find")))
    return false;
  for (std::uint32_t m = sub.np.tb; m < sub.np.te; ++m)
    if (stem_is(d.str(m), "poll") || stem_is(d.str(m), "survey") || stem_is(d.str(m), "stud") ||
        stem_is(d.str(m), "analys") || stem_is(d.str(m), "audit") || stem_is(d.str(m), "review") ||
        stem_is(d.str(m), "research"))
      return true;
  return false;
}

// The cue's subject; for "He went on to say P" / "She continued to insist P" the subject
// of "went on" or "continued", who is the speaker (not for a stance: "went on to challenge
// X to P" is an act, not a report).
Subject CueRules::went_on_subject(std::uint32_t i, std::uint32_t ce, const Sentence& s, CueClass cls) {
  Subject sub = find_subject(ctx, i, ce);
  if (!sub.infinitive || cls == CueClass::kStance || i < s.tb + 3 || !d.is(i - 1, "to")) return sub;
  std::uint32_t v = kNone;
  if (d.is(i - 2, "on") && (d.is(i - 3, "went") || d.is(i - 3, "goes") || d.is(i - 3, "go") ||
                            d.is(i - 3, "going") || d.is(i - 3, "gone")))
    v = i - 3;
  else if (d.is(i - 2, "continued") || d.is(i - 2, "continues") || d.is(i - 2, "continue"))
    v = i - 2;
  if (v == kNone) return sub;
  const Subject outer = find_subject(ctx, v, i - 1);
  if (outer.infinitive || outer.passive || outer.negated || outer.place != SubjectPlace::kBefore) return sub;
  return outer;
}

}  // namespace claimlens
