// word_stems.h — crude content-word stems, for comparing what two contents are about
// (denials.cpp, denial_links.cpp). Internal.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "findings.h"

namespace claimlens {

inline constexpr std::size_t kStemWords = 48;

// Hash of a crude stem: the word without -ing/-ed/-es/-s, then its first five lower-cased
// bytes ("missiles" ~ "missile", "dumped" ~ "dumping").
inline std::uint32_t stem_hash(std::string_view w) {
  const auto strip = [&](std::string_view suffix) {
    if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) {
      w.remove_suffix(suffix.size());
      return true;
    }
    return false;
  };
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (strip("ing") || strip("ed")) {
    // "rigging" -> "rigg" -> "rig", but "called" -> "call" (a doubled l or s is the word's own)
    const char last = w.back();
    if (w.size() > 3 && last == w[w.size() - 2] &&
        (last == 'b' || last == 'd' || last == 'g' || last == 'm' || last == 'n' || last == 'p' || last == 'r' ||
         last == 't'))
      w.remove_suffix(1);
  } else if (!(w.size() > 4 && w.ends_with("es") && vowel(w[w.size() - 3])) && strip("es")) {
    // "taxes" -> "tax"; "agrees" keeps its "e" ("agree")
  } else {
    strip("s");
  }
  std::uint32_t h = 2166136261u;
  for (std::size_t i = 0; i < w.size() && i < 5; ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return h;
}

// A small sorted set of stem hashes, without heap allocation.
struct WordSet {
  std::uint32_t n = 0;
  std::uint32_t w[kStemWords];
  std::size_t size() const { return n; }
  void push_back(std::uint32_t x) { w[n++] = x; }
  std::uint32_t* begin() { return w; }
  std::uint32_t* end() { return w + n; }
  std::uint32_t operator[](std::size_t i) const { return w[i]; }
};

inline WordSet content_words(const Document& d, TokRange r) {
  WordSet out;
  for (std::uint32_t i = r.tb; i < r.te && out.size() < kStemWords; ++i) {
    if (!d.word(i)) continue;
    const std::uint32_t f = d.flags(i);
    if (f & (kDet | kPrep | kStop | kAux | kPronoun | kNegation)) continue;
    const std::string_view w = d.str(i);
    if (w.size() < 3) continue;
    out.push_back(stem_hash(w));
  }
  std::sort(out.begin(), out.end());
  out.n = static_cast<std::uint32_t>(std::unique(out.begin(), out.end()) - out.begin());
  return out;
}

// The content words of a document's contents, computed when first asked for and kept in a
// ring of kSlots: for passes that compare each content only with near neighbours (fewer
// than kSlots apart), so two contents asked for together never share a slot.
class WordCache {
 public:
  static constexpr std::uint32_t kSlots = 64;
  WordCache() : words_(kSlots), owner_(kSlots, kNone) {}
  const WordSet& of(const Document& d, const std::vector<ContentFinding>& cs, std::uint32_t c) {
    const std::uint32_t slot = c % kSlots;
    if (owner_[slot] != c) {
      words_[slot] = content_words(d, cs[c].tokens);
      owner_[slot] = c;
    }
    return words_[slot];
  }
  // Content c changed its tokens.
  void forget(std::uint32_t c) {
    if (owner_[c % kSlots] == c) owner_[c % kSlots] = kNone;
  }

 private:
  std::vector<WordSet> words_;
  std::vector<std::uint32_t> owner_;
};

inline std::size_t shared_stems(const WordSet& a, const WordSet& b) {
  std::size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}


}  // namespace claimlens
