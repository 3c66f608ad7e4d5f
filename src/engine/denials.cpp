// Denial classification of contents found by the cue rules.
//
// A claim becomes a denial when its content itself rejects something:
//   * it holds a denial predicate ("baseless", "exaggerated", "not the case"), not negated;
//   * it is negated ("has not delivered", "never sold") and shares at least two content
//     words (crude stems) with an earlier claim, or one with an earlier accusation;
//   * it says "never" and someone else made an accusation among the last kCompare contents;
//   * it is negated and its subject is called alleged ("the alleged payments never happened");
//   * it is negated and its source issued a denial earlier in the same sentence;
//   * it is negated, stands in the headline, and a later content by another source
//     shares two content words with it (one with an accusation).
// A negated statement answers only another speaker's claim (entities are resolved first),
// and only with its first sentence. Accusations themselves stay claims. A denial is linked
// (`denies`) to the earlier claim it answers, when there is one (denial_links.cpp links
// those whose object only points back). Also here:
//   * a quotation continued after its cue ("“P,” X said. “Q.”") whose first part rejects
//     and whose rest does not is split: P the denial, Q a claim, Q placed right after P;
//   * a claim wrapped by a denial with no source of its own ("rejected the allegation that
//     P") takes the sources of the earlier claim it restates, which the denial rejects too.
// Each content is compared with at most kCompare other contents over at most kStemWords
// words, so the pass is linear.
#include <algorithm>
#include <utility>
#include <vector>

#include "findings.h"
#include "np.h"
#include "word_stems.h"

