// Finding the source of a reporting cue: the subject before it ("the minister said"),
// with an appositive ("Jane Roe, a spokeswoman, said"), through a relative pronoun
// ("the ministry, which said"), after it ("..., said the minister"), or inherited from the
// sentence's earlier source for participles and coordinated verbs (", adding ...",
// "and stressed ..."). Also RuleContext's bookkeeping.
//
// Index of this file:
// [SECTION] Mentions and the subject that opens a sentence
// [SECTION] Asides between a speaker and its cue; inverted speakers
// [SECTION] Time phrases, datelines and "that"
// [SECTION] RuleContext's bookkeeping: sources and contents recorded once
// [SECTION] find_subject: the source of one cue
#include "np.h"
#include "clauses.h"
#include "rules.h"

namespace claimlens {
namespace {

// A stop that can end a sentence: not the period of an abbreviation before a comma
// ("Rep. Ann Perry, R-Pa., said", "Acme Inc., which").
bool terminal_punct(const Document& d, std::uint32_t i) {
  const PunctKind k = d.tokens[i].punct;
  if (k == PunctKind::kPeriod && i + 1 < d.size() && d.punct(i + 1, PunctKind::kComma)) return false;
  return k == PunctKind::kPeriod || k == PunctKind::kQuestion || k == PunctKind::kExclaim;
}

//-----------------------------------------------------------------------------
// [SECTION] Mentions and the subject that opens a sentence
//-----------------------------------------------------------------------------

MentionKind kind_of(const Document& d, TokRange r) {
  if (r.te == r.tb + 1 && ((d.flags(r.tb) & kPronoun) || possessive_pronoun(d, r.tb) != PronounClass::kNone ||
                           contracted_pronoun(d, r.tb) != PronounClass::kNone))
    return MentionKind::kPronoun;
  std::uint32_t last = r.te - 1;
  while (last > r.tb && !d.word(last)) --last;
  const WordInfo* wi = d.tokens[last].info;
  if (wi && wi->source_class == SourceNounClass::kGroup) return MentionKind::kGroup;
  bool any_cap = false;
  for (std::uint32_t i = r.tb; i < r.te; ++i)
    if (d.cap(i) && !(d.flags(i) & kDet)) any_cap = true;
  if (!any_cap) return MentionKind::kDescription;
  return MentionKind::kName;
}

// The sentence's grammatical subject when it opens the sentence: "Iran has ...",
// "The diplomats went on to ...": the words before its first verb-like word.
TokRange sentence_subject(const Document& d, const Sentence& s, std::uint32_t before) {
  std::uint32_t b = s.tb;
  // "Hours later, ...", "Two days earlier, ...", "A year ago, ...": a time phrase ending
  // in a time adverb before a comma.
  const auto time_tail = [&](std::uint32_t i) {
    for (std::uint32_t m = i + 1; m < before && m <= i + 3 && d.word(m); ++m)
      if ((d.is(m, "later") || d.is(m, "earlier") || d.is(m, "ago") || d.is(m, "before")) &&
          d.punct(m + 1, PunctKind::kComma))
        return true;
    return false;
  };
  // Skip fronted phrases: "In May, on Sunday, the judge ruled ..."
  for (int skips = 0; skips < 2 && b < before && d.word(b) &&
                      ((d.flags(b) & (kPrep | kTime)) || (d.flags(b) & kStop && !(d.flags(b) & kDet)) ||
                       ((d.flags(b) & kStart) && d.punct(b + 1, PunctKind::kComma)) ||
                       (is_adverb(d, b) && d.punct(b + 1, PunctKind::kComma)) || time_tail(b));
       ++skips) {
    std::uint32_t m = b;
    while (m < before && m < b + 12 && !d.punct(m, PunctKind::kComma)) ++m;
    if (m >= before || !d.punct(m, PunctKind::kComma)) return {};
    b = m + 1;
  }
  // "And he ...", "But officials ...": a leading conjunction is not part of the subject.
  while (b < before && (d.is(b, "and") || d.is(b, "but") || d.is(b, "so") || d.is(b, "yet") || d.is(b, "or")))
    ++b;
  std::uint32_t v = b;
  while (v < before && v < b + kMaxNpTokens) {
    if (!d.word(v)) {
      if (d.punct(v, PunctKind::kParenOpen) || d.punct(v, PunctKind::kParenClose)) { ++v; continue; }
      // "Sen. Ada Cole, facing a tough race, rescinded ...": the name before the aside.
      if (d.punct(v, PunctKind::kComma) && v > b && d.cap(v - 1)) break;
      // "The union's president, Lars Ode, went on ...": a role, then the name between commas.
      if (d.punct(v, PunctKind::kComma) && v > b) {
        std::uint32_t e = v + 1;
        while (e < before && e < v + 5 && d.word(e) && d.cap(e) && !(d.flags(e) & kDet)) ++e;
        if (e > v + 1 && e < before && d.punct(e, PunctKind::kComma)) {
          v = e;
          break;
        }
      }
      return {};
    }
    const std::uint32_t f = d.flags(v);
    if (v > b && !d.cap(v)) {
      const std::string_view w = d.str(v);
      if ((f & (kAux | kPast)) && !(f & kDet)) break;
      if ((f & kVerbCue) && !(f & (kSourceNoun | kTitle))) break;
      if (w.size() > 3 && w.substr(w.size() - 2) == "ed") break;
    }
    if ((f & kStop) && !(f & kDet)) return {};
    if ((f & kPrep) && (v == b || !(d.is(v, "of") || d.is(v, "for") || d.is(v, "in")))) return {};
    ++v;
  }
  if (v == b || v >= before) return {};
  const TokRange np{b, v};
  if (!plausible_source(d, np)) return {};
  return np;
}

bool time_word(const Document& d, std::uint32_t i);

//-----------------------------------------------------------------------------
// [SECTION] Asides between a speaker and its cue; inverted speakers
//-----------------------------------------------------------------------------

// "X, now 70 and retired, said", "X, then the party's chair, said": a word that opens a
// description of the speaker at another time; the corpus keeps it in the source.
bool time_shifted_appositive(const Document& d, std::uint32_t i) {
  return d.is(i, "now") || d.is(i, "then") || d.is(i, "formerly");
}

// "The coach, citing “team spirit,” said": a closing quotation mark right before the cue
// whose quotation ends in a comma and stands inside the sentence after a word. The comma
// closes an aside like a bare comma; a quotation opening the sentence ("“P,” said X") does not.
bool aside_quote_close(const Document& d, const Sentence& s, std::uint32_t u, std::uint32_t cue_end) {
  if (!d.punct(u, PunctKind::kQuoteClose) || u < s.tb + 3 || !d.punct(u - 1, PunctKind::kComma)) return false;
  // "..., said Ana Roe." closing the sentence is the inverted order.
  const TokRange after = np_right(d, cue_end, s.te, true);
  if (!after.empty() && (after.te >= s.te || terminal_punct(d, after.te))) return false;
  std::uint32_t q = u - 1;
  while (q > s.tb && u - q < kMaxAppositive && d.in_quote[q]) --q;
  if (!(q > s.tb && d.punct(q, PunctKind::kQuoteOpen) && d.quote_end[q] == u && d.word(q - 1) && !d.cap(q - 1)))
    return false;
  // The aside follows the subject that opens the sentence ("However laudable the goal, using
  // it “is a mistake,” said X" is an inverted quotation).
  std::uint32_t c = q - 1;
  while (c > s.tb && q - c < kMaxAppositive && !d.punct(c, PunctKind::kComma)) --c;
  if (c <= s.tb || !d.punct(c, PunctKind::kComma)) return false;
  const TokRange np = np_left(d, c - 1, s.tb);
  if (np.empty() || np.tb != s.tb || (d.flags(s.tb) & kPrep) || !plausible_source(d, np)) return false;
  // ... and holds no verb of its own outside a relative clause ("X, who called it “P,”").
  if (d.is(c + 1, "who") || d.is(c + 1, "which")) return true;
  for (std::uint32_t m = c + 1; m < q; ++m)
    if (d.word(m) && (d.flags(m) & (kAux | kNegation)) && !(d.flags(m) & kDet)) return false;
  return true;
}

// "..., said Ana Roe, a pollster." — a plausible speaker after the cue closing the sentence.
bool inverted_speaker(const Document& d, const Sentence& s, std::uint32_t cue_end) {
  const TokRange np = np_right(d, cue_end, s.te, true);
  return !np.empty() && plausible_source(d, np) && (np.te >= s.te || terminal_punct(d, np.te));
}

// "Ana Ruiz, legal director for the League, said", "X, South Carolina director for Y,
// said": a role noun after a few plain modifiers opens an appositive.
bool role_appositive(const Document& d, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t m = b; m < e && m < b + 5; ++m) {
    if (!d.word(m)) return false;
    const std::uint32_t f = d.flags(m);
    if ((f & kTitle) && !d.cap(m) && m > b) return true;
    if ((f & (kAux | kPast | kVerbCue | kPrep | kStop | kNegation)) || is_possessive(d, m)) return false;
  }
  return false;
}

// The words between the commas at k and u name a person or body ("Dan Woods of Clemson
// University") after a role phrase that opens the sentence and ends in a lower-case role
// noun ("Another pollster", "The group's director").
bool name_after_role(const Document& d, const Sentence& s, std::uint32_t k, std::uint32_t u) {
  if (k + 1 >= u || !d.word(k + 1) || !d.cap(k + 1) || (d.flags(k + 1) & (kDet | kStart | kPronoun))) return false;
  for (std::uint32_t m = k + 1; m < u; ++m) {
    if (!d.word(m)) {
      if (d.punct(m, PunctKind::kPeriod) || d.punct(m, PunctKind::kParenOpen) || d.punct(m, PunctKind::kParenClose))
        continue;
      return false;
    }
    if (!d.cap(m) && !d.is(m, "of") && !d.is(m, "for") && !d.is(m, "at") && !d.is(m, "the") && !d.is(m, "and"))
      return false;
  }
  if (k == s.tb || !d.word(k - 1) || d.cap(k - 1) || !(d.flags(k - 1) & (kTitle | kSourceNoun))) return false;
  const TokRange role = np_left(d, k - 1, s.tb);
  if (role.empty()) return false;
  std::uint32_t open = role.tb;
  while (open > s.tb && (d.is(open - 1, "but") || d.is(open - 1, "and"))) --open;
  return open == s.tb;
}

// The subject opening the sentence before an aside set off by dashes ending at `u`:
// "A rival -- Ada Korr, who lost in 2008 -- said". Empty when there is none.
TokRange dash_aside_subject(const Document& d, const Sentence& s, std::uint32_t u) {
  std::uint32_t k = u;
  while (k > s.tb && u - k < kMaxAppositive) {
    --k;
    if (d.punct(k, PunctKind::kDash)) break;
    if (terminal_punct(d, k) || d.punct(k, PunctKind::kQuoteOpen) || d.punct(k, PunctKind::kQuoteClose))
      return {};
  }
  if (k <= s.tb || !d.punct(k, PunctKind::kDash) || k + 1 >= u) return {};
  const TokRange np = np_left(d, k - 1, s.tb);
  if (np.empty() || np.tb != s.tb || !plausible_source(d, np)) return {};
  return np;
}

// "Ted Ruiz, when asked about it, responded ...": a subject opening the sentence, then a
// clause of time or condition set off by commas.
bool opening_subject_then_when(const Document& d, const Sentence& s, std::uint32_t k) {
  if (k + 2 >= d.size() || k == s.tb) return false;
  const std::uint32_t w = k + 1;
  if (!(d.is(w, "when") || d.is(w, "while") || d.is(w, "after") || d.is(w, "before") || d.is(w, "if") ||
        d.is(w, "though") || d.is(w, "although") || d.is(w, "once")))
    return false;
  const TokRange np = np_left(d, k - 1, s.tb);
  return !np.empty() && np.tb == s.tb;
}

// "X, himself a candidate, said", "X, also a senator, said", "X, still angry, said": an
// aside about the speaker that the corpus leaves out of the source.
bool speaker_aside_word(const Document& d, std::uint32_t i) {
  return d.is(i, "himself") || d.is(i, "herself") || d.is(i, "themselves") || d.is(i, "itself") ||
         d.is(i, "also") || d.is(i, "still") || d.is(i, "long");
}

// True when the phrase stands right after a preposition that takes it as its object ("on
// the site", "to the panel"), so it cannot be the subject of a verb after it. "with",
// "after", "before" and "since" also open clauses ("with Lee saying", "since Lee said"),
// and "near" a place whose phrase may go on ("near the port officials said"): those do not
// count. ("as" is no preposition in the lexicon.)
bool object_of_preposition(const Document& d, const Sentence& s, TokRange np) {
  if (np.tb <= s.tb || !d.word(np.tb - 1) || (d.flags(np.tb) & kPronoun)) return false;
  const std::uint32_t p = np.tb - 1;
  if (!(d.flags(p) & kPrep)) return false;
  return !(d.is(p, "with") || d.is(p, "after") || d.is(p, "before") || d.is(p, "since") || d.is(p, "near"));
}

// The cue at token i takes a position, denies, accuses or labels (alone or opening a verb
// phrase such as "called for"): the rules keep such a content only with a speaker.
bool needs_speaker(const Document& d, std::uint32_t i) {
  const WordInfo* wi = d.tokens[i].info;
  if (!wi) return false;
  const auto strict = [](CueClass c) {
    return c == CueClass::kStance || c == CueClass::kDeny || c == CueClass::kAccuse || c == CueClass::kLabel;
  };
  if ((wi->flags & kVerbCue) && strict(wi->verb_class)) return true;
  if (wi->flags & kPhraseStart)
    for (std::uint16_t p : wi->phrases)
      if (strict(lexicon().phrases()[p].cue_class)) return true;
  return false;
}

// A clause opens right before token b: the sentence's start, a comma or other clause
// mark, a conjunction or a subordinator.
bool clause_opens_before(const Document& d, const Sentence& s, std::uint32_t b) {
  if (b <= s.tb) return true;
  const std::uint32_t o = b - 1;
  if (!d.word(o))
    return d.punct(o, PunctKind::kComma) || d.punct(o, PunctKind::kQuoteClose) || d.punct(o, PunctKind::kDash) ||
           d.punct(o, PunctKind::kColon) || d.punct(o, PunctKind::kSemicolon);
  for (std::string_view w : {"and", "but", "yet", "so", "when", "while", "as", "because", "although", "though", "if",
                             "since", "after", "before", "whether", "where", "until", "unless"})
    if (d.is(o, w)) return true;
  return false;
}

// "Leaders of the bloc in the north say", "Someone in the crowd shouted": the phrase after
// a preposition widened leftwards through the phrases and prepositions before it to where
// its clause opens, or empty when the chain reaches a verb ("posted a clip on the site
// that showed"). "In an interview Lee said": after a fronted phrase without its comma,
// the name that ends it.
TokRange prep_chain_subject(const Document& d, const Sentence& s, TokRange np) {
  if (np.tb - 1 <= s.tb || clause_opens_before(d, s, np.tb - 1)) {
    std::uint32_t m = np.te;
    while (m > np.tb && d.word(m - 1) && d.cap(m - 1) && !(d.flags(m - 1) & (kDet | kStop | kPrep))) --m;
    if (m < np.te && m > np.tb && d.word(m - 1) && !d.cap(m - 1) && !(d.flags(m - 1) & (kDet | kStop | kPrep)) &&
        !(d.tokens[m - 1].flags & kApostrophe))
      return {m, np.te};
    return {};
  }
  std::uint32_t b = np.tb;
  TokRange head_phrase = np;  // the leftmost phrase: the one that must be able to speak
  for (int hops = 0; hops < 4; ++hops) {
    const std::uint32_t p = b - 1;  // the preposition
    if (p <= s.tb) return {};
    std::uint32_t last = p - 1;
    // "Lawsuits being heard in Ohio", "voters interviewed at rallies": a participle
    // (after "being") between the head and the preposition.
    if (d.word(last) && !d.cap(last) && ((d.str(last).ends_with("ed") && d.str(last).size() > 4) ||
                                         (d.flags(last) & kPast)) &&
        !(d.flags(last) & (kStop | kTitle | kTitleMod)) && last > s.tb + 1) {
      --last;
      if (d.is(last, "being") && last > s.tb + 1) --last;
    }
    const TokRange head = np_left(d, last, s.tb);
    if (head.empty() || head.te != last + 1 || (d.flags(head.tb) & kPronoun)) return {};
    b = head.tb;
    head_phrase = head;
    if (b > s.tb && d.word(b - 1) && (d.flags(b - 1) & kPrep) && !(d.flags(b - 1) & kStop)) continue;
    break;
  }
  // "Yet even leaders on the left", "Only voters in Iowa": a focusing adverb opens the phrase.
  if (b > s.tb && (d.is(b - 1, "even") || d.is(b - 1, "only"))) --b;
  if (!clause_opens_before(d, s, b) || d.in_quote[b] != d.in_quote[np.te - 1]) return {};
  const TokRange whole{b, np.te};
  const bool someone = head_phrase.te == head_phrase.tb + 1 &&
                       (d.is(head_phrase.tb, "someone") || d.is(head_phrase.tb, "somebody") ||
                        d.is(head_phrase.tb, "anyone") || d.is(head_phrase.tb, "everyone") ||
                        d.is(head_phrase.tb, "nobody"));
  return plausible_source(d, head_phrase) || plausible_source(d, whole) || someone ? whole : TokRange{};
}

// "Friends of the mayor who saw her recently say", "The head of the delegation to the
// talks said", "Exit polls conducted by a firm for two networks show": the subject that
// opens the clause with its modifiers (a preposition, a participle, a relative clause)
// reaching the cue. `np` is the phrase found leftwards from the cue; returns it widened to
// the clause's first word, or unchanged.
TokRange clause_subject(const Document& d, const Sentence& s, TokRange np) {
  if (np.tb <= s.tb || np.tb - s.tb > 24) return np;
  // A pronoun, or a phrase after "that"/"when", is the subject of a clause of its own ("a
  // claim that the board denied", "the aide who left when he was asked").
  const std::uint32_t p = np.tb - 1;
  if ((d.flags(np.tb) & kPronoun) || d.is(p, "that") || d.is(p, "when") || d.is(p, "while") || d.is(p, "because") ||
      d.is(p, "if") || d.is(p, "although") || d.is(p, "though") || d.is(p, "where") || d.is(p, "whether") ||
      d.is(p, "unless") || d.is(p, "until"))
    return np;
  // The period of an abbreviation ("Mr.", "U.S.") inside the phrase.
  const auto abbrev_period = [&](std::uint32_t m) {
    return d.punct(m, PunctKind::kPeriod) && m > s.tb && d.word(m - 1) &&
           ((d.flags(m - 1) & (kAbbrevTitle | kAbbrevOther)) || d.tokens[m - 1].end - d.tokens[m - 1].begin <= 2);
  };
  // "85% of voters": a percent sign inside the phrase.
  const auto percent = [&](std::uint32_t m) {
    return m > s.tb && d.punct(m, PunctKind::kOther) && d.str(m) == "%" && (d.tokens[m - 1].flags & kDigit);
  };
  std::uint32_t b = np.tb;
  while (b > s.tb && (d.word(b - 1) || abbrev_period(b - 1) || possessive_apostrophe(d, b - 1) || percent(b - 1)) &&
         np.tb - b < 20)
    --b;
  if (b > s.tb && !d.punct(b - 1, PunctKind::kComma) && !d.punct(b - 1, PunctKind::kQuoteClose)) return np;
  while (b < np.tb && (d.is(b, "and") || d.is(b, "but") || d.is(b, "so") || d.is(b, "or"))) ++b;
  // "Though officials who saw the plan say": a subordinator opening the clause.
  if (b + 1 < np.tb && (d.is(b, "though") || d.is(b, "although") || d.is(b, "while") || d.is(b, "because") ||
                        d.is(b, "when") || d.is(b, "if") || d.is(b, "since") || d.is(b, "after") ||
                        d.is(b, "before") || d.is(b, "until") || d.is(b, "unless")))
    ++b;
  if (b >= np.tb || d.in_quote[b] || !d.word(b)) return np;
  const TokRange head = np_right(d, b, np.tb, false);
  if (head.empty() || head.te >= np.tb || !plausible_source(d, head)) return np;
  // After a fronted phrase ("In May, friends of ..."), the head must look like a subject.
  if ((d.flags(b) & (kPrep | kStop | kAux | kTime)) && !(d.flags(b) & kDet)) return np;
  const std::uint32_t m0 = head.te;
  const bool relative = d.is(m0, "who") || d.is(m0, "that");
  // "Rep. Ann Lee and state Sen. Bo Park said": names joined by "and" (not a clause, "The
  // bill passed and officials said": the head before "and" ends in a name or role noun).
  const std::uint32_t hl = head.te - 1;
  bool joined = d.is(m0, "and") &&
                (d.cap(hl) || (d.flags(hl) & (kSourceNoun | kTitle)) || (d.tokens[hl].flags & kDigit));
  for (std::uint32_t m = head.tb; joined && m < head.te; ++m)
    if (d.word(m) && !d.cap(m) && (d.str(m).ends_with("ed") || (d.flags(m) & (kAux | kPast | kVerbCue))))
      joined = false;
  if (joined) {
    for (std::uint32_t m = m0 + 1; m < np.tb; ++m) {
      if (!d.word(m) && !abbrev_period(m) && !possessive_apostrophe(d, m) && !percent(m)) return np;
      if (d.word(m) && (d.flags(m) & (kAux | kPast | kStop | kNegation)) && !(d.flags(m) & kDet)) return np;
    }
    return {b, np.te};
  }
  // "Late on Friday the agency said": a time phrase, no comma, then the subject's article.
  if (is_article(d, np.tb) && time_word(d, np.tb - 1)) return np;
  const bool prep = d.is(m0, "of") || d.is(m0, "for") || d.is(m0, "to") || d.is(m0, "from") || d.is(m0, "in") ||
                    d.is(m0, "at") || d.is(m0, "with") || d.is(m0, "on") || d.is(m0, "by") ||
                    d.is(m0, "among") || d.is(m0, "across");
  // ("Polls taken in May show"; after a name, "Lee huddled with aides" is a clause.)
  const bool participle = d.word(m0) && !d.cap(m0) && d.str(m0).ends_with("ed") && !(d.flags(m0) & (kAux | kStop)) &&
                          !d.cap(head.te - 1);
  if (!relative && !prep && !participle) return np;
  // "Lee in a blog post said", "The mayor at the time said": how or when, not who; the
  // subject is the head before it.
  if (prep && (d.is(m0, "in") || d.is(m0, "at") || d.is(m0, "on") || d.is(m0, "during"))) {
    for (std::uint32_t m = m0 + 1; m < np.te && m < m0 + 5; ++m)
      if (d.word(m) && !d.cap(m) && ((d.flags(m) & kNounCue) || d.is(m, "time") || time_word(d, m)))
        return head;
  }
  if (relative) {
    for (std::uint32_t m = m0 + 1; m < np.tb; ++m)
      if (!d.word(m) && !abbrev_period(m) && !possessive_apostrophe(d, m)) return np;
  } else {
    for (std::uint32_t m = m0 + 1; m < np.tb; ++m) {
      if (!d.word(m)) {
        if (abbrev_period(m) || possessive_apostrophe(d, m)) continue;
        return np;
      }
      const std::uint32_t f = d.flags(m);
      // "a woman asked for a photo and Lee said": "and" joins names only.
      if ((d.is(m, "and") || d.is(m, "or")) && !d.cap(m - 1)) return np;
      if ((f & (kAux | kNegation | kPast)) || ((f & kStop) && !(f & kDet)) || ((f & kPronoun) && !(f & kDet)))
        return np;
      if ((f & kVerbCue) && !d.cap(m) && !(f & (kSourceNoun | kTitle)) && !d.str(m).ends_with("ed")) return np;
      // A second "who" or "that" would open a clause of its own.
      if (d.is(m, "who") || d.is(m, "that") || d.is(m, "which")) return np;
    }
  }
  return {b, np.te};
}

// "Ana Ruiz, who founded Civic Data, a polling firm in Lyon, said": a name opening the
// sentence with a chain of appositives and relative clauses up to the comma before the
// cue `u`. Returns [first word, u), or an empty range when the stretch holds a clause of
// its own (a verb outside a relative clause) or does not open with such a name.
TokRange opening_chain(const Document& d, const Sentence& s, std::uint32_t u) {
  std::uint32_t b = s.tb;
  while (b < u && (d.is(b, "and") || d.is(b, "but"))) ++b;
  if (b >= u || u - b > kMaxAppositive || !d.word(b) || d.in_quote[b]) return {};
  if (d.flags(b) & (kStart | kTime | kPrep | kAux | kStop)) {
    if (!(d.flags(b) & kDet) || d.is(b, "that")) return {};
  }
  const TokRange head = np_right(d, b, u, false);
  if (head.empty() || head.te >= u || !d.punct(head.te, PunctKind::kComma) || !plausible_source(d, head)) return {};
  const std::uint32_t a = head.te + 1;
  if (a >= u || !d.word(a)) return {};
  const std::uint32_t fa = d.flags(a);
  const bool opens = ((fa & (kDet | kTitle | kTitleMod)) && !d.is(a, "that")) || is_possessive(d, a) ||
                     d.is(a, "who") || (d.tokens[a].flags & kDigit);
  if (!opens) return {};
  int commas = 0;
  bool relative = false;
  for (std::uint32_t m = a; m < u; ++m) {
    if (!d.word(m)) {
      if (d.punct(m, PunctKind::kComma)) {
        relative = false;
        ++commas;
        // ", of course,", ", in a statement,": how, not who.
        if (m + 1 < u && (d.flags(m + 1) & (kPrep | kTime | kStart)) && !(d.flags(m + 1) & kDet)) return {};
        continue;
      }
      if (d.punct(m, PunctKind::kPeriod) || d.punct(m, PunctKind::kParenOpen) || d.punct(m, PunctKind::kParenClose) ||
          possessive_apostrophe(d, m))
        continue;
      return {};
    }
    if (d.is(m, "who") || d.is(m, "which")) relative = true;
    if (relative) continue;
    const std::uint32_t f = d.flags(m);
    if ((f & (kAux | kPast | kNegation)) && !(f & kDet) && !is_adverb(d, m)) return {};
    if ((f & kVerbCue) && !d.cap(m) && !(f & (kSourceNoun | kTitle))) return {};
  }
  if (commas == 0) return {};  // one aside: the nearest-comma rules below decide
  return {b, u};
}

// "..., said Ana Ruiz, a pollster at Civic Data, which ran the survey.": an inverted source
// closing its sentence takes every aside about the speaker up to the sentence end, unless
// an aside carries its own cue (", adding that ...") or a quotation.
// The relative clause from `b` holds a reporting verb or an auxiliary ("who has since
// urged ...", "who said he would ...").
bool relative_says_more(const Document& d, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t m = b; m < e && m < b + 4; ++m) {
    if (!d.word(m)) return false;
    if (((d.flags(m) & (kVerbCue | kAux)) && !(d.flags(m) & kDet) && !d.cap(m)) || d.is(m, "has")) return true;
  }
  return false;
}

