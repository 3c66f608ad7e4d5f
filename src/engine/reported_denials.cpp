// reported_denials.cpp — denials reported by a verb of saying, and the claims denials wrap
// without naming anyone.
//
//   "The club said that it “strongly denies” any suggestion that P": what the club said is a
//   denial, its own verb says so. The whole content becomes the denial (with the club as
//   its source), and the denial found inside it ("denies any suggestion ...", with "it" as
//   source) goes: the guide marks the statement once.
//   "rejected the idea that P", "denied any suggestion that P": a claim wrapped by a denial
//   with no source of its own (classify_denials gives one when it restates an earlier claim)
//   that is a mere idea, not reports or claims someone made, is no attribution: nobody is
//   said to hold it. It goes, and the denial looks for what it
//   rejects elsewhere (link_denials).
// Runs after classify_denials, before link_denials. Each content looks at a bounded number
// of neighbours, so the pass is linear.
#include <vector>

#include "findings.h"
#include "lexicon.h"

namespace claimlens {
namespace {

constexpr std::uint32_t kNeighbours = 8;
constexpr std::uint32_t kBetween = 3;  // words between the pronoun and its verb

bool deny_verb(const Document& d, std::uint32_t j) {
  const WordInfo* wi = d.word(j) ? d.tokens[j].info : nullptr;
  return wi && (wi->flags & kVerbCue) && wi->verb_class == CueClass::kDeny && !d.cap(j);
}

// The denial verb that is the main verb of content r, its subject a pronoun that points
// back to the speaker: "(that) it (has) “strongly” denied ..." in reported speech, "We deny
// ..." in a quotation ("“They have denied everything,” she said" reports others' denial).
// Between pronoun and verb only auxiliaries, adverbs and quotation marks; else kNone.
std::uint32_t main_deny_verb(const Document& d, TokRange r) {
  std::uint32_t j = r.tb;
  const bool quoted = j < r.te && d.punct(j, PunctKind::kQuoteOpen);
  if (quoted) ++j;
  if (j < r.te && d.is(j, "that")) ++j;
  if (j >= r.te || !d.word(j) || !(d.flags(j) & kPronoun)) return kNone;
  const bool subject = quoted ? d.is(j, "we") || d.is(j, "i")
                              : d.is(j, "it") || d.is(j, "they") || d.is(j, "he") || d.is(j, "she") || d.is(j, "we");
  if (!subject) return kNone;
  for (std::uint32_t k = j + 1, words = 0; k < r.te && words < kBetween; ++k) {
    if (d.punct(k, PunctKind::kQuoteOpen) || d.punct(k, PunctKind::kQuoteClose)) continue;
    if (!d.word(k)) return kNone;
    if (deny_verb(d, k)) return k;
    if (!((d.flags(k) & kAux) || d.str(k).ends_with("ly") || d.is(k, "always") || d.is(k, "again"))) return kNone;
    ++words;
  }
  return kNone;
}

// Content starting at b follows "the idea that", "any suggestion that": a thought no one is
// said to have voiced ("rejected reports that P", "dismissed claims that P" name claims
// someone made, whoever it was; those stay).
bool mere_idea(const Document& d, std::uint32_t b) {
  if (b < 2 || !d.is(b - 1, "that") || !d.word(b - 2)) return false;
  const std::string_view w = d.str(b - 2);
  return word_is(w, "idea") || word_is(w, "ideas") || word_is(w, "notion") || word_is(w, "notions") ||
         word_is(w, "suggestion") || word_is(w, "suggestions");
}

}  // namespace

void merge_reported_denials(const Document& d, Findings* out) {
  auto& cs = out->contents;
  const auto n = static_cast<std::uint32_t>(cs.size());
  for (std::uint32_t c = 0; c < n; ++c) {
    ContentFinding& f = cs[c];
    if (f.layer != Layer::kClaim || f.dropped || f.sources.empty() || f.from_accusation || f.accuses) continue;
    const std::uint32_t verb = main_deny_verb(d, f.tokens);
    if (verb == kNone) continue;
    f.layer = Layer::kDenial;
    f.why += "; its own verb denies";
    // (A quoted verb, "it “strongly denies” P", was found as no cue: nothing to drop.)
    for (std::uint32_t o = c + 1; o < n && o <= c + kNeighbours; ++o) {
      ContentFinding& g = cs[o];
      if (g.layer != Layer::kDenial || g.dropped || !inside(g, f) || g.tokens.tb > verb + 1) continue;
      f.denies = g.denies;
      f.wraps_claim = g.wraps_claim;
      g.dropped = true;
      break;
    }
  }
  // Claims wrapped by a denial that no one is said to hold.
  for (std::uint32_t c = 0; c < n; ++c) {
    ContentFinding& f = cs[c];
    if (f.layer != Layer::kDenial || f.dropped) continue;
    const std::uint32_t lo = c > kNeighbours ? c - kNeighbours : 0;
    for (std::uint32_t o = lo; o < n && o <= c + kNeighbours; ++o) {
      ContentFinding& g = cs[o];
      if (o == c || g.layer != Layer::kClaim || g.dropped || !g.sources.empty() || !inside(g, f) ||
          !mere_idea(d, g.tokens.tb))
        continue;
      g.dropped = true;
      std::erase(f.denies, o);
      if (f.denies.empty()) f.wraps_claim = false;
    }
  }
}

}  // namespace claimlens
