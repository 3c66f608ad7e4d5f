// noun_cues.cpp — reporting nouns: "the claim that P", "X’s stance that P", "a statement:".
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// The colon after a reporting noun that introduces its words: "the following statement:",
// "a statement on Friday:" (a short time or place phrase may come between); else kNone.
std::uint32_t CueRules::statement_colon(std::uint32_t i, const Sentence& s) const {
  for (std::uint32_t m = i + 1; m < s.te && m < i + 6; ++m) {
    if (d.punct(m, PunctKind::kColon)) {
      if (m + 1 >= d.size()) return kNone;
      const bool next_line = (d.tokens[m + 1].flags & kLineBefore) != 0;
      return next_line || d.punct(m + 1, PunctKind::kQuoteOpen) ? m : kNone;
    }
    if (!d.word(m) || !((d.flags(m) & (kTime | kPrep)) || d.cap(m) || (d.tokens[m].flags & kDigit))) return kNone;
  }
  return kNone;
}

// The paragraph starting with sentence `ns` as one content ("She said:" closing the
// paragraph before it). Returns the content index or kNone.
std::uint32_t CueRules::paragraph_content(std::uint32_t ns, std::uint32_t src, Span cue, const std::string& why) {
  if (ns >= d.sentences.size()) return kNone;
  const std::uint32_t para = d.sentences[ns].paragraph;
  std::uint32_t e = d.sentences[ns].te;
  for (std::uint32_t t = ns; t < d.sentences.size() && t < ns + 8 && d.sentences[t].paragraph == para; ++t)
    e = d.sentences[t].te;
  return ctx.add_content(d.sentences[ns].tb, e, Layer::kClaim, src, cue, why);
}

// A verb whose subject puts forward the claim it governs ("pushed the narrative that",
// "made the claim that", "issued a statement:"), unlike "confirmed reports that" or
// "checking claims that", where the claim is someone else's.
bool CueRules::spreading_verb(std::uint32_t w) const {
  static constexpr std::string_view kStems[] = {
      "push", "spread", "repeat", "made", "mak", "echo", "promot", "rais", "level", "voic", "peddl",
      "float", "renew", "reiterat", "advanc", "fuel", "amplif", "trumpet", "tout", "offer", "issu",
      "releas", "publish", "post", "sent", "send", "put", "shar", "circulat", "driv", "press"};
  for (std::string_view stem : kStems)
    if (stem_is(d.str(w), stem)) return true;
  return false;
}

// "The ministry's claim that no one was hurt has been challenged": a reporting noun that
// opens its sentence (after a determiner or possessor) makes "that P" a clause inside the
// subject, which ends where the sentence's own verb begins: the second group of verbs
// that no relative word or conjunction introduces. kNone when no such verb is seen.
std::uint32_t CueRules::subject_clause_end(std::uint32_t i, std::uint32_t c, const Sentence& s) const {
  if (i == s.tb) return kNone;
  for (std::uint32_t j = s.tb; j < i; ++j) {
    const std::uint32_t f = d.flags(j);
    const bool modifier = (f & kDet) || is_possessive(d, j) ||
                          !(f & (kAux | kStop | kPrep | kVerbCue | kPast | kTime | kStart));
    if (!d.word(j) || !modifier || finite_verb(d, j)) return kNone;
  }
  bool seen_verb = false, after_aux = false, coordinated = false;
  for (std::uint32_t j = c; j < s.te && j < c + 40; ++j) {
    if (!d.word(j)) return kNone;  // punctuation: leave the clause to clause_end
    const bool aux = (d.flags(j) & kAux) && (d.flags(j) & kStop);
    const bool verb = aux || finite_verb(d, j);
    if (d.is(j, "and") || d.is(j, "or") || d.is(j, "but")) coordinated = true;
    if (!verb || after_aux) {  // ("has been hurt": one group of verbs)
      after_aux = verb && aux;
      continue;
    }
    after_aux = aux;
    // ("officials who were present lied": a relative clause's verb is not the clause's)
    if (j > c && (d.is(j - 1, "who") || d.is(j - 1, "which") || d.is(j - 1, "that"))) continue;
    if (!seen_verb || coordinated) {  // ("the dam failed and the town flooded")
      seen_verb = true;
      coordinated = false;
      continue;
    }
    return j;
  }
  return kNone;
}