TokRange inverted_tail(const Document& d, TokRange np, const Sentence& s) {
  if (np.te + 1 >= s.te || !d.punct(np.te, PunctKind::kComma)) return np;
  std::uint32_t m = np.te + 1;
  if (!d.word(m) || participle_cue(d, m) || d.is(m, "and") || d.is(m, "but") || d.is(m, "according") ||
      d.is(m, "as") || d.is(m, "because") || d.is(m, "while") || d.is(m, "although") || d.is(m, "though") ||
      d.is(m, "if") || d.is(m, "so"))
    return np;
  // "said the senator, sitting at the kitchen table, ...", "said Roe, speaking to reporters":
  // a participle clause tells what the speaker did ("the acting mayor" is a title).
  if (!d.cap(m) && d.str(m).size() > 5 && d.str(m).ends_with("ing") && m + 1 < s.te && d.word(m + 1) &&
      (d.flags(m + 1) & (kPrep | kDet)) && !(d.flags(m) & (kTitle | kTitleMod)))
    return np;
  std::uint32_t words = 0;
  for (; m < s.te && m < np.te + kMaxAppositive; ++m) {
    if (d.punct(m, PunctKind::kQuoteOpen) || d.punct(m, PunctKind::kSemicolon) ||
        d.punct(m, PunctKind::kColon) || d.punct(m, PunctKind::kDash))
      return np;
    if (terminal_punct(d, m)) break;
    if (!d.word(m)) continue;
    // ", on Monday", ", in a statement", ", via email": how or when, not who.
    if (d.punct(m - 1, PunctKind::kComma) && (d.flags(m) & (kPrep | kTime)) && !d.is(m, "of")) return np;
    // "..., said Lee, a pollster, who added that ...": a relative clause with its own cue
    // or auxiliary tells what the speaker did; the speaker phrase ends before it.
    if ((d.is(m, "who") || d.is(m, "which")) && words > 0 && relative_says_more(d, m + 1, s.te))
      return {np.tb, trim_end(d, np.tb, m)};
    ++words;
    if ((d.flags(m) & kVerbCue) && !d.cap(m) && !(d.flags(m) & (kSourceNoun | kTitle))) return np;
  }
  if (words == 0 || m >= np.te + kMaxAppositive) return np;
  // Only the sentence's last tokens may follow: a closing mark, nothing else.
  for (std::uint32_t e = m; e < s.te; ++e)
    if (d.word(e)) return np;
  return {np.tb, trim_end(d, np.tb, m)};
}