namespace claimlens {
namespace {

constexpr std::uint32_t kCompare = 30;

}  // namespace

bool has_denial_predicate(const Document& d, TokRange r) {
  const Lexicon& lex = lexicon();
  for (std::uint32_t i = r.tb; i < r.te; ++i) {
    if (!d.word(i)) continue;
    const std::uint32_t f = d.flags(i);
    if (f & kDenialWord) {
      // "not false" / "no lie" reverse it; accept otherwise.
      if (i > r.tb && (d.flags(i - 1) & kNegation)) continue;
      return true;
    }
    if (f & kPhraseStart) {
      for (std::uint16_t p : d.tokens[i].info->phrases) {
        const Phrase& ph = lex.phrases()[p];
        if (ph.kind != Phrase::kDenial) continue;
        std::uint32_t m = 0;
        while (m < ph.words.size() && i + m < r.te && d.is(i + m, ph.words[m])) ++m;
        if (m == ph.words.size()) return true;
      }
    }
  }
  return false;
}

namespace {

bool says_never(const Document& d, TokRange r) {
  for (std::uint32_t i = r.tb; i < r.te; ++i)
    if (d.is(i, "never")) return true;
  return false;
}

// Whether the negation at i stands in a clause below the statement that opens at b: a
// relative clause ("concerned a prototype that never went on sale") or the second half of
// "P but not Q" ("had considered it but had not found enough evidence"), where P is a
// clause of its own.
bool negation_is_subordinate(const Document& d, std::uint32_t b, std::uint32_t i) {
  bool verb_before = false;
  bool relative = false;  // inside ", which/who ...," until its closing comma
  for (std::uint32_t m = b; m < i; ++m) {
    if (d.punct(m, PunctKind::kComma)) relative = false;
    if (!d.word(m)) continue;
    const std::uint32_t f = d.flags(m);
    if ((d.is(m, "which") || d.is(m, "who")) && m > b) relative = true;
    // "a batch that never left", "threats that exist": "that" after a noun opens a relative
    // clause; not "it is clear that we did not", "certain that no rule was broken", where
    // the clause's own subject follows, nor "out that night".
    if (d.is(m, "that") && m > b && m + 1 <= i && d.word(m - 1) &&
        !(d.flags(m - 1) & (kVerbCue | kAux | kPast | kStop)) && !d.str(m - 1).ends_with("ed") &&
        (m + 1 == i || !(d.word(m + 1) && ((d.flags(m + 1) & (kPronoun | kDet | kTime)) || d.cap(m + 1) ||
                                          (m + 2 < i && !d.word(m + 2)) ||
                                          d.is(m + 1, "no") || d.is(m + 1, "nothing") || d.is(m + 1, "none")))))
      return true;
    // (Not "he was yelling, but I never heard him": "but" with a subject of its own.)
    if (d.is(m, "but") && verb_before && m + 1 < i &&
        !(d.word(m + 1) && (subject_pronoun(d, m + 1) || (d.flags(m + 1) & kDet) || d.cap(m + 1))))
      return true;
    if (((f & (kAux | kPast)) && !(f & kDet)) || (!d.cap(m) && d.str(m).ends_with("ed") && m > b)) verb_before = true;
  }
  return relative;
}

// Whether the first sentence of r is negated. A denial says its "not" first; a negation
// further into a long quotation ("... Take it away and you will not need a plan") is
// part of an argument, not an answer.
bool negated(const Document& d, TokRange r) {
  const std::uint32_t sentence = d.sentence_of[r.tb];
  const std::uint32_t t = r.tb + (d.word(r.tb) ? 0 : 1);  // the first word (past a quotation mark)
  for (std::uint32_t i = r.tb; i < r.te && d.sentence_of[i] == sentence; ++i) {
    if (!d.word(i) || !(d.flags(i) & kNegation)) continue;
    // "no" and "nothing" negate the statement only as its subject ("No trial is taking
    // place"); inside it they usually belong to a phrase ("with no delay").
    const bool first = i == r.tb || (i == r.tb + 1 && !d.word(r.tb));
    // ("There is no memo": "no" after "there" and a form of "be" negates the whole.)
    const bool there = t + 1 < i && d.is(t, "there") && (d.flags(t + 1) & kAux) && i <= t + 3;
    // ("issued no such order", "had no role in it": "no such" and a possession denied
    // negate the statement too.)
    const bool such = d.is(i, "no") && i + 1 < r.te && d.is(i + 1, "such");
    // ("had no comment", "has no plans to", "had no choice" tell no answer.)
    const bool had_no = d.is(i, "no") && i > r.tb && i + 1 < r.te &&
                        (d.is(i - 1, "had") || d.is(i - 1, "has") || d.is(i - 1, "have")) &&
                        !d.is(i + 1, "comment") && !d.is(i + 1, "plans") && !d.is(i + 1, "plan") &&
                        !d.is(i + 1, "choice") && !d.is(i + 1, "immediate") && !d.is(i + 1, "intention");
    if ((d.is(i, "no") || d.is(i, "nothing")) && !first && !there && !such && !had_no) continue;
    // "would not act on a single study", "had not yet obtained the logs": what someone will
    // not do, or has not done so far, answers no one.
    if (i > r.tb && (d.is(i - 1, "will") || d.is(i - 1, "would") || d.is(i - 1, "shall") ||
                     (i + 1 < r.te && d.is(i + 1, "yet"))))
      continue;
    // "not just the rich", "not only P but Q": a contrast, not a negated statement.
    if (d.is(i, "not") && i + 1 < r.te && (d.is(i + 1, "just") || d.is(i + 1, "only") || d.is(i + 1, "merely")))
      continue;
    // "urged them not to travel": a negated infinitive is advice or intent, not a fact.
    // ("There was nothing to hide" stays negated.)
    if ((d.is(i, "not") || d.is(i, "never")) && i + 1 < r.te && d.is(i + 1, "to")) continue;
    if (negation_is_subordinate(d, r.tb, i)) continue;
    return true;
  }
  return false;
}

// Whether r says that something called alleged, so-called, supposed or purported (in its
// subject: the words before the first auxiliary, at most four) happened or exists: "the
// alleged payments never happened", "the so-called list does not exist". ("The memo's
// alleged author did not reply" is a fact about a person.)
bool hedged_subject(const Document& d, TokRange r) {
  bool hedged = false;
  std::uint32_t i = r.tb;
  for (std::uint32_t words = 0; i < r.te && words < 4 && !hedged; ++i) {
    if (!d.word(i)) continue;
    if (d.flags(i) & kAux) return false;
    const std::string_view w = d.str(i);
    hedged = word_is(w, "alleged") || word_is(w, "so-called") || word_is(w, "supposed") || word_is(w, "purported");
    ++words;
  }
  for (; hedged && i < r.te && d.sentence_of[i] == d.sentence_of[r.tb]; ++i) {
    const std::string_view w = d.word(i) ? d.str(i) : std::string_view();
    if (w.starts_with("happen") || w.starts_with("exist") || w.starts_with("occur") ||
        (word_is(w, "place") && i > r.tb && (d.str(i - 1).starts_with("take") || d.str(i - 1).starts_with("took"))))
      return true;
  }
  return false;
}

}  // namespace

// Whether two contents share a speaker: a source of one names the same entity as a source
// of the other ("Nwosu said P. ... “Not Q,” she said").
bool same_speaker(const std::vector<SourceFinding>& sources, const ContentFinding& a, const ContentFinding& b) {
  for (std::uint32_t x : a.sources)
    for (std::uint32_t y : b.sources)
      if (x == y || (!sources[x].entity.empty() && sources[x].entity == sources[y].entity)) return true;
  return false;
}

void classify_denials(const Document& doc, Findings* out) {
  auto& cs = out->contents;
  // Content words, computed when first compared (most contents never are).
  // Contents are compared only with their kCompare predecessors.
  static_assert(WordCache::kSlots > kCompare);
  WordCache cache;
  const auto words_of = [&](std::uint32_t c) -> const WordSet& { return cache.of(doc, cs, c); };
  // "X rejected the reports, saying it had never paid anyone": a negated content of a
  // source that denies something earlier in the same sentence.
  const auto denied_in_sentence = [&](std::uint32_t c) {
    const std::uint32_t sent = doc.sentence_of[cs[c].tokens.tb];
    for (std::uint32_t k = 1; k <= 4 && k <= c; ++k) {
      const ContentFinding& o = cs[c - k];
      if (doc.sentence_of[o.tokens.tb] != sent) break;
      if (o.layer != Layer::kDenial) continue;
      for (std::uint32_t a : o.sources)
        for (std::uint32_t b : cs[c].sources)
          if (a == b) return true;
    }
    return false;
  };
  // The latest accusation among the previous kCompare contents by another source.
  const auto recent_accusation = [&](std::uint32_t c) -> std::uint32_t {
    for (std::uint32_t k = 1; k <= kCompare && k <= c; ++k) {
      const ContentFinding& o = cs[c - k];
      if (!o.from_accusation || o.layer != Layer::kClaim) continue;
      bool same = false;
      for (std::uint32_t a : o.sources)
        for (std::uint32_t b : cs[c].sources) same |= a == b;
      if (!same) return c - k;
    }
    return kNone;
  };
  // A headline states its story before the body does: "Veshan says it has not cut the
  // flow" answers an accusation made further down.
  // (the first sentence, alone in its paragraph, with more text below)
  const auto in_headline = [&](std::uint32_t c) {
    return doc.sentence_of[cs[c].tokens.tb] == 0 && doc.sentences.size() > 1 &&
           doc.sentences[1].paragraph != doc.sentences[0].paragraph;
  };
  // The first of the next kCompare contents, by another source, that shares at least two
  // content words with c (or one, if it is an accusation); its shared count in *n.
  const auto later_answered = [&](std::uint32_t c, std::size_t* n) -> std::uint32_t {
    for (std::uint32_t o = c + 1; o < cs.size() && o <= c + kCompare; ++o) {
      if (cs[o].layer != Layer::kClaim) continue;
      bool same = false;
      for (std::uint32_t a : cs[o].sources)
        for (std::uint32_t b : cs[c].sources) same |= a == b;
      if (same) continue;
      const std::size_t k = shared_stems(words_of(c), words_of(o));
      if (k >= 2 || (k >= 1 && cs[o].from_accusation)) {
        *n = 2;
        return o;
      }
    }
    return kNone;
  };
  // "According to council records, the firm did not declare the link": a record, report or
  // survey states facts, negated or not; only people and bodies answer an accusation.
  const auto told_by_texts = [&](const ContentFinding& f) {
    if (f.sources.empty()) return false;
    for (std::uint32_t x : f.sources) {
      const std::uint32_t head = phrase_head(doc, out->sources[x].tokens, true);
      const WordInfo* wi = doc.word(head) ? doc.tokens[head].info : nullptr;
      if (!wi || wi->source_class != SourceNounClass::kDocument) return false;
    }
    return true;
  };
  // Classifies content c; returns whether it is a denial.
  const auto classify = [&](std::uint32_t c) -> bool {
    ContentFinding& f = cs[c];
    const bool pred = has_denial_predicate(doc, f.tokens);
    const bool neg = !pred && f.layer == Layer::kClaim && !f.from_accusation && negated(doc, f.tokens) &&
                     !told_by_texts(f);
    if (f.accuses || (f.from_accusation && !pred)) return false;
    if (f.layer == Layer::kClaim && !pred && !neg) return false;
    // Find the earlier claim this one answers.
    std::uint32_t best = kNone;
    std::size_t best_n = 0;
    for (std::uint32_t k = 1; k <= kCompare && k <= c; ++k) {
      const std::uint32_t o = c - k;
      if (cs[o].layer != Layer::kClaim || cs[o].tokens.te > f.tokens.tb) continue;
      // A negated statement answers what someone else said: not a content with no source
      // ("a paper, published in March, that proposes P"), nor the speaker's own words.
      if (!pred && (cs[o].sources.empty() || same_speaker(out->sources, cs[o], f))) continue;
      const std::size_t n = shared_stems(words_of(c), words_of(o));
      if (n > best_n) { best_n = n; best = o; }
    }
    if (f.layer == Layer::kClaim) {
      if (pred) {
        f.layer = Layer::kDenial;
        f.why += "; the content calls something false";
      } else if (neg && (best_n >= 2 || (best_n >= 1 && cs[best].from_accusation))) {
        f.layer = Layer::kDenial;
        f.why += "; a negated statement answering an earlier claim";
      } else if (neg && says_never(doc, f.tokens) && (best = recent_accusation(c)) != kNone) {
        // "“We never sold them a rifle,” the spokesman said" after an accusation.
        best_n = 2;
        f.layer = Layer::kDenial;
        f.why += "; \"never\" answering an earlier accusation";
      } else if (neg && hedged_subject(doc, f.tokens)) {
        // "the alleged dumping “does not happen”": the speaker calls it alleged and negates it.
        f.layer = Layer::kDenial;
        f.why += "; a negated statement about something called alleged";
      } else if (neg && denied_in_sentence(c)) {
        f.layer = Layer::kDenial;
        f.why += "; a negated statement by a source denying in the same sentence";
      } else if (neg && in_headline(c) && (best = later_answered(c, &best_n)) != kNone) {
        f.layer = Layer::kDenial;
        f.why += "; a negated headline answering an accusation in the article";
      } else {
        return false;
      }
    }
    if (f.denies.empty() && best != kNone && best_n >= 2) f.denies.push_back(best);
    return true;
  };
  const auto set_tokens = [&](std::uint32_t c, TokRange r) {
    cs[c].tokens = r;
    cs[c].span = {doc.tokens[r.tb].begin, doc.tokens[r.te - 1].end};
    cache.forget(c);
  };
  // "The board said the firm hid data. [...] The firm rejected the allegation that it had
  // hidden data": a claim wrapped by a denial, named with no source of its own, restates an
  // earlier claim of another speaker; it takes that claim's sources, and the denial rejects
  // both.
  const auto restated_claim = [&](std::uint32_t c) {
    ContentFinding& f = cs[c];
    if (!f.wraps_claim || f.denies.empty()) return;
    const std::uint32_t inner = f.denies[0];
    if (inner >= cs.size() || !cs[inner].sources.empty()) return;
    for (std::uint32_t k = 1; k <= kCompare && k <= inner; ++k) {
      const std::uint32_t o = inner - k;
      if (cs[o].layer != Layer::kClaim || cs[o].sources.empty() || cs[o].tokens.te > f.tokens.tb ||
          same_speaker(out->sources, cs[o], f))
        continue;
      if (shared_stems(words_of(inner), words_of(o)) < 2) continue;
      cs[inner].sources = cs[o].sources;
      f.denies.push_back(o);
      return;
    }
  };
  // Second halves of split quotations, each after the index of its first half.
  std::vector<std::pair<std::uint32_t, ContentFinding>> tails;
  for (std::uint32_t c = 0; c < cs.size(); ++c) {
    restated_claim(c);
    // "“We never sold them rifles,” he said. “We sell grain.”": a quotation continued after
    // its cue holds two statements. When the first rejects a claim and the rest does not,
    // the first is the denial and the rest a claim of the same source.
    const std::uint32_t first_end = cs[c].first_end;
    std::uint32_t rest = cs[c].continued_at;
    while (rest != kNone && rest < cs[c].tokens.te && !doc.punct(rest, PunctKind::kQuoteOpen)) ++rest;
    const TokRange whole = cs[c].tokens;
    const bool split = cs[c].layer == Layer::kClaim && !cs[c].from_accusation && first_end != kNone &&
                       rest < whole.te && first_end > whole.tb && !has_denial_predicate(doc, {rest, whole.te}) &&
                       !negated(doc, {rest, whole.te}) && !out->full();
    if (!split) {
      classify(c);
      continue;
    }
    ContentFinding tail = cs[c];
    set_tokens(c, {whole.tb, first_end});
    if (classify(c)) {
      tail.first_end = tail.continued_at = kNone;
      tail.denies.clear();
      tail.tokens = {rest, whole.te};
      tail.span = {doc.tokens[rest].begin, doc.tokens[whole.te - 1].end};
      tail.why += "; the quotation's part after its cue";
      tails.emplace_back(c, std::move(tail));
    } else {
      set_tokens(c, whole);
      classify(c);
    }
  }
  if (tails.empty()) return;
  // Later stages look at neighbours in the list (nesting, denial links): each second half
  // goes right after its first, and `denies` follow the new positions.
  std::vector<ContentFinding> merged;
  merged.reserve(cs.size() + tails.size());
  std::vector<std::uint32_t> position(cs.size());
  std::size_t t = 0;
  for (std::uint32_t c = 0; c < cs.size(); ++c) {
    position[c] = static_cast<std::uint32_t>(merged.size());
    merged.push_back(std::move(cs[c]));
    for (; t < tails.size() && tails[t].first == c; ++t) merged.push_back(std::move(tails[t].second));
  }
  for (ContentFinding& f : merged)
    for (std::uint32_t& x : f.denies) x = position[x];
  cs = std::move(merged);
}

}  // namespace claimlens
