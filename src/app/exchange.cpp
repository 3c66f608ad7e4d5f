// Export, import and paste (see exchange.h).
#include "exchange.h"

#include "claimlens/annotation_file.h"
#include "editing.h"
#include "imgui.h"

namespace claimlens::app {
namespace {

// "harbour-dispute.txt" -> "harbour-dispute"
std::string stem(const std::string& name) {
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

void notice(Reader& reader, std::string message, bool error) {
  reader.message = std::move(message);
  reader.message_is_error = error;
}

}  // namespace

void reader_export(Reader& reader, ExportKind kind) {
  const Document* doc = active_document(reader);
  if (!doc || !reader.platform.download) return;
  const AnnotationFile file = model::to_annotation_file(*doc);
  switch (kind) {
    case ExportKind::kNative:
      reader.platform.download((stem(doc->name) + ".claimlens.json").c_str(), "application/json",
                               to_native_file_json(file).c_str());
      break;
    case ExportKind::kW3C:
      reader.platform.download((stem(doc->name) + ".annotations.jsonld").c_str(), "application/ld+json",
                               to_w3c_json(file).c_str());
      break;
    case ExportKind::kCsv:
      reader.platform.download((stem(doc->name) + ".statements.csv").c_str(), "text/csv",
                               to_statements_csv(file).c_str());
      break;
  }
  notice(reader, "Exported " + doc->name, false);
}

OpenResult reader_import(Reader& reader, const std::string& name, std::string_view bytes) {
  const FileParseResult parsed = parse_annotation_file(bytes);
  const std::string_view body = json_body(bytes);
  if (!parsed.ok && !body.empty() && body[0] != '{' && body[0] != '[') {
    // Not JSON at all: an article saved under a ".json" name. Read it as one, and say so.
    OpenResult opened = reader_open(reader, name, bytes);
    if (opened.ok) reader.message += "; not JSON: opened as an article";
    return opened;
  }
  if (!parsed.ok) {
    OpenResult refused{false, name + ": " + parsed.error};
    notice(reader, refused.message, true);
    return refused;
  }
  // The article it belongs to: same fingerprint first, then same name.
  Document* target = nullptr;
  for (auto& doc : reader.documents) {
    if (!parsed.file.sha256.empty() && doc->sha256 == parsed.file.sha256) target = doc.get();
  }
  if (!target) {
    for (auto& doc : reader.documents) {
      if (!parsed.file.name.empty() && doc->name == parsed.file.name) target = doc.get();
    }
  }
  if (!target) {
    OpenResult refused{false, name + ": no open article matches it" +
                                  (parsed.file.name.empty() ? std::string() : " (made on " + parsed.file.name + ")") +
                                  "; open the article first, then drop the annotations again"};
    notice(reader, refused.message, true);
    return refused;
  }
  const model::ImportOutcome imported = model::import_annotation_file(target, parsed.file);
  for (std::size_t i = 0; i < reader.documents.size(); ++i) {
    if (reader.documents[i].get() == target) reader.select_request = static_cast<int>(i);
  }
  std::string message = name + ": " + std::to_string(imported.added) + " new annotations on " + target->name;
  if (imported.ledger_edits) message += "; " + std::to_string(imported.ledger_edits) + " ledger edits";
  if (!imported.exact) message += " (the text differs: re-anchored by quote)";
  if (imported.orphaned != 0) message += "; " + std::to_string(imported.orphaned) + " could not be placed (see Orphans)";
  notice(reader, message, false);
  return {true, {}};
}

OpenResult reader_restore(Reader& reader, const std::string& name, std::string_view bytes,
                          std::string_view annotations_json) {
  OpenResult opened = reader_open(reader, name, bytes);
  if (!opened.ok) return opened;
  Document& doc = *reader.documents.back();
  const FileParseResult parsed = parse_annotation_file(annotations_json);
  if (!parsed.ok) {
    notice(reader, name + ": saved annotations unreadable (" + parsed.error + "); showing the engine's", true);
    return opened;
  }
  const Anchoring anchored = anchor_annotations(parsed.file, doc.text);
  doc.annotations = anchored.placed;
  doc.meta.clear();
  for (std::size_t i = 0; i < anchored.placed.size(); ++i) doc.meta.push_back({anchored.creators[i], anchored.notes[i]});
  doc.orphans = anchored.orphans;
  doc.ledger_edits = parsed.file.ledger;
  model::refresh_statements(&doc);
  notice(reader, "Restored " + name, false);
  return opened;
}

void reader_paste(Reader& reader, std::string_view text) {
  if (ImGui::GetIO().WantTextInput) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    return;
  }
  static int pasted = 0;
  reader_open(reader, "Pasted text " + std::to_string(++pasted), text);
}

}  // namespace claimlens::app
