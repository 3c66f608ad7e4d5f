// verb_cues.cpp — reporting verbs: verb_cue finds the subject, what follows the cue and a
// fronted content; deny_cue finds what a denial verb rejects.
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// Whether the cue word at i is used as a verb here, before its subject is known: a noun
// ("the claims", "his report") lets a noun rule try; some uses are no cue at all.
CueRules::VerbUse CueRules::verb_use(std::uint32_t i, std::uint32_t ce, CueClass cls, const Sentence& s) const {
  // A noun use: "the claims", "his report", "Iran’s denial".
  const bool quantifier_subject =
      i > s.tb && (d.is(i - 1, "several") || d.is(i - 1, "many") || d.is(i - 1, "most") ||
                   d.is(i - 1, "some") || d.is(i - 1, "both") || d.is(i - 1, "all") || d.is(i - 1, "few") ||
                   // "one in five say": a share of a group
                   (i >= s.tb + 2 && d.is(i - 2, "in") && (d.flags(i - 1) & kDet) && !(d.flags(i - 1) & kStop) &&
                    !d.is(i - 1, "the") && !d.is(i - 1, "a") && !d.is(i - 1, "an")));
  const bool verb_only = verb_only_form(d.str(i));
  if (i > s.tb && ((d.flags(i - 1) & kDet) && !d.is(i - 1, "that") && !quantifier_subject && !verb_only))
    return VerbUse::kNoun;
  // ("Mr. Lee's said": "'s" before "said" or "told" is "has".)
  const bool participle_only = word_is(d.str(i), "said") || word_is(d.str(i), "told");
  if (i > s.tb && is_possessive(d, i - 1) && !participle_only) return VerbUse::kNoun;
  // "it's said", "that's told": "is" and a participle, a passive without its speaker.
  if (i > s.tb && be_contraction(d, i - 1)) return VerbUse::kNoCue;
  // "confirmed reports that P", "There were claims that P", "Despite claims that P": a
  // plural cue form right after a verb or a preposition is its object, a noun.
  if (i > s.tb && (d.flags(i) & kNounCue) && d.str(i).ends_with("s") && !verb_only && d.word(i - 1) &&
      (!d.cap(i - 1) || i - 1 == s.tb) &&
      (be_form(d, i - 1) || (d.flags(i - 1) & kPast) || ((d.flags(i - 1) & kPrep) && !d.is(i - 1, "to")) ||
       d.is(i - 1, "despite") ||
       (d.str(i - 1).size() > 4 && (d.str(i - 1).ends_with("ed") || d.str(i - 1).ends_with("ing")))))
    return VerbUse::kNoun;
  // "Dam dispute: ...": a bare cue form after a singular word, before a colon that ends a
  // line's opening label, is a noun ("Officials claim: ..." stays a verb).
  if (ce < s.te && d.punct(ce, PunctKind::kColon) && i <= s.tb + 2 && i > s.tb && !verb_only &&
      (d.tokens[s.tb].flags & kLineBefore) && !d.str(i).ends_with("s") && !d.str(i).ends_with("ed") &&
      d.word(i - 1) && !d.str(i - 1).ends_with("s") && !(d.flags(i - 1) & kPronoun))
    return VerbUse::kNoun;
  // "a liberal think tank", "her private email server", "the public remarks": a cue word
  // after a determiner (or preposition) and an adjective is a noun.
  if (i >= s.tb + 2 && ce == i + 1 && d.word(i - 2) && adjective_like(i - 1) && !d.str(i).ends_with("ed") &&
      !(d.flags(i) & kPast) && !word_is(d.str(i), "said") && !word_is(d.str(i), "told") &&
      (((d.flags(i - 2) & kDet) && !d.is(i - 2, "that")) || ((d.flags(i - 2) & kPrep) && !d.is(i - 2, "to"))))
    return VerbUse::kNoun;
  if (cls == CueClass::kStance && ce == i + 1 && stance_noun(d, i, s.tb)) return VerbUse::kNoun;
  // "In the report, published on Monday, the institute said P": a participle set off by
  // commas after a noun describes the noun ("published", "released", "issued").
  if (i >= s.tb + 3 && ce == i + 1 && d.punct(i - 1, PunctKind::kComma) && d.word(i - 2) && !d.cap(i) &&
      d.str(i).ends_with("ed") && (d.flags(i - 3) & kDet) && !(d.flags(i - 3) & kStop) &&
      (d.flags(i + 1) & (kPrep | kTime))) {
    std::uint32_t m = i + 1;
    while (m < s.te && m < i + 8 && d.word(m)) ++m;
    if (m + 1 < s.te && d.punct(m, PunctKind::kComma)) return VerbUse::kNoCue;
  }
  // "his radio show, “Name”", "the TV show “Name”": "show" before a title is the noun;
  // "showing off the hat", "showed up late" are no reports.
  if (stem_is(d.str(i), "show")) {
    std::uint32_t m = ce;
    if (m < s.te && d.punct(m, PunctKind::kComma)) ++m;
    if (word_is(d.str(i), "show") && m < s.te && d.punct(m, PunctKind::kQuoteOpen) && i > s.tb &&
        !(d.flags(i - 1) & kPronoun))
      return VerbUse::kNoun;
    if (ce < s.te && (d.is(ce, "off") || d.is(ce, "up"))) return VerbUse::kNoCue;
  }
  // A capitalised cue inside a sentence is part of a name or title, unless the line is a
  // headline in title case ("Mayor Says Bridge Will Reopen").
  if (d.cap(i) && i > s.tb && !(d.tokens[i].flags & kLineBefore) && !title_case_line(s)) return VerbUse::kNoCue;
  // "The video, posted by a blogger, alleges ...": a participle after a comma and before
  // "by" describes the phrase before it; it is no cue.
  if (i > s.tb && d.punct(i - 1, PunctKind::kComma) && d.is(ce, "by") && d.str(i).ends_with("ed")) return VerbUse::kNoun;
  return VerbUse::kVerb;
}

// "that night", "that week": "that" opening a time phrase, not a clause.
bool CueRules::that_time(std::uint32_t m, const Sentence& s) const {
  return m + 1 < s.te && d.is(m, "that") &&
         (d.is(m + 1, "night") || d.is(m + 1, "day") || d.is(m + 1, "week") || d.is(m + 1, "morning") ||
          d.is(m + 1, "evening") || d.is(m + 1, "year") || d.is(m + 1, "month") || d.is(m + 1, "time") ||
          d.is(m + 1, "afternoon"));
}

// Past the addressee of a telling verb ("told reporters", "assured the crowd"): where
// the content starts, from the first token k after the cue.
std::uint32_t CueRules::past_addressee(std::uint32_t k, const Sentence& s) const {
  std::uint32_t m = k;
  // "told the host she believed that P": a subject pronoun after the addressee opens
  // the content before any "that".
  std::uint32_t subject_at = kNone;
  while (m < s.te && m < k + 7 && d.word(m) && !d.is(m, "that")) {
    if (m > k && ((subject_pronoun(d, m) && m + 1 < s.te && d.word(m + 1) && !(d.flags(m + 1) & kPrep)) ||
                  pronoun_contraction(d, m))) {
      subject_at = m;
      break;
    }
    ++m;
  }
  const bool time_that = that_time(m, s);
  if (subject_at != kNone) k = subject_at;
  else if (m < s.te && d.is(m, "that") && !time_that) k = m;
  else if (object_pronoun(k) && k + 1 < s.te &&
           (d.word(k + 1) || ((d.punct(k + 1, PunctKind::kComma) || d.punct(k + 1, PunctKind::kColon)) &&
                              k + 2 < s.te && d.punct(k + 2, PunctKind::kQuoteOpen)))) {
    k = k + 1;  // "told me the plan was dead", "telling them, “P”"
  } else {
    const TokRange np = np_right(d, k, s.te, false);
    // "told a joke", "tells a different story": what is told, not whom it is told to.
    const std::uint32_t h = np.empty() ? kNone : np.te - 1;
    const bool told_thing = h != kNone && (d.is(h, "story") || d.is(h, "stories") || d.is(h, "tale") ||
                                           d.is(h, "tales") || d.is(h, "joke") || d.is(h, "jokes") ||
                                           d.is(h, "anecdote") || d.is(h, "anecdotes") || d.is(h, "version"));
    if (!np.empty() && !told_thing) k = np.te;
    // "Accomplice tells court warehouse owner paid him": a headline's bare addressee is one
    // body or group; the noun phrase after it is the content's subject.
    if (!np.empty() && np.te - np.tb >= 2 && !(d.flags(np.tb) & kDet) && !d.cap(np.tb) &&
        (d.flags(np.tb) & kSourceNoun) && !(d.flags(np.tb + 1) & (kSourceNoun | kTitle)) && in_headline(d, k)) {
      // (np_right may run on over the verb: "court owner paid him".)
      for (std::uint32_t v = np.tb + 2; v < s.te && v <= np.te && v < np.tb + 6 && d.word(v); ++v)
        if (!d.cap(v) && (finite_verb(d, v) || (d.flags(v) & kAux))) {
          k = np.tb + 1;
          break;
        }
    }
  }
  return k;
}

