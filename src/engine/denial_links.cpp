// denial_links.cpp — which claim a denial rejects, when classify_denials found none.
//
// classify_denials links a denial to an earlier claim sharing two content words with it.
// Many denials share fewer: their object points back ("The owner dismissed the
// accusations", "disputed the union's account", "denied it"), or they answer in other words
// ("denied that it had concealed the breach" after "the regulator accused the firm of
// waiting seven weeks"). Here every such denial weighs the claims of other speakers near
// it and takes the best, by what news text shows of what a denial answers:
//   +3 per content word shared with what the denial rejects (at most three)
//   +4  a modifier of a pointing object names the claim's speaker ("the union's account")
//   +2  the object is an accusation word ("the charges") and the claim an accusation
//   +2  the claim is an accusation or allegation (what denials mostly answer)
//   +2  an earlier denial already rejects the claim (a story's contested claim is denied
//       again and again)
//   +1  the claim stands in the headline or the first two sentences
// Candidates are the kLinkWindow claims before the denial (a reporting noun in what it
// rejects, "the report", shares no topic); a denial with none before it
// (the headline, a lede that reports the denial first) looks at the claims after it
// instead. The nearest wins among equals. A candidate must score at least kMinScore (a
// shared word, an accusation, a rejected claim or a pointing object), so a denial of
// something the article never states stays unlinked. Denials that wrap their claim
// ("rejected X's claim that P") keep it. Each denial looks at a bounded window: linear.
#include <cctype>
#include <string_view>
#include <vector>

#include "findings.h"
#include "np.h"
#include "word_stems.h"

namespace claimlens {
namespace {

constexpr std::uint32_t kLinkWindow = 20;
constexpr std::uint32_t kMaxObjectWords = 4;
constexpr int kMinScore = 2;

// The object of a denial after its cue: up to its head noun, when it points back.
struct BackReference {
  bool found = false;
  bool accusation = false;                // "the accusations", "that charge"
  std::uint32_t mods[kMaxObjectWords] = {};
  std::uint32_t n_mods = 0;               // words before the head ("the union's", "Valdian")
};

bool accusation_word(std::string_view w) {
  return word_is(w, "accusation") || word_is(w, "accusations") || word_is(w, "allegation") ||
         word_is(w, "allegations") || word_is(w, "charge") || word_is(w, "charges");
}

// What a denial rejects: the tokens after its cue when the cue stands inside it ("denied
// that P", "called P false"), else all of it (a quotation before "he said").
TokRange rejected(const Document& d, const ContentFinding& f) {
  if (f.cue.begin < f.span.begin || f.cue.end > f.span.end) return f.tokens;
  std::uint32_t m = f.tokens.tb;
  while (m < f.tokens.te && d.tokens[m].begin < f.cue.end) ++m;
  return {m, f.tokens.te};
}

BackReference back_reference(const Document& d, const ContentFinding& f) {
  BackReference ref;
  const TokRange r = rejected(d, f);
  const std::uint32_t m = r.tb;
  if (m >= r.te || r.tb == f.tokens.tb || !d.word(m)) return ref;
  // "denied it", "rejected them", "disputed this"
  if ((d.is(m, "it") || d.is(m, "them") || d.is(m, "this")) && (m + 1 >= r.te || !d.word(m + 1))) {
    ref.found = true;
    return ref;
  }
  const bool pointer = (d.flags(m) & kDet) || possessive_pronoun(d, m) != PronounClass::kNone ||
                       is_possessive(d, m) || (d.cap(m) && !(d.flags(m) & kStart));
  if (!pointer || d.is(m, "a") || d.is(m, "an") || d.is(m, "any") || d.is(m, "no")) return ref;
  // The phrase ends at punctuation, "as", a preposition or after kMaxObjectWords words.
  std::uint32_t words[kMaxObjectWords];
  std::uint32_t n = 0;
  for (std::uint32_t j = m; j < r.te && n < kMaxObjectWords; ++j) {
    if (possessive_apostrophe(d, j)) continue;
    if (!d.word(j) || d.is(j, "as") || ((d.flags(j) & kPrep) && j > m)) break;
    // ("denied that she would resign": "that" opens a clause, no phrase pointing back.)
    if (j > m && (d.flags(j) & (kAux | kStop | kPronoun)) && !is_possessive(d, j)) return ref;
    words[n++] = j;
  }
  if (n == 0) return ref;
  // A clause after the phrase ("denied the report was true") is no mere pointer.
  const std::uint32_t after = words[n - 1] + 1;
  if (after < r.te && d.word(after) && !d.is(after, "as") && !(d.flags(after) & kPrep)) return ref;
  ref.found = true;
  ref.accusation = accusation_word(d.str(words[n - 1]));
  for (std::uint32_t k = 0; k + 1 < n; ++k)
    if (!(d.flags(words[k]) & kDet) && possessive_pronoun(d, words[k]) == PronounClass::kNone)
      ref.mods[ref.n_mods++] = words[k];
  return ref;
}

// Whether word `w` (a possessive "'s" removed) names one of the words of `text`, by crude stem
// ("Valdian" ~ "Valdia", "union's" ~ "union").
bool names(std::string_view w, std::string_view text) {
  w = strip_possessive(w);
  if (w.size() < 3) return false;
  const std::uint32_t h = stem_hash(w);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !(std::isalnum(static_cast<unsigned char>(text[i])) || (text[i] & 0x80))) ++i;
    std::size_t j = i;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || (text[j] & 0x80))) ++j;
    if (j > i + 2 && stem_hash(text.substr(i, j - i)) == h) return true;
    i = j + 1;
  }
  return false;
}

