// exchange.h — annotations in and out of the reader: export downloads, import of
// annotation files onto open articles, and paste.
#pragma once

#include <string>
#include <string_view>

#include "reader.h"

namespace claimlens::app {

enum class ExportKind { kNative, kW3C, kCsv };

// Offers the active document's annotations as a download named after the article
// ("harbour-dispute.claimlens.json", ".annotations.jsonld", ".statements.csv").
void reader_export(Reader& reader, ExportKind kind);

// Attaches an annotation file (claimlens or W3C JSON) to the open article it belongs to:
// the one with the same fingerprint, else the one with the same name (re-anchored by
// quote). Annotations that cannot be placed with confidence are kept as the document's
// orphans. On refusal, sets the message and changes nothing.
OpenResult reader_import(Reader& reader, const std::string& name, std::string_view bytes);

// Reopens a saved document: `bytes` as an article named `name`, with exactly the
// annotations of `annotations_json` (a claimlens file made on this text) instead of a fresh
// engine run, so deletions and edits come back as they were. Falls back to the engine's
// annotations, with a message, if the file cannot be read.
OpenResult reader_restore(Reader& reader, const std::string& name, std::string_view bytes,
                          std::string_view annotations_json);

// Pasted text: typed into the focused text field if there is one, else opened as a new
// document ("Pasted text 1").
void reader_paste(Reader& reader, std::string_view text);

}  // namespace claimlens::app