// Past the phrases of time, place and manner after a cue ("said in a statement Friday
// (that)", "told the panel on Monday the plan was dead"): where the content starts.
std::uint32_t CueRules::past_adjuncts(std::uint32_t k, CueClass cls, const Sentence& s) const {
  std::uint32_t m = k;
  while (m < s.te && m < k + 12 && !d.is(m, "that") &&
         (d.tokens[m].kind == TokKind::kWord || d.punct(m, PunctKind::kQuoteOpen) ||
          d.punct(m, PunctKind::kQuoteClose)))
    ++m;
  const bool time_that = that_time(m, s);
  // "said Thursday his budget is sound", "told the Gazette last week she would stay":
  // a bare time phrase, then the content without "that".
  const std::uint32_t q = time_phrase_end(k, s.te);
  const bool coordinated_that = m < s.te && d.is(m, "that") && (d.is(m - 1, "and") || d.is(m - 1, "but"));
  if (m < s.te && d.is(m, "that") && !time_that && !(coordinated_that && q > k)) k = m;
  else if (q > k && q < s.te && d.word(q) && !d.is(q, "that") &&
           ((d.flags(q) & (kPronoun | kDet)) || d.cap(q) || (d.tokens[q].flags & kDigit)))
    k = q;
  else {
    // "said in a statement Friday they removed it", "told the panel on Monday the
    // plan was dead": prepositional and time phrases, then a clause without "that".
    std::uint32_t r = k;
    // ("the facts reported by the agency in the cases it cited": no clause after a
    // passive participle's agent.)
    for (int hop = 0; hop < 4 && cls != CueClass::kStance && !d.is(k, "by") && r < s.te && d.word(r); ++hop) {
      const std::uint32_t t = time_phrase_end(r, s.te);
      if (t > r) {
        r = t;
        continue;
      }
      if (is_adverb(d, r) && !(d.flags(r) & kStop)) {
        ++r;
        continue;
      }
      // ("to" only before a noun phrase: "wrote to the board they would stay", not an infinitive)
      const bool to_np = d.is(r, "to") && r + 1 < s.te && d.word(r + 1) &&
                         (((d.flags(r + 1) & kDet) && !d.is(r + 1, "that")) || d.cap(r + 1) ||
                          d.is(r + 1, "me") || d.is(r + 1, "him") || d.is(r + 1, "us") || d.is(r + 1, "them"));
      if (!(d.flags(r) & kPrep) || (d.is(r, "to") && !to_np) || d.is(r, "that") || approximate_quantity(d, r, s.te))
        break;
      const TokRange np = np_right(d, r + 1, s.te, false);
      if (np.empty()) break;
      r = np.te;
    }
    // ("explained to the panel why the bridge closed": a question clause too.)
    const bool wh = r + 1 < s.te && d.word(r + 1) &&
                    (d.is(r, "why") || d.is(r, "how") || d.is(r, "whether") || d.is(r, "what") ||
                     d.is(r, "who") || d.is(r, "when") || d.is(r, "where"));
    if (r > k && (clause_opens(d, r, s.te) || pronoun_contraction(d, r) || wh)) k = r;
    else if (m < s.te && (d.punct(m, PunctKind::kComma) || d.punct(m, PunctKind::kColon) || terminal(d, m))) k = m;
  }
  return k;
}

