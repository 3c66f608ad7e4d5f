// Content boundaries (see clauses.h).
#include "clauses.h"

#include "np.h"

namespace claimlens {
namespace {

// The mark that closes an aside opened by the comma or dash at `open`, when a finite verb
// follows it (the clause's own verb); kNone otherwise.
std::uint32_t aside_end(const Document& d, std::uint32_t open, std::uint32_t stop, PunctKind kind) {
  for (std::uint32_t m = open + 1; m + 1 < stop && m < open + 30; ++m) {
    if (d.word(m)) continue;
    const PunctKind k = d.tokens[m].punct;
    if (k == kind) return m > open + 1 && finite_verb(d, m + 1) ? m : kNone;
    if (k != PunctKind::kOther && k != PunctKind::kQuoteOpen && k != PunctKind::kQuoteClose) return kNone;
  }
  return kNone;
}

// "in an interview", "at a news conference on Monday", "during a speech", "on Twitter":
// the occasion of a report, which is no part of what was said.
bool report_occasion(const Document& d, std::uint32_t i, std::uint32_t stop) {
  if (i + 2 >= stop || !d.word(i + 1)) return false;
  const bool det = (d.flags(i + 1) & kDet) || is_possessive(d, i + 1);
  if (!det && !d.cap(i + 1)) return false;
  if (!(d.is(i, "in") || d.is(i, "at") || d.is(i, "during") || d.is(i, "on"))) return false;
  if (!det) return d.is(i, "on") && (d.is(i + 1, "twitter") || d.is(i + 1, "facebook"));
  for (std::uint32_t m = i + 2; m < stop && m < i + 5 && d.word(m); ++m) {
    const std::string_view w = d.str(m);
    bool vehicle = false;
    switch (w.size()) {  // (by length: this runs after most "in the", "on a")
      case 4: vehicle = word_is(w, "memo") || (word_is(w, "hall") && d.is(m - 1, "town")); break;
      case 5: vehicle = word_is(w, "tweet") || word_is(w, "op-ed") || word_is(w, "email"); break;
      case 6: vehicle = word_is(w, "speech"); break;
      case 8: vehicle = word_is(w, "briefing"); break;
      case 9: vehicle = word_is(w, "interview") || word_is(w, "statement") || word_is(w, "broadcast"); break;
      case 10:
        vehicle = word_is(w, "interviews") ||
                  (word_is(w, "conference") && m > i + 2 && (d.is(m - 1, "news") || d.is(m - 1, "press")));
        break;
      default: break;
    }
    if (vehicle) {
      // (the phrase's head: "in an email to staff", not "on her email server"; not "to say
      // in an interview that P", where the content follows)
      if (!(m + 1 >= stop || !d.word(m + 1) || (d.flags(m + 1) & (kPrep | kTime)) || d.cap(m + 1))) return false;
      for (std::uint32_t j = m + 1; j < stop && j < m + 14; ++j) {
        if (d.is(j, "that")) return false;
        if (d.punct(j, PunctKind::kComma) || d.punct(j, PunctKind::kPeriod) || d.punct(j, PunctKind::kSemicolon)) break;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

bool finite_verb(const Document& d, std::uint32_t j) {
  if (!d.word(j) || d.cap(j)) return false;
  const std::uint32_t f = d.flags(j);
  if ((f & kAux) && (f & kStop)) return !d.is(j, "also") && !d.is(j, "not");
  return (f & kPast) || (d.str(j).size() > 3 && d.str(j).ends_with("ed") && !(f & (kPrep | kDet)));
}

bool in_headline(const Document& d, std::uint32_t i) {
  if (i >= d.size()) return false;
  const Sentence& s = d.sentence(i);
  const std::uint32_t last = s.te - 1;
  const bool stop = d.punct(last, PunctKind::kPeriod) || d.punct(last, PunctKind::kQuestion) ||
                    d.punct(last, PunctKind::kExclaim) ||
                    (d.punct(last, PunctKind::kQuoteClose) && last > s.tb && !d.word(last - 1));
  return !stop && s.te == d.paragraph_end[s.paragraph] &&
         (s.tb == 0 || d.sentence(s.tb - 1).paragraph != s.paragraph);
}

bool chained_headline_verb(const Document& d, std::uint32_t a) {
  if (a == 0 || a + 1 >= d.size() || !d.punct(a - 1, PunctKind::kComma) || d.cap(a) || !d.word(a + 1) ||
      !(d.flags(a) & kVerbCue) || (d.flags(a) & kNounCue) || (d.flags(a + 1) & kAux) || !d.str(a).ends_with("s"))
    return false;
  const CueClass c = d.tokens[a].info->verb_class;  // (kVerbCue: info is set)
  return (c == CueClass::kDeny || c == CueClass::kAccuse) && in_headline(d, a);
}

bool stance_noun(const Document& d, std::uint32_t i, std::uint32_t tb) {
  if (i <= tb || !d.word(i) || !d.word(i - 1) || d.cap(i - 1)) return false;
  const std::string_view w = d.str(i), p = d.str(i - 1);
  const bool bare = !w.ends_with("s") && !w.ends_with("ed") && !w.ends_with("ing") && !(d.flags(i) & kPast);
  const bool verb_before = (d.flags(i - 1) & (kPronoun | kAux | kNegation)) || is_adverb(d, i - 1) ||
                           d.is(i - 1, "who") || d.is(i - 1, "that") || d.is(i - 1, "which") ||
                           d.is(i - 1, "and") || d.is(i - 1, "or") || d.is(i - 1, "most") ||
                           d.is(i - 1, "some") || d.is(i - 1, "many") || d.is(i - 1, "few") ||
                           d.is(i - 1, "all") || d.is(i - 1, "both") || d.is(i - 1, "alike") ||
                           d.is(i - 1, "percent") ||
                           (p.ends_with("s") && !p.ends_with("ss") && !is_possessive(d, i - 1)) ||
                           // irregular plurals: "fishermen want", "people oppose"
                           p.ends_with("men") || d.is(i - 1, "people") || d.is(i - 1, "police") ||
                           d.is(i - 1, "children");
  return bare && !verb_before;
}

bool participle_cue(const Document& d, std::uint32_t i) {
  return d.word(i) && (d.flags(i) & (kVerbCue | kPhraseStart)) && d.str(i).ends_with("ing") && !d.cap(i);
}

std::uint32_t trim_end(const Document& d, std::uint32_t start, std::uint32_t end) {
  bool has_open = false;
  for (std::uint32_t i = start; i < end && i < start + kMaxClauseTokens; ++i)
    if (d.punct(i, PunctKind::kQuoteOpen)) {
      has_open = true;
      break;
    }
  while (end > start) {
    const Token& t = d.tokens[end - 1];
    if (t.kind == TokKind::kWord) break;
    if (t.punct == PunctKind::kQuoteClose && has_open) break;
    // keep symbols ("6%") and a question or exclamation mark
    if (t.punct == PunctKind::kOther || t.punct == PunctKind::kQuestion ||
        t.punct == PunctKind::kExclaim)
      break;
    if (t.punct == PunctKind::kParenClose) {
      // keep a closing bracket whose opening one is inside
      bool open = false;
      for (std::uint32_t j = end - 1; j > start && end - j < 12; --j)
        if (d.punct(j - 1, PunctKind::kParenOpen)) { open = true; break; }
      if (open) break;
    }
    --end;
  }
  return end;
}

ClauseEnd clause_end(const Document& d, std::uint32_t start, std::uint32_t limit,
                     bool stop_at_comma) {
  ClauseEnd out;
  const std::uint32_t n = d.size();
  if (start >= n) return out;
  if (d.punct(start, PunctKind::kQuoteOpen) && d.quote_end[start] != kNoQuote) {
    const std::uint32_t qe = d.quote_end[start];
    std::uint32_t end = qe < n && d.punct(qe, PunctKind::kQuoteClose) ? qe + 1 : qe;
    // "“P,” she said." - the quote is the content. A quote that is only the start of the
    // clause ("“Fake news” is what ...") continues to the clause end.
    const bool closes_clause =
        end >= limit || (d.punct(end - 1, PunctKind::kQuoteClose) &&
                         (end >= n || !d.word(end) || d.punct(end - 2, PunctKind::kComma) ||
                          d.punct(end - 2, PunctKind::kPeriod)));
    if (closes_clause || end > limit) {
      out.end = trim_end(d, start, end);
      return out;
    }
  }
  std::uint32_t i = start;
  const std::uint32_t stop = limit < start + kMaxClauseTokens ? limit : start + kMaxClauseTokens;
  bool clause_so_far = false;  // a verb seen: the content is a clause, not an object phrase
  for (; i < stop; ++i) {
    const Token& t = d.tokens[i];
    if (t.kind == TokKind::kWord && !clause_so_far && !d.cap(i)) {
      const std::uint32_t f = d.flags(i);
      const std::string_view w = d.str(i);
      clause_so_far = ((f & (kAux | kPast)) && !(f & kDet) && !w.ends_with("ly")) ||
                      // ("the reported bomber": after a determiner, a participle is an adjective)
                      (w.size() > 3 && w.ends_with("ed") &&
                       !(i > start && d.word(i - 1) && (d.flags(i - 1) & kDet) && !d.is(i - 1, "that"))) ||
                      // "it respects", "the mayor knows": a present verb after its subject
                      (w.size() > 2 && w.back() == 's' && i > start && d.word(i - 1) &&
                       ((d.flags(i - 1) & kPronoun) || (d.cap(i - 1) && i - 1 > start)));
    }
    if (i > start && t.kind == TokKind::kPunct) {
      if (t.punct == PunctKind::kSemicolon) break;
      if (t.punct == PunctKind::kQuoteOpen && d.quote_end[i] != kNoQuote && d.quote_end[i] > i) {
        // skip over a quotation inside the clause; one running past the sentence takes the
        // content with it
        const std::uint32_t qe = d.quote_end[i];
        // ("called it “simply false,” saying ...": the comma inside the quotation ends the
        // clause before a participle, as one outside it would)
        if (qe + 1 < stop && d.punct(qe - 1, PunctKind::kComma) && participle_cue(d, qe + 1)) {
          i = qe + 1;
          break;
        }
        if (qe < stop) { i = qe; continue; }
        if (qe < start + kMaxClauseTokens) {
          out.end = trim_end(d, start, qe < n && d.punct(qe, PunctKind::kQuoteClose) ? qe + 1 : qe);
          return out;
        }
        i = stop;
        break;
      }
      if (t.punct == PunctKind::kDash && i + 1 < stop &&
          (d.is(i + 1, "a") || d.is(i + 1, "an") || d.is(i + 1, "which") || d.is(i + 1, "something") ||
           d.is(i + 1, "including") || (d.flags(i + 1) & kNounCue)))
        break;
      // "backed the plan - but the council balked": after an object phrase, a dash and
      // 'but' or 'and' start a new clause.
      // (Not a paired aside, "the extreme - and costly - plan".)
      if (t.punct == PunctKind::kDash && i + 2 < stop && !clause_so_far &&
          (d.is(i + 1, "and") || d.is(i + 1, "but")) && !d.is(i + 2, "not")) {
        std::uint32_t m = i + 1;
        while (m < stop && m < i + 14 && !d.punct(m, PunctKind::kDash)) ++m;
        if (m == stop || m == i + 14) break;
      }
      // "P — and he singled out X", "P - although ...": a new clause after a dash.
      if (t.punct == PunctKind::kDash && i + 2 < stop && clause_so_far &&
          (((d.is(i + 1, "and") || d.is(i + 1, "but")) && d.word(i + 2) &&
            ((d.flags(i + 2) & kPronoun) || (d.flags(i + 2) & kAux))) ||
           d.is(i + 1, "although") || d.is(i + 1, "though") || d.is(i + 1, "while") || d.is(i + 1, "because")))
        break;
      // "the pipeline, which Republicans back, would fail", "the scandal, while troublesome,
      // was handled": an aside between a clause's subject and its verb is inside it.
      if ((t.punct == PunctKind::kComma || t.punct == PunctKind::kDash) && !clause_so_far && !stop_at_comma) {
        const std::uint32_t close = aside_end(d, i, stop, t.punct);
        if (close != kNone) {
          i = close;
          continue;
        }
      }
      if (t.punct == PunctKind::kComma) {
        if (stop_at_comma) break;
        std::uint32_t a = i + 1;  // the word after the comma (past a closing quote)
        if (a < stop && d.punct(a, PunctKind::kQuoteClose)) ++a;
        if (a < stop && d.word(a)) {
          // ", which includes ...", ", who is ...", ", although ...", ", also known as"
          if (d.is(a, "which") || d.is(a, "who") || d.is(a, "whose") || d.is(a, "although") ||
              d.is(a, "though") || d.is(a, "whereas") || d.is(a, "however") ||
              (d.is(a, "also") && d.is(a + 1, "known")))
            break;
          if (participle_cue(d, a)) break;
          // "blames agents for the unrest, rejects the death toll": a headline's second verb.
          if (chained_headline_verb(d, a)) break;
          // "P, supplemented by Q", "P, based on polls": a participle phrase about the
          // finished clause.
          if (clause_so_far && !d.cap(a) && d.str(a).size() > 4 && d.str(a).ends_with("ed") && a + 1 < stop &&
              d.word(a + 1) && (d.flags(a + 1) & kPrep))
            break;
          // ", forcing airlines to ...", ", as she campaigns", ", a clear message": an aside
          // about the content, not part of it.
          {
            const std::string_view w = d.str(a);
            if (!d.cap(a) && w.size() > 4 && w.substr(w.size() - 3) == "ing" && !d.is(a, "including") &&
                !(d.flags(a) & (kSourceNoun | kTitle)))
              break;
          }
          // ", but Q", ", while Q", ", because Q": the corpus keeps the clause in the
          // content, unless it carries its own attribution (", while critics say Q").
          const auto own_cue = [&]() {
            if (!clause_so_far) return true;  // an object phrase ("called for X, even as ...") ends
            for (std::uint32_t j = a + 1; j < stop && j < a + 9 && d.word(j); ++j)
              if ((d.flags(j) & kVerbCue) && !d.cap(j) && !participle_cue(d, j)) return true;
            return false;
          };
          if (d.is(a, "but") && a + 1 < stop && !d.is(a + 1, "that") && own_cue()) break;
          if (d.is(a, "and") && a + 1 < stop && ((d.flags(a + 1) & kPronoun) || d.is(a + 1, "that\xE2\x80\x99s") ||
                                                 d.is(a + 1, "that's")))
            break;
          if (own_cue() && (d.is(a, "as") || d.is(a, "while") || d.is(a, "when") || d.is(a, "because") ||
              d.is(a, "since") || d.is(a, "even") || d.is(a, "until")))
            break;
          // (", a private lab in the north" after a name in a finished clause describes the
          // name: "analysed by Orrin Laboratories, a private lab ...", and stays.)
          if ((d.is(a, "a") || d.is(a, "an")) && !(clause_so_far && d.word(i - 1) && d.cap(i - 1))) break;
          // ", and more than half said ...": a new attribution (", and that Q" is the same
          // cue's second content: split below).
          if ((d.is(a, "and") || d.is(a, "but")) && !d.is(a + 1, "that")) {
            bool cue = false;
            std::uint32_t words = 0;  // the aside below does not count
            for (std::uint32_t j = a + 1; j < stop && words < 8; ++j, ++words) {
              // ", and Otto Vries, who tracks campaigns, said": skip the speaker's aside.
              if (d.punct(j, PunctKind::kComma) && j + 1 < stop &&
                  (d.is(j + 1, "who") || d.is(j + 1, "whose") || d.is(j + 1, "a") || d.is(j + 1, "an") ||
                   d.is(j + 1, "the"))) {
                std::uint32_t m = j + 1;
                while (m < stop && m < j + 16 && !d.punct(m, PunctKind::kComma)) ++m;
                if (m < stop && d.punct(m, PunctKind::kComma)) { j = m; continue; }
              }
              if (!d.word(j)) break;
              if ((d.flags(j) & kVerbCue) && !d.cap(j) && !participle_cue(d, j) &&
                  !(d.tokens[j].info->verb_class == CueClass::kStance && stance_noun(d, j, start))) {
                cue = true;
                break;
              }
            }
            if (cue) break;
          }
        }
        if (i + 1 < stop) {
          // ", a claim ...", ", an allegation ..."
          if ((d.is(i + 1, "a") || d.is(i + 1, "an") || d.is(i + 1, "which")) && i + 2 < stop &&
              (d.flags(i + 2) & kNounCue))
            break;
          if (d.is(i + 1, "which") && i + 3 < stop) {
            // ", which they deny" / ", which officials dispute"
            for (std::uint32_t j = i + 2; j < i + 6 && j < stop; ++j)
              if ((d.flags(j) & kVerbCue) && !d.cap(j)) return {trim_end(d, start, i), kNone};
          }
          if (participle_cue(d, i + 1)) break;
          if (d.is(i + 1, "according") && d.is(i + 2, "to")) break;
        }
      }
    }
    if (i > start && t.kind == TokKind::kWord) {
      if (d.is(i, "according") && d.is(i + 1, "to")) break;
      // (the cheap tests here: this runs for every word clause_end scans)
      if ((t.end - t.begin == 2 || t.end - t.begin == 6) && (t.lex_flags() & kPrep) && !d.in_quote[i] &&
          report_occasion(d, i, stop))
        break;
      // "P and stressed that Q": a second verb of the same subject ends the content.
      if ((d.is(i, "and") || d.is(i, "but")) && i > start + 1) {
        std::uint32_t j = i + 1;
        bool backshift = false;  // "P and had asked Q": the past perfect of reported speech
        while (j < stop && j < i + 4 && d.word(j) && (d.flags(j) & kAux) && !(d.flags(j) & kDet)) {
          backshift |= d.is(j, "had") && clause_so_far;
          ++j;
        }
        if (!backshift && j < stop && (d.flags(j) & kVerbCue) && !d.cap(j) && !participle_cue(d, j) &&
            d.tokens[j].info->verb_class != CueClass::kNone) {
          const std::string_view w = d.str(j);
          if (w.size() > 2 && (w.substr(w.size() - 2) == "ed" || w == "said" || w == "told" ||
                               w.back() == 's'))
            break;
        }
      }
      // "backs the bill but is wary of X", "praised Lee but stopped short of Y": after an
      // object phrase, a verb after 'but' is the subject's next predicate, not the position.
      if (!clause_so_far && d.is(i, "but") && i > start) {
        std::uint32_t j = i + 1;
        if (j < stop && (d.is(j, "also") || d.is(j, "still"))) ++j;
        if (j < stop && !d.is(j, "not") &&
            (finite_verb(d, j) || ((d.flags(j) & kVerbCue) && !d.cap(j) && !participle_cue(d, j))))
          break;
      }
      if ((d.is(i, "and") || d.is(i, "but")) && i + 1 < stop && d.is(i + 1, "that") && i > start + 1) {
        out.end = trim_end(d, start, i);
        out.next = i + 2 < limit ? i + 2 : kNone;
        return out;
      }
    }
  }
  out.end = trim_end(d, start, i);
  return out;
}

}  // namespace claimlens
