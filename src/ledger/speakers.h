// speakers.h — one entity per speaker across documents. Internal to src/ledger.
#pragma once

#include <string>
#include <vector>

#include "claimlens/ledger.h"

namespace claimlens::ledger {

// Who speaks in the documents, merged.
struct Speakers {
  std::vector<Entity> entities;  // sorted by name
  // Per entity: its name is a function word ("Thursday" taken for a speaker): no speaker.
  std::vector<bool> not_a_speaker;
  // Per document, per annotation: the entity of a source annotation, else -1.
  std::vector<std::vector<int>> of_source;
};

// Merges the engine's per-document entities (see claimlens/ledger.h): same name, a
// surname that belongs to exactly one full name, a role the documents tie to exactly one
// entity. Mentions that are pronouns tie nothing.
Speakers merge_speakers(const std::vector<SourceDocument>& docs);

}  // namespace claimlens::ledger