// What follows a reporting verb at [i, ce): an addressee, a time or place, an aside, then
// "that" or the content itself (AfterCue says where it starts and how it opened).
AfterCue CueRules::after_cue(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags,
                             const Subject& sub, const Sentence& s) const {
  std::uint32_t k = ce;
  if (sub.place == SubjectPlace::kAfter && sub.np.tb == k) k = sub.np.te;
  bool saw_that = false;
  // Addressee: "told reporters", "assured the crowd".
  if ((wflags & kVerbTell) && k < s.te && d.word(k) && !d.is(k, "that")) k = past_addressee(k, s);
  // "has warned us about the risks": the person warned, then the preposition.
  if (cls == CueClass::kWarn && k + 2 < s.te && object_pronoun(k) &&
      (d.is(k + 1, "of") || d.is(k + 1, "about") || d.is(k + 1, "against")) && d.word(k + 2))
    ++k;
  // "told the mayors who gathered in Dover, “P”": the addressee's relative clause, a comma,
  // then the quotation.
  if ((wflags & kVerbTell) && k > ce && k < s.te && d.is(k, "who")) {
    std::uint32_t m = k + 1;
    bool cue_inside = false;
    while (m < s.te && m < k + 16 && d.word(m)) cue_inside |= (d.flags(m++) & kVerbCue) != 0;
    if (!cue_inside && m + 1 < s.te && d.punct(m, PunctKind::kComma) && d.punct(m + 1, PunctKind::kQuoteOpen))
      k = m;
  }
  // "told the crew to stay", "told voters not to worry": the order follows the addressee.
  const bool told_to = (wflags & kVerbTell) && k > ce && !finite_verb(d, ce) && k + 2 < s.te && d.word(k - 1) &&
                       !d.is(k - 1, "and") && !d.is(k - 1, "or") &&
                       ((d.is(k, "to") && d.word(k + 1) && !(d.flags(k + 1) & (kDet | kPronoun))) ||
                        (d.is(k, "not") && d.is(k + 1, "to")));
  // "said because the mayor is popular, she is an ally": a subordinate clause, a comma and
  // a clause with its own subject open the content.
  bool subordinate = false;
  if (k + 2 < s.te && d.word(k) && cls != CueClass::kDeny && cls != CueClass::kLabel &&
      cls != CueClass::kAccuse && cls != CueClass::kStance && !(d.flags(i) & kNounCue) &&
      (d.is(k, "because") || d.is(k, "although") || d.is(k, "though") || d.is(k, "unless") ||
       d.is(k, "while") || d.is(k, "when") || d.is(k, "once") || d.is(k, "since"))) {
    std::uint32_t m = k + 1;
    while (m < s.te && m < k + 20 && d.word(m)) ++m;
    subordinate = m > k + 2 && m + 2 < s.te && d.punct(m, PunctKind::kComma) &&
                  (clause_opens(d, m + 1, s.te) || pronoun_contraction(d, m + 1) ||
                   d.punct(m + 1, PunctKind::kQuoteOpen));
  }
  // "asked the mayor whether P": the question follows the person asked ("asked workers
  // to P" keeps the person: the request is "workers to P").
  bool asked_object = false;
  const auto question_word = [&](std::uint32_t m) {
    return d.is(m, "whether") || d.is(m, "if") || d.is(m, "what") || d.is(m, "why") || d.is(m, "how") ||
           d.is(m, "who") || d.is(m, "when") || d.is(m, "where");
  };
  if (cls == CueClass::kAsk && k < s.te && d.word(k) && !d.is(k, "that") && !question_word(k)) {
    for (std::uint32_t m = k + 1; m < s.te && m < k + 9 && d.word(m); ++m) {
      if (question_word(m)) {
        k = m;
        asked_object = true;
        break;
      }
      if ((d.flags(m) & (kVerbCue | kAux)) && !(d.flags(m) & kDet)) break;
    }
  }
  // "said in a statement (that)", "said on Tuesday that"
  if (k < s.te && d.word(k) &&
      ((d.flags(k) & (kTime | kPrep)) || d.is(k, "late") || d.is(k, "early") ||
       (is_adverb(d, k) && !(d.flags(k) & kAux))) &&
      !d.is(k, "that") && !approximate_quantity(d, k, s.te) && !told_to && !subordinate &&
      // ("warned of a new war": the object of the preposition is the content, below)
      !((cls == CueClass::kWarn || word_is(d.str(i), "complained")) &&
        (d.is(k, "of") || d.is(k, "about") || d.is(k, "against"))) &&
      // "say this is a rough patch": "this"/"next" open the content unless a time follows
      !((d.is(k, "this") || d.is(k, "next")) && time_phrase_end(k, s.te) == k) &&
      cls != CueClass::kAccuse && cls != CueClass::kLabel && cls != CueClass::kDeny &&
      !(cls == CueClass::kStance && d.is(k, "to")) && !agreed_to(i, k, s))
    k = past_adjuncts(k, cls, s);
  // "said — on the radio, as it happens — that P": an aside between dashes.
  if (k + 2 < s.te && d.punct(k, PunctKind::kDash) && d.word(k + 1)) {
    std::uint32_t m = k + 1;
    while (m < s.te && m < k + 14 && !d.punct(m, PunctKind::kDash) && !d.punct(m, PunctKind::kQuoteOpen) &&
           !terminal(d, m))
      ++m;
    if (m + 1 < s.te && d.punct(m, PunctKind::kDash) && d.is(m + 1, "that")) k = m + 1;
  }
  // "told a reporter for the Ledger, that P", "added, that P": a comma before "that"
  // ("that is" is an aside of its own; not in "P, she said in an interview, that Q",
  // where the fronted content goes on).
  // A content may stand before the subject: "P, officials said." / "“P,” said X." /
  // "P, X said, Q."
  const bool fronted_possible = sub.left_edge > s.tb &&
                                (d.punct(sub.left_edge - 1, PunctKind::kComma) ||
                                 d.punct(sub.left_edge - 1, PunctKind::kQuoteClose) ||
                                 d.punct(sub.left_edge - 1, PunctKind::kDash));
  if (k + 2 < s.te && d.punct(k, PunctKind::kComma) && d.is(k + 1, "that") && !d.is(k + 2, "is") &&
      sub.place == SubjectPlace::kBefore && !fronted_possible)
    ++k;
  // "said, among other things, that P"
  if (k + 2 < s.te && d.punct(k, PunctKind::kComma) && d.word(k + 1)) {
    std::uint32_t m = k + 1;
    while (m < s.te && m < k + 10 && d.word(m) && !d.is(m, "that")) ++m;
    if (m + 1 < s.te && d.punct(m, PunctKind::kComma) && d.is(m + 1, "that")) k = m + 1;
    // "told his audience, to loud applause: “P”" (not ", adding, “P”": a cue of its own)
    else if (m + 1 < s.te && (d.punct(m, PunctKind::kComma) || d.punct(m, PunctKind::kColon)) &&
             d.punct(m + 1, PunctKind::kQuoteOpen)) {
      bool cue_inside = false;
      for (std::uint32_t j = k + 1; j < m; ++j) cue_inside |= (d.flags(j) & kVerbCue) != 0;
      if (!cue_inside) k = m;
    }
  }
  // "dismissed that suggestion as ...": "that" before a reporting noun that ends its
  // phrase is a determiner, not the start of a clause.
  const bool that_determiner = k + 1 < s.te && d.is(k, "that") && (d.flags(k + 1) & kNounCue) &&
                               (k + 2 >= s.te || !d.word(k + 2) || d.is(k + 2, "as") || d.is(k + 2, "of") ||
                                d.is(k + 2, "by") || d.is(k + 2, "from"));
  if (k < s.te && d.is(k, "that") && !that_determiner) {
    saw_that = true;
    ++k;
    // "said that, if the reports are true, the firm broke the law": the clause opens
    // with the aside.
    if (k + 1 < s.te && d.punct(k, PunctKind::kComma) && d.word(k + 1)) ++k;
  }
  AfterCue a;
  a.k = k;
  a.saw_that = saw_that;
  a.told_to = told_to;
  a.subordinate = subordinate;
  a.asked_object = asked_object;
  a.fronted_possible = fronted_possible;
  return a;
}

