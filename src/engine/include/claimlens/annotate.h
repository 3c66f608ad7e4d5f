// claimlens/annotate.h — the engine's public contract.
//
// The engine finds who says what in a news article: sources, the claims they make, the
// denials with which others reject them, and hedges. It is pure C++20: no I/O, no UI, no
// exceptions thrown for bad input (errors are values). Everything here is deterministic:
// the same text gives the same annotations, byte for byte.
//
// Offsets: every Span is a half-open range of *byte* offsets into the UTF-8 text passed to
// annotate() (after any BOM was removed by check_text()). Spans always begin and end on
// code-point boundaries. Converting to code points for JSON is format/'s job
// (see claimlens/utf8.h: CodePointIndex).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/text_check.h"

namespace claimlens {

// The layers of the annotation guide.
enum class Layer : std::uint8_t { kSource, kClaim, kDenial, kHedge };

inline constexpr int kLayerCount = 4;

// "source", "claim", "denial", "hedge".
std::string_view layer_name(Layer layer);
// Inverse of layer_name; returns false for an unknown name.
bool parse_layer(std::string_view name, Layer* out);

struct Span {
  std::uint32_t begin = 0;  // byte offset, inclusive
  std::uint32_t end = 0;    // byte offset, exclusive; begin <= end
  friend bool operator==(const Span&, const Span&) = default;
};

struct Annotation {
  Layer layer = Layer::kSource;
  Span span;
  // Sources: canonical name of the speaker, shared by all its mentions
  // ("the minister", "Lopez", "she" -> "Maria Lopez"). Empty for other layers.
  std::string entity;
  // Claims and denials: indices (into AnnotateResult::annotations) of the source
  // annotations they belong to. Empty when no source was found.
  std::vector<std::uint32_t> sources;
  // Denials: indices of the claims they reject, when those are in the document.
  std::vector<std::uint32_t> denies;
  // The cue that triggered the annotation ("said", "according to", "dismissed"),
  // as it appears in the text; may be empty (e.g. hedges, sources).
  Span cue;
  // Why the annotation exists, for a person to judge: the pattern that fired, in a short
  // human sentence ("complement clause after reporting verb 'said'").
  std::string why;
};

struct AnnotateOptions {
  // Cap on the number of annotations produced; annotate() stops adding beyond it and
  // sets AnnotateResult::truncated.
  std::uint32_t max_annotations = 1'000'000;
};

struct AnnotateResult {
  TextStatus status;  // status.ok() == false -> annotations is empty
  // Sorted by span.begin, then by longer span first. Indices are stable references
  // used by `sources` and `denies`.
  std::vector<Annotation> annotations;
  bool truncated = false;
};

// Annotates `text`: the output of check_text() (valid UTF-8, the file's BOM removed).
// Spans index `text` exactly as given; a further leading U+FEFF is an ordinary character.
// Invalid input gives the error from check_text() and no annotations.
AnnotateResult annotate(std::string_view text, const AnnotateOptions& options = {});

// The engine's version, as recorded in exported files ("0.1.0").
std::string_view engine_version();

}  // namespace claimlens
