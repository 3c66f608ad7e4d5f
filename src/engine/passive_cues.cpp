// passive_cues.cpp — passive cues: "X was asked whether P", "P was opposed by X".
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// "X was asked (by Y) whether P", "was asked about P", "were asked to P", "was asked, “Q?”":
// the question or request put to X is a content; its source is the asker named with "by".
bool CueRules::passive_question(std::uint32_t i, std::uint32_t ce, const Sentence& s) {
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
bool CueRules::resumes_content(std::uint32_t j) const {
  return !(d.is(j, "but") || d.is(j, "or") || d.is(j, "nor") || d.is(j, "yet") || d.is(j, "as") ||
           d.is(j, "which") || d.is(j, "who") || d.is(j, "whom") || d.is(j, "whose") || d.is(j, "than") ||
           d.is(j, "so"));
}

// "The bill was opposed by most Republicans", "The count was confirmed by the party":
// with its agent named by "by", a passive cue's subject is the content and the agent its
// source. ("..., which were claimed by X": the relative pronoun stands for the content.)
bool CueRules::passive_by(std::uint32_t i, std::uint32_t ce, const Sentence& s) {
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
      ce == i + 1 && !d.str(i).ends_with("s")) {
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

bool CueRules::object_pronoun(std::uint32_t j) const {
  // ("her" is left out: "told her aides ..." is a possessive.)
  return d.is(j, "me") || d.is(j, "him") || d.is(j, "us") || d.is(j, "them") || d.is(j, "you");
}

}  // namespace claimlens