// A content before the cue: "P, officials said.", "“P,” said X.", "P, X said, Q." Returns
// whether the sentence was such a case (and is done with).
bool CueRules::fronted_content(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags,
                               const Subject& sub, const AfterCue& a, const Sentence& s, Span cue,
                               const std::string& verb) {
  const std::uint32_t k = a.k;
  const bool saw_quote = a.saw_quote, saw_that = a.saw_that, fronted_possible = a.fronted_possible;
  const bool at_end = k >= s.te || terminal(d, k) || d.punct(k, PunctKind::kQuoteClose);
  const bool comma_after = k < s.te && d.punct(k, PunctKind::kComma);
  // "P, aides believe — voters he needs": a dash after the cue opens an aside, not the content.
  const bool dash_after = k + 1 < s.te && d.punct(k, PunctKind::kDash) && d.word(k + 1);
  // "According to court filings, Ostmark agreed to P": the phrase before the subject names
  // a source ("according to" has its own rule); it is nothing the subject said.
  if (sub.place == SubjectPlace::kBefore && d.is(s.tb, "according") && d.is(s.tb + 1, "to") &&
      sub.left_edge > s.tb + 2 && d.punct(sub.left_edge - 1, PunctKind::kComma)) {
    bool one_phrase = true;
    for (std::uint32_t m = s.tb + 2; m + 1 < sub.left_edge && one_phrase; ++m) one_phrase = d.word(m);
    if (one_phrase) return false;
  }
  std::uint32_t src = kNone;
  // A quotation right before the subject is the content whatever follows the cue
  // ("“P,” she said and hung up.").
  // ... when the quotation opens the sentence (or began before it), not when it is a
  // title inside a fronted phrase ("On Fox’s “Hannity,” Newt Gingrich said ...").
  const bool quote_before =
      sub.left_edge > s.tb &&
      (d.punct(s.tb, PunctKind::kQuoteOpen) || d.in_quote[s.tb] || set_off_quote(sub.left_edge - 1)) &&
      (d.punct(sub.left_edge - 1, PunctKind::kQuoteClose) ||
       (sub.left_edge > s.tb + 1 && d.punct(sub.left_edge - 1, PunctKind::kComma) &&
        d.punct(sub.left_edge - 2, PunctKind::kQuoteClose)));
  // A participle's content follows it (", referring to P"), never the quotation before.
  if (!participle_cue(d, i) &&
      (sub.place == SubjectPlace::kAfter ||
       (fronted_possible && (at_end || comma_after || dash_after || quote_before ||
                             (!saw_quote && tell_then_adjunct(ce, s, wflags)) ||
                             // ("In May, she vowed to ..." takes its infinitive)
                             // ("While X, she said this was wrong": "this" opens the content)
                             // ("X said at least 30 died": a number's "at least" opens the content)
                             (d.word(k) && (d.flags(k) & (kTime | kPrep)) && !approximate_quantity(d, k, s.te) &&
                              !((d.is(k, "this") || d.is(k, "next")) && time_phrase_end(k, s.te) == k) &&
                              !(cls == CueClass::kStance && d.is(k, "to")))))) &&
      !saw_that) {
    src = source_for(sub, sub.place == SubjectPlace::kAfter ? "source after the cue (inverted order)"
                                                            : "subject of the reporting verb");
    std::uint32_t end = sub.place == SubjectPlace::kAfter ? sub.left_edge : sub.left_edge - 1;
    if (d.punct(end, PunctKind::kQuoteClose)) ++end;
    std::uint32_t rest = kNone;
    if (comma_after && k + 1 < s.te && d.word(k + 1) && !participle_cue(d, k + 1) &&
        (!(d.flags(k + 1) & kStop) || (d.flags(k + 1) & (kPronoun | kAux)) || resumes_content(k + 1)) &&
        !d.is(k + 1, "according") &&
        !(sub.place == SubjectPlace::kAfter && (d.flags(k + 1) & kDet)) &&
        (!quote_before || (sub.place == SubjectPlace::kBefore && continues_quotation(k + 1))))
      rest = k + 1;
    if (sub.place == SubjectPlace::kAfter) rest = kNone;
    if (comma_after && k + 1 < s.te && d.punct(k + 1, PunctKind::kQuoteOpen)) rest = k + 1;
    // "“P,” said X, an economist at the institute, “Q.”": the quotation resumes after the
    // speaker (and an appositive).
    const bool quote_then_speaker = sub.place == SubjectPlace::kAfter &&
                                    d.punct(sub.left_edge, PunctKind::kQuoteClose) &&
                                    (d.punct(s.tb, PunctKind::kQuoteOpen) || d.in_quote[s.tb]);
    if (rest == kNone && quote_then_speaker && saw_quote && d.punct(k - 1, PunctKind::kComma)) rest = k;
    if (rest == kNone && quote_then_speaker && comma_after) {
      for (std::uint32_t m = k + 1; m + 1 < s.te && m < k + kMaxAppositive; ++m) {
        if (d.punct(m, PunctKind::kQuoteOpen) || d.punct(m, PunctKind::kParenOpen)) break;
        if (d.punct(m, PunctKind::kComma) && d.punct(m + 1, PunctKind::kQuoteOpen)) {
          rest = m + 1;
          break;
        }
      }
    }
    // "On his website, Trump promises ...", "If he wins, he vowed ...": a single fronted
    // adverbial or condition is not a content on its own ("If P, Q, he said" is).
    // ("Sorry, she said." ends the sentence at the cue: the fronted words are what was said.)
    const bool ends_at_cue = ce >= s.te || terminal(d, ce);
    if (rest == kNone && sub.place == SubjectPlace::kBefore && !d.punct(s.tb, PunctKind::kQuoteOpen) &&
        !quote_before && !ends_at_cue) {
      const std::uint32_t f0 = d.flags(s.tb);
      std::uint32_t words = 0, commas = 0;
      for (std::uint32_t m = s.tb; m + 1 < end; ++m) commas += d.punct(m, PunctKind::kComma);
      for (std::uint32_t m = s.tb; m < end && words < 4; ++m) words += d.word(m);
      if (commas == 0 && ((f0 & (kPrep | kStop)) || words <= 2 || d.is(s.tb, "perhaps"))) return true;
    }
    // "Asked about the plan, Clinton said, ...", "In a statement, X said, “...”", "When
    // asked, X said, “...”": a fronted participle phrase, or an adverbial before a quoted
    // content, is not part of the content that follows. ("In his state, X said, crime
    // fell": an adverbial before an unquoted rest belongs to it.)
    if (rest != kNone && sub.place == SubjectPlace::kBefore && d.word(s.tb) &&
        ((d.cap(s.tb) && (d.str(s.tb).ends_with("ed") || d.str(s.tb).ends_with("ing"))) ||
         (fronted_adverbial(s) && d.punct(rest, PunctKind::kQuoteOpen)))) {
      add_after(rest, s, Layer::kClaim, src, cue, "content after '" + verb + ",'");
      return true;
    }
    add_before(s, end, rest, src, cue, "content before its cue '" + verb + "'");
    return true;
  }
  return false;
}

// "Port denies fraud claims as shares sink", "Mayor calls audit “a lie” as Harwick council
// splits": in a headline, an "as" at m opening a clause of its own (a name or a plural noun,
// then its verb within four words), not a verdict ("as baseless", "as “lies”", "as Kremlin
// propaganda", "as lies spread by rivals").
bool CueRules::as_clause(std::uint32_t m, std::uint32_t end) const {
  if (!d.is(m, "as") || d.in_quote[m] || m + 2 >= end || !d.word(m + 1) || !in_headline(d, m) ||
      has_denial_predicate(d, {m + 1, std::min(end, m + 4)}))
    return false;
  const std::string_view w = d.str(m + 1);
  const bool name = d.cap(m + 1) && !(d.flags(m + 1) & kDet);
  const bool plural = !name && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss");
  if (!name && (d.flags(m + 1) & (kDet | kStop | kPrep))) return false;
  for (std::uint32_t v = m + 2; v < end && v < m + 6 && d.word(v); ++v) {
    if (d.cap(v) || (d.flags(v) & (kPrep | kStop))) continue;
    // A present verb ("turns"; "sink" after a plural, "opens" after "league"), not a
    // participle before "by".
    if (v + 1 < end && d.is(v + 1, "by")) return false;
    const std::string_view verb = d.str(v);
    if (verb.ends_with("ly")) return false;
    return name || plural || (verb.size() > 3 && verb.ends_with("s") && !verb.ends_with("ss") && v == m + 2);
  }
  return false;
}

// "called the report “lies spread by our enemies”", "called them outright lies", "called
// the report “irresponsible and wrong”": "lies", "wrong" or "a forgery" as the label (no lexicon entries:
// "the truth lies elsewhere", "it would be wrong to cut" say something else).
bool CueRules::label_rejects(std::uint32_t k, std::uint32_t end) const {
  for (std::uint32_t m = k + 1; m < end; ++m) {
    if (d.is(m, "wrong") && m + 1 < end && (d.punct(m + 1, PunctKind::kQuoteClose) || terminal(d, m + 1))) return true;
    // "called the letter “a forgery”": a forgery named by the one it is pinned on.
    if ((d.is(m, "forgery") || d.is(m, "forgeries")) && (d.is(m - 1, "a") || d.punct(m - 1, PunctKind::kQuoteOpen)))
      return true;
    if (!d.is(m, "lies")) continue;
    if (d.punct(m - 1, PunctKind::kQuoteOpen) || d.is(m - 1, "outright") || d.is(m - 1, "blatant") ||
        d.is(m - 1, "pure") || d.is(m - 1, "just") || d.is(m - 1, "all"))
      return true;
  }
  return false;
}

