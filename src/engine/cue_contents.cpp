// cue_contents.cpp — where a content begins and ends: after its cue (add_after), before it
// (add_before), and quotations that run over several sentences or paragraphs.
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// Adds the content starting at `start` (and any "and that Q" after it).
std::uint32_t CueRules::add_after(std::uint32_t start, const Sentence& s, Layer layer, std::uint32_t src,
                                  Span cue, const std::string& why, bool stop_at_comma) {
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
std::uint32_t CueRules::discourse_marker_end(std::uint32_t b, std::uint32_t end) const {
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
bool CueRules::continues_quotation(std::uint32_t j) const {
  if (!d.word(j) || d.cap(j)) return false;
  if (d.is(j, "that") || d.is(j, "would")) return true;
  // "to pursue ...", not "to cheers from the crowd", "to loud cheers" or "to the press"
  const auto plural = [&](std::uint32_t m) {
    return m < d.size() && d.word(m) && !(d.flags(m) & kStop) && d.str(m).ends_with("s") &&
           !d.str(m).ends_with("ss");
  };
  return d.is(j, "to") && j + 1 < d.size() && d.word(j + 1) && !d.cap(j + 1) && !(d.flags(j + 1) & kDet) &&
         !plural(j + 1) && !plural(j + 2);
}

// "The people of Arden “deserve better. That is Roe,” said X": the words that open the
// quotation's sentence before its mark belong to the content; returns their start, or
// `open` when a cue, colon or dash comes before the mark there.
std::uint32_t CueRules::lead_in_start(std::uint32_t open) const {
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
std::uint32_t CueRules::add_before(const Sentence& s, std::uint32_t end, std::uint32_t rest,
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
  // "X has lived there for years, and she has never, she says, seen it so angry": a cue
  // inside a clause reports that clause, not the one coordinated before it.
  if (rest != kNone && !d.punct(b, PunctKind::kQuoteOpen)) {
    for (std::uint32_t m = end; m > b + 2 && end - m < kMaxClauseTokens; --m) {
      const std::uint32_t j = m - 1;
      if (d.in_quote[j]) break;
      if ((d.is(j, "and") || d.is(j, "but")) && d.punct(j - 1, PunctKind::kComma) && j + 2 < end &&
          (d.flags(j + 1) & kPronoun)) {
        b = j + 1;
        break;
      }
    }
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
    if (last > s.te && last > e) {
      const std::uint32_t c = ctx.add_content(b, last, Layer::kClaim, src, cue, why + ", quotation continued");
      if (c != kNone) {
        ctx.out->contents[c].first_end = e;
        ctx.out->contents[c].continued_at = s.te;
      }
      return c;
    }
  }
  return ctx.add_content(b, e, Layer::kClaim, src, cue, why);
}

// "P, Roe told a Senate panel Wednesday.", "P, Roe told aides as he left.": a tell verb
// whose addressee is followed only by a time, place or manner phrase says nothing after
// it; a fronted content is its content.
bool CueRules::tell_then_adjunct(std::uint32_t ce, const Sentence& s, std::uint32_t wflags) const {
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
bool CueRules::set_off_quote(std::uint32_t close) const {
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
std::uint32_t CueRules::unquoted_tail_end(std::uint32_t open, std::uint32_t after) const {
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
bool CueRules::carries_sentence(std::uint32_t m) const {
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
std::uint32_t CueRules::quote_run_end(std::uint32_t from, std::uint32_t paragraph) const {
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

}  // namespace claimlens