//-----------------------------------------------------------------------------
// [SECTION] Time phrases, datelines and "that"
//-----------------------------------------------------------------------------

bool time_word(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return false;
  // Days, months, "yesterday", "today" carry the lexicon's time flag; prepositions and
  // "this/last/next/earlier/later" do too but are not time words on their own.
  const std::uint32_t f = d.flags(i);
  if ((f & kTime) && !(f & (kPrep | kDet | kAux)) && !d.is(i, "last") && !d.is(i, "next") && !d.is(i, "may"))
    return true;
  const std::uint32_t len = d.tokens[i].end - d.tokens[i].begin;
  if (len < 4 || len > 9) return false;
  return d.is(i, "week") || d.is(i, "month") || d.is(i, "year") || d.is(i, "night") || d.is(i, "morning") ||
         d.is(i, "afternoon") || d.is(i, "evening") || d.is(i, "weekend");
}

// The first token of the run of time words ending at the time word `last`, with the
// preposition before it: "on Friday", "last week", "earlier this month".
std::uint32_t time_run_start(const Document& d, std::uint32_t last, std::uint32_t floor) {
  std::uint32_t b = last;
  while (b > floor && last - b < 3 && (time_word(d, b - 1) || d.is(b - 1, "last") || d.is(b - 1, "this") ||
                                       d.is(b - 1, "earlier") || d.is(b - 1, "late")))
    --b;
  if (b > floor && (d.is(b - 1, "on") || d.is(b - 1, "in") || d.is(b - 1, "at"))) --b;
  return b;
}