// "accused the mayor of P", "called the plan a disaster", "called the report false":
// the object is the content; calling it false makes the whole a denial, wrapping the
// reported claim when the object is one ("called the allegation that P false").
bool CueRules::label_or_accusation(std::uint32_t i, std::uint32_t k, std::uint32_t object,
                                   std::uint32_t object_noun, CueClass cls, const Subject& sub,
                                   const Sentence& s, Span cue, const std::string& verb) {
  std::uint32_t src = kNone;
  ClauseEnd e = clause_end(d, k, s.te, false);
  // "calling the report “false” and accusing her rivals of P": a second participle cue
  // after "and" starts an attribution of its own.
  for (std::uint32_t m = k + 1; m + 1 < e.end; ++m)
    if (d.is(m, "and") && d.word(m + 1) && (d.flags(m + 1) & kVerbCue) && d.str(m + 1).ends_with("ing")) {
      e.end = trim_end(d, k, m);
      break;
    }
  // Calling something false denies it; accusing someone of lying is still an accusation.
  const bool denial_word = cls == CueClass::kLabel && (has_denial_predicate(d, {k, e.end}) || label_rejects(k, e.end));
  bool of_for = false;
  for (std::uint32_t m = k; m < e.end; ++m)
    if (d.is(m, "of") || d.is(m, "for") || d.is(m, "with") || d.is(m, "as")) of_for = true;
  const bool weak = d.tokens[i].info && (word_is(verb, "criticized") || word_is(verb, "criticised") ||
                                         verb.ends_with("condemned") || verb.ends_with("slammed") ||
                                         word_is(verb, "condemns") || word_is(verb, "condemning") ||
                                         word_is(verb, "criticizes") || word_is(verb, "criticizing") ||
                                         word_is(verb, "slams") || word_is(verb, "slamming") ||
                                         word_is(verb, "faulted") || word_is(verb, "faults"));
  if (denial_word) {
    src = source_for(sub, "subject of the verb");
    // ("called the allegation that P false": the noun and its claim, not a position.)
    if (object_noun != kNone) ctx.handled[object_noun] = 0;
    for (std::uint32_t m = k + 1; m < e.end; ++m)
      if (as_clause(m, e.end)) {
        e.end = trim_end(d, k, m);
        break;
      }
    const std::uint32_t nested = labelled_claim(object, e.end, s);
    const std::uint32_t c = ctx.add_content(sub.adverb_begin, e.end, Layer::kDenial, src, cue,
                                            nested != kNone ? "'" + verb + "' with a denial predicate, wrapping a claim"
                                                            : "'" + verb + "' with a denial predicate");
    if (c != kNone && nested != kNone && c != nested) {
      ctx.out->contents[c].denies.push_back(nested);
      ctx.out->contents[c].wraps_claim = true;
    }
    return true;
  }
  if (weak) return true;
  if (cls == CueClass::kAccuse && !of_for) return true;
  src = source_for(sub, "subject of the reporting verb");
  const std::uint32_t rel = relative_object_start(sub, s);
  const std::uint32_t c = ctx.add_content(rel != kNone ? rel : k, e.end, Layer::kClaim, src, cue,
                                          cls == CueClass::kAccuse ? "accusation with '" + verb + "'"
                                                                    : "label given with '" + verb + "'");
  if (c != kNone && cls == CueClass::kAccuse) ctx.out->contents[c].from_accusation = ctx.out->contents[c].accuses = true;
  return true;
}

// "quoted", "cited" and their forms: the verbs of "quoted X as saying P" ("city" and
// "quota" share the letters, not the verb).
static bool quoting_verb(const Document& d, std::uint32_t i) {
  const std::string_view w = d.word(i) ? d.str(i) : std::string_view();
  return word_is(w, "quoted") || word_is(w, "quoting") || word_is(w, "quotes") || word_is(w, "quote") ||
         word_is(w, "cited") || word_is(w, "citing") || word_is(w, "cites") || word_is(w, "cite");
}

// "“P,” the minister was quoted as saying (by the agency).": the quotation before is what
// the person quoted said; an agent after "by" quoted it and is a source too. True if the
// sentence has that shape (and is done with).
bool CueRules::quoted_as_saying_after(std::uint32_t i, std::uint32_t ce, const Sentence& s) {
  if (!word_is(d.str(i), "saying") || i < s.tb + 5 || !d.is(i - 1, "as") || !stem_is(d.str(i - 2), "quot") ||
      !(d.flags(i - 3) & kAux) || !d.punct(s.tb, PunctKind::kQuoteOpen))
    return false;
  const std::uint32_t close = d.quote_end[s.tb];
  if (close == kNoQuote || close + 5 > i) return false;  // a name between the quotation and 'was'
  const TokRange np = np_left(d, i - 4, s.tb);
  if (np.empty() || np.tb > close + 2 || !plausible_source(d, np)) return false;
  for (std::uint32_t m = close + 1; m < np.tb; ++m)
    if (d.word(m)) return false;
  const std::uint32_t speaker = ctx.add_source(np, "person quoted ('was quoted as saying')");
  // (add_before: a quotation going on after the cue, "“P,” X was quoted as saying. “Q.”",
  // is one content.)
  const std::uint32_t c =
      add_before(s, close + 1, kNone, speaker, ctx.span(i - 2, ce), "quotation before 'was quoted as saying'");
  if (c != kNone && ce + 1 < s.te && d.is(ce, "by")) {
    const TokRange agent = np_right(d, ce + 1, s.te, false);
    if (!agent.empty() && plausible_source(d, agent))
      ctx.add_source_to(c, ctx.add_source(agent, "agent quoting ('quoted ... by X')", true));
  }
  return true;
}

