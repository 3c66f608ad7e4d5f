// cues.cpp — the pass over the document: every token once, in text order, each cue handed
// to its rule (cue_rules.h lists the rules and the files that hold them).
#include "cue_rules.h"

namespace claimlens {

std::uint32_t CueRules::source_for(const Subject& sub, const char* why) {
  if (sub.place == SubjectPlace::kInherited) return sub.inherited;
  if (sub.place == SubjectPlace::kBefore || sub.place == SubjectPlace::kAfter)
    return ctx.add_source(sub.np, why);
  return kNone;
}

void CueRules::run() {
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

void find_attributions(const Document& doc, Findings* out) {
  RuleContext ctx{doc, out, std::vector<std::uint8_t>(doc.size(), 0)};
  CueRules rules{ctx, doc};
  rules.run();
}

}  // namespace claimlens
