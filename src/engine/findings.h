// findings.h — what the rule stages find, before it becomes public Annotations.
//
// All spans here are byte spans into Document::text on code-point boundaries. Indices in
// ContentFinding::sources point into Findings::sources, in ContentFinding::denies into
// Findings::contents; annotate.cpp remaps them after sorting.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimlens/annotate.h"
#include "sentences.h"

namespace claimlens {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// A token range [tb, te) of a Document.
struct TokRange {
  std::uint32_t tb = 0;
  std::uint32_t te = 0;
  bool empty() const { return te <= tb; }
};

enum class MentionKind : std::uint8_t { kName, kPronoun, kDescription, kGroup, kOutlet };

struct SourceFinding {
  Span span;                 // byte span (a trailing possessive "’s" excluded)
  TokRange tokens;           // the tokens it covers
  MentionKind kind = MentionKind::kName;
  bool oblique = false;      // named in a phrase ("by X", "cited by X"), not as a subject
  bool byline = false;       // the reporter of a "By X" line, no speaker of the story
  std::string entity;        // filled by resolve_entities()
  std::string why;
  bool dropped = false;      // named only by dropped contents (drop_nested_positions)
};

struct ContentFinding {
  Span span;
  TokRange tokens;
  Layer layer = Layer::kClaim;     // kClaim or kDenial
  std::vector<std::uint32_t> sources;
  std::vector<std::uint32_t> denies;
  Span cue;
  std::string why;
  bool wraps_claim = false;        // a denial span built around a nested claim
  bool from_accusation = false;    // the cue accuses or alleges (a claim others may deny)
  bool accuses = false;            // "accused X of P": a charge, never a denial itself
  bool dropped = false;            // nested inside another content; not emitted
  // A quotation continued after its cue ("“P,” X said. “Q.”"): where the first part ends
  // and where the continuation's sentence starts (kNone otherwise). classify_denials
  // splits the two when only the first rejects something.
  std::uint32_t first_end = kNone;
  std::uint32_t continued_at = kNone;
};

struct HedgeFinding {
  Span span;
};

struct Findings {
  std::vector<SourceFinding> sources;
  std::vector<ContentFinding> contents;
  std::vector<HedgeFinding> hedges;
  std::uint32_t limit = 0xFFFFFFFFu;  // stop adding beyond this many findings in total
  bool truncated = false;

  std::size_t total() const { return sources.size() + contents.size() + hedges.size(); }
  bool full() {
    if (total() >= limit) truncated = true;
    return truncated;
  }
};

// Stages, in the order annotate() runs them. Each is linear in the document size.
//   find_attributions  cue_rules.h (cue rules, one file per kind), sources.cpp (subjects), np.h (source phrases),
//                      clauses.h (content ends)
//   resolve_entities   coref.cpp
//   classify_denials   denials.cpp (compares the entities of speakers)
//   merge_reported_denials  reported_denials.cpp ("said it denies P"; unheld wrapped claims)
//   link_denials       denial_links.cpp (what a denial that only points back rejects)
//   drop_nested_positions  nesting.cpp
//   find_hedges        hedges.cpp
void find_attributions(const Document& doc, Findings* out);
void resolve_entities(const Document& doc, Findings* out);
void classify_denials(const Document& doc, Findings* out);
// True if tokens r hold a denial predicate ("baseless", "not the case"), not negated.
bool has_denial_predicate(const Document& doc, TokRange r);
// Whether two contents share a speaker: a source of one names the same entity as a source
// of the other (after resolve_entities).
bool same_speaker(const std::vector<SourceFinding>& sources, const ContentFinding& a, const ContentFinding& b);
// Makes a claim whose own verb denies ("said it denies P") the denial, dropping the one
// found inside it; drops claims a denial wraps that have no source.
void merge_reported_denials(const Document& doc, Findings* out);
// Links a denial whose object only points back ("dismissed the accusations", "disputed the
// union's account") to the earlier claim it most likely means.
void link_denials(const Document& doc, Findings* out);
// Whether content a lies inside content b and is shorter (nesting.cpp).
bool inside(const ContentFinding& a, const ContentFinding& b);
// Marks dropped the positions, labels and accusations nested inside another content, and
// the sources only they named.
void drop_nested_positions(const Document& doc, Findings* out);
void find_hedges(const Document& doc, Findings* out);

}  // namespace claimlens
