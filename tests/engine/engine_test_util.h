// Helpers for the engine's tests: look annotations up by layer and covered text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "claimlens/annotate.h"

namespace claimlens_test {

using claimlens::Annotation;
using claimlens::AnnotateResult;
using claimlens::Layer;

inline std::string_view covered(std::string_view text, claimlens::Span s) {
  return text.substr(s.begin, s.end - s.begin);
}

// Index of the first annotation of `layer` covering exactly `quote`, or -1.
inline int find(const AnnotateResult& r, std::string_view text, Layer layer, std::string_view quote) {
  for (std::size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    if (a.layer == layer && covered(text, a.span) == quote) return static_cast<int>(i);
  }
  return -1;
}

// Index of the first claim or denial (either layer) whose text starts with `prefix`, or -1:
// for contents whose layer the case does not pin down.
inline int find_content(const AnnotateResult& r, std::string_view text, std::string_view prefix) {
  for (std::size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    if (a.layer != Layer::kSource && a.layer != Layer::kHedge && covered(text, a.span).starts_with(prefix))
      return static_cast<int>(i);
  }
  return -1;
}

inline int count(const AnnotateResult& r, Layer layer) {
  int n = 0;
  for (const Annotation& a : r.annotations) n += a.layer == layer;
  return n;
}

// True if annotation `content` lists a source covering exactly `source_text`.
inline bool has_source(const AnnotateResult& r, std::string_view text, int content,
                       std::string_view source_text) {
  if (content < 0) return false;
  for (std::uint32_t s : r.annotations[content].sources) {
    if (s < r.annotations.size() && r.annotations[s].layer == Layer::kSource &&
        covered(text, r.annotations[s].span) == source_text)
      return true;
  }
  return false;
}

// The entity of the source annotation covering `source_text`, or "<none>".
inline std::string entity_of(const AnnotateResult& r, std::string_view text, std::string_view source_text) {
  const int i = find(r, text, Layer::kSource, source_text);
  return i < 0 ? std::string("<none>") : r.annotations[i].entity;
}

// Every layer's annotations as "layer:text" lines, for failure messages.
inline std::string dump(const AnnotateResult& r, std::string_view text) {
  std::string out;
  for (const Annotation& a : r.annotations) {
    out += std::string(claimlens::layer_name(a.layer)) + ":" + std::string(covered(text, a.span)) + "\n";
  }
  return out;
}

// A sentence and the claim text it must (or must not) yield, for table-driven cases.
struct Case {
  const char* text;
  const char* content;
};

// Each case's text yields a claim covering exactly its content.
inline void expect_claims(std::initializer_list<Case> cases) {
  for (const auto& c : cases) {
    const std::string t = c.text;
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c.content) >= 0);
  }
}

}  // namespace claimlens_test