// Whether a modifier of the pointing object names a speaker of claim o.
bool names_speaker(const Document& d, const Findings& out, const BackReference& ref, const ContentFinding& o) {
  for (std::uint32_t k = 0; k < ref.n_mods; ++k) {
    const std::string_view w = d.str(ref.mods[k]);
    for (std::uint32_t x : o.sources) {
      const SourceFinding& src = out.sources[x];
      if (names(w, d.text.substr(src.span.begin, src.span.end - src.span.begin)) || names(w, src.entity)) return true;
    }
  }
  return false;
}

// The content words of what a denial rejects, less the nouns that only name a report
// ("the report", "the allegations", "Kerrow's account"): those point at a claim and say
// nothing of what it is about.
WordSet topic_words(const Document& d, TokRange r) {
  WordSet all = content_words(d, r);
  WordSet nouns;
  for (std::uint32_t i = r.tb; i < r.te && nouns.size() < kStemWords; ++i)
    if (d.word(i) && (d.flags(i) & kNounCue)) nouns.push_back(stem_hash(d.str(i)));
  WordSet out;
  for (std::size_t k = 0; k < all.size(); ++k) {
    bool noun = false;
    for (std::size_t j = 0; j < nouns.size(); ++j) noun |= nouns[j] == all[k];
    if (!noun) out.push_back(all[k]);
  }
  return out;
}

struct Scorer {
  const Document& d;
  const Findings& out;
  const std::vector<std::uint8_t>& rejected_before;
  const ContentFinding& f;
  const BackReference ref;
  const WordSet object;
  WordCache& cache;

  // Whether claim o may be what f rejects: another speaker's claim outside f.
  bool candidate(const ContentFinding& o) const {
    return o.layer == Layer::kClaim && !o.dropped && !o.sources.empty() &&
           (o.tokens.te <= f.tokens.tb || o.tokens.tb >= f.tokens.te) && !same_speaker(out.sources, o, f);
  }

  int score(std::uint32_t c) const {
    const ContentFinding& o = out.contents[c];
    const std::size_t shared = object.size() == 0 ? 0 : shared_stems(object, cache.of(d, out.contents, c));
    int s = 3 * static_cast<int>(shared < 3 ? shared : 3);
    if (ref.found && names_speaker(d, out, ref, o)) s += 4;
    if (ref.accusation && o.from_accusation) s += 2;
    if (o.from_accusation) s += 2;
    if (rejected_before[c]) s += 2;
    if (d.sentence_of[o.tokens.tb] <= 2) s += 1;
    // (A pointing object with nothing else to go on takes the nearest claim.)
    if (ref.found && s < kMinScore) s = kMinScore;
    return s;
  }
};

}  // namespace

void link_denials(const Document& d, Findings* out) {
  auto& cs = out->contents;
  std::vector<std::uint8_t> rejected_before(cs.size(), 0);
  static_assert(WordCache::kSlots > 2 * kLinkWindow);  // candidates on both sides of a denial
  WordCache cache;
  for (std::uint32_t c = 0; c < cs.size(); ++c) {
    ContentFinding& f = cs[c];
    if (f.layer != Layer::kDenial || f.dropped || f.cue.end <= f.cue.begin) continue;
    // "dismissed casualty figures from rights groups that say P": a claim of another
    // speaker inside the object of a denial verb is what it rejects.
    const bool verb_inside = f.cue.begin >= f.span.begin && f.cue.end <= f.span.end;
    for (std::uint32_t o = c + 1; verb_inside && f.denies.empty() && !f.wraps_claim && o < cs.size() && o <= c + 3; ++o)
      if (cs[o].layer == Layer::kClaim && !cs[o].dropped && !cs[o].sources.empty() && inside(cs[o], f) &&
          cs[o].span.begin >= f.cue.end && !same_speaker(out->sources, cs[o], f))
        f.denies.assign(1, o);
    if (f.denies.empty() && !f.wraps_claim) {
      const Scorer scorer{d, *out, rejected_before, f, back_reference(d, f), topic_words(d, rejected(d, f)), cache};
      std::uint32_t best = kNone;
      int best_score = kMinScore - 1;
      bool any_before = false;
      for (std::uint32_t k = 1; k <= kLinkWindow && k <= c; ++k) {
        if (!scorer.candidate(cs[c - k]) || cs[c - k].tokens.te > f.tokens.tb) continue;
        any_before = true;
        const int s = scorer.score(c - k);
        if (s > best_score) best_score = s, best = c - k;
      }
      for (std::uint32_t o = c + 1; !any_before && o < cs.size() && o <= c + kLinkWindow; ++o) {
        if (!scorer.candidate(cs[o])) continue;
        const int s = scorer.score(o);
        if (s > best_score) best_score = s, best = o;
      }
      if (best != kNone) f.denies.assign(1, best);
    }
    for (std::uint32_t x : f.denies)
      if (x < rejected_before.size()) rejected_before[x] = 1;
  }
}

}  // namespace claimlens
