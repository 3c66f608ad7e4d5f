// statements.h — who says what in one document: the speakers, their statements, and who
// denies what. Computed once per annotation change; the side panel, tooltips and the
// ledger read it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimlens/annotate.h"

namespace claimlens::model {

struct Speaker {
  std::string entity;                 // canonical name, as the engine gave it
  std::vector<std::uint32_t> mentions;  // source annotations of this entity, in reading order
  int claims = 0;
  int denials = 0;
  float share = 0.0f;  // of all attributed statements in the document, 0..1
};

struct Statements {
  // Claims and denials, in reading order (indices into the annotations).
  std::vector<std::uint32_t> in_order;
  // Speakers with at least one mention, most statements first, then by first mention.
  std::vector<Speaker> speakers;
  // For each annotation: the denials whose `denies` name it (claims only; else empty).
  std::vector<std::vector<std::uint32_t>> denied_by;
  // For each annotation: index into `speakers` of its speaker (sources: their entity;
  // claims and denials: their first source's entity), or -1.
  std::vector<int> speaker_of;
  int attributed = 0;  // claims and denials with at least one source
};

// Builds the statements view of `annotations` (as produced by annotate(): indices in
// `sources`/`denies` refer to the same vector; out-of-range ones are ignored).
Statements collect_statements(const std::vector<Annotation>& annotations);

}  // namespace claimlens::model
