// article_view.h — the article as the reader draws it: typeset lines, highlights, search
// matches, the mouse selection, hover and click.
#pragma once

#include "reader.h"

namespace claimlens::app {

// Draws `doc` filling the current content region, and handles the input aimed at it:
// wheel and keys scroll, hover shows the annotation's tooltip, a click selects the
// innermost annotation, a drag selects text. Fills reader.drawn and reader.hovered.
void draw_article(Reader& reader, Document& doc);

// Puts byte offset `offset` of `doc` a third of the way down the view on the next frame.
void scroll_to_offset(Document& doc, std::uint32_t offset, float view_height);

// One line describing annotation `index` for tooltips and the details panel:
// "Claim — by Maria Lopez", "Source — Maria Lopez".
std::string annotation_heading(const Document& doc, int index);

// The tooltip / details body: entity, cue, the engine's reason, and the links.
void draw_annotation_details(const Document& doc, int index);

}  // namespace claimlens::app
