// denial_links.cpp — which earlier claim a denial rejects when its object only points back.
//
// "Critics accused the mill of P. [...] The owner dismissed the accusations." The denial
// shares no words with P: its object ("the accusations", "Lareth's figures", "the union's
// account", "it") refers back. Candidates are the last kLinkWindow claims of other speakers
// before the denial; each scores by what the object says:
//   +3  a modifier of the object names the claim's speaker ("the union's account" ~ the union)
//   +2  the object is an accusation word and the claim an accusation
//   +1  a modifier shares a stem with the claim ("the smuggling charge" ~ "fuel smuggled")
//   +1  the claim stands in the article's first two sentences, its headline or lede
// A denial in the headline looks forward instead: to the story's first accusation when it
// rejects a charge, else to the first claim sharing a word with what it rejects.
// The best wins, the latest among equals; with no score at all, the latest accusation, else
// the latest claim. This replaces a link classify_denials made from shared words, which
// such an object does not have. Denials that wrap their claim ("rejected X's claim that
// P") keep it.
// Each denial looks at a bounded window, so the pass is linear.
#include <cctype>
#include <string_view>

#include "findings.h"
#include "np.h"
#include "word_stems.h"

namespace claimlens {
namespace {

constexpr std::uint32_t kLinkWindow = 12;
constexpr std::uint32_t kMaxObjectWords = 4;

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

// The first token of what a denial rejects: the first after its cue.
std::uint32_t object_start(const Document& d, const ContentFinding& f) {
  std::uint32_t m = f.tokens.tb;
  while (m < f.tokens.te && d.tokens[m].begin < f.cue.end) ++m;
  return m;
}

BackReference back_reference(const Document& d, const ContentFinding& f) {
  BackReference ref;
  const std::uint32_t m = object_start(d, f);
  if (m >= f.tokens.te || !d.word(m)) return ref;
  // "denied it", "rejected them", "disputed this"
  if ((d.is(m, "it") || d.is(m, "them") || d.is(m, "this")) && (m + 1 >= f.tokens.te || !d.word(m + 1))) {
    ref.found = true;
    return ref;
  }
  const bool pointer = (d.flags(m) & kDet) || possessive_pronoun(d, m) != PronounClass::kNone ||
                       is_possessive(d, m) || (d.cap(m) && !(d.flags(m) & kStart));
  if (!pointer || d.is(m, "a") || d.is(m, "an") || d.is(m, "any") || d.is(m, "no")) return ref;
  // The phrase ends at punctuation, "as", a preposition or after kMaxObjectWords words.
  std::uint32_t words[kMaxObjectWords];
  std::uint32_t n = 0;
  for (std::uint32_t j = m; j < f.tokens.te && n < kMaxObjectWords; ++j) {
    if (possessive_apostrophe(d, j)) continue;
    if (!d.word(j) || d.is(j, "as") || ((d.flags(j) & kPrep) && j > m)) break;
    words[n++] = j;
  }
  if (n == 0) return ref;
  // A clause after the phrase ("denied the report was true") is no mere pointer.
  const std::uint32_t after = words[n - 1] + 1;
  if (after < f.tokens.te && d.word(after) && !d.is(after, "as") && !(d.flags(after) & kPrep)) return ref;
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

int score(const Document& d, const Findings& out, const BackReference& ref, const ContentFinding& o) {
  int s = 0;
  bool speaker = false, topic = false;
  const WordSet words = ref.n_mods > 0 ? content_words(d, o.tokens) : WordSet{};
  for (std::uint32_t k = 0; k < ref.n_mods; ++k) {
    const std::string_view w = d.str(ref.mods[k]);
    for (std::uint32_t x : o.sources) {
      const SourceFinding& src = out.sources[x];
      speaker |= names(w, d.text.substr(src.span.begin, src.span.end - src.span.begin)) || names(w, src.entity);
    }
    const std::uint32_t h = stem_hash(w);
    for (std::size_t i = 0; i < words.size(); ++i) topic |= words[i] == h;
  }
  if (speaker) s += 3;
  if (ref.accusation && o.from_accusation) s += 2;
  if (topic) s += 1;
  if (d.sentence_of[o.tokens.tb] <= 1) s += 1;
  return s;
}

// "Veshan denies cutting river flow" above the story: a headline denial rejects the first
// claim of another speaker in the article that shares a word with what it rejects.
std::uint32_t headline_target(const Document& d, const Findings& out, std::uint32_t c) {
  const ContentFinding& f = out.contents[c];
  if (d.sentence_of[f.tokens.tb] != 0 || d.sentences.size() < 2 ||
      d.sentences[1].paragraph == d.sentences[0].paragraph)
    return kNone;
  const std::uint32_t m = object_start(d, f);
  const WordSet object = content_words(d, {m, f.tokens.te});
  bool accusation = false;  // "rejects dumping charge": the story's accusation comes first
  for (std::uint32_t j = m; j < f.tokens.te; ++j) accusation |= d.word(j) && accusation_word(d.str(j));
  std::uint32_t first_shared = kNone;
  for (std::uint32_t o = c + 1; o < out.contents.size() && o <= c + kLinkWindow; ++o) {
    const ContentFinding& g = out.contents[o];
    if (g.layer != Layer::kClaim || g.dropped || g.sources.empty() || same_speaker(out.sources, g, f)) continue;
    if (accusation && g.from_accusation) return o;
    if (first_shared == kNone && shared_stems(object, content_words(d, g.tokens)) >= 1) first_shared = o;
  }
  return first_shared;
}

}  // namespace

void link_denials(const Document& d, Findings* out) {
  auto& cs = out->contents;
  for (std::uint32_t c = 0; c < cs.size(); ++c) {
    ContentFinding& f = cs[c];
    if (f.layer != Layer::kDenial || f.dropped || f.wraps_claim || f.cue.end <= f.cue.begin) continue;
    if (f.denies.empty()) {
      const std::uint32_t t = headline_target(d, *out, c);
      if (t != kNone) {
        f.denies.push_back(t);
        continue;
      }
    }
    const BackReference ref = back_reference(d, f);
    if (!ref.found) continue;
    std::uint32_t best = kNone, accusation = kNone, latest = kNone;
    int best_score = 0;
    for (std::uint32_t k = 1; k <= kLinkWindow && k <= c; ++k) {
      const std::uint32_t o = c - k;
      if (cs[o].layer != Layer::kClaim || cs[o].dropped || cs[o].sources.empty() || cs[o].tokens.te > f.tokens.tb ||
          same_speaker(out->sources, cs[o], f))
        continue;
      if (latest == kNone) latest = o;
      if (accusation == kNone && cs[o].from_accusation) accusation = o;
      const int s = score(d, *out, ref, cs[o]);
      if (s > best_score) {
        best_score = s;
        best = o;
      }
    }
    if (best == kNone) best = accusation != kNone ? accusation : latest;
    if (best == kNone) continue;
    f.denies.assign(1, best);
  }
}

}  // namespace claimlens
