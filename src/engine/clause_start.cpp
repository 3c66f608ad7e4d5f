// Clause openings after a cue (see clause_start.h).
#include "clause_start.h"

#include "clauses.h"
#include "np.h"

namespace claimlens {
namespace {

// A word of a quantity ("a third", "40", "two dozen").
bool quantity_word(const Document& d, std::uint32_t j) {
  if (d.tokens[j].flags & kDigit) return true;
  static constexpr std::string_view kWords[] = {
      "half",   "third",    "quarter", "fifth",    "tenth",   "dozen",  "dozens",  "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "two",    "three",   "four",    "five",
      "six",    "seven",    "eight",   "nine",     "ten",     "twenty", "thirty",  "forty",   "fifty",
      "one",    "percent"};
  for (std::string_view w : kWords)
    if (d.is(j, w)) return true;
  return false;
}

}  // namespace

bool clause_opens(const Document& d, std::uint32_t r, std::uint32_t limit) {
  if (r + 1 >= limit || !d.word(r) || !d.word(r + 1)) return false;
  if (subject_pronoun(d, r)) return !(d.flags(r + 1) & kPrep);
  if (d.is(r, "it") || d.is(r, "there")) return finite_verb(d, r + 1);
  const std::uint32_t f = d.flags(r);
  if (!((f & kDet) || d.cap(r) || (d.tokens[r].flags & kDigit)) || (f & kPrep) || d.is(r, "that")) return false;
  const TokRange np = np_right(d, r, limit, false);
  if (np.empty() || np.te >= limit) return false;
  std::uint32_t v = np.te;
  while (v < limit && v < np.te + 2 && is_adverb(d, v) && !(d.flags(v) & kStop)) ++v;
  return v < limit && finite_verb(d, v);
}

bool approximate_quantity(const Document& d, std::uint32_t k, std::uint32_t limit) {
  if (k + 1 >= limit || !d.word(k) || !d.word(k + 1)) return false;
  // "at least 30", "at most a dozen", "more than 40", "fewer than ten", "up to 200"
  if (k + 2 < limit && d.word(k + 2) &&
      ((d.is(k, "at") && (d.is(k + 1, "least") || d.is(k + 1, "most"))) ||
       ((d.is(k, "more") || d.is(k, "fewer") || d.is(k, "less")) && d.is(k + 1, "than")) ||
       (d.is(k, "up") && d.is(k + 1, "to"))))
    return quantity_word(d, k + 2);
  if (!(d.is(k, "about") || d.is(k, "around") || d.is(k, "over") || d.is(k, "under") || d.is(k, "nearly") ||
        d.is(k, "almost") || d.is(k, "roughly") || d.is(k, "approximately") || d.is(k, "some") ||
        d.is(k, "only") || d.is(k, "just")))
    return false;
  std::uint32_t j = k + 1;
  if ((d.is(j, "a") || d.is(j, "an")) && j + 1 < limit && d.word(j + 1)) ++j;
  return quantity_word(d, j);
}

bool be_contraction(const Document& d, std::uint32_t i) {
  if (!d.word(i) || !(d.tokens[i].flags & kApostrophe)) return false;
  static constexpr std::string_view kForms[] = {"it's", "that's", "there's", "what's", "here's",
                                                "it\xE2\x80\x99s", "that\xE2\x80\x99s", "there\xE2\x80\x99s",
                                                "what\xE2\x80\x99s", "here\xE2\x80\x99s"};
  for (std::string_view f : kForms)
    if (d.is(i, f)) return true;
  return false;
}

bool pronoun_contraction(const Document& d, std::uint32_t i) {
  // ("it's" is "it is" or "it has", a clause of its own kind: be_contraction)
  const PronounClass pc = contracted_pronoun(d, i);
  return pc != PronounClass::kNone && pc != PronounClass::kThing;
}

}  // namespace claimlens
