// Hedges: "allegedly", "reportedly", "so-called"...; "alleged", "purported" and "claimed"
// only as adjectives (after a determiner, possessive, preposition or punctuation, and
// before a word other than "that", "to", "by").
#include "findings.h"
#include "np.h"

namespace claimlens {

void find_hedges(const Document& d, Findings* out) {
  const std::uint32_t n = d.size();
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!d.word(i)) continue;
    const std::uint32_t f = d.flags(i);
    if (!(f & (kHedge | kVerbCue))) continue;
    const bool adjective_form = d.is(i, "alleged") || d.is(i, "purported") || d.is(i, "claimed");
    if (!(f & kHedge) && !adjective_form) continue;
    if (adjective_form) {
      const bool before_ok = i == 0 || !d.word(i - 1) ||
                             (d.flags(i - 1) & (kDet | kPrep)) || is_possessive(d, i - 1) ||
                             d.is(i - 1, "and") || d.is(i - 1, "the");
      const bool after_ok = i + 1 < n && d.word(i + 1) && !d.is(i + 1, "that") && !d.is(i + 1, "to") &&
                            !d.is(i + 1, "by") && !(d.flags(i + 1) & (kPrep | kStop));
      if (!before_ok || !after_ok) continue;
      // ("the claimed benefits", "the syrup's claimed benefits"; not "Lee claimed victory")
      if (d.is(i, "claimed") && !(i > 0 && ((d.flags(i - 1) & kDet) || is_possessive(d, i - 1)))) continue;
    }
    if (out->full()) return;
    out->hedges.push_back({{d.tokens[i].begin, d.tokens[i].end}});
  }
}

}  // namespace claimlens
