// w3c_json.h — reading W3C Web Annotation JSON-LD (internal to src/format; the writer,
// to_w3c_json, is declared in claimlens/annotation_file.h).
#pragma once

#include <nlohmann/json.hpp>

#include "claimlens/annotation_file.h"

namespace claimlens {

// An AnnotationCollection, an AnnotationPage, a single Annotation, or an array of them.
bool looks_like_w3c(const nlohmann::json& j);
FileParseResult parse_w3c(const nlohmann::json& j);

}  // namespace claimlens
