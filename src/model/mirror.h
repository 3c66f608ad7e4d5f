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
std::string mirror_json(const Document& doc, const bool visible[kLayerCount]);

// "claim by Maria Lopez, cue said" — the label a screen reader announces for a mark.
std::string mark_label(const Document& doc, std::uint32_t annotation);

}  // namespace claimlens::model
