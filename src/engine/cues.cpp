// Reporting cues and their contents: the attribution rules.
//
//   verb cues     "X said (that) P", "P, X said", "“P,” said X", "X told Y P",
//                 "X accused Y of P", "X called P baseless", "X denied P", ", adding P",
//                 "X was asked whether P", "P was opposed by X", "a plan that X said would P"
//   noun cues     "the claim (by X) that P", "X’s stance that P", "assertions made by X
//                 alleging that P", ", a claim echoed by X"
//   phrases       "according to X, P", "P, according to X", "from X’s perspective, P",
//                 "cited by X", bylines ("By Jane Smith"), outlet lines ("(Daily Courier)")
// Every rule looks at a bounded window around its cue, so the pass is linear.
//
// Index of this file:
// [SECTION] Contents and where they end: add_after, fronted contents, quotation runs
// [SECTION] Reporting nouns: "the claim that P", "a statement:", noun_cue
// [SECTION] Passive cues: "was asked whether P", "was opposed by X"
// [SECTION] Clause shape: relative clauses, fronted clauses, labels, time phrases
// [SECTION] Positions: stance verbs and their objects
// [SECTION] Reporting verbs: verb_cue (subject, what follows the cue, fronted content), deny_cue
// [SECTION] Phrases and lines: "according to", surveys, "in X's view", outlets, "Name:" lines
// [SECTION] The pass: every token once, in text order
#include "clause_start.h"
#include "clauses.h"
#include "np.h"
#include "rules.h"

namespace claimlens {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "say", "says", "said", "saying": the plainest reporting verb.
bool say_form(std::string_view w) {
  return word_is(w, "said") || word_is(w, "says") || word_is(w, "say") || word_is(w, "saying");
}

bool terminal(const Document& d, std::uint32_t i) {
  const PunctKind k = d.tokens[i].punct;
  return k == PunctKind::kPeriod || k == PunctKind::kQuestion || k == PunctKind::kExclaim ||
         k == PunctKind::kEllipsis;
}

// Whether a word begins with the lower-case stem ("Announced" has "announc").
bool stem_is(std::string_view w, std::string_view stem) {
  return w.size() >= stem.size() && word_is(w.substr(0, stem.size()), stem);
}

std::string quoted(const Document& d, Span cue) {
  return std::string(d.text.substr(cue.begin, cue.end - cue.begin));
}

struct Rules {
  RuleContext& ctx;
  const Document& d;

  std::uint32_t source_for(const Subject& sub, const char* why) {
    if (sub.place == SubjectPlace::kInherited) return sub.inherited;
    if (sub.place == SubjectPlace::kBefore || sub.place == SubjectPlace::kAfter)
      return ctx.add_source(sub.np, why);
    return kNone;
  }

  //-----------------------------------------------------------------------------
  // [SECTION] Contents and where they end: add_after, fronted contents, quotation runs
  //-----------------------------------------------------------------------------

  // Adds the content starting at `start` (and any "and that Q" after it).
  std::uint32_t add_after(std::uint32_t start, const Sentence& s, Layer layer, std::uint32_t src,
                          Span cue, const std::string& why, bool stop_at_comma = false) {
    std::uint32_t first = kNone;
    std::uint32_t guard = 0;
    // "added a caveat: “P”", "said in 2015: “P”": a few words and a colon before a quotation
    // introduce it; the quotation is the content.
    for (std::uint32_t m = start + 1; m < start + 6 && m + 1 < s.te; ++m) {
      if (d.word(m)) continue;
      if (d.punct(m, PunctKind::kColon) && d.punct(m + 1, PunctKind::kQuoteOpen)) start = m + 1;
      break;
    }
    while (start != kNone && start < s.te && guard++ < 8) {
      const ClauseEnd ce = clause_end(d, start, s.te, stop_at_comma);
      if (ce.end <= start) break;
      const std::uint32_t c = ctx.add_content(start, ce.end, layer, src, cue, why);
      if (first == kNone) first = c;
      start = ce.next;
    }
    return first;
  }

  // End of a sentence-opening discourse marker at b ("however", "in fact", "of course"),
  // or b when there is none.
  std::uint32_t discourse_marker_end(std::uint32_t b, std::uint32_t end) const {
    if (b + 1 >= end || !d.word(b)) return b;
    if (d.is(b, "however") || d.is(b, "and") || d.is(b, "but") || d.is(b, "so") || d.is(b, "indeed") ||
        d.is(b, "still") || d.is(b, "meanwhile") || d.is(b, "instead") || d.is(b, "yet") || d.is(b, "moreover") ||
        d.is(b, "furthermore") || d.is(b, "besides") || d.is(b, "nonetheless") || d.is(b, "nevertheless") ||
        d.is(b, "ultimately") || d.is(b, "similarly") || d.is(b, "likewise") || d.is(b, "rather") ||
        d.is(b, "now") || d.is(b, "again") || d.is(b, "thus") || d.is(b, "therefore"))
      return b + 1;
    if (b + 2 < end && ((d.is(b, "in") && (d.is(b + 1, "fact") || d.is(b + 1, "short") || d.is(b + 1, "addition") ||
                                            d.is(b + 1, "general") || d.is(b + 1, "turn"))) ||
                        (d.is(b, "of") && d.is(b + 1, "course")) || (d.is(b, "after") && d.is(b + 1, "all")) ||
                        (d.is(b, "at") && d.is(b + 1, "least")) || (d.is(b, "for") && d.is(b + 1, "now")) ||
                        (d.is(b, "by") && d.is(b + 1, "contrast")) || (d.is(b, "even") && d.is(b + 1, "so"))))
      return b + 2;
    return b;
  }

  // "“It was bad luck,” he said, that the two met", "“It is wiser,” she added, to wait":
  // after a quotation and its cue, a "that" clause or an infinitive finishes the quoted
  // sentence, so the content runs on through the cue.
  bool continues_quotation(std::uint32_t j) const {
    if (!d.word(j) || d.cap(j)) return false;
    if (d.is(j, "that") || d.is(j, "would")) return true;
    // "to pursue ...", not "to cheers from the crowd", "to loud cheers" or "to the press"
    const auto plural = [&](std::uint32_t m) {
      return m < d.size() && d.word(m) && !(d.flags(m) & kStop) && ends_with(d.str(m), "s") &&
             !ends_with(d.str(m), "ss");
    };
    return d.is(j, "to") && j + 1 < d.size() && d.word(j + 1) && !d.cap(j + 1) && !(d.flags(j + 1) & kDet) &&
           !plural(j + 1) && !plural(j + 2);
  }

  // "The people of Arden “deserve better. That is Roe,” said X": the words that open the
  // quotation's sentence before its mark belong to the content; returns their start, or
  // `open` when a cue, colon or dash comes before the mark there.
  std::uint32_t lead_in_start(std::uint32_t open) const {
    const std::uint32_t tb = d.sentences[d.sentence_of[open]].tb;
    if (open == tb || !d.word(open - 1)) return open;
    for (std::uint32_t j = tb; j < open; ++j)
      if ((d.word(j) && (d.flags(j) & kVerbCue)) || d.punct(j, PunctKind::kColon) || d.punct(j, PunctKind::kDash) ||
          d.punct(j, PunctKind::kQuoteOpen) || d.punct(j, PunctKind::kQuoteClose))
        return open;
    return tb;
  }

