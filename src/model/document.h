// document.h — one open article: its text, the engine's results, and its view state.
//
// Plain struct, owned by the Reader through a pointer that never moves. The text is stored
// exactly as the engine saw it (checked UTF-8, BOM removed), so every span offset indexes
// `text` directly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "article_layout.h"
#include "claimlens/annotate.h"
#include "claimlens/annotation_file.h"
#include "find_text.h"
#include "prepared_article.h"
#include "statements.h"

namespace claimlens::model {

// A stretch of text selected with the mouse: anchor where the drag began, caret where it
// is now (either order).
struct TextSelection {
  std::uint32_t anchor = 0, caret = 0;
  Span span() const { return anchor < caret ? Span{anchor, caret} : Span{caret, anchor}; }
  bool empty() const { return anchor == caret; }
};

// Who made an annotation, and a person's note on it (parallel to Document::annotations).
struct AnnotationMeta {
  Creator creator = Creator::kEngine;
  std::string note;
};

// An engine annotation the person deleted or re-layered: kept out when the engine runs again.
struct Suppressed {
  Layer layer;
  Span span;
  bool operator==(const Suppressed&) const = default;
};

// What an undo step restores.
struct EditSnapshot {
  std::vector<Annotation> annotations;
  std::vector<AnnotationMeta> meta;
  std::vector<Suppressed> suppressed;
};

struct Document {
  std::uint32_t id = 0;            // unique for the session; stable across tab moves
  std::string name;                // file name as dropped or chosen
  std::string text;                // checked UTF-8 without BOM: what the engine saw
  std::vector<std::string> notes;  // how the file became this text (encoding, format)
  std::string sha256;              // fingerprint of `text` (it never changes once loaded)
  std::vector<Annotation> annotations;
  std::vector<AnnotationMeta> meta;  // parallel to annotations
  std::vector<Suppressed> suppressed;
  std::vector<EditSnapshot> undo_stack, redo_stack;
  std::vector<AnnotationRecord> orphans;  // imported annotations that found no place
  // The person's claim-ledger corrections whose statement is in this document (they travel
  // with it in exports and storage; see claimlens/ledger_edits.h). Changing them bumps
  // `revision`.
  std::vector<LedgerEdit> ledger_edits;
  std::uint32_t revision = 0;      // bumped by every change to the annotations
  Statements statements;           // derived from annotations (refresh_statements)
  int layer_counts[kLayerCount] = {};
  std::uint32_t longest_span = 0;  // bytes; bounds the search for spans crossing a line
  bool truncated = false;          // engine stopped at its annotation cap

  // View state, kept per document.
  ArticleLayout layout;
  float scroll_y = 0.0f;
  float scroll_request = -1.0f;    // >= 0: scroll there on the next frame
  int selected = -1;               // selected annotation, -1 if none
  TextSelection text_selection;
  FindResult found;                // matches of the current search
  int found_current = -1;          // index into found.matches
};

// Outcome of opening bytes as a document: either a document or a message for a person.
struct OpenResult {
  bool ok = false;
  std::string message;  // why the file was refused, when !ok
};

// Reads the article in `bytes` (plain text, Markdown or HTML by `name`; see
// claimlens/article_text.h), checks and annotates it, and fills `doc` (name, text, notes,
// annotations, statements, layout blocks). Leaves `doc` untouched and returns a message
// when the bytes are not a readable article.
OpenResult load_document(const std::string& name, std::string_view bytes, Document* doc);

// The quick second half of load_document, for an article prepared elsewhere (a Web Worker;
// see prepared_article.h). Leaves `doc` untouched and returns its message when !article.ok.
OpenResult load_prepared(const std::string& name, PreparedArticle&& article, Document* doc);

// Recomputes counts, statements and the revision after `annotations` changed.
void refresh_statements(Document* doc);

// Index of the first annotation that may overlap [begin, ...): annotations are sorted by
// begin, and none is longer than longest_span.
std::size_t first_annotation_reaching(const Document& doc, std::uint32_t begin);

// Index of the innermost (shortest) annotation covering byte `offset` among layers marked
// in `visible`, or -1.
int annotation_at(const Document& doc, std::uint32_t offset, const bool visible[kLayerCount]);

}  // namespace claimlens::model
