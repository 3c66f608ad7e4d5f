// mirror.h — the accessible copy of the active article.
//
// The canvas is invisible to screen readers, so the page keeps an off-screen DOM mirror of
// the article: one paragraph per block, highlights as <mark> elements with ARIA labels.
// This builds its content as JSON; the page creates the elements with textContent only
// (never innerHTML), so nothing in an article can become markup or script.
#pragma once

#include <string>

#include "document.h"

namespace claimlens::model {

// {"name": "...", "blocks": [{"kind": "title"|"paragraph", "text": "...",
//   "marks": [{"start", "end", "layer", "label"}]}]}
// Mark offsets are UTF-16 code units within the block's text (what JavaScript strings
// index); marks are sorted by start, longer first, and only layers in `visible` appear.
// A very long article is copied up to `max_bytes` of text (whole blocks): its mirror as
// JSON, and then as DOM, would take hundreds of megabytes. "omitted_blocks" says how many
// blocks were left out (0 when none).
inline constexpr std::size_t kMirrorMaxBytes = 4'000'000;
std::string mirror_json(const Document& doc, const bool visible[kLayerCount], std::size_t max_bytes = kMirrorMaxBytes);

// "claim by Maria Lopez, cue said" — the label a screen reader announces for a mark.
std::string mark_label(const Document& doc, std::uint32_t annotation);

}  // namespace claimlens::model
