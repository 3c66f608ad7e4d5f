// document.h — one open article: its text, the engine's results, and its view state.
//
// Plain struct, owned by the Reader. The text is stored exactly as the engine saw it
// (checked UTF-8, BOM removed), so every span offset indexes `text` directly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "article_layout.h"
#include "claimlens/annotate.h"

namespace claimlens::app {

struct Document {
  std::uint32_t id = 0;            // unique for the session; stable across tab moves
  std::string name;                // file name as dropped or chosen
  std::string text;                // checked UTF-8 without BOM
  std::vector<Annotation> annotations;
  int layer_counts[kLayerCount] = {};
  bool truncated = false;          // engine stopped at its annotation cap

  // View state, kept per document.
  float scroll_y = 0.0f;
  ArticleLayout layout;
};

// Outcome of opening bytes as a document: either a document or a message for a person.
struct OpenResult {
  bool ok = false;
  std::string message;  // why the file was refused, when !ok
};

// Checks `bytes`, annotates them, and fills `doc` (name, text, annotations, counts).
// Leaves `doc` untouched and returns a message when the bytes are not readable text.
OpenResult load_document(const std::string& name, std::string_view bytes, Document* doc);

}  // namespace claimlens::app