// Returns false when the word is used as a noun ("the claims"), so a noun rule may try.
bool CueRules::verb_cue(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags) {
  const std::uint32_t si = d.sentence_of[i];
  const Sentence& s = d.sentences[si];
  switch (verb_use(i, ce, cls, s)) {
    case VerbUse::kNoun: return false;
    case VerbUse::kNoCue: return true;
    case VerbUse::kVerb: break;
  }
  // "The agency quoted the minister as saying P": the person quoted says P, and the one
  // quoting is a source of it too.
  if (word_is(d.str(i), "saying") && i >= s.tb + 3 && d.is(i - 1, "as")) {
    TokRange np = np_left(d, i - 2, s.tb);
    // ("quoted unnamed senior officials as saying": the phrase runs back to "quoted".)
    // ("quoted Col. Ana Lee, a ministry spokeswoman, as saying": with its appositive.)
    const bool appositive = d.punct(i - 2, PunctKind::kComma);
    const std::uint32_t last = appositive ? i - 2 : i - 1;  // (the phrase ends before the comma)
    const std::uint32_t window = appositive ? 16 : 8;
    for (std::uint32_t q = i - 2, commas = 0; q > s.tb && q + window > i; --q) {
      if (appositive && d.punct(q - 1, PunctKind::kComma) && ++commas <= 2) continue;
      if (!d.word(q - 1) && !d.punct(q - 1, PunctKind::kPeriod)) break;
      if (quoting_verb(d, q - 1)) {
        if (d.word(q)) np = {q, last};
        break;
      }
    }
    if (!np.empty() && np.tb > s.tb && quoting_verb(d, np.tb - 1)) {
      const std::uint32_t speaker = ctx.add_source(np, "person quoted ('quoted X as saying')");
      const Subject outer = find_subject(ctx, np.tb - 1, np.tb);
      const std::uint32_t c = add_after(ce, s, Layer::kClaim, speaker, ctx.span(i, ce),
                                        "content after 'quoted X as saying'");
      if (c != kNone && !outer.negated && !outer.passive)
        ctx.add_source_to(c, source_for(outer, "subject of 'quoted'"));
      return true;
    }
  }
  if (quoted_as_saying_after(i, ce, s)) return true;
  const bool verb_only = verb_only_form(d.str(i));
  const Subject sub = went_on_subject(i, ce, s, cls);
  // "called the Valdian claims baseless", "in the union's reports": a phrase right after a
  // verb or a preposition is its object, so a word that is also a noun cue is the noun.
  if (sub.place == SubjectPlace::kBefore && (d.flags(i) & kNounCue) && sub.np.tb > s.tb &&
      d.word(sub.np.tb - 1) && (d.flags(sub.np.tb - 1) & (kVerbCue | kPrep)) &&
      !(d.flags(sub.np.tb - 1) & (kAux | kStop)))
    return false;
  // "the dispute has flared", "claims are false": a noun before its verb.
  if (!sub.relative && !verb_only && ce < s.te && d.word(ce) && (d.flags(ce) & kAux) && !(d.flags(ce) & kDet) &&
      !(i > s.tb && ((d.flags(i - 1) & kPronoun) || d.cap(i - 1) || (d.flags(i - 1) & kSourceNoun))) &&
      !d.str(ce).ends_with("ly") && !d.is(ce, "also") && !d.is(ce, "not") && !d.is(ce, "n't") &&
      !d.is(ce, "now") && !d.is(ce, "then") && !d.is(ce, "again") && !d.is(ce, "later") &&
      !d.is(ce, "earlier") && !d.is(ce, "repeatedly") && !d.is(ce, "even") && !d.is(ce, "just") &&
      !d.is(ce, "only") && !d.is(ce, "often") && !d.is(ce, "still") && !d.is(ce, "further"))
    return false;
  if (embedded_relative(i, ce, sub, s, cls)) return true;
  if (sub.passive && cls == CueClass::kAsk && !sub.negated) return passive_question(i, ce, s);
  if (sub.passive && !sub.negated && cls != CueClass::kDeny && cls != CueClass::kLabel &&
      cls != CueClass::kAccuse && cls != CueClass::kAsk)
    return passive_by(i, ce, s);
  // "what officials called a hate crime", "what he calls corruption": a label given by a
  // named speaker, marked from "what" (not "rejected what it described as P", where the
  // phrase is the object a denial rejects).
  if (sub.after_what && !sub.passive && !sub.negated && cls == CueClass::kLabel && sub.place == SubjectPlace::kBefore &&
      sub.np.tb > s.tb && d.is(sub.np.tb - 1, "what") && ce < s.te && d.word(ce) &&
      !(sub.np.tb >= s.tb + 2 && (d.flags(sub.np.tb - 2) & kVerbCue) &&
        d.tokens[sub.np.tb - 2].info->verb_class == CueClass::kDeny) &&
      !d.is(ce, "as") && !d.is(ce, "it") && !(d.flags(ce) & kPrep)) {
    std::uint32_t end = clause_end(d, ce, s.te, true).end;
    // ("what he calls corruption was rife": the label ends before the sentence's verb)
    for (std::uint32_t m = ce + 1; m < end; ++m) {
      if (d.punct(m, PunctKind::kQuoteOpen) && d.quote_end[m] != kNoQuote && d.quote_end[m] < end) m = d.quote_end[m];
      if ((d.word(m) && !d.in_quote[m] && (((d.flags(m) & kAux) && finite_verb(d, m)) || (d.flags(m) & kPast))) ||
          d.punct(m, PunctKind::kDash) || d.punct(m, PunctKind::kParenClose)) {
        end = trim_end(d, ce, m);
        break;
      }
    }
    if (end > ce) {
      ctx.add_content(sub.np.tb - 1, end, Layer::kClaim, source_for(sub, "subject of the reporting verb"),
                      ctx.span(i, ce), "label given with '" + quoted(d, ctx.span(i, ce)) + "'");
      return true;
    }
  }
  if (sub.passive || sub.negated || sub.infinitive || sub.after_what) return true;
  // "..., also decries super PACs", "..., thanked another diner": a position's object is
  // no speaker in inverted order; only a quotation before it makes one ("“Act now,” urged Lee").
  if (sub.place == SubjectPlace::kAfter && cls == CueClass::kStance &&
      !(i > s.tb && (d.punct(i - 1, PunctKind::kQuoteClose) ||
                     (i > s.tb + 1 && d.punct(i - 1, PunctKind::kComma) && d.punct(i - 2, PunctKind::kQuoteClose)))))
    return true;
  // "Ode, along with two aides, say the plan failed", "Many — nurses among them — said
  // the loss is painful": a phrase after the cue that goes on with a verb is the subject
  // of the content, not a speaker in inverted order.
  if (sub.place == SubjectPlace::kAfter && cls != CueClass::kDeny && i > s.tb &&
      !d.punct(i - 1, PunctKind::kQuoteClose) && sub.np.te < s.te && finite_verb(d, sub.np.te)) {
    add_after(sub.np.tb, s, Layer::kClaim, kNone, ctx.span(i, ce),
              "content after reporting verb '" + quoted(d, ctx.span(i, ce)) + "'");
    return true;
  }
  if (sub.place == SubjectPlace::kNone && (cls == CueClass::kDeny || cls == CueClass::kStance)) return true;
  const Span cue = ctx.span(i, ce);
  const std::string verb = quoted(d, cue);
  const bool needs_that = (wflags & kVerbNeedsThat) != 0;

  AfterCue after = after_cue(i, ce, cls, wflags, sub, s);
  std::uint32_t k = after.k;
  const bool saw_that = after.saw_that, told_to = after.told_to, subordinate = after.subordinate;
  const bool asked_object = after.asked_object, fronted_possible = after.fronted_possible;
  bool saw_quote = false;
  // "Said the mayor, “We are ready.”", "Added the chief: P": a cue opening the sentence,
  // its speaker, then the content.
  // ("Asked Tuesday about it, X said ..." is a fronted participle.)
  if (!saw_that && sub.place == SubjectPlace::kAfter && i == s.tb && k + 1 < s.te && cls != CueClass::kAsk &&
      !(d.flags(sub.np.tb) & (kTime | kPrep)) &&
      (d.punct(k, PunctKind::kComma) || d.punct(k, PunctKind::kColon)) &&
      (d.word(k + 1) || d.punct(k + 1, PunctKind::kQuoteOpen))) {
    const std::uint32_t inv_src = source_for(sub, "source after the cue (inverted order)");
    add_after(k + 1, s, Layer::kClaim, inv_src, cue, "content after '" + verb + " X,'");
    return true;
  }
  // "As X said, P": the content follows the comma ("As X reported just today, P": after
  // an adverb or a time phrase).
  if (!saw_that && sub.place == SubjectPlace::kBefore && sub.np.tb > s.tb && d.is(sub.np.tb - 1, "as") &&
      k < s.te && d.word(k)) {
    std::uint32_t kk = time_phrase_end(k, s.te);
    while (kk < s.te && kk < k + 3 && is_adverb(d, kk) && !(d.flags(kk) & kStop)) kk = time_phrase_end(kk + 1, s.te);
    if (kk != k && comma_after_as(sub, s, kk)) k = kk;
  }
  if (!saw_that && comma_after_as(sub, s, k)) {
    const std::uint32_t as_src = source_for(sub, "subject of 'as X said'");
    add_after(k + 1, s, Layer::kClaim, as_src, cue, "content after 'as X " + verb + ",'");
    return true;
  }
  // "“Judge,” Brafman said, “I have ...”": a fronted content resumes after the comma.
  // ("He said:" closing a paragraph before a quoted one is handled below as a colon end.)
  if (k < s.te && (d.punct(k, PunctKind::kColon) || d.punct(k, PunctKind::kComma)) && k + 1 < d.size() &&
      d.punct(k + 1, PunctKind::kQuoteOpen) && !(d.tokens[k + 1].flags & kLineBefore) &&
      // (a participle's quotation follows it: "In Dover, Lee pressed on, saying, “P”")
      !(fronted_possible && d.punct(k, PunctKind::kComma) && sub.place == SubjectPlace::kBefore &&
        !participle_cue(d, i)))
    ++k;
  if (k < s.te && d.punct(k, PunctKind::kQuoteOpen)) saw_quote = true;
  const bool at_end = k >= s.te || terminal(d, k) || d.punct(k, PunctKind::kQuoteClose);
  const bool colon_end = k < d.size() && d.punct(k, PunctKind::kColon) && k + 1 < d.size() &&
                         (d.tokens[k + 1].flags & kLineBefore);

  std::uint32_t src = kNone;
  if (cls == CueClass::kDeny) {
    src = source_for(sub, "subject of the denial verb");
    deny_cue(i, ce, k, saw_that, sub, src, s, cue, verb);
    return true;
  }
  after.k = k;
  after.saw_quote = saw_quote;
  if (fronted_content(i, ce, cls, wflags, sub, after, s, cue, verb)) return true;
  // "The bridge is safe, as the mayor said last week.": a closing 'as X said' attributes
  // the clause before its comma, when nothing but adjuncts follow the cue.
  if (!saw_that && !saw_quote && sub.place == SubjectPlace::kBefore && cls != CueClass::kDeny &&
      cls != CueClass::kStance && cls != CueClass::kLabel && cls != CueClass::kAccuse && sub.np.tb >= s.tb + 3 &&
      d.is(sub.np.tb - 1, "as") &&
      d.punct(sub.np.tb - 2, PunctKind::kComma) && d.word(sub.np.tb - 3) && !d.is(sub.np.tb, "it") &&
      !be_contraction(d, sub.np.tb)) {
    // (only a time, place or manner phrase may follow: "as she said on Monday in Dover")
    std::uint32_t m = ce;
    bool in_phrase = false;
    for (; m < s.te && d.word(m); ++m) {
      const std::uint32_t f = d.flags(m);
      // ("continued to speak": an infinitive, not a phrase of time or place)
      if (d.is(m, "to") && m + 1 < s.te && d.word(m + 1) && !(d.flags(m + 1) & (kDet | kPronoun)) && !d.cap(m + 1))
        break;
      if (f & (kTime | kPrep)) in_phrase = in_phrase || (f & kPrep);
      else if ((f & kDet) || (is_adverb(d, m) && !(f & kAux))) continue;
      else if (!in_phrase || finite_verb(d, m) || (f & (kStop | kVerbCue))) break;
    }
    // (the speaker and the cue are adjacent but for adverbs: not "as Lee continued to speak")
    bool adjacent = true;
    for (std::uint32_t j = sub.np.te; j < i; ++j) adjacent = adjacent && is_adverb(d, j);
    if (adjacent && (m >= s.te || terminal(d, m))) {
      src = source_for(sub, "subject of 'as X said'");
      add_before(s, sub.np.tb - 2, kNone, src, cue, "content before 'as X " + verb + "'");
      return true;
    }
  }
  // No subject found ("Most of them said P", "Her aides here said P", "X, himself a
  // candidate, said P"): what a form of "say" introduces, or a "that" clause or quotation
  // after a word that is no noun ("called that report “false”"), is still a content,
  // with no source.
  if (sub.place == SubjectPlace::kNone &&
      (!(say_form(d.str(i)) || ((saw_that || saw_quote) && !(d.flags(i) & kNounCue))) ||
       cls == CueClass::kLabel || cls == CueClass::kAccuse))
    return true;
  // "the plan, which the union opposed for years.": the relative pronoun is the position.
  if (at_end && cls == CueClass::kStance && !saw_that && relative_object_start(sub, s) != kNone)
    return stance_cue(k, sub, s, cue, verb, i);
  if (at_end) {
    // "“P.” She said." is rare; "He said so." has no content. Try the previous quote.
    if (s.te - s.tb <= 8 && si > 0 && d.sentences[si - 1].paragraph == s.paragraph) {
      const Sentence& p = d.sentences[si - 1];
      std::uint32_t e = p.te;
      while (e > p.tb && terminal(d, e - 1)) --e;
      if (e > p.tb && d.punct(e - 1, PunctKind::kQuoteClose) && d.punct(p.tb, PunctKind::kQuoteOpen)) {
        src = source_for(sub, "subject of the reporting verb");
        ctx.add_content(p.tb, p.te, Layer::kClaim, src, cue, "quotation before its cue '" + verb + "'");
      }
    }
    return true;
  }
  if (colon_end) {
    // "She said:" closing a paragraph; the next paragraph is the content.
    if (si + 1 < d.sentences.size()) {
      src = source_for(sub, "subject of the reporting verb");
      paragraph_content(si + 1, src, cue, "paragraph after '" + verb + ":'");
    }
    return true;
  }
  if (cls == CueClass::kStance && !saw_that && !sub.after_what) return stance_cue(k, sub, s, cue, verb, i);
  // "warned of a new war", "complained about the fees": the object of the preposition.
  if ((cls == CueClass::kWarn || word_is(verb, "complained")) && !saw_that && k + 1 < s.te &&
      (d.is(k, "of") || d.is(k, "about") || d.is(k, "against")) && d.word(k + 1)) {
    src = source_for(sub, "subject of the reporting verb");
    add_after(k + 1, s, Layer::kClaim, src, cue, "object of '" + verb + " " + std::string(d.str(k)) + "'");
    return true;
  }
  // "announced he is leaving": a subject pronoun opens a clause as "that" would.
  // "announced it was leaving" too, when an auxiliary follows "it".
  const bool pronoun_clause = k + 1 < s.te &&
                              ((subject_pronoun(d, k) &&
                                d.word(k + 1) && !(d.flags(k + 1) & kPrep)) ||
                               pronoun_contraction(d, k) ||
                               (d.is(k, "it") && d.word(k + 1) && (d.flags(k + 1) & kAux) && (d.flags(k + 1) & kStop)));
  if (needs_that && !saw_that && !saw_quote && !pronoun_clause) {
    // "revealed a new plan": what is made known is the content.
    if (sub.place != SubjectPlace::kNone && made_known_object(i, k, s)) return stance_cue(k, sub, s, cue, verb, i);
    if (sub.place != SubjectPlace::kNone && agreed_to(i, k, s)) {
      src = source_for(sub, "subject of the reporting verb");
      add_after(k, s, Layer::kClaim, src, cue, "what was agreed with '" + verb + "'");
      return true;
    }
    if (!(survey_found(i, sub) || wh_clause(k, s, cls)) || k >= s.te || !d.word(k) || (d.flags(k) & kPrep))
      return true;
  }
  if (k < s.te && d.word(k) && !saw_that && !asked_object && !told_to && !subordinate) {
    const std::uint32_t f = d.flags(k);
    if (cls == CueClass::kAccuse || (cls == CueClass::kLabel && !(f & kPrep))) {
      // "accused the mayor of taking bribes", "calling them lies": handled below.
    } else if (sub.relative && (f & kAux)) {
      // "which they contend is not the case": the content lacks its subject.
    } else if (((f & kPrep) && !approximate_quantity(d, k, s.te)) || d.is(k, "to") || (f & kStop && !(f & (kDet | kPronoun)) &&
                                                 !d.is(k, "what") && !d.is(k, "how") &&
                                                 !d.is(k, "why") && !d.is(k, "if") &&
                                                 !d.is(k, "whether") && !d.is(k, "there"))) {
      return true;  // "called for", "said to", "said as much"
    }
  }
  // "Rubio says, win or lose, he is staying": the content follows the comma.
  if (k + 1 < s.te && d.punct(k, PunctKind::kComma)) {
    const std::string_view vw = d.str(i);
    const bool clear_verb = ce == i + 1 && !(d.flags(i) & kNounCue) &&
                            (vw.back() == 's' || vw.ends_with("ed") || word_is(vw, "said") ||
                             word_is(vw, "told") || word_is(vw, "wrote") || word_is(vw, "say"));
    if (!clear_verb || sub.place != SubjectPlace::kBefore || !d.word(k + 1) || participle_cue(d, k + 1) ||
        (d.flags(k + 1) & (kStop | kPrep)) || d.is(k + 1, "according"))
      return true;
    ++k;
  } else if (k < s.te && d.punct(k, PunctKind::kComma)) {
    return true;
  }
  // "reiterated their position that P": the content is P.
  const std::uint32_t object = k;
  std::uint32_t object_noun = kNone;
  if (!saw_that) {
    std::uint32_t m = k;
    if (m < s.te && (d.flags(m) & kDet)) ++m;
    if (m + 1 < s.te && (d.flags(m) & kNounCue) && d.is(m + 1, "that")) {
      k = m + 2;
      ctx.handled[m] = 1;
      object_noun = m;
    }
  }
  if (cls == CueClass::kLabel && !label_given(i, k, s)) return true;
  if (cls == CueClass::kAccuse || cls == CueClass::kLabel)
    return label_or_accusation(i, k, object, object_noun, cls, sub, s, cue, verb);
  src = source_for(sub, sub.place == SubjectPlace::kInherited ? "source inherited in the sentence"
                                                               : "subject of the reporting verb");
  const std::uint32_t c =
      add_after(k, s, Layer::kClaim, src, cue,
                std::string(saw_that ? "complement clause" : saw_quote ? "quotation" : "content") +
                    " after reporting verb '" + verb + "'",
                sub.ends_at_comma || in_fronted_clause(s, i));
  if (c != kNone && cls == CueClass::kAllege) ctx.out->contents[c].from_accusation = true;
  if (c != kNone) cited_in_subject_aside(c, sub, i);
  return true;
}

