// fuzz/annotation_invariants.h — the structural promises of claimlens/annotate.h, as one
// function the fuzzers and the regression tests share.
//
// annotation_violation(text, result) returns "" when `result` keeps every promise for
// `text`, otherwise a sentence naming the first broken one:
//   - every span (and every non-empty cue) has begin <= end <= text size and begins and
//     ends on UTF-8 code-point boundaries;
//   - annotations are sorted by span.begin, then longer span first;
//   - every layer is one of the four;
//   - every index in `sources` is in range and names a source annotation, every index in
//     `denies` is in range and names a claim;
//   - sources have a non-empty `entity`, other layers an empty one; only claims and
//     denials have `sources`, only denials `denies`.
#pragma once

#include <string>
#include <string_view>

#include "claimlens/annotate.h"

namespace claimlens_fuzz {

inline bool on_boundary(std::string_view text, std::uint32_t offset) {
  if (offset == text.size()) return true;
  return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

inline std::string span_violation(std::string_view text, claimlens::Span span) {
  if (span.begin > span.end) return "begin > end";
  if (span.end > text.size()) return "end past the text (size " + std::to_string(text.size()) + ")";
  if (!on_boundary(text, span.begin)) return "begin inside a UTF-8 sequence";
  if (!on_boundary(text, span.end)) return "end inside a UTF-8 sequence";
  return "";
}

// engine_made=false (annotations placed from an imported file) skips the rules about
// which fields each layer fills: a person's annotation file may leave them as it likes.
inline std::string annotation_violation(std::string_view text,
                                        const claimlens::AnnotateResult& result,
                                        bool engine_made = true) {
  using claimlens::Layer;
  const auto& all = result.annotations;
  const auto where = [&](std::size_t i) {
    const auto& a = all[i];
    return "annotation " + std::to_string(i) + " (" +
           (static_cast<int>(a.layer) < claimlens::kLayerCount
                ? std::string(claimlens::layer_name(a.layer))
                : std::string("layer ") + std::to_string(static_cast<int>(a.layer))) +
           " [" + std::to_string(a.span.begin) + "," + std::to_string(a.span.end) + ")): ";
  };
  for (std::size_t i = 0; i < all.size(); ++i) {
    const claimlens::Annotation& a = all[i];
    if (static_cast<int>(a.layer) >= claimlens::kLayerCount) return where(i) + "unknown layer";
    if (std::string e = span_violation(text, a.span); !e.empty()) return where(i) + "span " + e;
    if (a.cue.begin != 0 || a.cue.end != 0) {
      if (std::string e = span_violation(text, a.cue); !e.empty()) return where(i) + "cue " + e;
    }
    if (i > 0) {
      const claimlens::Span prev = all[i - 1].span;
      if (prev.begin > a.span.begin) return where(i) + "not sorted by begin";
      if (prev.begin == a.span.begin && prev.end < a.span.end)
        return where(i) + "same begin as the previous annotation but longer (contract: longer first)";
    }
    for (std::uint32_t s : a.sources) {
      if (s >= all.size()) return where(i) + "source index " + std::to_string(s) + " out of range";
      if (all[s].layer != Layer::kSource)
        return where(i) + "source index " + std::to_string(s) + " is not a source";
    }
    for (std::uint32_t d : a.denies) {
      if (d >= all.size()) return where(i) + "denies index " + std::to_string(d) + " out of range";
      if (all[d].layer != Layer::kClaim)
        return where(i) + "denies index " + std::to_string(d) + " is not a claim";
    }
    if (!engine_made) continue;
    if (a.layer == Layer::kSource && a.entity.empty()) return where(i) + "source without entity";
    if (a.layer != Layer::kSource && !a.entity.empty()) return where(i) + "entity on a non-source";
    if ((a.layer == Layer::kSource || a.layer == Layer::kHedge) && !a.sources.empty())
      return where(i) + "sources on a " + std::string(claimlens::layer_name(a.layer));
    if (a.layer != Layer::kDenial && !a.denies.empty()) return where(i) + "denies on a non-denial";
  }
  return "";
}

// "" when a and b are the same annotations, byte for byte; else where they differ.
inline std::string annotation_difference(const claimlens::AnnotateResult& a,
                                         const claimlens::AnnotateResult& b) {
  if (a.annotations.size() != b.annotations.size())
    return std::to_string(a.annotations.size()) + " vs " + std::to_string(b.annotations.size()) +
           " annotations";
  for (std::size_t i = 0; i < a.annotations.size(); ++i) {
    const claimlens::Annotation& x = a.annotations[i];
    const claimlens::Annotation& y = b.annotations[i];
    if (x.layer != y.layer || !(x.span == y.span) || x.entity != y.entity || x.sources != y.sources ||
        x.denies != y.denies || !(x.cue == y.cue) || x.why != y.why)
      return "annotation " + std::to_string(i) + " differs";
  }
  if (a.truncated != b.truncated) return "truncated differs";
  return "";
}

}  // namespace claimlens_fuzz
