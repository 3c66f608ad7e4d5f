// rules.h — shared state of the attribution rules (cue_rules.h, sources.cpp).
//
// RuleContext accumulates findings for one document in text order. add_source() and
// add_content() deduplicate: the same token range is recorded once (sources are merged,
// contents merge their source lists). Lookbacks over earlier findings are bounded
// (kLookback), keeping the whole pass linear.
#pragma once

#include <string>

#include "findings.h"

namespace claimlens {

inline constexpr std::uint32_t kLookback = 24;

struct RuleContext {
  const Document& d;
  Findings* out;
  std::vector<std::uint8_t> handled;  // per token: a noun cue already consumed by a denial

  // Records a source for tokens r; returns its index (or kNone when full). An oblique
  // source ("by X") is never inherited as the subject of a later cue in its sentence.
  std::uint32_t add_source(TokRange r, std::string why, bool oblique = false);
  // Records a content [tb, te); returns its index (or kNone when empty or full).
  std::uint32_t add_content(std::uint32_t tb, std::uint32_t te, Layer layer, std::uint32_t source,
                            Span cue, std::string why);
  // Adds source `source` (if not kNone) to content `content`'s sources, once.
  void add_source_to(std::uint32_t content, std::uint32_t source);
  // The most recent source whose tokens lie in sentence `s` (and before token `before`).
  std::uint32_t recent_source_in_sentence(std::uint32_t s, std::uint32_t before) const;
  // The most recent claim in sentence `s` ending at or before token `before`.
  std::uint32_t recent_claim_in_sentence(std::uint32_t s, std::uint32_t before) const;
  Span span(std::uint32_t tb, std::uint32_t te) const;
};

// Subject of the cue whose first token is `cue` (see sources.cpp). Fills *src with the
// source's tokens and reports where it stood.
enum class SubjectPlace : std::uint8_t {
  kNone,        // no subject found
  kBefore,      // "X said", "X, a spokesman, said"
  kAfter,       // "..., said X"
  kInherited,   // ", saying ..." / "and said ...": the sentence's earlier source
};

struct Subject {
  SubjectPlace place = SubjectPlace::kNone;
  TokRange np;                       // kBefore/kAfter: the source phrase
  std::uint32_t inherited = kNone;   // kInherited: index of an existing source
  std::uint32_t adverb_begin = 0;    // first adverb directly before the cue ("firmly")
  std::uint32_t left_edge = 0;       // first token left of which a fronted content may lie
  bool passive = false;
  bool negated = false;
  bool infinitive = false;
  bool after_what = false;           // "what it described as": not an attribution
  bool relative = false;             // "that X denied" after a noun / "which X disputes"
  bool ends_at_comma = false;        // "voters who said P", "the report, which cited P, said": P ends at the next comma
};

Subject find_subject(RuleContext& ctx, std::uint32_t cue, std::uint32_t cue_end);

// "X is expected to P", "X is widely seen as P" (evidential.cpp): records the clause as a
// content without a source; false when token i is not such a cue.
bool evidential_cue(RuleContext& ctx, std::uint32_t i);

}  // namespace claimlens
