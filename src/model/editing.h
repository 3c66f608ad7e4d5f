// editing.h — a person's corrections to a document's annotations.
//
// Every edit is recorded as made by a person, can be undone and redone, and survives
// re-running the engine (rerun_engine keeps person-made annotations and keeps deleted or
// re-layered engine annotations suppressed). All functions keep the document's invariants:
// annotations sorted by (begin, longer first), `sources`/`denies` indices valid and
// pointing at the right layers, `meta` parallel to `annotations`, statements refreshed.
// Out-of-range arguments are refused (false), never acted on.
#pragma once

#include <string>

#include "claimlens/annotation_file.h"
#include "document.h"

namespace claimlens::model {

// Most undo steps kept per document.
inline constexpr std::size_t kMaxUndo = 200;

// Marks `span` (bytes; trimmed of surrounding spaces) as a new annotation of `layer`.
// Returns its index, or -1 if the span is empty, off the text, or not on code-point
// boundaries. A source gets `entity` (default: its own text).
int add_annotation(Document* doc, Layer layer, Span span, std::string entity = {});

bool set_layer(Document* doc, int index, Layer layer);
bool delete_annotation(Document* doc, int index);
// Links claim/denial `statement` to source `source` (a no-op if already linked).
bool attach_source(Document* doc, int statement, int source);
bool set_note(Document* doc, int index, std::string note);

bool can_undo(const Document& doc);
bool can_redo(const Document& doc);
bool undo(Document* doc);
bool redo(Document* doc);

// Adds imported annotations (already anchored in this document's text): an annotation
// with the same layer and span as an existing one is merged into it (links, note), not
// duplicated. Undoable as one step. Returns how many were new.
int merge_annotations(Document* doc, const Anchoring& imported);

// Adds ledger edits from an imported file, skipping those the document already has.
// Returns how many were new (and bumps the revision if any).
std::size_t merge_ledger_edits(Document* doc, const std::vector<LedgerEdit>& edits);

// Attaches an annotation file to this document: anchors it in the text (by offsets when
// the text is the file's, else by quote and context), merges what was placed and the
// file's ledger edits, and keeps the rest as the document's orphans — never placed where
// its quote is not.
struct ImportOutcome {
  int added = 0;              // new annotations (merge_annotations)
  std::size_t orphaned = 0;   // records that found no place
  bool exact = true;          // the file was made on exactly this text
  std::size_t ledger_edits = 0;  // new ledger edits (merge_ledger_edits)
};
ImportOutcome import_annotation_file(Document* doc, const AnnotationFile& file);

// Runs the engine again on the text and keeps the person's work on top of its results.
void rerun_engine(Document* doc);

// The document's annotations as an AnnotationFile (for export and persistence).
AnnotationFile to_annotation_file(const Document& doc);

}  // namespace claimlens::model