// The claim of a reporting noun opening the object at `from` ("the claims by X that P",
// "the nurses’ claim that P": a plural possessive's apostrophe is passed over), within four
// words and before `limit`; kNone when there is none.
std::uint32_t CueRules::wrapped_claim(std::uint32_t from, std::uint32_t limit) {
  for (std::uint32_t m = from, words = 0; m < limit && words < 4; ++m) {
    if (d.flags(m) & kNounCue) return noun_cue(m, true);
    if (!d.word(m) && !possessive_apostrophe(d, m)) break;
    words += d.word(m);
  }
  return kNone;
}

// "called the allegation that P “false”", "described the report that P as baseless": the
// object is a reporting noun with its claim; the claim ends where the verdict begins.
// Returns the claim, or kNone when the object is no such noun.
std::uint32_t CueRules::labelled_claim(std::uint32_t k, std::uint32_t end, const Sentence& s) {
  const std::uint32_t nested = wrapped_claim(k, end);
  if (nested == kNone) return kNone;
  ContentFinding& inner = ctx.out->contents[nested];
  for (std::uint32_t m = inner.tokens.tb + 1; m < inner.tokens.te && m < s.te; ++m) {
    const bool verdict = d.is(m, "as") || d.punct(m, PunctKind::kQuoteOpen) || (d.flags(m) & kDenialWord);
    if (!verdict || !has_denial_predicate(d, {m, inner.tokens.te})) continue;
    const std::uint32_t cut = trim_end(d, inner.tokens.tb, m);
    if (cut > inner.tokens.tb) {
      inner.tokens.te = cut;
      inner.span.end = d.tokens[cut - 1].end;
    }
    break;
  }
  // Cut to its claim, the content is no longer a verdict of its own.
  if (!has_denial_predicate(d, inner.tokens)) inner.layer = Layer::kClaim;
  return nested;
}