  // Content before the subject: from the sentence start (or its opening quote) to `end`.
  // With `rest`, material after the cue continues the same content ("P, X said, Q").
  std::uint32_t add_before(const Sentence& s, std::uint32_t end, std::uint32_t rest,
                           std::uint32_t src, Span cue, const std::string& why) {
    std::uint32_t b = s.tb;
    // A content quoted across the previous sentence(s): "“P. Q,” he said."
    if (d.punct(b, PunctKind::kQuoteClose) || (!d.punct(b, PunctKind::kQuoteOpen) && d.in_quote[b])) {
      // walk back to the quote's opening mark within the paragraph (bounded)
      std::uint32_t k = b;
      const std::uint32_t para = d.paragraph_of(b);
      while (k > 0 && b - k < kMaxClauseTokens && d.paragraph_of(k - 1) == para &&
             !(d.punct(k - 1, PunctKind::kQuoteOpen) && d.quote_end[k - 1] >= b))
        --k;
      if (k > 0 && d.punct(k - 1, PunctKind::kQuoteOpen)) b = lead_in_start(k - 1);
    }
    // "So it makes sense, strategists said, ...": a leading conjunction is not content.
    while (b < end && (d.is(b, "so") || d.is(b, "and") || d.is(b, "but") || d.is(b, "still")) &&
           b + 1 < end && d.word(b + 1))
      ++b;
    // "In fact, P, analysts say", "However, P, she said": a discourse marker and its comma.
    {
      const std::uint32_t m = discourse_marker_end(b, end);
      if (m > b && m + 1 < end && d.punct(m, PunctKind::kComma) && d.word(m + 1)) b = m + 1;
    }
    // "Roe saw it differently: “P,” she said.", "Neither liked her - “born rich,” Roe said -
    // but ...": the content is the quotation after the colon or dash.
    if (end > b + 2 && d.punct(end - 1, PunctKind::kQuoteClose) && !d.punct(b, PunctKind::kQuoteOpen)) {
      std::uint32_t q = end - 2;
      while (q > b && end - q < kMaxClauseTokens && d.in_quote[q]) --q;
      // ("X said: “P,” ...": a cue before the colon keeps the sentence whole.)
      if (q > b + 1 && d.punct(q, PunctKind::kQuoteOpen) && d.quote_end[q] == end - 1 &&
          (d.punct(q - 1, PunctKind::kColon) || d.punct(q - 1, PunctKind::kDash)) && !(d.flags(q - 2) & kVerbCue))
        b = q;
    }
    std::uint32_t e = end;
    const bool ends_quoted = end > b && d.punct(end - 1, PunctKind::kQuoteClose);
    // After a quotation, only another quotation continues the content ("“P,” she said,
    // “Q.”"); otherwise the rest of the sentence does ("The plan, he said, is sound.").
    if (rest != kNone && ends_quoted && !d.punct(rest, PunctKind::kQuoteOpen) && !continues_quotation(rest))
      rest = kNone;
    if (rest != kNone && rest < s.te) {
      const ClauseEnd ce = clause_end(d, rest, s.te, false);
      if (ce.end > rest) e = ce.end;
    }
    if (e > b && (d.punct(e - 1, PunctKind::kQuoteClose) || d.punct(b, PunctKind::kQuoteOpen))) {
      // The quotation goes on later in the paragraph: “P,” X said. [...] “Q.” (even when the
      // rest of the sentence holds other cues: "“P,” said X, who noted that R. “Q.”")
      const std::uint32_t last = quote_run_end(s.te, d.paragraph_of(e - 1));
      if (last > s.te && last > e) return ctx.add_content(b, last, Layer::kClaim, src, cue, why + ", quotation continued");
    }
    return ctx.add_content(b, e, Layer::kClaim, src, cue, why);
  }

  // "P, Roe told a Senate panel Wednesday.", "P, Roe told aides as he left.": a tell verb
  // whose addressee is followed only by a time, place or manner phrase says nothing after
  // it; a fronted content is its content.
  bool tell_then_adjunct(std::uint32_t ce, const Sentence& s, std::uint32_t wflags) const {
    if (!(wflags & kVerbTell) || ce >= s.te || !d.word(ce) || d.is(ce, "that")) return false;
    // No clause or quotation may follow later ("told Fox in May that P", "told Roe, “P”").
    const auto nothing_said_after = [&](std::uint32_t m) {
      for (std::uint32_t j = m; j < s.te; ++j)
        if (d.is(j, "that") || d.punct(j, PunctKind::kQuoteOpen) || d.punct(j, PunctKind::kColon) ||
            (d.word(j) && (d.flags(j) & kVerbCue)))
          return false;
      return true;
    };
    for (std::uint32_t m = ce; m < s.te && m < ce + 8; ++m) {
      if (terminal(d, m) || d.punct(m, PunctKind::kComma)) return m > ce && nothing_said_after(m);
      // ("reminded voters of P", "told aides about P": the object of the preposition is said.)
      if (!d.word(m) || d.is(m, "that") || d.is(m, "to") || d.is(m, "of") || d.is(m, "about") ||
          subject_pronoun(d, m) ||
          ((d.flags(m) & kAux) && !(d.flags(m) & kDet)) || (m > ce && (d.flags(m) & kVerbCue)))
        return false;
      if (m > ce && ((d.flags(m) & (kPrep | kTime)) || d.is(m, "as") || d.is(m, "when") || d.is(m, "while") ||
                     d.is(m, "after") || d.is(m, "before")))
        return nothing_said_after(m);
    }
    return false;
  }

  // "Neither liked her - “born rich,” Roe said - but ...": the quotation closing at `close`
  // opens after a dash (or colon) inside the sentence.
  bool set_off_quote(std::uint32_t close) const {
    if (!d.punct(close, PunctKind::kQuoteClose)) return false;
    const std::uint32_t tb = d.sentences[d.sentence_of[close]].tb;
    std::uint32_t q = close;
    while (q > tb && close - q < kMaxClauseTokens && (q == close || d.in_quote[q])) --q;
    return q > tb && d.punct(q, PunctKind::kQuoteOpen) && d.quote_end[q] == close &&
           (d.punct(q - 1, PunctKind::kDash) || d.punct(q - 1, PunctKind::kColon));
  }

  // "“We agree, but we are not there yet” to back him.": the words after a quotation that
  // opened its sentence finish it; returns the sentence's end, or `after` (the token after
  // the quotation) when the quotation did not open the sentence or a cue or quotation follows.
  std::uint32_t unquoted_tail_end(std::uint32_t open, std::uint32_t after) const {
    const Sentence& s = d.sentences[d.sentence_of[open]];
    if (open != s.tb || after >= s.te || d.sentence_of[after] != d.sentence_of[open] || !d.word(after) ||
        (d.flags(after) & kAux) || d.punct(after - 2, PunctKind::kComma))
      return after;  // ("“P,” which ...", "“P,” was another")
    for (std::uint32_t j = after; j < s.te; ++j)
      if (d.punct(j, PunctKind::kQuoteOpen) || (d.word(j) && (d.flags(j) & kVerbCue))) return after;
    return s.te;
  }

  // The quotation opening at m opens its sentence (after at most a dash or bracket), or
  // follows a few words and runs to the sentence's end.
  bool carries_sentence(std::uint32_t m) const {
    constexpr std::uint32_t kFewWords = 8;
    const Sentence& s = d.sentences[d.sentence_of[m]];
    if (m == s.tb || (m == s.tb + 1 && !d.word(s.tb))) return true;
    std::uint32_t words = 0;
    for (std::uint32_t j = s.tb; j < m && words <= kFewWords; ++j) words += d.word(j);
    if (words > kFewWords) return false;
    std::uint32_t e = d.quote_end[m] + 1;
    while (e < s.te && !d.word(e) && !d.punct(e, PunctKind::kQuoteOpen)) ++e;
    return e >= s.te;
  }

  // From token `from`, the end (exclusive) of the last quotation in the same paragraph (or
  // in up to three following paragraphs that open with a quotation) that follows without
  // another reporting cue outside quotes in between; `from` if none.
  std::uint32_t quote_run_end(std::uint32_t from, std::uint32_t paragraph) const {
    std::uint32_t best = from;
    const std::uint32_t n = d.size();
    std::uint32_t hops = 0;
    for (std::uint32_t m = from; m < n && m < from + kMaxClauseTokens; ++m) {
      if (d.paragraph_of(m) != paragraph) {
        // The next paragraph goes on quoting the same speaker when it opens with a quote
        // right after the previous run ended.
        if (hops >= 3 || best != m || !d.punct(m, PunctKind::kQuoteOpen) ||
            d.paragraph_of(m) != paragraph + 1)
          break;
        paragraph = d.paragraph_of(m);
        ++hops;
      }
      if (d.punct(m, PunctKind::kQuoteOpen) && d.quote_end[m] != kNoQuote) {
        // Only a quotation that opens its sentence, ends it after a few words ("But “Q.”",
        // "Now, “Q.”") or stands in a sentence the run already entered goes on quoting
        // ("... Roe said. While Lee is “careful,” she ..." is the writer's sentence).
        if (!carries_sentence(m) && !(best > from && d.sentence_of[best - 1] == d.sentence_of[m])) break;
        const std::uint32_t qe = d.quote_end[m];
        const std::uint32_t after = qe < n && d.punct(qe, PunctKind::kQuoteClose) ? qe + 1 : qe;
        if (qe <= m) break;
        // A quotation with its own cue ("“Q,” she added.") is a content of its own.
        bool own_cue = false;
        // ... unless the quotation ended its sentence and a new one starts ("“Q.” Roe said
        // later that ..." is a new attribution after the run).
        const bool ends_sentence = qe > m + 1 && d.punct(qe - 1, PunctKind::kPeriod) && after < n &&
                                   d.word(after) && d.cap(after);
        for (std::uint32_t j = after; !ends_sentence && j < n && j < after + 10 && d.paragraph_of(j) == paragraph;
             ++j) {
          if (d.word(j) && (d.flags(j) & kVerbCue) && !d.cap(j)) { own_cue = true; break; }
          if (!d.word(j) && !d.punct(j, PunctKind::kComma)) break;
        }
        if (own_cue) break;
        best = unquoted_tail_end(m, after);
        m = best - 1;
        continue;
      }
      if (d.word(m) && (d.flags(m) & kVerbCue) && !d.cap(m)) break;
    }
    return best;
  }