// The last token of the subject when a time phrase stands between it and the cue: "the
// council on Wednesday called", "a poll released Tuesday showed", "Lee last week said".
// Returns `last` unchanged when there is none.
std::uint32_t skip_time_before(const Document& d, std::uint32_t last, std::uint32_t floor) {
  if (!time_word(d, last)) return last;
  std::uint32_t b = time_run_start(d, last, floor);
  // "a poll released Tuesday": the participle goes with the time phrase.
  if (b > floor + 1 && d.word(b - 1) && !d.cap(b - 1) && d.str(b - 1).ends_with("ed") && d.word(b - 2)) --b;
  if (b <= floor || !d.word(b - 1) || (d.flags(b - 1) & (kPrep | kStop)) || d.is(b - 1, "and")) return last;
  return b - 1;
}

bool all_upper(std::string_view w) {
  bool letter = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

// A content that opens its sentence starts after a dateline ("OSLO —"): the place line
// is the writer's, not the source's. (Fronted adverbials and connectors stay: the corpus
// keeps "In 2014, P" and "Still, P" about as often as it drops them.)
std::uint32_t skip_dateline(const Document& d, std::uint32_t tb, std::uint32_t te) {
  std::uint32_t m = tb;
  while (m < te && m < tb + 4 && d.word(m) && all_upper(d.str(m))) ++m;
  if (m > tb && m + 1 < te && d.punct(m, PunctKind::kDash) && d.word(m + 1)) return m + 1;
  return tb;
}

// "said repeatedly that P", "expressed concern that P", "voiced the hope that P": the
// content is P; an adverb or a stance noun between the cue and "that" is not part of it.
std::uint32_t skip_to_that(const Document& d, std::uint32_t tb, std::uint32_t te) {
  if (!(d.is(tb + 1, "that") || d.is(tb + 2, "that"))) return tb;  // cheap test first
  std::uint32_t m = tb;
  if (m < te && d.word(m) && (d.is(m, "the") || d.is(m, "his") || d.is(m, "her") || d.is(m, "their") ||
                              d.is(m, "its") || d.is(m, "a")))
    ++m;
  const auto feeling_noun = [&](std::uint32_t i) {
    return d.is(i, "concern") || d.is(i, "concerns") || d.is(i, "confidence") ||
           d.is(i, "hope") || d.is(i, "fear") || d.is(i, "fears") || d.is(i, "doubt") || d.is(i, "doubts") ||
           d.is(i, "optimism") || d.is(i, "frustration") || d.is(i, "worry") || d.is(i, "worries");
  };
  bool skipped = false;
  if (m < te && d.word(m) && !d.cap(m) && feeling_noun(m)) {
    ++m;
    skipped = true;
  } else {
    m = tb;
    while (m < te && m < tb + 2 && d.word(m) && !d.cap(m) && (is_adverb(d, m) || d.is(m, "only")) &&
           !(d.flags(m) & kNegation) && !be_form(d, m)) {
      ++m;
      skipped = true;
    }
  }
  if (skipped && m + 1 < te && d.is(m, "that") && (d.word(m + 1) || d.punct(m + 1, PunctKind::kQuoteOpen)))
    return m + 1;
  return tb;
}

// The first token of a time phrase ending at `last` ("on Friday", "last week", "in the
// past", "earlier this month"), or kNone.
std::uint32_t time_phrase_start(const Document& d, std::uint32_t last, std::uint32_t floor) {
  const bool past = d.is(last, "past") && last > floor + 1 && d.is(last - 1, "the") && d.is(last - 2, "in");
  if (past) return last - 2;
  if (!time_word(d, last)) return kNone;
  return time_run_start(d, last, floor);
}

// A word of manner or sequence that ends a phrase found before its verb ("Lee quickly
// agreed", "The aide first said", "Lee and Ode both argued") or a connective that opens it
// ("Then she said", "Despite Lee's claims"): not part of the mention.
bool trailing_manner_word(const Document& d, std::uint32_t i) {
  if (!d.word(i) || d.cap(i)) return false;
  const std::string_view w = d.str(i);
  // (Most phrases end in a name or a plain noun: rule them out by their last letter.)
  const char last = w.back();
  if (last != 'y' && last != 't' && last != 'h' && last != 'n' && last != 'd') return false;
  if (d.flags(i) & (kTitle | kSourceNoun)) return false;
  if (w == "first" || w == "both" || w == "soon" || w == "instead") return true;
  if (w.size() <= 4 || !w.ends_with("ly")) return false;
  for (std::string_view noun : {"family", "assembly", "rally", "supply", "anomaly", "monopoly", "daily", "weekly",
                                "monthly", "quarterly", "bully", "folly", "panoply"})
    if (w == noun) return false;
  return true;
}

bool leading_connective(const Document& d, std::uint32_t i) {
  const std::string_view w = d.str(i);
  if (w.size() < 3 || w.size() > 10 || !d.word(i)) return false;
  switch (w[0] | 0x20) {
    case 't': return d.is(i, "then");
    case 'n': return d.is(i, "now");
    case 'd': return d.is(i, "despite");
    case 'i': return d.is(i, "including");
    case 'm': return d.is(i, "meanwhile") || d.is(i, "moreover");
    case 'p': return d.is(i, "perhaps");
    case 's': return d.is(i, "similarly");
    case 'w': return d.is(i, "whereas");
    case 'a': return d.is(i, "alongside");
    case 'f': return d.is(i, "finally");
    default: return false;
  }
}

TokRange trim_connectives(const Document& d, TokRange r) {
  // ("the first", "Lee's first" are ordinals of a phrase, not adverbs.)
  while (r.te > r.tb + 1 && trailing_manner_word(d, r.te - 1) &&
         !((d.flags(r.te - 2) & kDet) || is_possessive(d, r.te - 2) || possessive_pronoun(d, r.te - 2) != PronounClass::kNone))
    --r.te;
  while (r.te > r.tb + 1 && leading_connective(d, r.tb)) {
    ++r.tb;
    while (r.te > r.tb + 1 && d.punct(r.tb, PunctKind::kComma)) ++r.tb;
  }
  return r;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] RuleContext's bookkeeping: sources and contents recorded once
//-----------------------------------------------------------------------------

Span RuleContext::span(std::uint32_t tb, std::uint32_t te) const {
  if (te <= tb) return {d.tokens[tb].begin, d.tokens[tb].begin};
  return {d.tokens[tb].begin, d.tokens[te - 1].end};
}

std::uint32_t RuleContext::add_source(TokRange r, std::string why, bool oblique) {
  if (r.empty()) return kNone;
  // A mention ends before a relative clause about it: "Lena Voss, who leads the union,"
  // -> "Lena Voss" (the guide's gold marks bare mentions; PolNeAR keeps the clause about
  // half the time).
  for (std::uint32_t m = r.tb + 1; m + 1 < r.te; ++m)
    if (d.punct(m, PunctKind::kComma) && (d.is(m + 1, "who") || d.is(m + 1, "whose") || d.is(m + 1, "which"))) {
      r.te = m;
      break;
    }
  r = trim_connectives(d, r);
  auto& v = out->sources;
  for (std::uint32_t k = 0; k < kLookback && k < v.size(); ++k) {
    const SourceFinding& f = v[v.size() - 1 - k];
    if (f.tokens.tb == r.tb && f.tokens.te == r.te) return static_cast<std::uint32_t>(v.size() - 1 - k);
  }
  if (out->full()) return kNone;
  SourceFinding f;
  f.tokens = r;
  f.span = span(r.tb, r.te);
  // Drop a trailing possessive: "Iran’s stance" -> "Iran".
  if (is_possessive(d, r.te - 1)) {
    const std::string_view w = d.str(r.te - 1);
    std::uint32_t cut = 0;
    if (w.ends_with("'s") || w.ends_with("s'")) cut = w.ends_with("'s") ? 2 : 1;
    else if (w.ends_with("\xE2\x80\x99s")) cut = 4;
    else cut = 3;  // s’
    if (f.span.end - cut > f.span.begin) f.span.end -= cut;
  }
  // Drop a contracted auxiliary: "We’ve said" -> "We", "She's said" -> "She".
  if (r.te == r.tb + 1 && (d.tokens[r.tb].flags & kApostrophe) && !is_possessive(d, r.tb)) {
    const std::string_view w = d.str(r.tb);
    for (std::string_view tail : {"\xE2\x80\x99" "ve", "'ve", "\xE2\x80\x99" "re", "'re", "\xE2\x80\x99" "d", "'d",
                                  "\xE2\x80\x99" "ll", "'ll", "\xE2\x80\x99" "s", "'s"})
      if (w.ends_with(tail) && w.size() > tail.size()) {
        f.span.end -= static_cast<std::uint32_t>(tail.size());
        break;
      }
  }
  f.kind = kind_of(d, r);
  f.oblique = oblique;
  f.why = std::move(why);
  v.push_back(std::move(f));
  return static_cast<std::uint32_t>(v.size() - 1);
}

std::uint32_t RuleContext::add_content(std::uint32_t tb, std::uint32_t te, Layer layer,
                                       std::uint32_t source, Span cue, std::string why) {
  // Bound every content, so that later passes over contents stay linear on pathological
  // input (a sentence of a megabyte).
  if (te > tb + 2 * kMaxClauseTokens) tb = te - 2 * kMaxClauseTokens;
  te = trim_end(d, tb, te);
  if (tb < te && tb == d.sentences[d.sentence_of[tb]].tb) tb = skip_dateline(d, tb, te);
  tb = skip_to_that(d, tb, te);
  while (tb < te && (d.punct(tb, PunctKind::kComma) || d.punct(tb, PunctKind::kColon))) ++tb;
  if (te <= tb) return kNone;
  bool any_word = false;
  for (std::uint32_t i = tb; i < te && !any_word; ++i) any_word = d.word(i);
  if (!any_word) return kNone;
  auto& v = out->contents;
  for (std::uint32_t k = 0; k < kLookback && k < v.size(); ++k) {
    ContentFinding& f = v[v.size() - 1 - k];
    if (f.tokens.tb == tb && f.tokens.te == te) {
      const auto index = static_cast<std::uint32_t>(v.size() - 1 - k);
      add_source_to(index, source);
      if (layer == Layer::kDenial) f.layer = layer;
      return index;
    }
  }
  if (out->full()) return kNone;
  ContentFinding f;
  f.tokens = {tb, te};
  f.span = span(tb, te);
  f.layer = layer;
  if (source != kNone) f.sources.push_back(source);
  f.cue = cue;
  f.why = std::move(why);
  v.push_back(std::move(f));
  return static_cast<std::uint32_t>(v.size() - 1);
}

std::uint32_t RuleContext::recent_source_in_sentence(std::uint32_t s, std::uint32_t before) const {
  const auto& v = out->sources;
  const std::uint32_t tb = d.sentences[s].tb;
  for (std::uint32_t k = 0; k < kLookback && k < v.size(); ++k) {
    const SourceFinding& f = v[v.size() - 1 - k];
    if (f.tokens.tb < tb) break;
    if (f.tokens.te <= before && !f.oblique) return static_cast<std::uint32_t>(v.size() - 1 - k);
  }
  return kNone;
}

void RuleContext::add_source_to(std::uint32_t content, std::uint32_t source) {
  if (source == kNone || content >= out->contents.size()) return;
  std::vector<std::uint32_t>& srcs = out->contents[content].sources;
  for (std::uint32_t x : srcs)
    if (x == source) return;
  srcs.push_back(source);
}

std::uint32_t RuleContext::recent_claim_in_sentence(std::uint32_t s, std::uint32_t before) const {
  const auto& v = out->contents;
  const std::uint32_t tb = d.sentences[s].tb;
  for (std::uint32_t k = 0; k < kLookback && k < v.size(); ++k) {
    const ContentFinding& f = v[v.size() - 1 - k];
    if (f.tokens.te <= tb) break;
    if (f.tokens.tb >= tb && f.tokens.te <= before && f.layer == Layer::kClaim)
      return static_cast<std::uint32_t>(v.size() - 1 - k);
  }
  return kNone;
}

//-----------------------------------------------------------------------------
// [SECTION] find_subject: the source of one cue
//-----------------------------------------------------------------------------

Subject find_subject(RuleContext& ctx, std::uint32_t cue, std::uint32_t cue_end) {
  const Document& d = ctx.d;
  const std::uint32_t si = d.sentence_of[cue];
  const Sentence& s = d.sentences[si];
  Subject sub;
  sub.adverb_begin = cue;
  // Walk left over adverbs and auxiliaries: "has consistently and categorically denied".
  std::int64_t j = static_cast<std::int64_t>(cue) - 1;
  bool saw_be = false;
  while (j >= static_cast<std::int64_t>(s.tb)) {
    const auto u = static_cast<std::uint32_t>(j);
    if (d.flags(u) & kNegation) {
      sub.negated = true;
      --j;
      continue;
    }
    if (is_adverb(d, u) && !d.is(u, "that")) {
      if (be_form(d, u)) saw_be = true;
      else if (!(d.flags(u) & kAux) || d.str(u).ends_with("ly")) {
        if (!saw_be) sub.adverb_begin = u;
      }
      --j;
      continue;
    }
    // "She has since said": "since" between an auxiliary and its cue is an adverb.
    if (d.is(u, "since") && u == cue - 1 && u > s.tb && (d.flags(u - 1) & kAux) && (d.flags(u - 1) & kStop)) {
      --j;
      continue;
    }
    // "The Herald first reported": "first" between a subject and its past-tense cue.
    if (d.is(u, "first") && u == cue - 1 && u > s.tb && d.word(u - 1) && !(d.flags(u - 1) & kDet) &&
        d.str(cue).ends_with("ed")) {
      --j;
      continue;
    }
    if (d.is(u, "and") && u > s.tb && is_adverb(d, u - 1) && d.str(u - 1).ends_with("ly") &&
        d.str(u + 1).ends_with("ly")) {
      --j;
      continue;
    }
    break;
  }
  // "is blasting", "were saying": a progressive verb has its subject before it, like "said".
  const bool progressive = j >= static_cast<std::int64_t>(s.tb) && j + 1 < cue && be_form(d, cue - 1) &&
                           participle_cue(d, cue);
  const bool participle = participle_cue(d, cue) && !progressive;
  sub.passive = saw_be && !participle_cue(d, cue) && !d.is(cue, "saying");
  if (sub.passive) return sub;
  // The subject found before the cue: "X said".
  const auto found_before = [&](TokRange np) {
    sub.place = SubjectPlace::kBefore;
    sub.np = np;
    sub.left_edge = np.tb;
    return sub;
  };
  const auto inherit = [&](std::uint32_t before) {
    const std::uint32_t r = ctx.recent_source_in_sentence(si, before);
    if (r != kNone) {
      sub.place = SubjectPlace::kInherited;
      sub.inherited = r;
      return;
    }
    const TokRange np = sentence_subject(d, s, before);
    if (!np.empty()) {
      sub.place = SubjectPlace::kBefore;
      sub.np = np;
      sub.left_edge = np.tb;
    }
  };
  // "Trump, who has feuded with them, on Friday described ...", "X and Y both argued",
  // "Gore's allies have in the past said": a time phrase or a floating quantifier between
  // the subject and its cue.
  std::uint32_t participle_tail = kNone;  // end of "released Tuesday" after the subject's head
  if (j > static_cast<std::int64_t>(s.tb) && !participle_cue(d, cue)) {
    const auto w = static_cast<std::uint32_t>(j);
    if (d.is(w, "both") || d.is(w, "all") || d.is(w, "each") || d.is(w, "himself") || d.is(w, "herself") ||
        d.is(w, "themselves") || d.is(w, "itself")) {
      // "X and Y have both argued": auxiliaries may stand before the quantifier too.
      std::uint32_t v = w;
      while (v > s.tb + 1 && is_adverb(d, v - 1) && !d.is(v - 1, "that")) --v;
      if (d.word(v - 1) && !(d.flags(v - 1) & (kStop | kPrep | kDet))) j = v - 1;
    } else {
      const std::uint32_t b = time_phrase_start(d, w, s.tb);
      if (b != kNone && b > s.tb) {
        j = b - 1;
        // "a poll released Tuesday found": the participle and its time phrase belong to the
        // source (the corpus keeps them about seven times in eight).
        const auto p = static_cast<std::uint32_t>(j);
        if (p > s.tb + 1 && d.word(p) && !d.cap(p) && d.str(p).ends_with("ed") && d.word(p - 1) &&
            !(d.flags(p - 1) & (kStop | kPrep | kAux))) {
          --j;
          participle_tail = w + 1;
        }
        while (j > static_cast<std::int64_t>(s.tb) && is_adverb(d, static_cast<std::uint32_t>(j)) &&
               !d.is(static_cast<std::uint32_t>(j), "that"))
          --j;
      }
    }
  }
  if (j < static_cast<std::int64_t>(s.tb)) {
    // Nothing before the cue in its sentence: "Said the minister: ..." or a headline. An
    // imperative ("Read the story here.", "Watch the video above.") has no speaker.
    const std::string_view cw = d.str(cue);
    const bool past = cw.ends_with("ed") || ((d.flags(cue) & kPast) && !word_is(cw, "read")) || word_is(cw, "said") ||
                      word_is(cw, "told") || word_is(cw, "wrote");
    const TokRange np = np_right(d, cue_end, s.te, true);
    if (!np.empty() && plausible_source(d, np) && !participle && past) {
      sub.place = SubjectPlace::kAfter;
      sub.np = inverted_tail(d, np, s);
    }
    return sub;
  }
  const auto u = static_cast<std::uint32_t>(j);
  sub.left_edge = u + 1;
  const Token& t = d.tokens[u];
  if (d.is(u, "to")) {
    sub.infinitive = true;
    return sub;
  }
  // "42% say", "26 percent of voters say": a share of people ending in a percent sign.
  if (t.punct == PunctKind::kOther && d.str(u) == "%" && u > s.tb && (d.tokens[u - 1].flags & kDigit) &&
      !participle) {
    const TokRange np = np_left(d, u, s.tb);
    if (!np.empty() && np.te == u + 1) return found_before(np);
  }
  if (t.punct == PunctKind::kParenClose) {
    // "Sen. Jane Roe (D-Ore.) said"
    const TokRange np = np_left(d, u, s.tb);
    if (!np.empty() && plausible_source(d, np) && !participle) {
      return found_before(np);
    }
  }
  if (t.kind == TokKind::kPunct) {
    if (participle) {
      inherit(u);
      return sub;
    }
    // "Kavrenia blames agents for the unrest, rejects death toll": a headline's second verb
    // has the first one's subject.
    if (u + 1 == cue && chained_headline_verb(d, cue) && ctx.recent_source_in_sentence(si, u) != kNone) {
      inherit(u);
      return sub;
    }
    if ((t.punct == PunctKind::kComma && u > s.tb) || aside_quote_close(d, s, u, cue_end)) {
      const TokRange chain = opening_chain(d, s, u);
      if (!chain.empty()) {
        return found_before(chain);
      }
      // "X, a spokeswoman for Y, said" / "X, cited by Y, said" / "X, on his part, said" /
      // "X, who ..., said": try the nearest commas leftwards.
      std::uint32_t k = u;
      int commas = 0;
      while (k > s.tb && u - k < kMaxAppositive && commas < 3) {
        --k;
        if (d.in_quote[k] || d.punct(k, PunctKind::kQuoteOpen) || d.punct(k, PunctKind::kQuoteClose)) continue;
        if (terminal_punct(d, k) || d.punct(k, PunctKind::kSemicolon)) break;
        if (!d.punct(k, PunctKind::kComma)) continue;
        ++commas;
        if (k == s.tb || k + 1 >= u) continue;
        const std::uint32_t f1 = d.flags(k + 1);
        // "X, the group's chairman, said", "X, Lee's campaign manager, said": a determiner,
        // a title or a possessor opens an appositive.
        bool appos = ((f1 & (kDet | kTitle | kTitleMod)) && !d.is(k + 1, "that")) ||
                     (k + 2 < u && is_possessive(d, k + 1) && d.word(k + 2)) ||
                     (k + 3 < u && possessive_apostrophe(d, k + 2) && d.word(k + 3)) ||
                     (k + 2 < u && time_shifted_appositive(d, k + 1)) || role_appositive(d, k + 1, u);
        // ("In Dover, the mill is hanging on, said Roe": a clause, not an appositive.)
        for (std::uint32_t m = k + 1; appos && m < u; ++m) {
          if (!d.word(m) || !(d.flags(m) & kStop)) continue;
          if (d.is(m, "who") || d.is(m, "that") || d.is(m, "which") || d.is(m, "whose")) break;
          if ((d.flags(m) & kAux) && !d.cap(m) && finite_verb(d, m)) appos = false;
        }
        const bool aside = d.is(k + 1, "who") || d.is(k + 1, "whose") || d.is(k + 1, "which") || (f1 & kPrep) ||
                           d.is(k + 1, "according") || d.is(k + 1, "including") ||
                           ((d.str(k + 1).ends_with("ed") || d.str(k + 1).ends_with("ing")) &&
                            !d.cap(k + 1)) ||
                           (d.word(k + 1) && (d.tokens[k + 1].flags & kDigit)) ||
                           (k + 2 < u && speaker_aside_word(d, k + 1)) || opening_subject_then_when(d, s, k);
        std::uint32_t seg_words = 0;
        for (std::uint32_t m = k + 1; m < u; ++m) seg_words += d.word(m);
        const bool short_aside = seg_words <= 3 && !(f1 & kVerbCue);  // "Murphy, though, said"
        // "Another pollster, Dan Woods of Clemson University, said": a role opening the
        // sentence, then the name (with its place) between commas.
        const bool role_name = commas == 1 && !appos && !aside && !short_aside && name_after_role(d, s, k, u);
        if (!appos && !aside && !short_aside && !role_name) continue;
        const TokRange np = np_left(d, k - 1, s.tb);
        // "P would hurt the mayor, forcing her to act, said Ana Roe.": a participle aside
        // after a phrase inside a clause belongs to a fronted content; the speaker follows.
        if (!appos && !np.empty() && np.tb > s.tb && d.word(np.tb - 1) && !d.is(np.tb - 1, "and") &&
            !d.is(np.tb - 1, "but") && !d.is(k + 1, "including") &&
            (d.str(k + 1).ends_with("ing") || d.str(k + 1).ends_with("ed")) &&
            inverted_speaker(d, s, cue_end))
          break;
        if (!np.empty() && plausible_source(d, np)) {
          sub.place = SubjectPlace::kBefore;
          // Kept in the source: an appositive ("a spokeswoman for X"), an age ("Lee, 44,"),
          // or a name after a role ("Her campaign manager, Robby Mook,").
          bool name_segment = true;
          for (std::uint32_t m = k + 1; m < u; ++m)
            if (d.word(m) && !d.cap(m)) name_segment = false;
          const bool age = seg_words == 1 && (d.tokens[k + 1].flags & kDigit);
          // ("Lee, who works as a nurse, said": add_source leaves the relative clause out.)
          const bool including = d.is(k + 1, "including") || role_name;  // "Several groups, including X,"
          // "Ana Purl, 67, a retired clerk, said": an age, then an appositive.
          const bool age_then_appos = commas == 2 && (d.tokens[k + 1].flags & kDigit) && k + 3 < u &&
                                      d.punct(k + 2, PunctKind::kComma) &&
                                      (((d.flags(k + 3) & (kDet | kTitle | kTitleMod)) && !d.is(k + 3, "that")) ||
                                       role_appositive(d, k + 3, u));
          // ("Jo Park, host of the “Early Show,” said": the aside ends with its quotation.)
          const std::uint32_t end = d.punct(u, PunctKind::kQuoteClose) ? u + 1 : u;
          sub.np = ((appos || age || name_segment || including) && commas == 1) || age_then_appos
                       ? TokRange{np.tb, end}
                       : np;
          sub.left_edge = np.tb;
          // "Mark Ode, chairman of the board of Ode Partners, the group's funding arm, said":
          // the phrase found is itself an appositive of a name that opens the sentence.
          if (sub.np.te == u) {
            std::uint32_t b = np.tb;
            for (int hops = 0; hops < 3 && b > s.tb + 1 && d.punct(b - 1, PunctKind::kComma); ++hops) {
              // "Ana Purl, 67, a retired clerk, said": an age between name and appositive.
              if (b > s.tb + 3 && d.word(b - 2) && (d.tokens[b - 2].flags & kDigit) &&
                  d.punct(b - 3, PunctKind::kComma)) {
                b -= 2;
                continue;
              }
              const TokRange head = np_left(d, b - 2, s.tb);
              // "Her father, Brad, 39, said", "The party's chairman, Rex Ode, said".
              if (head.empty()) break;
              // ("However, Jill Ode, the firm's counsel, said": a connective is no head.)
              if (head.te - head.tb == 1 && (is_adverb(d, head.tb) || (d.flags(head.tb) & kStart))) break;
              const bool determined = (d.flags(head.tb) & kDet) || is_possessive(d, head.tb);
              if (!(d.cap(head.te - 1) || (d.flags(head.te - 1) & (kTitle | kSourceNoun)) ||
                    (determined && !(d.flags(head.te - 1) & kTime))))
                break;
              std::uint32_t open = head.tb;
              while (open > s.tb && (d.is(open - 1, "but") || d.is(open - 1, "and"))) --open;
              b = head.tb;
              // (The name may follow a fronted quotation: "“P,” Ana Purl, 67, a clerk, said".)
              if (open == s.tb || d.punct(open - 1, PunctKind::kQuoteClose)) {
                sub.np.tb = head.tb;
                sub.left_edge = head.tb;
                break;
              }
            }
          }
          return sub;
        }
      }
    }
    // "Sen. Jo Reed (D-R.I.), said ...": a stray comma after a name that opens the sentence.
    if (t.punct == PunctKind::kComma && u > s.tb) {
      const TokRange np = np_left(d, u - 1, s.tb);
      if (!np.empty() && np.tb == s.tb && plausible_source(d, np) &&
          (d.cap(np.te - 1) || d.punct(np.te - 1, PunctKind::kParenClose))) {
        return found_before(np);
      }
    }
    // "A former candidate -- Ada Korr, who lost in 2008 -- said": a subject with an aside
    // between dashes.
    if (t.punct == PunctKind::kDash && !participle) {
      const TokRange np = dash_aside_subject(d, s, u);
      if (!np.empty()) {
        return found_before(np);
      }
    }
    if (t.punct == PunctKind::kComma || t.punct == PunctKind::kQuoteClose ||
        t.punct == PunctKind::kDash || t.punct == PunctKind::kParenClose) {
      // Inverted: "..., said the minister." / "“...,” said X."
      std::uint32_t p = cue_end;
      const TokRange np = np_right(d, p, s.te, true);
      const bool lone_pronoun = !np.empty() && (d.flags(np.tb) & kPronoun) && np.te < s.te &&
                                d.word(np.te);
      if (!np.empty() && plausible_source(d, np) && !lone_pronoun) {
        sub.place = SubjectPlace::kAfter;
        sub.np = inverted_tail(d, np, s);
        sub.left_edge = u;
      }
    }
    return sub;
  }
  // A word.
  if (d.is(u, "and") || d.is(u, "but") || d.is(u, "or")) {
    inherit(u);
    return sub;
  }
  if (d.is(u, "what")) {
    sub.after_what = true;
    return sub;
  }
  if ((d.is(u, "which") || d.is(u, "who")) && u > s.tb + 1 && d.punct(u - 1, PunctKind::kComma)) {
    const TokRange np = np_left(d, u - 2, s.tb);
    if (!np.empty() && plausible_source(d, np)) {
      sub.place = SubjectPlace::kBefore;
      sub.np = np;
      sub.left_edge = np.tb;
      if (d.is(u, "who")) {
        // "Lee, who said P, ...": the relative pronoun is the source mention (coref gives it
        // Lee's entity), and P ends at the comma that closes the relative clause.
        sub.np = {u, u + 1};
        sub.left_edge = u;
        sub.ends_at_comma = true;
      } else {
        // ("The report, which cited P, said Q": P ends at the comma before the main verb,
        // when the first comma after the cue is that one; "which cited A, B and C" goes on.)
        for (std::uint32_t m = cue_end; m + 1 < s.te; ++m) {
          if (d.in_quote[m] || !d.punct(m, PunctKind::kComma)) continue;
          sub.ends_at_comma = d.word(m + 1) && !d.cap(m + 1) &&
                             (finite_verb(d, m + 1) || (d.flags(m + 1) & (kAux | kVerbCue)));
          break;
        }
      }
    }
    return sub;
  }
  // "voters who said P": the relative pronoun is the subject (coref gives it the
  // entity of the phrase before it).
  if (d.is(u, "who") && u > s.tb && d.word(u - 1) && !(d.flags(u - 1) & (kStop | kPrep))) {
    const TokRange np = np_left(d, u - 1, s.tb);
    if (!np.empty() && plausible_source(d, np)) {
      sub.place = SubjectPlace::kBefore;
      sub.np = {u, u + 1};
      sub.left_edge = u;
      sub.ends_at_comma = true;
      return sub;
    }
  }
  // "a union that endorsed Lee": "that" right after a noun that could speak is the
  // relative subject, as "who" is.
  if (d.is(u, "that") && u > s.tb && d.word(u - 1) && !(d.flags(u - 1) & (kStop | kPrep | kVerbCue | kDet))) {
    TokRange np = np_left(d, u - 1, s.tb);
    // ("a clip on the site that showed": the site showed nothing.)
    if (!np.empty() && object_of_preposition(d, s, np)) {
      const TokRange chain = prep_chain_subject(d, s, np);
      if (!chain.empty() || !needs_speaker(d, cue)) np = chain;
    }
    if (!np.empty() && plausible_source(d, np) && np.te == u) {
      sub.place = SubjectPlace::kBefore;
      sub.np = np;
      sub.left_edge = u;
      sub.ends_at_comma = true;
      return sub;
    }
  }
  const bool asked = d.is(cue, "asked") && (d.is(u, "when") || d.is(u, "after") || d.is(u, "if") ||
                                             d.is(u, "once"));  // "X said when asked whether P"
  if ((participle || asked) && ((d.flags(u) & kPrep) || d.is(u, "while") || d.is(u, "when") ||
                                d.is(u, "after") || d.is(u, "before") || asked)) {
    inherit(u);
    return sub;
  }
  // "most of them said", "some of us think": a share of a group named by an object pronoun.
  const bool share = share_of_group(d, u, s.tb);
  if (share && !participle) {
    std::uint32_t b = u - 2;
    if (b > s.tb && (d.is(b - 1, "a") || d.is(b - 1, "the"))) --b;  // "a few of them"
    if (b == s.tb || clause_opens_before(d, s, b)) return found_before({b, u + 1});
  }
  // (Otherwise np_left takes the share of the group as the phrase.)
  if ((d.flags(u) & (kPrep | kStop)) && !(d.flags(u) & kPronoun) && !share) return sub;
  TokRange np = np_left(d, skip_time_before(d, u, s.tb), s.tb);
  if (np.empty() || !plausible_source(d, np)) return sub;
  if (participle_tail != kNone && np.te == u + 1) np.te = participle_tail;
  if (!participle) np = clause_subject(d, s, np);
  // "posted a clip on the site that showed ...", "the leaders of the bloc say": a phrase
  // right after a preposition is its object; the subject (if any) is further left.
  if (!participle && object_of_preposition(d, s, np)) {
    const TokRange chain = prep_chain_subject(d, s, np);
    // (A position or a denial is kept only with a speaker; for those the phrase found
    // stays rather than losing the content with it.)
    if (!chain.empty()) np = chain;
    else if (!needs_speaker(d, cue)) return sub;
  }
  // "X issued a statement Tuesday, saying ...": the object before the participle is no source.
  const bool object_before = np.tb > s.tb && (d.flags(np.tb) & kDet) && !d.cap(np.tb - 1) &&
                             (d.str(np.tb - 1).ends_with("ed") || (d.flags(np.tb - 1) & kPast));
  // "made a pitch to New York voters saying ...": the object of a preposition neither.
  const bool prep_object = np.tb > s.tb && (d.flags(np.tb - 1) & kPrep) && !d.is(np.tb - 1, "of") &&
                           !d.is(np.tb - 1, "with");
  if (participle && !(d.flags(np.tb) & kPronoun) &&
      (object_before || prep_object || (np.te == u + 1 && !d.cap(u) && !(d.flags(u) & (kSourceNoun | kTitle))))) {
    // "the report found, citing ..." - a participle after an object noun: inherit instead.
    inherit(np.tb);
    return sub;
  }
  sub.place = SubjectPlace::kBefore;
  sub.np = np;
  sub.left_edge = np.tb;
  if (np.tb > s.tb && d.is(np.tb - 1, "what")) sub.after_what = true;  // "what it described as"
  if (np.tb > s.tb + 1 && d.is(np.tb - 1, "that") && (d.flags(np.tb - 2) & kNounCue)) sub.relative = true;
  if (np.tb > s.tb && d.is(np.tb - 1, "which")) sub.relative = true;
  return sub;
}

}  // namespace claimlens