// "rebutted the figures in a letter to fans": where a denial was made is no part of what
// it rejects. True if token m opens "in a letter", "in a statement", "in an interview" ...
bool CueRules::said_in(std::uint32_t m) const {
  if (!d.is(m, "in") || m + 2 >= d.size() || !(d.is(m + 1, "a") || d.is(m + 1, "an") || d.is(m + 1, "its") ||
                                               d.is(m + 1, "his") || d.is(m + 1, "her") || d.is(m + 1, "their")))
    return false;
  for (std::uint32_t j = m + 2; j < m + 4 && j < d.size() && d.word(j); ++j) {
    const std::string_view w = d.str(j);
    if (word_is(w, "letter") || word_is(w, "statement") || word_is(w, "interview") || word_is(w, "post") ||
        word_is(w, "speech") || word_is(w, "email") || word_is(w, "message") || word_is(w, "video") ||
        word_is(w, "note") || word_is(w, "briefing") || word_is(w, "filing") || word_is(w, "response"))
      return true;
  }
  return false;
}

void CueRules::deny_cue(std::uint32_t i, std::uint32_t ce, std::uint32_t k, bool saw_that, const Subject& sub,
                        std::uint32_t src, const Sentence& s, Span cue, const std::string& verb) {
  const std::uint32_t si = d.sentence_of[i];
  const std::uint32_t begin = sub.adverb_begin < i ? sub.adverb_begin : i;
  if (saw_that) {
    const ClauseEnd e = clause_end(d, k, s.te, false);
    ctx.add_content(begin, e.end, Layer::kDenial, src, cue, "denial verb '" + verb + "' with its clause");
    return;
  }
  // "pushed back on the claims" rejects them; "pushed back in writing", "hit back harder"
  // say that someone answered, not what they rejected: nothing to mark.
  if (ce > i + 1 && d.is(ce - 1, "back") && !(k < s.te && (d.is(k, "on") || d.is(k, "against") || d.is(k, "at"))))
    return;
  const bool no_object = k >= s.te || !d.word(k);
  // "P, a charge their lawyers deny": a reporting noun right before the subject.
  const bool after_noun = sub.place == SubjectPlace::kBefore && sub.np.tb > s.tb + 1 &&
                          (d.flags(sub.np.tb - 1) & kNounCue) && (d.flags(sub.np.tb - 2) & kDet);
  if (no_object || sub.relative) {
    const std::uint32_t c = ctx.add_content(begin, ce, Layer::kDenial, src, cue, "denial verb '" + verb + "'");
    if (c != kNone && (sub.relative || after_noun)) {
      // "a claim that Tehran denied" -> the claim before "a claim".
      const std::uint32_t noun = sub.relative ? (sub.np.tb >= 2 ? sub.np.tb - 2 : 0) : sub.np.tb - 1;
      const std::uint32_t claim = ctx.recent_claim_in_sentence(si, noun);
      if (claim != kNone) ctx.out->contents[c].denies.push_back(claim);
    }
    return;
  }
  // The object, possibly wrapping a claim: "dismissed assertions by X that P".
  std::uint32_t nested = kNone;
  // "dismissed as “nonsense” claims that P": the verdict may come before the object.
  std::uint32_t from = k;
  if (d.is(k, "as") && k + 2 < s.te) {
    std::uint32_t m = k + 1;
    if (d.punct(m, PunctKind::kQuoteOpen) && d.quote_end[m] != kNoQuote && d.quote_end[m] + 1 < s.te) {
      m = d.quote_end[m] + 1;
    } else {
      while (m < s.te && m < k + 4 && d.word(m) && !(d.flags(m) & kNounCue)) ++m;
    }
    if (m < s.te && d.word(m)) from = m;
  }
  nested = wrapped_claim(from, s.te);
  std::uint32_t end;
  if (nested != kNone) {
    ContentFinding& inner = ctx.out->contents[nested];
    end = inner.tokens.te;
    // "dismissed allegations that P as fabricated": the "as" phrase is the denial's
    // verdict on P, not part of P.
    for (std::uint32_t m = inner.tokens.tb + 1; m + 1 < inner.tokens.te; ++m) {
      // ("dismissed her claim that P as “the sulking of a poor loser”": a quoted verdict too.)
      if (!d.is(m, "as") || !(has_denial_predicate(d, {m + 1, inner.tokens.te}) ||
                              (d.punct(m + 1, PunctKind::kQuoteOpen) && d.quote_end[m + 1] != kNoQuote &&
                               d.quote_end[m + 1] + 3 >= inner.tokens.te)))
        continue;
      const std::uint32_t cut = trim_end(d, inner.tokens.tb, m);
      if (cut > inner.tokens.tb) {
        inner.tokens.te = cut;
        inner.span.end = d.tokens[cut - 1].end;
      }
      break;
    }
  } else {
    end = clause_end(d, k, s.te, true).end;
    for (std::uint32_t m = k + 1; m < end; ++m) {
      // "... as \"speculation,\" and it has not said": a new clause with its own subject.
      const bool new_clause = m + 1 < end && (d.is(m, "and") || d.is(m, "but")) && !d.word(m - 1) &&
                              (d.flags(m + 1) & kPronoun);
      // "denied the claims after a long meeting", "rejects charge despite protests": what
      // is rejected ends before a time or circumstance.
      // ("disputed the account of when the payment was made": after a preposition, "when"
      // opens the object's own clause.)
      const bool adjunct = d.word(m) && !d.in_quote[m] && !(d.word(m - 1) && (d.flags(m - 1) & kPrep)) &&
                           (d.is(m, "after") || d.is(m, "despite") || d.is(m, "following") ||
                            d.is(m, "during") || d.is(m, "while") || d.is(m, "because") || d.is(m, "before") ||
                            d.is(m, "until") || d.is(m, "when") || d.is(m, "within") || said_in(m) ||
                            (m > k + 1 && as_clause(m, end)));
      if (new_clause || adjunct) {
        end = trim_end(d, k, m);
        break;
      }
    }
  }
  const std::uint32_t c = ctx.add_content(begin, end, Layer::kDenial, src, cue,
                                          nested != kNone ? "denial verb '" + verb + "' wrapping a claim"
                                                          : "denial verb '" + verb + "' with its object");
  if (c != kNone && nested != kNone && c != nested) {
    ctx.out->contents[c].denies.push_back(nested);
    ctx.out->contents[c].wraps_claim = true;
  }
}

}  // namespace claimlens