// The words at c after "the claim that" are its content, not a relative clause ("the
// claims that were made", "a claim that Tehran has denied").
bool CueRules::that_content_at(std::uint32_t c, const Sentence& s) const {
  if (c >= s.te || (!d.word(c) && !d.punct(c, PunctKind::kQuoteOpen))) return false;
  const std::uint32_t cf = d.flags(c);
  if ((cf & kAux) && !(cf & kDet) && !d.str(c).ends_with("ly")) return false;
  if (cf & kVerbCue) return false;
  const TokRange np = np_right(d, c, s.te, false);
  if (np.empty()) return true;
  std::uint32_t m = np.te;
  while (m < s.te && (is_adverb(d, m) || d.is(m, "and"))) ++m;
  return !(m < s.te && (d.flags(m) & kVerbCue) &&
           (m + 1 >= s.te || !d.word(m + 1) || d.is(m + 1, "in") || d.is(m + 1, "on")));
}

// "the claim that P", "assertions made by X alleging that P". Returns the content index.
// With `under_denial`, the noun is the object of a denial verb ("dismissed claims that
// P"): the claim's source is only one named with "by/from" or a possessive.
std::uint32_t CueRules::noun_cue(std::uint32_t i, bool under_denial) {
  if (ctx.handled[i]) return kNone;
  ctx.handled[i] = 1;
  const std::uint32_t si = d.sentence_of[i];
  const Sentence& s = d.sentences[si];
  const Span cue = ctx.span(i, i + 1);
  const std::string word = quoted(d, cue);
  // ", a claim reportedly echoed by US officials": a second source for the claim before.
  if (i >= s.tb + 2 && (d.is(i - 1, "a") || d.is(i - 1, "an")) &&
      (d.punct(i - 2, PunctKind::kComma) || d.punct(i - 2, PunctKind::kDash))) {
    std::uint32_t m = i + 1;
    while (m < s.te && m < i + 4 && (is_adverb(d, m) || (d.flags(m) & kHedge) ||
                                     (d.word(m) && d.str(m).ends_with("ed"))))
      ++m;
    if (m < s.te && m > i + 1 && d.is(m, "by")) {
      const TokRange np = np_right(d, m + 1, s.te, false);
      const std::uint32_t claim = ctx.recent_claim_in_sentence(si, i - 1);
      if (!np.empty() && plausible_source(d, np) && claim != kNone) {
        ctx.add_source_to(claim, ctx.add_source(np, "source echoing a claim ('" + word + " ... by')", true));
      }
      return kNone;
    }
  }
  // Find "that" to the right, allowing "by X" / "from X" / "made by X alleging".
  TokRange by_np;
  std::uint32_t that_at = kNone;
  for (std::uint32_t m = i + 1; m < s.te && m < i + 20; ++m) {
    if (d.is(m, "that")) { that_at = m; break; }
    if ((d.is(m, "by") || d.is(m, "from")) && by_np.empty()) {
      by_np = np_right(d, m + 1, s.te, false);
      if (by_np.empty()) break;
      // "claims by her allies in the senate that P": a short phrase of place or group
      // between the source and "that" belongs to the source.
      if (by_np.te + 2 < s.te && (d.flags(by_np.te) & kPrep) && !d.is(by_np.te, "that")) {
        std::uint32_t e = by_np.te + 1;
        while (e < s.te && e < by_np.te + 6 && d.word(e) && !d.is(e, "that") &&
               !(d.flags(e) & (kVerbCue | kAux | kPrep)))
          ++e;
        if (e < s.te && d.is(e, "that") && e > by_np.te + 1) by_np.te = e;
      }
      m = by_np.te - 1;
      continue;
    }
    if (d.is(m, "made") || d.is(m, "leveled") || d.is(m, "levelled") || d.is(m, "raised") ||
        d.is(m, "voiced") || d.is(m, "repeated"))
      continue;
    if (participle_cue(d, m) && !by_np.empty()) continue;
    break;
  }
  // "issued the following statement:", "released a statement Friday: “P”": the words
  // after the colon (or the paragraph after it) are the content.
  const std::uint32_t colon_at = that_at == kNone ? statement_colon(i, s) : kNone;
  if (that_at == kNone && colon_at == kNone) return kNone;
  const std::uint32_t c = colon_at != kNone ? colon_at + 1 : that_at + 1;
  if (colon_at == kNone && !that_content_at(c, s)) return kNone;
  std::uint32_t src = kNone;
  if (!by_np.empty() && plausible_source(d, by_np)) {
    src = ctx.add_source(by_np, "source of the " + word + " ('by/from')", true);
  } else if (i > s.tb && is_possessive(d, i - 1)) {
    // (A possessor inside an object, "refuted the leader's accusation that P, telling ...",
    // is oblique: the participle after it goes with the sentence's subject.)
    const TokRange np = np_left(d, i - 1, s.tb);
    if (!np.empty()) src = ctx.add_source(np, "possessor of the " + word, np.tb > s.tb);
  } else if (i > s.tb + 1 && possessive_apostrophe(d, i - 1)) {
    // "the researchers' claim that P": a plural possessor, its apostrophe a token of its own.
    const TokRange np = np_left(d, i - 2, s.tb);
    if (!np.empty()) src = ctx.add_source(np, "possessor of the " + word, np.tb > s.tb);
  } else if (i > s.tb && possessive_pronoun(d, i - 1) != PronounClass::kNone) {
    // "her claim that P": the possessive pronoun names the claimant (coreference resolves it).
    src = ctx.add_source(TokRange{i - 1, i}, "possessor of the " + word, i - 1 > s.tb);
  } else if (!under_denial) {
    // The subject of the verb governing the noun: "officials pushing the narrative that".
    std::uint32_t w = i;
    std::uint32_t steps = 0;
    while (w > s.tb && steps < 4) {
      --w;
      ++steps;
      const std::uint32_t f = d.flags(w);
      if (!d.word(w)) { w = kNone; break; }
      if (d.is(w, "following")) continue;  // "the following statement:" is no verb
      // ("made the claim that": an irregular past governs the noun too)
      if ((f & (kVerbCue | kPast)) || d.str(w).ends_with("ing") || d.str(w).ends_with("ed")) break;
      if ((f & (kStop | kPrep)) && !(f & kDet)) { w = kNone; break; }
    }
    if (w != kNone && w > s.tb && w < i && !(d.flags(w) & kDet) && spreading_verb(w)) {
      const Subject sub = find_subject(ctx, w, w + 1);
      if (!sub.negated) {
        src = source_for(sub, "subject of the verb governing the noun cue");
      }
    }
  }
  if (colon_at != kNone && (d.tokens[c].flags & kLineBefore))
    return paragraph_content(si + 1, src, cue, "paragraph after '" + word + ":'");
  const std::uint32_t subject_end = colon_at == kNone ? subject_clause_end(i, c, s) : kNone;
  // "Amid reports that P, police closed the border": a fronted phrase ends at its comma.
  const bool fronted = i <= s.tb + 3 && ((d.flags(s.tb) & kPrep) || d.is(s.tb, "despite"));
  const std::uint32_t r =
      subject_end != kNone
          ? ctx.add_content(c, subject_end, Layer::kClaim, src, cue,
                            "content of the reporting noun '" + word + "' opening the sentence")
          : add_after(c, s, Layer::kClaim, src, cue, "content of the reporting noun '" + word + "'", fronted);
  if (r != kNone) {
    const WordInfo* wi = d.tokens[i].info;
    ContentFinding& f = ctx.out->contents[r];
    f.from_accusation = wi && wi->noun_class == CueClass::kAllege;
    // "The club's denials that any player was doped": the noun with its clause is a denial,
    // as a denial verb with its clause is.
    if (wi && wi->noun_class == CueClass::kDeny && colon_at == kNone) {
      f.layer = Layer::kDenial;
      f.tokens.tb = i;
      f.span.begin = d.tokens[i].begin;
      f.why = "denial noun '" + word + "' with its clause";
    }
  }
  return r;
}

}  // namespace claimlens
