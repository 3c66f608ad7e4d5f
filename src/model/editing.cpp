// A person's corrections (see editing.h).
#include "editing.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace claimlens::model {
namespace {

EditSnapshot snapshot(const Document& doc) { return {doc.annotations, doc.meta, doc.suppressed}; }

void restore(Document* doc, EditSnapshot s) {
  doc->annotations = std::move(s.annotations);
  doc->meta = std::move(s.meta);
  doc->suppressed = std::move(s.suppressed);
  doc->selected = -1;
  refresh_statements(doc);
}

// Records the state before an edit, for undo.
void checkpoint(Document* doc) {
  doc->undo_stack.push_back(snapshot(*doc));
  if (doc->undo_stack.size() > kMaxUndo) doc->undo_stack.erase(doc->undo_stack.begin());
  doc->redo_stack.clear();
}

bool valid_index(const Document& doc, int index) {
  return index >= 0 && index < static_cast<int>(doc.annotations.size());
}

// Restores the invariants after a structural change: sorted order (meta and links follow),
// links only to annotations of the right layer, no duplicates among them.
void normalize(Document* doc) {
  auto& all = doc->annotations;
  doc->meta.resize(all.size());
  std::vector<std::uint32_t> order(all.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (all[x].span.begin != all[y].span.begin) return all[x].span.begin < all[y].span.begin;
    return all[x].span.end > all[y].span.end;
  });
  std::vector<std::uint32_t> new_index(all.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) new_index[order[k]] = k;
  std::vector<Annotation> sorted;
  std::vector<AnnotationMeta> meta;
  sorted.reserve(all.size());
  meta.reserve(all.size());
  for (std::uint32_t k : order) {
    sorted.push_back(std::move(all[k]));
    meta.push_back(std::move(doc->meta[k]));
  }
  const auto remap = [&](std::vector<std::uint32_t>* refs, Layer wanted) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t r : *refs) {
      if (r >= new_index.size()) continue;
      const std::uint32_t n = new_index[r];
      if (sorted[n].layer == wanted && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
    *refs = std::move(out);
  };
  for (Annotation& a : sorted) {
    const bool statement = a.layer == Layer::kClaim || a.layer == Layer::kDenial;
    if (statement) {
      remap(&a.sources, Layer::kSource);
    } else {
      a.sources.clear();
    }
    if (a.layer == Layer::kDenial) {
      remap(&a.denies, Layer::kClaim);
    } else {
      a.denies.clear();
    }
  }
  all = std::move(sorted);
  doc->meta = std::move(meta);
  refresh_statements(doc);
}

int find_same(const Document& doc, Layer layer, Span span) {
  for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
    if (doc.annotations[i].layer == layer && doc.annotations[i].span == span) return static_cast<int>(i);
  }
  return -1;
}

