// claimlens/native_json.h — the engine's results as claimlens JSON (format "claimlens",
// version 1), the form the command line prints, the page exports, and the scorer reads.
//
//   {"format": "claimlens", "version": 1, "engine": "0.1.0",
//    "document": {"name", "sha256", "length"},
//    "annotations": [{"id", "type", "start", "end", "quote",
//                     "entity"?, "sources"?, "denies"?, "cue"?, "why"?}, ...]}
//
// `start`/`end` are half-open code-point offsets into the text (BOM removed); `length` is
// its length in code points; `sha256` is the fingerprint of its UTF-8 bytes. Ids are the
// layer's initial and a 1-based counter per layer in document order: S1, C1, D1, H1.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimlens/annotate.h"

namespace claimlens {

// Id of annotation `index` in `annotations` ("S3"), as written by to_native_json. O(index).
std::string annotation_id(const std::vector<Annotation>& annotations, std::size_t index);
// The ids of all annotations at once, in O(n).
std::vector<std::string> annotation_ids(const std::vector<Annotation>& annotations);

// `text` must be the checked text the annotations refer to.
nlohmann::json to_native_json(std::string_view name, std::string_view text,
                              const std::vector<Annotation>& annotations);

}  // namespace claimlens
