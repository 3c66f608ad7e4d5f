// corrections.h — the controls with which a person corrects the engine: mark selected
// text, change an annotation's layer, delete it, attach it to a source, add a note; and the
// list of imported annotations that found no place (orphans).
#pragma once

#include "reader.h"

namespace claimlens::app {

// "Mark selection as: Source Claim Denial Hedge" when text is selected.
void draw_selection_actions(Reader& reader, Document& doc);
// Layer, delete, source and note controls for annotation `index`.
void draw_annotation_actions(Reader& reader, Document& doc, int index);
// Imported annotations that could not be placed, with their quotes.
void draw_orphans(Document& doc);
// Right-click menu over the article: the same actions, where the mouse is.
void draw_article_context_menu(Reader& reader, Document& doc, int annotation_under_mouse);

}  // namespace claimlens::app
