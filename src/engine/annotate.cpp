// The annotation pipeline: check the text, build the document (tokens, sentences,
// quotations), find attributions, resolve entities, classify denials, link denials to what
// they reject, drop nested positions, find hedges, then turn the findings into sorted
// Annotations with their cross-references remapped.
//
// Memory: the per-token document is freed before the annotations are built, and the
// findings are moved (not copied) into them, so a large text never holds its tokens, its
// findings and its annotations at once (README "Performance": memory per token).
#include "claimlens/annotate.h"

#include <algorithm>

#include "sentences.h"
#include "findings.h"

namespace claimlens {

std::string_view engine_version() { return "0.1.0"; }

namespace {

// One finding on its way to becoming an annotation: what sorting needs, and where it is.
struct Entry {
  Span span;
  Layer layer = Layer::kSource;
  std::uint8_t kind = 0;    // 0 source, 1 content, 2 hedge
  std::uint32_t index = 0;  // into the Findings vector of that kind
};

void find_all(std::string_view body, const AnnotateOptions& options, Findings* f) {
  Document doc;  // tokens and per-token tables: freed when this returns
  build_document(body, &doc);
  f->limit = options.max_annotations;
  find_attributions(doc, f);
  resolve_entities(doc, f);  // before denials: who answers whom is a question of entities
  classify_denials(doc, f);
  merge_reported_denials(doc, f);
  link_denials(doc, f);
  drop_nested_positions(doc, f);
  find_hedges(doc, f);
}

// Keeps the valid, distinct new positions of `ids` (in order) and drops the rest.
template <typename Keep>
void remap(std::vector<std::uint32_t>* ids, const std::vector<std::uint32_t>& pos, Keep keep) {
  constexpr std::uint32_t kMissing = 0xFFFFFFFFu;
  std::size_t k = 0;
  for (std::size_t i = 0; i < ids->size(); ++i) {
    const std::uint32_t old = (*ids)[i];
    if (old >= pos.size() || pos[old] == kMissing || !keep(old)) continue;
    const std::uint32_t now = pos[old];
    if (std::find(ids->begin(), ids->begin() + static_cast<std::ptrdiff_t>(k), now) != ids->begin() + static_cast<std::ptrdiff_t>(k)) continue;
    (*ids)[k++] = now;
  }
  ids->resize(k);
}

}  // namespace

AnnotateResult annotate(std::string_view text, const AnnotateOptions& options) {
  AnnotateResult result;
  const CheckedText checked = check_text(text);
  result.status = checked.status;
  if (!checked.status.ok()) return result;
  // Offsets are relative to `text` exactly as given. check_text() here only validates: the
  // caller already removed the file's BOM, and a second U+FEFF is a character of the text
  // (stripping it again shifted every offset by three bytes; found by fuzzing).
  Findings f;
  find_all(text, options, &f);

  // Sources, then contents, then hedges (not the dropped ones); past the cap the rest is
  // left out.
  std::vector<Entry> all;
  all.reserve(f.total());
  for (std::uint32_t i = 0; i < f.sources.size(); ++i)
    if (!f.sources[i].dropped) all.push_back({f.sources[i].span, Layer::kSource, 0, i});
  for (std::uint32_t i = 0; i < f.contents.size(); ++i)
    if (!f.contents[i].dropped) all.push_back({f.contents[i].span, f.contents[i].layer, 1, i});
  for (std::uint32_t i = 0; i < f.hedges.size(); ++i) all.push_back({f.hedges[i].span, Layer::kHedge, 2, i});
  if (all.size() > options.max_annotations) {
    all.resize(options.max_annotations);
    f.truncated = true;
  }
  std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return static_cast<int>(a.layer) < static_cast<int>(b.layer);
  });
  // New positions of sources and contents.
  constexpr std::uint32_t kMissing = 0xFFFFFFFFu;
  std::vector<std::uint32_t> source_pos(f.sources.size(), kMissing);
  std::vector<std::uint32_t> content_pos(f.contents.size(), kMissing);
  for (std::uint32_t pos = 0; pos < all.size(); ++pos) {
    if (all[pos].kind == 0) source_pos[all[pos].index] = pos;
    if (all[pos].kind == 1) content_pos[all[pos].index] = pos;
  }
  result.annotations.resize(all.size());
  for (std::uint32_t pos = 0; pos < all.size(); ++pos) {
    const Entry& e = all[pos];
    Annotation& a = result.annotations[pos];
    a.layer = e.layer;
    a.span = e.span;
    if (e.kind == 0) {
      a.entity = std::move(f.sources[e.index].entity);
      a.why = std::move(f.sources[e.index].why);
    } else if (e.kind == 1) {
      ContentFinding& c = f.contents[e.index];
      a.cue = c.cue.end > c.cue.begin ? c.cue : Span{};
      a.sources = std::move(c.sources);
      a.denies = std::move(c.denies);
      a.why = std::move(c.why);
      remap(&a.sources, source_pos, [](std::uint32_t) { return true; });
      // A denial rejects claims only (a nested claim may itself have become a denial).
      if (a.layer != Layer::kDenial) a.denies.clear();
      remap(&a.denies, content_pos, [&](std::uint32_t c2) {
        return content_pos[c2] != pos && f.contents[c2].layer == Layer::kClaim;
      });
    } else {
      a.why = "hedge word";
    }
  }
  result.truncated = f.truncated;
  return result;
}

}  // namespace claimlens
