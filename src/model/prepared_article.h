// prepared_article.h — an article read and annotated, ready to become a Document, and its
// byte form for crossing from a Web Worker to the page.
//
// Opening a file is two steps: prepare_article() does the slow part (decode, extract,
// check, annotate; no view state), load_prepared() the quick rest (fingerprint,
// statements, layout blocks). The reader runs both in a row; the page can run the first in
// a Web Worker with its own engine-only module (src/web/worker_main.cpp) and hand the
// result over as bytes (encode_prepared / decode_prepared).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"

namespace claimlens::model {

struct PreparedArticle {
  bool ok = false;
  std::string message;             // when !ok: why the file was refused, for a person
  std::string text;                // checked UTF-8 without BOM: what the engine saw
  std::vector<std::string> notes;  // how the file became this text
  std::vector<Annotation> annotations;
  bool truncated = false;
};

// Decodes, extracts, checks and annotates the file `name` holding `bytes`.
PreparedArticle prepare_article(const std::string& name, std::string_view bytes);

// The article as bytes (little-endian lengths and numbers; see the .cpp for the layout).
std::string encode_prepared(const PreparedArticle& article);

// Reads what encode_prepared wrote. Returns false (and leaves *out with ok == false and a
// message) for bytes that are not such a record, whatever they hold: never reads past them.
bool decode_prepared(std::string_view bytes, PreparedArticle* out);

}  // namespace claimlens::model
