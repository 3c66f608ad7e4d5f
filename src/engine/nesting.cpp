// Nested positions: a position, label or accusation cue standing inside another content
// ("the union says [the city plans to shut nine schools]", "diplomats say [neither side
// wants the row to reach the court]") is part of what that content reports, not an
// attribution of its own. The guide marks only the outer attribution; on PolNeAR the
// nested ones are mostly wrong too (dev content exact F1 0.561 -> 0.569 when they go).
// Reported speech and denials nested in a content stay ("said that officials said P").
// A source that only such contents named goes with them; a source named otherwise (a
// byline, "cited by X", a kept content) stays. Each content is compared with at most
// kWindow neighbours, so the pass is linear.
#include <algorithm>

#include "findings.h"
#include "lexicon.h"

namespace claimlens {
namespace {

constexpr std::uint32_t kWindow = 24;

// The class of the reporting verb or verb phrase ("called for", "spoke about") whose
// first word begins at byte `begin`, or kNone.
CueClass cue_class_at(const Document& d, std::uint32_t begin) {
  const auto it = std::lower_bound(d.tokens.begin(), d.tokens.end(), begin,
                                   [](const Token& t, std::uint32_t b) { return t.begin < b; });
  if (it == d.tokens.end() || it->begin != begin || !it->info) return CueClass::kNone;
  const auto i = static_cast<std::uint32_t>(it - d.tokens.begin());
  if (it->info->flags & kPhraseStart) {
    for (std::uint16_t p : it->info->phrases) {
      const Phrase& ph = lexicon().phrases()[p];
      if (ph.kind != Phrase::kVerb) continue;
      std::uint32_t m = 0;
      while (m < ph.words.size() && i + m < d.size() && d.is(i + m, ph.words[m])) ++m;
      if (m == ph.words.size()) return ph.cue_class;
    }
  }
  return (it->info->flags & kVerbCue) ? it->info->verb_class : CueClass::kNone;
}

// "said [she believes P]", "told them that [he thinks P]": the nested belief's speaker
// opens the outer content (after "that"). A belief standing later in it ("said that,
// although P, she thinks Q") is often the attribution the corpus marks; it stays.
bool opens_with_speaker(const Document& d, const Findings& out, const ContentFinding& inner,
                        const ContentFinding& outer) {
  if (inner.sources.empty() || inner.sources[0] >= out.sources.size()) return false;
  std::uint32_t b = outer.tokens.tb;
  if (d.is(b, "that")) ++b;
  return out.sources[inner.sources[0]].tokens.tb == b;
}

}  // namespace

bool inside(const ContentFinding& a, const ContentFinding& b) {
  return b.tokens.tb <= a.tokens.tb && a.tokens.te <= b.tokens.te &&
         b.tokens.te - b.tokens.tb > a.tokens.te - a.tokens.tb;
}

void drop_nested_positions(const Document& d, Findings* out) {
  auto& cs = out->contents;
  const auto n = static_cast<std::uint32_t>(cs.size());
  for (std::uint32_t c = 0; c < n; ++c) {
    ContentFinding& f = cs[c];
    if (f.layer != Layer::kClaim || f.cue.end <= f.cue.begin) continue;
    const CueClass cls = cue_class_at(d, f.cue.begin);
    if (cls != CueClass::kStance && cls != CueClass::kLabel && cls != CueClass::kAccuse && cls != CueClass::kBelieve)
      continue;
    const std::uint32_t lo = c > kWindow ? c - kWindow : 0;
    const std::uint32_t hi = std::min(n, c + kWindow + 1);
    for (std::uint32_t o = lo; o < hi && !f.dropped; ++o)
      if (o != c && !cs[o].dropped && inside(f, cs[o]) &&
          (cls != CueClass::kBelieve ||
           (opens_with_speaker(d, *out, f, cs[o]) && cs[o].cue.end > cs[o].cue.begin &&
            cue_class_at(d, cs[o].cue.begin) != CueClass::kNone)))
        f.dropped = true;
  }
  // Sources named only by dropped contents.
  std::vector<std::uint8_t> named(out->sources.size(), 0);  // bit 1: by a kept content, 2: by a dropped one
  for (const ContentFinding& f : cs)
    for (std::uint32_t s : f.sources)
      if (s < named.size()) named[s] |= f.dropped ? 2 : 1;
  for (std::uint32_t s = 0; s < named.size(); ++s)
    if (named[s] == 2) out->sources[s].dropped = true;
}

}  // namespace claimlens