  //-----------------------------------------------------------------------------
  // [SECTION] Reporting nouns: "the claim that P", "a statement:", noun_cue
  //-----------------------------------------------------------------------------

  // The colon after a reporting noun that introduces its words: "the following statement:",
  // "a statement on Friday:" (a short time or place phrase may come between); else kNone.
  std::uint32_t statement_colon(std::uint32_t i, const Sentence& s) const {
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
  std::uint32_t paragraph_content(std::uint32_t ns, std::uint32_t src, Span cue, const std::string& why) {
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
  bool spreading_verb(std::uint32_t w) const {
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
  std::uint32_t subject_clause_end(std::uint32_t i, std::uint32_t c, const Sentence& s) const {
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
  bool that_content_at(std::uint32_t c, const Sentence& s) const {
    if (c >= s.te || (!d.word(c) && !d.punct(c, PunctKind::kQuoteOpen))) return false;
    const std::uint32_t cf = d.flags(c);
    if ((cf & kAux) && !(cf & kDet) && !ends_with(d.str(c), "ly")) return false;
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
  std::uint32_t noun_cue(std::uint32_t i, bool under_denial = false) {
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
                                       (d.word(m) && ends_with(d.str(m), "ed"))))
        ++m;
      if (m < s.te && m > i + 1 && d.is(m, "by")) {
        const TokRange np = np_right(d, m + 1, s.te, false);
        const std::uint32_t claim = ctx.recent_claim_in_sentence(si, i - 1);
        if (!np.empty() && plausible_source(d, np) && claim != kNone) {
          const std::uint32_t src = ctx.add_source(np, "source echoing a claim ('" + word + " ... by')", true);
          if (src != kNone) {
            auto& srcs = ctx.out->contents[claim].sources;
            bool have = false;
            for (auto x : srcs) have |= x == src;
            if (!have) srcs.push_back(src);
          }
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
      const TokRange np = np_left(d, i - 1, s.tb);
      if (!np.empty()) src = ctx.add_source(np, "possessor of the " + word);
    } else if (i > s.tb && possessive_pronoun(d, i - 1) != PronounClass::kNone) {
      // "her claim that P": the possessive pronoun names the claimant (coreference resolves it).
      src = ctx.add_source(TokRange{i - 1, i}, "possessor of the " + word);
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
        if ((f & (kVerbCue | kPast)) || ends_with(d.str(w), "ing") || ends_with(d.str(w), "ed")) break;
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
      ctx.out->contents[r].from_accusation = wi && wi->noun_class == CueClass::kAllege;
    }
    return r;
  }

  //-----------------------------------------------------------------------------
  // [SECTION] Passive cues: "was asked whether P", "was opposed by X"
  //-----------------------------------------------------------------------------

  // "X was asked (by Y) whether P", "was asked about P", "were asked to P", "was asked, “Q?”":
  // the question or request put to X is a content; its source is the asker named with "by".
  bool passive_question(std::uint32_t i, std::uint32_t ce, const Sentence& s) {
    std::uint32_t k = ce;
    TokRange by_np;
    while (k < s.te && is_adverb(d, k) && !d.is(k, "that")) ++k;
    if (k + 1 < s.te && d.is(k, "by")) {
      by_np = np_right(d, k + 1, s.te, false);
      if (by_np.empty()) return true;
      k = by_np.te;
    }
    // "was asked during a lunch on Tuesday whether ...": a short occasion first.
    if (k < s.te && (d.is(k, "in") || d.is(k, "on") || d.is(k, "at") || d.is(k, "during"))) {
      std::uint32_t m = k + 1;
      while (m < s.te && m < k + 8 && d.word(m) && !(d.flags(m) & kStop)) ++m;
      if (m < s.te && (d.is(m, "whether") || d.is(m, "if") || d.is(m, "about"))) k = m;
    }
    if (k + 1 < s.te && (d.punct(k, PunctKind::kComma) || d.punct(k, PunctKind::kColon)) &&
        d.punct(k + 1, PunctKind::kQuoteOpen))
      ++k;
    if (k + 1 >= s.te) return true;
    std::uint32_t start = kNone;
    if (d.is(k, "whether") || d.is(k, "if") || d.is(k, "what") || d.is(k, "why") || d.is(k, "how") ||
        d.is(k, "who") || d.is(k, "when") || d.is(k, "where") || d.is(k, "which") ||
        (d.is(k, "to") && d.word(k + 1)) || d.punct(k, PunctKind::kQuoteOpen))
      start = k;
    else if (d.is(k, "about") && d.word(k + 1))
      start = k + 1;
    if (start == kNone) return true;
    const std::uint32_t src = by_np.empty() || !plausible_source(d, by_np)
                                  ? kNone
                                  : ctx.add_source(by_np, "asker named with 'asked by'", true);
    add_after(start, s, Layer::kClaim, src, ctx.span(i, ce), "question put with '" + quoted(d, ctx.span(i, ce)) + "'");
    return true;
  }

  // A function word after "P, X said," that carries the content on ("there were ...",
  // "that ...", "while ...", "when ..."), unlike "but", "as" or a relative pronoun.
  bool resumes_content(std::uint32_t j) const {
    return !(d.is(j, "but") || d.is(j, "or") || d.is(j, "nor") || d.is(j, "yet") || d.is(j, "as") ||
             d.is(j, "which") || d.is(j, "who") || d.is(j, "whom") || d.is(j, "whose") || d.is(j, "than") ||
             d.is(j, "so"));
  }

  // "The bill was opposed by most Republicans", "The count was confirmed by the party":
  // with its agent named by "by", a passive cue's subject is the content and the agent its
  // source. ("..., which were claimed by X": the relative pronoun stands for the content.)
  bool passive_by(std::uint32_t i, std::uint32_t ce, const Sentence& s) {
    std::uint32_t k = ce;
    while (k < s.te && is_adverb(d, k)) ++k;
    // "had been told just before the vote that P", "was revealed in March that P": a time
    // phrase, then "that" (not "known to voters as the party that": a relative clause).
    if (k < s.te && d.word(k) && (d.flags(k) & kTime) && !d.is(k, "by") && !d.is(k, "that")) {
      std::uint32_t m = k + 1;
      while (m < s.te && m < k + 10 && d.word(m) && !d.is(m, "that") && !d.is(m, "by")) ++m;
      if (m + 1 < s.te && d.is(m, "that") && time_phrase_end(m, s.te) == m && !(d.flags(m + 1) & kNounCue) &&
          !d.is(m + 1, "night") && !d.is(m + 1, "day") && !d.is(m + 1, "week") && !d.is(m + 1, "year") &&
          !d.is(m + 1, "time"))
        k = m;
    }
    // "I was told that the seats were taken", "it was said that P": a passive cue with its
    // clause and no agent; the content has no source.
    // ("There were emails that night": a plural noun is no participle.)
    // ("Residents were told the water was safe": a tell verb's clause needs no "that".)
    const bool told_clause = (d.flags(i) & kVerbTell) && (clause_opens(d, k, s.te) || pronoun_contraction(d, k));
    if (k + 1 < s.te && ((d.is(k, "that") && d.word(k + 1) && !(d.flags(k + 1) & kNounCue)) || told_clause) &&
        ce == i + 1 && !ends_with(d.str(i), "s")) {
      if (d.is(k, "that")) ++k;
      add_after(k, s, Layer::kClaim, kNone, ctx.span(i, ce),
                "clause after the passive '" + quoted(d, ctx.span(i, ce)) + "'");
      return true;
    }
    if (k + 1 >= s.te || !d.is(k, "by")) return true;
    const TokRange agent = np_right(d, k + 1, s.te, false);
    if (agent.empty() || !plausible_source(d, agent)) return true;
    std::uint32_t j = i;
    while (j > s.tb && is_adverb(d, j - 1)) --j;
    // "was warned by the embassy that P": the agent's clause follows it.
    if (agent.te + 1 < s.te && d.is(agent.te, "that") && d.word(agent.te + 1) &&
        !(d.flags(agent.te + 1) & kNounCue) && j < i) {
      const std::uint32_t src = ctx.add_source(agent, "agent of a passive cue ('by')", true);
      add_after(agent.te + 1, s, Layer::kClaim, src, ctx.span(i, ce),
                "clause after the passive '" + quoted(d, ctx.span(i, ce)) + " by X'");
      return true;
    }
    if (j == s.tb || j == i) return true;
    TokRange content{};
    if (d.is(j - 1, "which")) {
      content = {j - 1, j};
    } else {
      content = np_left(d, j - 1, s.tb);
      if (content.empty() || (d.flags(content.tb) & kPronoun)) return true;
      // "The claim that no one was hurt has been challenged by ...": the passive's subject
      // holds a content already found; its last words are no subject of their own.
      const std::uint32_t inner = ctx.recent_claim_in_sentence(d.sentence_of[i], content.te);
      if (inner != kNone && ctx.out->contents[inner].tokens.te == content.te) return true;
    }
    const std::uint32_t src = ctx.add_source(agent, "agent of a passive cue ('by')", true);
    ctx.add_content(content.tb, content.te, Layer::kClaim, src, ctx.span(i, ce),
                    "subject of the passive '" + quoted(d, ctx.span(i, ce)) + "'");
    return true;
  }

  bool object_pronoun(std::uint32_t j) const {
    // ("her" is left out: "told her aides ..." is a possessive.)
    return d.is(j, "me") || d.is(j, "him") || d.is(j, "us") || d.is(j, "them") || d.is(j, "you");
  }

  //-----------------------------------------------------------------------------
  // [SECTION] Clause shape: relative clauses, fronted clauses, labels, time phrases
  //-----------------------------------------------------------------------------

  // "a strike that executives said could hurt earnings", "the speech, which critics say was
  // her best", "what analysts said was a sign of better ties": the cue sits inside a relative
  // clause whose verb follows it; the content is the relative clause, from its pronoun.
  bool embedded_relative(std::uint32_t i, std::uint32_t ce, const Subject& sub, const Sentence& s,
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
    if (!d.word(ce) || !(f & kAux) || !(f & kStop) || d.is(ce, "also") || d.is(ce, "not")) return false;
    const ClauseEnd e = clause_end(d, ce, s.te, false);
    // ("which they insist is not the case" is a denial, found by the usual path)
    if (e.end <= ce + 1 || has_denial_predicate(d, {ce, e.end})) return false;
    const std::uint32_t src = source_for(sub, "subject of the reporting verb");
    ctx.add_content(rel, e.end, Layer::kClaim, src, ctx.span(i, ce),
                    "relative clause around '" + quoted(d, ctx.span(i, ce)) + "'");
    return true;
  }

  // The sentence opens with an adverbial or subordinate clause ("In May, ...", "When
  // asked, ...", "While P, ...") or a lone conjunction and a comma ("But, ...").
  bool fronted_adverbial(const Sentence& s) const {
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
  bool adjective_like(std::uint32_t j) const {
    if (!d.word(j) || d.cap(j) || (d.flags(j) & (kPronoun | kAux | kStop | kSourceNoun | kTitle | kDet | kPrep)))
      return false;
    const std::string_view w = d.str(j);
    if (w.size() < 3) return false;
    if (w.find('-') != std::string_view::npos) return true;
    if (word_is(w, "new") || word_is(w, "public") || word_is(w, "private") || word_is(w, "recent") ||
        word_is(w, "latest") || word_is(w, "former") || word_is(w, "previous") || word_is(w, "secret") ||
        word_is(w, "same") || word_is(w, "such") || word_is(w, "leaked") || word_is(w, "liberal"))
      return true;
    return w.size() > 4 && (ends_with(w, "al") || ends_with(w, "ic") || ends_with(w, "ive") ||
                            ends_with(w, "ous") || ends_with(w, "ful") || ends_with(w, "ary") ||
                            ends_with(w, "ible") || ends_with(w, "able"));
  }

  // A label verb at i with its object at k gives a label ("called the plan reckless"), not
  // a name ("a firm called Norwick", "a group called “Fair Votes”") or a phone call
  // ("called her to apologise", "called off the vote").
  bool label_given(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
    if (k >= s.te) return false;
    // "a firm called X": a participle after an indefinite noun phrase (not a person) names
    // something.
    if ((d.cap(k) || d.punct(k, PunctKind::kQuoteOpen)) && i > s.tb + 1 && d.word(i - 1) && !d.cap(i - 1) &&
        !(d.flags(i - 1) & (kTitle | kPronoun)) && ends_with(d.str(i), "ed")) {
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
  bool in_fronted_clause(const Sentence& s, std::uint32_t cue) const {
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
  std::uint32_t time_phrase_end(std::uint32_t k, std::uint32_t limit) const {
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
  bool title_case_line(const Sentence& s) const {
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

  bool comma_after_as(const Subject& sub, const Sentence& s, std::uint32_t k) const {
    if (sub.place != SubjectPlace::kBefore || k + 1 >= s.te || !d.punct(k, PunctKind::kComma)) return false;
    const std::uint32_t b = sub.np.tb;
    // ("And as X pointed out, P": a conjunction may open the sentence.)
    const bool lead = b - 1 == s.tb || !d.word(b - 2) ||
                      (b - 2 == s.tb && (d.is(b - 2, "and") || d.is(b - 2, "but") || d.is(b - 2, "so")));
    return b > s.tb && d.is(b - 1, "as") && lead && d.word(k + 1);
  }

  //-----------------------------------------------------------------------------
  // [SECTION] Positions: stance verbs and their objects
  //-----------------------------------------------------------------------------

  // The end of a stance verb's object when it is a person's name or an object pronoun
  // followed by only a time, place or manner phrase ("endorsed Ana Roe last week",
  // "backed him early"); kNone when the object is anything else ("urged Roe to act",
  // "praised Roe for ...", "backed Roe's plan", "backed her plan").
  std::uint32_t person_object_end(std::uint32_t k, std::uint32_t limit) const {
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

  // "urged lawmakers to act", "called for a ban", "declined to comment", "praised X": the
  // object is the content; calling it false ("condemned the reports as baseless") denies.
  bool stance_cue(std::uint32_t k, const Subject& sub, const Sentence& s, Span cue,
                  const std::string& verb, std::uint32_t cue_at) {
    if (k >= s.te || !(d.word(k) || d.punct(k, PunctKind::kQuoteOpen))) return true;
    if ((d.flags(k) & kPrep) && !d.is(k, "to")) return true;
    // "While X pledged to P, Y ...": a cue in a fronted clause ends its content at the comma.
    ClauseEnd e = clause_end(d, k, s.te, in_fronted_clause(s, cue_at) || sub.relative_who);
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
      ctx.add_content(k, e.end, Layer::kClaim, src, cue, "position taken with '" + verb + "'");
    }
    return true;
  }

  // "revealed" or "disclosed" followed by a noun phrase opened by a determiner or possessive:
  // the thing made known is the content ("revealed a new plan"). Not "announced sanctions"
  // or "confirmed a judge": the guide counts those as actions. Not "revealed this week".
  bool made_known_object(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
    if (k + 1 >= s.te || !d.word(k) || !(d.flags(k) & kDet) || !d.word(k + 1)) return false;
    if (d.is(k, "this") || d.is(k, "that") || d.is(k, "these") || d.is(k, "those") || d.is(k, "no")) return false;
    const std::string_view w = d.str(i);
    return stem_is(w, "reveal") || stem_is(w, "disclos");
  }

  // "agreed to drop the suit": what is agreed to do is the content, "to" included.
  bool agreed_to(std::uint32_t i, std::uint32_t k, const Sentence& s) const {
    return stem_is(d.str(i), "agree") && k + 1 < s.te && d.is(k, "to") && d.word(k + 1) &&
           !(d.flags(k + 1) & (kDet | kPronoun | kPrep | kStop)) && !d.cap(k + 1);
  }

  // "recalled how the mill closed", "revealed why he left": a question word opening a
  // clause (not "how to") after a verb of knowing or telling opens the content.
  // (Not after "knew" or "understand": "I knew what that meant" is seldom a report.)
  bool wh_clause(std::uint32_t k, const Sentence& s, CueClass cls) const {
    return cls != CueClass::kBelieve && k + 1 < s.te && (d.is(k, "how") || d.is(k, "what") || d.is(k, "why") || d.is(k, "whether")) &&
           d.word(k + 1) && !d.is(k + 1, "to");
  }

  // "A new poll found Ruiz leading", "The study finds most riders favor the route": what a
  // poll, survey or study finds is its content, with or without "that".
  bool survey_found(std::uint32_t i, const Subject& sub) const {
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
  Subject went_on_subject(std::uint32_t i, std::uint32_t ce, const Sentence& s, CueClass cls) {
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

  //-----------------------------------------------------------------------------
  // [SECTION] Reporting verbs: verb_cue (subject, what follows the cue, fronted content), deny_cue
  //-----------------------------------------------------------------------------

  // Returns false when the word is used as a noun ("the claims"), so a noun rule may try.
  bool verb_cue(std::uint32_t i, std::uint32_t ce, CueClass cls, std::uint32_t wflags) {
    const std::uint32_t si = d.sentence_of[i];
    const Sentence& s = d.sentences[si];
    // A noun use: "the claims", "his report", "Iran’s denial".
    const bool quantifier_subject =
        i > s.tb && (d.is(i - 1, "several") || d.is(i - 1, "many") || d.is(i - 1, "most") ||
                     d.is(i - 1, "some") || d.is(i - 1, "both") || d.is(i - 1, "all") || d.is(i - 1, "few") ||
                     // "one in five say": a share of a group
                     (i >= s.tb + 2 && d.is(i - 2, "in") && (d.flags(i - 1) & kDet) && !(d.flags(i - 1) & kStop) &&
                      !d.is(i - 1, "the") && !d.is(i - 1, "a") && !d.is(i - 1, "an")));
    // "said", "says", "told" are never nouns: "three in five said", "another says".
    const bool verb_only = word_is(d.str(i), "said") || word_is(d.str(i), "says") || word_is(d.str(i), "told");
    if (i > s.tb && ((d.flags(i - 1) & kDet) && !d.is(i - 1, "that") && !quantifier_subject && !verb_only))
      return false;
    // ("Mr. Lee's said": "'s" before "said" or "told" is "has".)
    const bool participle_only = word_is(d.str(i), "said") || word_is(d.str(i), "told");
    if (i > s.tb && is_possessive(d, i - 1) && !participle_only) return false;
    // "it's said", "that's told": "is" and a participle, a passive without its speaker.
    if (i > s.tb && be_contraction(d, i - 1)) return true;
    // "confirmed reports that P", "There were claims that P", "Despite claims that P": a
    // plural cue form right after a verb or a preposition is its object, a noun.
    if (i > s.tb && (d.flags(i) & kNounCue) && ends_with(d.str(i), "s") && !verb_only && d.word(i - 1) &&
        (!d.cap(i - 1) || i - 1 == s.tb) &&
        (be_form(d, i - 1) || (d.flags(i - 1) & kPast) || ((d.flags(i - 1) & kPrep) && !d.is(i - 1, "to")) ||
         d.is(i - 1, "despite") ||
         (d.str(i - 1).size() > 4 && (ends_with(d.str(i - 1), "ed") || ends_with(d.str(i - 1), "ing")))))
      return false;
    // "Dam dispute: ...": a bare cue form after a singular word, before a colon that ends a
    // line's opening label, is a noun ("Officials claim: ..." stays a verb).
    if (ce < s.te && d.punct(ce, PunctKind::kColon) && i <= s.tb + 2 && i > s.tb && !verb_only &&
        (d.tokens[s.tb].flags & kLineBefore) && !ends_with(d.str(i), "s") && !ends_with(d.str(i), "ed") &&
        d.word(i - 1) && !ends_with(d.str(i - 1), "s") && !(d.flags(i - 1) & kPronoun))
      return false;
    // "a liberal think tank", "her private email server", "the public remarks": a cue word
    // after a determiner (or preposition) and an adjective is a noun.
    if (i >= s.tb + 2 && ce == i + 1 && d.word(i - 2) && adjective_like(i - 1) && !ends_with(d.str(i), "ed") &&
        !(d.flags(i) & kPast) && !word_is(d.str(i), "said") && !word_is(d.str(i), "told") &&
        (((d.flags(i - 2) & kDet) && !d.is(i - 2, "that")) || ((d.flags(i - 2) & kPrep) && !d.is(i - 2, "to"))))
      return false;
    // A capitalised cue inside a sentence is part of a name or title, unless the line is a
    // headline in title case ("Mayor Says Bridge Will Reopen").
    if (d.cap(i) && i > s.tb && !(d.tokens[i].flags & kLineBefore) && !title_case_line(s)) return true;
    // "The video, posted by a blogger, alleges ...": a participle after a comma and before
    // "by" describes the phrase before it; it is no cue.
    if (i > s.tb && d.punct(i - 1, PunctKind::kComma) && d.is(ce, "by") && ends_with(d.str(i), "ed")) return false;
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
        !ends_with(d.str(ce), "ly") && !d.is(ce, "also") && !d.is(ce, "not") && !d.is(ce, "n't") &&
        !d.is(ce, "now") && !d.is(ce, "then") && !d.is(ce, "again") && !d.is(ce, "later") &&
        !d.is(ce, "earlier") && !d.is(ce, "repeatedly") && !d.is(ce, "even") && !d.is(ce, "just") &&
        !d.is(ce, "only") && !d.is(ce, "often") && !d.is(ce, "still") && !d.is(ce, "further"))
      return false;
    if (embedded_relative(i, ce, sub, s, cls)) return true;
    if (sub.passive && cls == CueClass::kAsk && !sub.negated) return passive_question(i, ce, s);
    if (sub.passive && !sub.negated && cls != CueClass::kDeny && cls != CueClass::kLabel &&
        cls != CueClass::kAccuse && cls != CueClass::kAsk)
      return passive_by(i, ce, s);
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

    // What follows the cue.
    std::uint32_t k = ce;
    if (sub.place == SubjectPlace::kAfter && sub.np.tb == k) k = sub.np.te;
    bool saw_that = false, saw_quote = false;
    // Addressee: "told reporters", "assured the crowd".
    if ((wflags & kVerbTell) && k < s.te && d.word(k) && !d.is(k, "that")) {
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
      const bool time_that = m + 1 < s.te && d.is(m, "that") &&
                             (d.is(m + 1, "night") || d.is(m + 1, "day") || d.is(m + 1, "week") ||
                              d.is(m + 1, "morning") || d.is(m + 1, "evening") || d.is(m + 1, "year") ||
                              d.is(m + 1, "month") || d.is(m + 1, "time") || d.is(m + 1, "afternoon"));
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
      }
    }
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
        !(cls == CueClass::kStance && d.is(k, "to")) && !agreed_to(i, k, s)) {
      std::uint32_t m = k;
      while (m < s.te && m < k + 12 && !d.is(m, "that") &&
             (d.tokens[m].kind == TokKind::kWord || d.punct(m, PunctKind::kQuoteOpen) ||
              d.punct(m, PunctKind::kQuoteClose)))
        ++m;
      const bool time_that = m + 1 < s.te && d.is(m, "that") &&
                             (d.is(m + 1, "night") || d.is(m + 1, "day") || d.is(m + 1, "week") ||
                              d.is(m + 1, "morning") || d.is(m + 1, "evening") || d.is(m + 1, "year") ||
                              d.is(m + 1, "month") || d.is(m + 1, "time") || d.is(m + 1, "afternoon"));
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
    }
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
    const bool comma_after = k < s.te && d.punct(k, PunctKind::kComma);

    std::uint32_t src = kNone;
    if (cls == CueClass::kDeny) {
      src = source_for(sub, "subject of the denial verb");
      deny_cue(i, ce, k, saw_that, sub, src, s, cue, verb);
      return true;
    }
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
         (fronted_possible && (at_end || comma_after || quote_before ||
                               (!saw_quote && tell_then_adjunct(ce, s, wflags)) ||
                               // ("In May, she vowed to ..." takes its infinitive)
                               // ("While X, she said this was wrong": "this" opens the content)
                               (d.word(k) && (d.flags(k) & (kTime | kPrep)) &&
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
          ((d.cap(s.tb) && (ends_with(d.str(s.tb), "ed") || ends_with(d.str(s.tb), "ing"))) ||
           (fronted_adverbial(s) && d.punct(rest, PunctKind::kQuoteOpen)))) {
        add_after(rest, s, Layer::kClaim, src, cue, "content after '" + verb + ",'");
        return true;
      }
      add_before(s, end, rest, src, cue, "content before its cue '" + verb + "'");
      return true;
    }
    // No subject found ("Most of them said P", "Her aides here said P", "X, himself a
    // candidate, said P"): what a form of "say" introduces, or a "that" clause or quotation
    // after a word that is no noun ("called that report “false”"), is still a content,
    // with no source.
    if (sub.place == SubjectPlace::kNone &&
        (!(say_form(d.str(i)) || ((saw_that || saw_quote) && !(d.flags(i) & kNounCue))) ||
         cls == CueClass::kLabel || cls == CueClass::kAccuse))
      return true;
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
                              (vw.back() == 's' || ends_with(vw, "ed") || word_is(vw, "said") ||
                               word_is(vw, "told") || word_is(vw, "wrote") || word_is(vw, "say"));
      if (!clear_verb || sub.place != SubjectPlace::kBefore || !d.word(k + 1) || participle_cue(d, k + 1) ||
          (d.flags(k + 1) & (kStop | kPrep)) || d.is(k + 1, "according"))
        return true;
      ++k;
    } else if (k < s.te && d.punct(k, PunctKind::kComma)) {
      return true;
    }
    // "reiterated their position that P": the content is P.
    if (!saw_that) {
      std::uint32_t m = k;
      if (m < s.te && (d.flags(m) & kDet)) ++m;
      if (m + 1 < s.te && (d.flags(m) & kNounCue) && d.is(m + 1, "that")) {
        k = m + 2;
        ctx.handled[m] = 1;
      }
    }
    if (cls == CueClass::kLabel && !label_given(i, k, s)) return true;
    if (cls == CueClass::kAccuse || cls == CueClass::kLabel) {
      const ClauseEnd e = clause_end(d, k, s.te, false);
      const bool denial_word = has_denial_predicate(d, {k, e.end});
      bool of_for = false;
      for (std::uint32_t m = k; m < e.end; ++m)
        if (d.is(m, "of") || d.is(m, "for") || d.is(m, "with") || d.is(m, "as")) of_for = true;
      const bool weak = d.tokens[i].info && (word_is(verb, "criticized") || word_is(verb, "criticised") ||
                                             ends_with(verb, "condemned") || ends_with(verb, "slammed") ||
                                             word_is(verb, "condemns") || word_is(verb, "condemning") ||
                                             word_is(verb, "criticizes") || word_is(verb, "criticizing") ||
                                             word_is(verb, "slams") || word_is(verb, "slamming") ||
                                             word_is(verb, "faulted") || word_is(verb, "faults"));
      if (denial_word) {
        src = source_for(sub, "subject of the verb");
        ctx.add_content(sub.adverb_begin, e.end, Layer::kDenial, src, cue,
                        "'" + verb + "' with a denial predicate");
        return true;
      }
      if (weak) return true;
      if (cls == CueClass::kAccuse && !of_for) return true;
      src = source_for(sub, "subject of the reporting verb");
      const std::uint32_t c = ctx.add_content(k, e.end, Layer::kClaim, src, cue,
                                              cls == CueClass::kAccuse ? "accusation with '" + verb + "'"
                                                                        : "label given with '" + verb + "'");
      if (c != kNone && cls == CueClass::kAccuse) ctx.out->contents[c].from_accusation = true;
      return true;
    }
    src = source_for(sub, sub.place == SubjectPlace::kInherited ? "source inherited in the sentence"
                                                                 : "subject of the reporting verb");
    const std::uint32_t c =
        add_after(k, s, Layer::kClaim, src, cue,
                  std::string(saw_that ? "complement clause" : saw_quote ? "quotation" : "content") +
                      " after reporting verb '" + verb + "'",
                  sub.relative_who || in_fronted_clause(s, i));
    if (c != kNone && cls == CueClass::kAllege) ctx.out->contents[c].from_accusation = true;
    return true;
  }

  void deny_cue(std::uint32_t i, std::uint32_t ce, std::uint32_t k, bool saw_that, const Subject& sub,
                std::uint32_t src, const Sentence& s, Span cue, const std::string& verb) {
    const std::uint32_t si = d.sentence_of[i];
    const std::uint32_t begin = sub.adverb_begin < i ? sub.adverb_begin : i;
    if (saw_that) {
      const ClauseEnd e = clause_end(d, k, s.te, false);
      ctx.add_content(begin, e.end, Layer::kDenial, src, cue, "denial verb '" + verb + "' with its clause");
      return;
    }
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
    for (std::uint32_t m = from; m < s.te && m < from + 4; ++m) {
      if (d.flags(m) & kNounCue) {
        nested = noun_cue(m, true);
        break;
      }
      if (!d.word(m)) break;
    }
    std::uint32_t end;
    if (nested != kNone) {
      ContentFinding& inner = ctx.out->contents[nested];
      end = inner.tokens.te;
      // "dismissed allegations that P as fabricated": the "as" phrase is the denial's
      // verdict on P, not part of P.
      for (std::uint32_t m = inner.tokens.tb + 1; m + 1 < inner.tokens.te; ++m) {
        if (!d.is(m, "as") || !has_denial_predicate(d, {m + 1, inner.tokens.te})) continue;
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
        const bool adjunct = d.word(m) && !d.in_quote[m] &&
                             (d.is(m, "after") || d.is(m, "despite") || d.is(m, "following") ||
                              d.is(m, "during") || d.is(m, "while") || d.is(m, "because") || d.is(m, "before") ||
                              d.is(m, "until") || d.is(m, "when"));
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

  //-----------------------------------------------------------------------------
  // [SECTION] Phrases and lines: "according to", surveys, "in X's view", outlets, "Name:" lines
  //-----------------------------------------------------------------------------

  // "according to X, P" / "P, according to X" / "P according to X".
  void according_to(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    TokRange np = np_right(d, i + 2, s.te, true);
    if (np.empty()) return;
    // "according to traders in the port": a short place or group phrase belongs to it.
    if (np.te + 1 < s.te && (d.is(np.te, "in") || d.is(np.te, "at") || d.is(np.te, "with") ||
                             d.is(np.te, "from") || d.is(np.te, "close"))) {
      std::uint32_t m = np.te + 1;
      while (m < s.te && m < np.te + 6 && d.word(m) && !(d.flags(m) & kStop)) ++m;
      if (m > np.te + 1 && (m >= s.te || !d.word(m))) np.te = m;
    }
    const Span cue = ctx.span(i, i + 2);
    // Fronted: at the start, after an opening mark, or after a lone conjunction or adverb
    // ("But, according to the poll, P").
    bool fronted = i == s.tb || (i > s.tb && (d.punct(i - 1, PunctKind::kQuoteOpen) ||
                                              d.punct(i - 1, PunctKind::kParenOpen)));
    if (!fronted && i >= s.tb + 2 && d.punct(i - 1, PunctKind::kComma) && i - 2 == s.tb &&
        d.word(s.tb) && (d.is(s.tb, "but") || d.is(s.tb, "and") || d.is(s.tb, "yet") || d.is(s.tb, "still") ||
                         d.is(s.tb, "now") || d.is(s.tb, "so") || d.is(s.tb, "however") || is_adverb(d, s.tb)))
      fronted = true;
    // "According to exit polls conducted for the networks by Edison Research, P": a fronted
    // source runs to its comma (or colon).
    if (fronted && np.te < s.te && !d.punct(np.te, PunctKind::kComma) && !d.punct(np.te, PunctKind::kColon)) {
      std::uint32_t m = np.te;
      while (m < s.te && m < np.te + 20 && !d.punct(m, PunctKind::kComma) && !d.punct(m, PunctKind::kColon) &&
             !d.punct(m, PunctKind::kQuoteOpen) && !terminal(d, m))
        ++m;
      if (m + 1 < s.te && (d.punct(m, PunctKind::kComma) || d.punct(m, PunctKind::kColon))) np.te = m;
    }
    // "According to officials, the truck that he drove was rented": an "appositive" that
    // runs to the end of the sentence is the main clause, so the source ends at its comma.
    if (fronted && (np.te >= s.te || terminal(d, np.te) || d.punct(np.te, PunctKind::kQuoteClose))) {
      for (std::uint32_t m = np.tb + 1; m + 1 < np.te; ++m) {
        if (d.punct(m, PunctKind::kComma)) {
          np.te = m;
          break;
        }
      }
    }
    const std::uint32_t src = ctx.add_source(np, "source after 'according to'");
    if (fronted) {
      if (np.te < s.te && d.punct(np.te, PunctKind::kColon)) {
        add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'according to X:'");
        return;
      }
      if (np.te < s.te && d.punct(np.te, PunctKind::kComma))
        add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'according to X,'");
      return;
    }
    std::uint32_t end = i;
    // "P1, according to X, P2": the content goes on after the source.
    const std::uint32_t rest = np.te + 1 < s.te && d.punct(np.te, PunctKind::kComma) &&
                                       !terminal(d, np.te + 1) && !participle_cue(d, np.te + 1) &&
                                       !d.is(np.te + 1, "who") && !d.is(np.te + 1, "which")
                                   ? np.te + 1
                                   : kNone;
    // Content before: from the start of the sentence, or after an earlier clause's comma.
    add_before(s, end, rest, src, cue, "content before 'according to'");
  }

  // "Clinton leads by 6 points in a new Marist poll." - a survey or study as the source
  // of the sentence's statement, when nothing else in the sentence is attributed.
  static bool survey_word(const Document& d, std::uint32_t j) {
    return d.is(j, "poll") || d.is(j, "polls") || d.is(j, "survey") || d.is(j, "surveys") ||
           d.is(j, "study") || d.is(j, "report") || d.is(j, "analysis");
  }

  // "In a new survey (released Monday), P": the survey opening the sentence is the source.
  bool in_document_fronted(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    std::uint32_t c = i + 1;
    bool survey = false;
    while (c < s.te && c < i + 16 && !d.punct(c, PunctKind::kComma)) {
      if (!d.word(c) && !d.punct(c, PunctKind::kOther) && !d.punct(c, PunctKind::kParenOpen) &&
          !d.punct(c, PunctKind::kParenClose))
        return false;
      survey |= survey_word(d, c);
      ++c;
    }
    if (!survey || c + 1 >= s.te || !d.punct(c, PunctKind::kComma) || !d.word(c + 1)) return false;
    const std::uint32_t src = ctx.add_source({i + 1, c}, "survey or study named with 'In ...,'");
    add_after(c + 1, s, Layer::kClaim, src, ctx.span(i, i + 1), "finding reported 'in' a survey or study");
    return true;
  }

  void in_document(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    if (i == s.tb && d.cap(i) && in_document_fronted(i)) return;
    if (i <= s.tb + 2) return;
    const TokRange np = np_right(d, i + 1, s.te, false);
    if (np.empty() || !(d.flags(np.tb) & kDet)) return;
    const std::uint32_t head = np.te - 1;
    if (!survey_word(d, head)) return;
    // ("sits at single digits in the polls": a standing across polls, not one poll's finding)
    if (d.is(head, "polls") || d.is(head, "surveys")) return;
    if (np.te < s.te && !terminal(d, np.te) && !d.punct(np.te, PunctKind::kComma)) return;
    // Only when the sentence has no other attribution.
    const auto& cs = ctx.out->contents;
    if (!cs.empty() && cs.back().tokens.te > s.tb) return;
    for (std::uint32_t m = s.tb; m < s.te; ++m)
      if (d.word(m) && (d.flags(m) & (kVerbCue | kNounCue)) && !d.cap(m) && m != head) return;
    const std::uint32_t src = ctx.add_source(np, "survey or study named with 'in'");
    ctx.add_content(s.tb, i, Layer::kClaim, src, ctx.span(i, i + 1), "finding reported 'in' a survey or study");
  }

  // "Asked whether P, X said ...", "When asked about P, ...": the question put to the
  // speaker, with no named asker (or the one named with "by"). True if it matched.
  bool asked_question(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    std::uint32_t b = s.tb;
    if (b + 1 < i && (d.is(b, "and") || d.is(b, "but"))) ++b;  // "And when asked ..."
    const bool opens = i == b || (i == b + 1 && (d.is(b, "when") || d.is(b, "after") || d.is(b, "once") ||
                                                 d.is(b, "if")));
    if (!opens) return false;
    std::uint32_t k = i + 1;
    TokRange by_np;
    if (d.is(k, "by")) {
      by_np = np_right(d, k + 1, s.te, false);
      if (by_np.empty()) return false;
      k = by_np.te;
    }
    while (k < s.te && is_adverb(d, k)) ++k;
    // "Asked on Fox News who ...": a short place or occasion before the question.
    if (k < s.te && (d.is(k, "on") || d.is(k, "in") || d.is(k, "at") || d.is(k, "during"))) {
      std::uint32_t m = k + 1;
      while (m < s.te && m < k + 6 && d.word(m) && !(d.flags(m) & kStop)) ++m;
      if (m < s.te && d.word(m) && (d.flags(m) & kStop)) k = m;
    }
    if (k >= s.te || !(d.is(k, "whether") || d.is(k, "if") || d.is(k, "who") || d.is(k, "what") ||
                       d.is(k, "why") || d.is(k, "how") || d.is(k, "about") || d.is(k, "when") ||
                       d.is(k, "which") || d.is(k, "whom") || d.is(k, "where")))
      return false;
    const std::uint32_t start = d.is(k, "about") ? k + 1 : k;
    std::uint32_t e = start;
    // To the comma that closes the fronted phrase (a comma inside a quotation counts too).
    while (e < s.te && e < start + kMaxClauseTokens && !d.punct(e, PunctKind::kComma)) {
      if (d.punct(e, PunctKind::kQuoteOpen) && d.quote_end[e] != kNoQuote && d.quote_end[e] < s.te &&
          d.quote_end[e] > e) {
        const std::uint32_t qe = d.quote_end[e];
        if (d.punct(qe - 1, PunctKind::kComma)) { e = qe + 1; break; }
        e = qe;
      }
      ++e;
    }
    // ("When asked why, she laughed": the question word alone is the question.)
    if (e >= s.te || e < start + 1 || (e == start + 1 && d.is(k, "about"))) return false;
    const std::uint32_t src = by_np.empty() ? kNone : ctx.add_source(by_np, "asker named with 'asked by'", true);
    ctx.add_content(start, e, Layer::kClaim, src, ctx.span(i, i + 1), "question put with 'asked'");
    return true;
  }

  // "From Tehran’s perspective, P" / "In the view of X, P".
  void perspective(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    if (i < s.tb + 2 || i + 1 >= s.te || !d.punct(i + 1, PunctKind::kComma)) return;
    // ("In their view, P": a possessive pronoun is the possessor.)
    const bool pronoun = possessive_pronoun(d, i - 1) != PronounClass::kNone;
    if (!pronoun && !is_possessive(d, i - 1)) return;
    const TokRange np = pronoun ? TokRange{i - 1, i} : np_left(d, i - 1, s.tb);
    if (np.empty() || np.tb == s.tb || !(d.is(np.tb - 1, "from") || d.is(np.tb - 1, "in"))) return;
    // (A pronoun's view only when the phrase opens the sentence: "who leads, in his view, ...")
    if (pronoun && np.tb - 1 != s.tb) return;
    const Span cue = ctx.span(np.tb - 1, i + 1);
    const std::uint32_t src = ctx.add_source(np, "possessor in 'from X’s " + std::string(d.str(i)) + "'");
    add_after(i + 2, s, Layer::kClaim, src, cue, "content after 'from X’s " + std::string(d.str(i)) + "'");
  }

  // "In the view of X, P" / "in the opinion of X, P" (fronted): X is the source of P. An
  // appositive name after X ("the chair, Juno Pell,") belongs to it.
  void view_of(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    if (i < s.tb + 2 || !d.is(i - 1, "the") || !d.is(i - 2, "in") || !d.is(i + 1, "of")) return;
    const std::uint32_t in = i - 2;
    if (in != s.tb && !d.punct(in - 1, PunctKind::kComma) && !d.punct(in - 1, PunctKind::kQuoteOpen)) return;
    TokRange np = np_right(d, i + 2, s.te, true);
    if (np.empty() || np.te >= s.te || !d.punct(np.te, PunctKind::kComma)) return;
    std::uint32_t m = np.te + 1;
    while (m < s.te && m < np.te + 6 && d.word(m) && d.cap(m)) ++m;
    if (m > np.te + 1 && m + 1 < s.te && d.punct(m, PunctKind::kComma)) np.te = m;
    if (np.te + 1 >= s.te) return;
    const Span cue = ctx.span(in, i + 2);
    const std::uint32_t src = ctx.add_source(np, "source after 'in the " + std::string(d.str(i)) + " of'");
    add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'in the " + std::string(d.str(i)) + " of X,'");
  }

  // "P (Daily Courier)." — a sentence credited to an outlet in brackets at its end, when
  // nothing else in the sentence attributes it.
  void outlet_after(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    if (i < s.tb + 4 || d.in_quote[i]) return;
    std::uint32_t m = i + 1;
    while (m < s.te && m < i + 6 && d.word(m) && d.cap(m) && d.str(m).find('-') == std::string_view::npos &&
           d.str(m).size() > 1 && !(d.tokens[m].flags & kDigit))
      ++m;
    if (m == i + 1 || m >= s.te || !d.punct(m, PunctKind::kParenClose)) return;
    if (m + 1 < s.te && !terminal(d, m + 1)) return;
    if (ctx.recent_claim_in_sentence(d.sentence_of[i], i) != kNone) return;
    for (std::uint32_t j = s.tb; j < i; ++j)
      if (d.word(j) && (d.flags(j) & (kVerbCue | kNounCue)) && !d.cap(j)) return;
    const std::uint32_t src = ctx.add_source({i + 1, m}, "outlet in brackets after the sentence");
    ctx.add_content(s.tb, i, Layer::kClaim, src, ctx.span(i, m + 1), "content before an outlet in brackets");
  }

  // "cited by X", "(Daily Courier)" paragraphs, "By Jane Smith" bylines.
  void source_only(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    if (d.is(i, "cited") && d.is(i + 1, "by")) {
      const TokRange np = np_right(d, i + 2, s.te, false);
      if (!np.empty()) ctx.add_source(np, "outlet cited as origin ('cited by')", true);
      return;
    }
    if (d.is(i, "by") && (d.tokens[i].flags & kLineBefore) && d.cap(i)) {
      const std::uint32_t para_end = d.paragraph_end[s.paragraph];
      const std::uint32_t len = para_end - (i + 1);
      bool names = len >= 1 && len <= 5;
      for (std::uint32_t m = i + 1; names && m < para_end; ++m)
        names = d.cap(m) || d.is(m, "and") || d.punct(m, PunctKind::kComma);
      if (names) ctx.add_source({i + 1, para_end}, "byline");
      return;
    }
  }

  // "Jane Roe: Taxes Must Fall" - a headline or interview line: a short name, a colon,
  // then what the name says, at the start of a paragraph.
  void colon_line(std::uint32_t i) {
    const Sentence& s = d.sentence(i);
    std::uint32_t m = i;
    while (m < s.te && m < i + 4 && d.word(m) && d.cap(m)) ++m;
    if (m == i || m >= s.te || !d.punct(m, PunctKind::kColon)) return;
    // News furniture, not a speaker: "The Latest:", "Editor’s Note:", "Update:", "Live:".
    const auto label = [&](std::uint32_t j) {
      return d.is(j, "latest") || d.is(j, "note") || d.is(j, "update") || d.is(j, "updates") ||
             d.is(j, "daily") || d.is(j, "recap") || d.is(j, "analysis") || d.is(j, "opinion") ||
             d.is(j, "editorial") || d.is(j, "exclusive") || d.is(j, "breaking") || d.is(j, "live") ||
             d.is(j, "review") || d.is(j, "watch") || d.is(j, "correction") || d.is(j, "photos") ||
             d.is(j, "video") || d.is(j, "factbox") || d.is(j, "explainer") || d.is(j, "timeline") ||
             d.is(j, "contributing") || d.is(j, "reporting") || d.is(j, "contributors");
    };
    if (label(m - 1)) return;
    std::uint32_t words = 0;
    for (std::uint32_t j = m + 1; j < s.te && words < 3; ++j) words += d.word(j);
    if (words < 3) return;
    const std::uint32_t src = ctx.add_source({i, m}, "name before a colon opening a line");
    // An interview transcript: "ROE: I think ... ." - the speaker's whole paragraph.
    bool upper = true;
    for (std::uint32_t j = i; j < m && upper; ++j)
      for (char ch : d.str(j)) upper &= !(ch >= 'a' && ch <= 'z');
    const std::uint32_t para_end = d.paragraph_end[s.paragraph];
    if (upper && para_end > s.te && para_end - m <= kMaxClauseTokens) {
      ctx.add_content(m + 1, para_end, Layer::kClaim, src, ctx.span(m, m + 1), "speaker's turn after 'NAME:'");
      return;
    }
    add_after(m + 1, s, Layer::kClaim, src, ctx.span(m, m + 1), "words after 'Name:'");
  }

  // "Pollster Ana Ruiz: “Turnout will be low.”" - a name, a colon and a quotation inside a
  // line.
  void colon_quote(std::uint32_t c) {
    const Sentence& s = d.sentence(c);
    if (c <= s.tb || c + 1 >= d.size() || !d.punct(c + 1, PunctKind::kQuoteOpen)) return;
    if (!d.word(c - 1) || !d.cap(c - 1) || d.in_quote[c - 1]) return;
    const TokRange np = np_left(d, c - 1, s.tb);
    if (np.empty() || np.tb == s.tb || !plausible_source(d, np)) return;  // line starts: colon_line
    // "told Fox News: “P”", "said of the mayor: “P”", "by Ana Roe: “P”": a name that is the
    // object of a verb or a preposition is not the speaker ("no shock to Ana Ruiz: “P”" is).
    if (d.word(np.tb - 1) && (d.flags(np.tb - 1) & (kPrep | kVerbCue)) && !d.is(np.tb - 1, "to")) return;
    // "released a statement Friday: “P”" is the reporting noun's (noun_cue), not a name's.
    for (std::uint32_t j = np.tb; j < np.te; ++j)
      if (d.flags(j) & kNounCue) return;
    const std::uint32_t src = ctx.add_source(np, "name before a colon and a quotation");
    const ClauseEnd e = clause_end(d, c + 1, d.paragraph_end[s.paragraph], false);
    if (e.end > c + 1)
      ctx.add_content(c + 1, e.end, Layer::kClaim, src, ctx.span(c, c + 1), "quotation after 'Name:'");
  }

  void outlet_line(std::uint32_t i) {
    // A paragraph that is only "(Name Name)".
    const Sentence& s = d.sentence(i);
    const std::uint32_t para_end = d.paragraph_end[s.paragraph];
    if (!(d.tokens[i].flags & kLineBefore) || para_end < i + 3 || para_end > i + 7) return;
    if (!d.punct(para_end - 1, PunctKind::kParenClose)) return;
    for (std::uint32_t m = i + 1; m + 1 < para_end; ++m)
      if (!d.cap(m)) return;
    ctx.add_source({i + 1, para_end - 1}, "outlet credited under the article");
  }

  //-----------------------------------------------------------------------------
  // [SECTION] The pass: every token once, in text order
  //-----------------------------------------------------------------------------

  void run() {
    const std::uint32_t n = d.size();
    const Lexicon& lex = lexicon();
    for (std::uint32_t i = 0; i < n; ++i) {
      if (ctx.out->truncated) return;
      const Token& t = d.tokens[i];
      if (t.kind != TokKind::kWord) {
        if (t.punct == PunctKind::kParenOpen) {
          outlet_line(i);
          outlet_after(i);
        }
        if (t.punct == PunctKind::kColon && !d.in_quote[i]) colon_quote(i);
        continue;
      }
      if (d.in_quote[i] || ctx.handled[i]) continue;
      if ((t.flags & kLineBefore) && (t.flags & kCap)) colon_line(i);
      const std::uint32_t f = t.lex_flags();
      const std::uint32_t len = t.end - t.begin;
      if (len == 9 && d.is(i, "according") && d.is(i + 1, "to")) {
        according_to(i);
        continue;
      }
      if ((len == 11 || len == 4 || len == 7) &&
          (d.is(i, "perspective") || d.is(i, "view") || d.is(i, "opinion"))) {
        perspective(i);
        view_of(i);
      }
      if ((len == 5 || len == 2) && (d.is(i, "cited") || d.is(i, "by"))) source_only(i);
      if (len == 5 && d.is(i, "asked") && asked_question(i)) continue;
      if ((len == 4 || len == 8 || len == 10) && evidential_cue(ctx, i)) continue;
      if (len == 2 && d.is(i, "in")) in_document(i);
      // Phrasal cues: "pointed out", "pushed back".
      if (f & kPhraseStart) {
        bool matched = false;
        for (std::uint16_t p : t.info->phrases) {
          const Phrase& ph = lex.phrases()[p];
          if (ph.kind != Phrase::kVerb) continue;
          std::uint32_t m = 0;
          while (m < ph.words.size() && i + m < n && d.is(i + m, ph.words[m])) ++m;
          if (m == ph.words.size()) {
            verb_cue(i, i + m, ph.cue_class, 0);
            i += m - 1;
            matched = true;
            break;
          }
        }
        if (matched) continue;
      }
      if (f & kVerbCue) {
        if (!verb_cue(i, i + 1, t.info->verb_class, f) && (f & kNounCue)) noun_cue(i);
      } else if (f & kNounCue) {
        noun_cue(i);
      }
    }
  }
};

}  // namespace

void find_attributions(const Document& doc, Findings* out) {
  RuleContext ctx{doc, out, std::vector<std::uint8_t>(doc.size(), 0)};
  Rules rules{ctx, doc};
  rules.run();
}

}  // namespace claimlens
