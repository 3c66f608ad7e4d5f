// Evidential cues: "X is expected to P", "X is widely seen as P", "X is considered P". The
// statement is presented as an expectation or common view with no named source; its
// content is the whole clause (subject, cue and predicate), as the corpus marks it.
// ("X seems/appears to P" is left out: in the project's own gold those are the author's
// voice, not attributions.)
#include "clauses.h"
#include "np.h"
#include "rules.h"

namespace claimlens {
namespace {

// A word that ends the clause on the left of an evidential cue (not part of its subject).
bool clause_opener(const Document& d, std::uint32_t i) {
  return d.is(i, "while") || d.is(i, "because") || d.is(i, "although") || d.is(i, "though") ||
         d.is(i, "if") || d.is(i, "when") || d.is(i, "since") || d.is(i, "but") || d.is(i, "and") ||
         d.is(i, "so") || d.is(i, "whereas") || d.is(i, "as") || d.is(i, "unless") ||
         d.is(i, "that") || d.is(i, "yet") || d.is(i, "or") || d.is(i, "once") || d.is(i, "until") ||
         d.is(i, "where") || d.is(i, "why") || d.is(i, "how") || d.is(i, "whether") ||
         d.is(i, "after") || d.is(i, "before") || d.is(i, "than");
}

// A word that ends the predicate of an evidential clause even without a comma: "seemed
// relaxed as the crowd cheered", "appears likely even if ...".
bool predicate_closer(const Document& d, std::uint32_t i) {
  return d.is(i, "as") || d.is(i, "when") || d.is(i, "while") || d.is(i, "because") ||
         d.is(i, "despite") || d.is(i, "although") || d.is(i, "even") || d.is(i, "after") ||
         d.is(i, "since") || d.is(i, "unless");
}

// First token of the clause whose predicate starts at `v` (the subject's first word).
std::uint32_t clause_start(const Document& d, const Sentence& s, std::uint32_t v) {
  std::uint32_t b = v;
  std::uint32_t steps = 0;
  while (b > s.tb && steps++ < 40) {
    const std::uint32_t j = b - 1;
    const Token& t = d.tokens[j];
    if (t.kind == TokKind::kPunct) {
      if (t.punct == PunctKind::kComma) {
        // "X, which P, seems ...": the relative clause belongs to the subject.
        bool relative = false;
        for (std::uint32_t m = b; m < v && m < b + 2; ++m)
          if (d.is(m, "which") || d.is(m, "who") || d.is(m, "whose")) relative = true;
        // ... and so does the comma closing it: look for "which/who" after an earlier comma.
        if (!relative) {
          for (std::uint32_t m = j; m > s.tb && j - m < 30; --m) {
            if (d.punct(m - 1, PunctKind::kComma)) {
              relative = d.is(m, "which") || d.is(m, "who") || d.is(m, "whose");
              break;
            }
          }
          if (relative) {
            // skip back to before that earlier comma
            std::uint32_t m = j;
            while (m > s.tb && !d.punct(m - 1, PunctKind::kComma)) --m;
            b = m > s.tb ? m - 1 : s.tb;
            continue;
          }
          break;
        }
        b = j;
        continue;
      }
      if (t.punct == PunctKind::kParenOpen || t.punct == PunctKind::kParenClose ||
          t.punct == PunctKind::kOther)
      {
        b = j;
        continue;
      }
      break;
    }
    if (clause_opener(d, j) || (d.flags(j) & kVerbCue && !d.cap(j))) break;
    b = j;
    // "X, which is expected to ...": the relative pronoun opens the clause.
    if (d.is(j, "which") || d.is(j, "who")) break;
  }
  while (b < v && !d.word(b) && !d.punct(b, PunctKind::kQuoteOpen)) ++b;
  return b;
}

}  // namespace

bool evidential_cue(RuleContext& ctx, std::uint32_t i) {
  const Document& d = ctx.d;
  const Sentence& s = d.sentence(i);
  const std::uint32_t ce = i + 1;  // one past the cue
  if (!(d.is(i, "expected") || d.is(i, "seen") || d.is(i, "considered"))) return false;
  // Passive only: "is (widely) expected to", "are seen as", "is considered (a) ...".
  std::uint32_t j = i;
  while (j > s.tb && is_adverb(d, j - 1) && !be_form(d, j - 1)) --j;
  if (j == s.tb || !be_form(d, j - 1)) return false;
  if (ce >= s.te || !d.word(ce)) return false;
  if (d.is(i, "expected") && !d.is(ce, "to")) return false;
  if (d.is(i, "seen") && !d.is(ce, "as")) return false;
  if (d.is(i, "considered") && ((d.flags(ce) & kPrep) || d.is(ce, "by"))) return false;
  std::uint32_t verb = j - 1;  // first token of the verb group (after the subject)
  // The verb group: auxiliaries and adverbs before the cue ("has long been expected").
  while (verb > s.tb && (is_adverb(d, verb - 1) || be_form(d, verb - 1) || (d.flags(verb - 1) & kNegation)) &&
         !d.is(verb - 1, "that"))
    --verb;
  if (verb == s.tb) return false;
  const Span cue = ctx.span(i, ce);
  const std::string word(d.text.substr(cue.begin, cue.end - cue.begin));
  const std::uint32_t subj = verb - 1;
  if (d.in_quote[subj] != d.in_quote[i]) return false;
  const std::uint32_t b = clause_start(d, s, verb);
  if (b >= verb) return false;
  // A relative clause ("X, which is expected to P, ...") ends at its comma.
  ClauseEnd e = clause_end(d, ce, s.te, d.is(b, "which") || d.is(b, "who"));
  if (e.end <= ce) return false;
  for (std::uint32_t m = ce + 2; m < e.end; ++m)
    if (predicate_closer(d, m) && !d.in_quote[m] && !(d.is(m, "as") && d.is(m - 1, "seen"))) {
      e.end = trim_end(d, b, m);
      break;
    }
  return ctx.add_content(b, e.end, Layer::kClaim, kNone, cue,
                         "expectation or view with '" + word + "': the clause, with no named source") != kNone;
}

}  // namespace claimlens