bool is_boundary(const std::string& text, std::uint32_t offset) {
  return offset == text.size() || (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

// Merges `imported` into doc without a checkpoint (see merge_annotations).
int merge_into(Document* doc, const Anchoring& imported) {
  std::vector<std::uint32_t> target(imported.placed.size());
  int added = 0;
  for (std::size_t i = 0; i < imported.placed.size(); ++i) {
    const Annotation& a = imported.placed[i];
    const int same = find_same(*doc, a.layer, a.span);
    if (same >= 0) {
      target[i] = static_cast<std::uint32_t>(same);
      AnnotationMeta& m = doc->meta[same];
      const std::string& note = i < imported.notes.size() ? imported.notes[i] : std::string();
      if (!note.empty() && m.note.find(note) == std::string::npos) m.note = m.note.empty() ? note : m.note + " | " + note;
      if (doc->annotations[same].entity.empty()) doc->annotations[same].entity = a.entity;
      if (i < imported.creators.size() && imported.creators[i] == Creator::kPerson) m.creator = Creator::kPerson;
      continue;
    }
    target[i] = static_cast<std::uint32_t>(doc->annotations.size());
    Annotation copy = a;
    copy.sources.clear();
    copy.denies.clear();
    doc->annotations.push_back(std::move(copy));
    doc->meta.push_back({i < imported.creators.size() ? imported.creators[i] : Creator::kPerson,
                         i < imported.notes.size() ? imported.notes[i] : std::string()});
    ++added;
  }
  for (std::size_t i = 0; i < imported.placed.size(); ++i) {
    Annotation& into = doc->annotations[target[i]];
    for (std::uint32_t s : imported.placed[i].sources) {
      if (s < target.size()) into.sources.push_back(target[s]);
    }
    for (std::uint32_t d : imported.placed[i].denies) {
      if (d < target.size()) into.denies.push_back(target[d]);
    }
  }
  normalize(doc);
  return added;
}

}  // namespace

int add_annotation(Document* doc, Layer layer, Span span, std::string entity) {
  const std::string& text = doc->text;
  if (span.begin > span.end || span.end > text.size()) return -1;
  while (span.begin < span.end && std::isspace(static_cast<unsigned char>(text[span.begin]))) ++span.begin;
  while (span.end > span.begin && std::isspace(static_cast<unsigned char>(text[span.end - 1]))) --span.end;
  if (span.begin == span.end || !is_boundary(text, span.begin) || !is_boundary(text, span.end)) return -1;
  const int existing = find_same(*doc, layer, span);
  if (existing >= 0) return existing;
  checkpoint(doc);
  Annotation a;
  a.layer = layer;
  a.span = span;
  a.why = "marked by a person";
  if (layer == Layer::kSource) a.entity = entity.empty() ? text.substr(span.begin, span.end - span.begin) : std::move(entity);
  doc->annotations.push_back(std::move(a));
  doc->meta.resize(doc->annotations.size() - 1);
  doc->meta.push_back({Creator::kPerson, {}});
  normalize(doc);
  return find_same(*doc, layer, span);
}

bool set_layer(Document* doc, int index, Layer layer) {
  if (!valid_index(*doc, index) || doc->annotations[index].layer == layer) return false;
  checkpoint(doc);
  Annotation& a = doc->annotations[index];
  if (doc->meta[index].creator == Creator::kEngine) doc->suppressed.push_back({a.layer, a.span});
  doc->meta[index].creator = Creator::kPerson;
  a.layer = layer;
  a.why = "layer set by a person";
  if (layer == Layer::kSource && a.entity.empty()) a.entity = doc->text.substr(a.span.begin, a.span.end - a.span.begin);
  if (layer != Layer::kSource) a.entity.clear();
  normalize(doc);
  return true;
}

bool delete_annotation(Document* doc, int index) {
  if (!valid_index(*doc, index)) return false;
  checkpoint(doc);
  const Annotation& a = doc->annotations[index];
  if (doc->meta[index].creator == Creator::kEngine) doc->suppressed.push_back({a.layer, a.span});
  const auto gone = static_cast<std::uint32_t>(index);
  doc->annotations.erase(doc->annotations.begin() + index);
  doc->meta.erase(doc->meta.begin() + index);
  for (Annotation& other : doc->annotations) {
    for (auto* refs : {&other.sources, &other.denies}) {
      std::erase(*refs, gone);
      for (std::uint32_t& r : *refs) {
        if (r > gone) --r;
      }
    }
  }
  doc->selected = -1;
  normalize(doc);
  return true;
}

bool attach_source(Document* doc, int statement, int source) {
  if (!valid_index(*doc, statement) || !valid_index(*doc, source)) return false;
  Annotation& s = doc->annotations[statement];
  if ((s.layer != Layer::kClaim && s.layer != Layer::kDenial) || doc->annotations[source].layer != Layer::kSource) return false;
  const auto src = static_cast<std::uint32_t>(source);
  if (std::find(s.sources.begin(), s.sources.end(), src) != s.sources.end()) return true;
  checkpoint(doc);
  doc->annotations[statement].sources.push_back(src);
  doc->meta[statement].creator = Creator::kPerson;
  normalize(doc);
  return true;
}

bool set_note(Document* doc, int index, std::string note) {
  if (!valid_index(*doc, index) || doc->meta[index].note == note) return false;
  checkpoint(doc);
  doc->meta[index].note = std::move(note);
  refresh_statements(doc);
  return true;
}

bool can_undo(const Document& doc) { return !doc.undo_stack.empty(); }
bool can_redo(const Document& doc) { return !doc.redo_stack.empty(); }

bool undo(Document* doc) {
  if (doc->undo_stack.empty()) return false;
  doc->redo_stack.push_back(snapshot(*doc));
  EditSnapshot s = std::move(doc->undo_stack.back());
  doc->undo_stack.pop_back();
  restore(doc, std::move(s));
  return true;
}

bool redo(Document* doc) {
  if (doc->redo_stack.empty()) return false;
  doc->undo_stack.push_back(snapshot(*doc));
  EditSnapshot s = std::move(doc->redo_stack.back());
  doc->redo_stack.pop_back();
  restore(doc, std::move(s));
  return true;
}

int merge_annotations(Document* doc, const Anchoring& imported) {
  checkpoint(doc);
  return merge_into(doc, imported);
}

std::size_t merge_ledger_edits(Document* doc, const std::vector<LedgerEdit>& edits) {
  std::size_t added = 0;
  for (const LedgerEdit& e : edits) {
    if (std::find(doc->ledger_edits.begin(), doc->ledger_edits.end(), e) != doc->ledger_edits.end()) continue;
    doc->ledger_edits.push_back(e);
    ++added;
  }
  if (added) ++doc->revision;
  return added;
}

AnnotationFile to_annotation_file(const Document& doc) {
  std::vector<Creator> creators;
  std::vector<std::string> notes;
  for (const AnnotationMeta& m : doc.meta) {
    creators.push_back(m.creator);
    notes.push_back(m.note);
  }
  AnnotationFile file = make_annotation_file(doc.name, doc.text, doc.annotations, creators, notes);
  file.ledger = doc.ledger_edits;
  return file;
}

void rerun_engine(Document* doc) {
  // The person's work: their annotations, annotations with notes, and whatever those link to.
  AnnotationFile kept = to_annotation_file(*doc);
  std::vector<bool> keep(kept.annotations.size(), false);
  for (std::size_t i = 0; i < doc->annotations.size(); ++i) {
    if (doc->meta[i].creator != Creator::kPerson && doc->meta[i].note.empty()) continue;
    keep[i] = true;
    for (std::uint32_t r : doc->annotations[i].sources) keep[r] = true;
    for (std::uint32_t r : doc->annotations[i].denies) keep[r] = true;
  }
  std::vector<AnnotationRecord> records;
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (keep[i]) records.push_back(std::move(kept.annotations[i]));
  }
  kept.annotations = std::move(records);
  const Anchoring person = anchor_annotations(kept, doc->text);

  checkpoint(doc);
  AnnotateResult fresh = annotate(doc->text);
  doc->annotations.clear();
  doc->meta.clear();
  // Engine results the person deleted or re-layered stay out. Indices shift as they go.
  std::vector<std::uint32_t> new_index(fresh.annotations.size(), UINT32_MAX);
  for (std::size_t i = 0; i < fresh.annotations.size(); ++i) {
    const Annotation& a = fresh.annotations[i];
    if (std::find(doc->suppressed.begin(), doc->suppressed.end(), Suppressed{a.layer, a.span}) != doc->suppressed.end()) continue;
    new_index[i] = static_cast<std::uint32_t>(doc->annotations.size());
    doc->annotations.push_back(a);
  }
  for (Annotation& a : doc->annotations) {
    for (auto* refs : {&a.sources, &a.denies}) {
      std::vector<std::uint32_t> out;
      for (std::uint32_t r : *refs) {
        if (r < new_index.size() && new_index[r] != UINT32_MAX) out.push_back(new_index[r]);
      }
      *refs = std::move(out);
    }
  }
  doc->meta.assign(doc->annotations.size(), AnnotationMeta{});
  doc->truncated = fresh.truncated;
  merge_into(doc, person);
}

ImportOutcome import_annotation_file(Document* doc, const AnnotationFile& file) {
  const Anchoring anchored = anchor_annotations(file, doc->text);
  ImportOutcome outcome;
  outcome.added = merge_annotations(doc, anchored);
  outcome.orphaned = anchored.orphans.size();
  outcome.exact = anchored.exact;
  outcome.ledger_edits = merge_ledger_edits(doc, file.ledger);
  doc->orphans.insert(doc->orphans.end(), anchored.orphans.begin(), anchored.orphans.end());
  return outcome;
}

}  // namespace claimlens::model
