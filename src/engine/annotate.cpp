// The annotation pipeline: check the text, build the document (tokens, sentences,
// quotations), find attributions, classify denials, resolve entities, find hedges, then
// turn the findings into sorted Annotations with their cross-references remapped.
#include "claimlens/annotate.h"

#include <algorithm>
#include <numeric>

#include "sentences.h"
#include "findings.h"

namespace claimlens {

std::string_view engine_version() { return "0.1.0"; }

namespace {

struct Pending {
  Annotation a;
  std::uint32_t kind = 0;   // 0 source, 1 content, 2 hedge
  std::uint32_t index = 0;  // into the Findings vector of that kind
};

}  // namespace

AnnotateResult annotate(std::string_view text, const AnnotateOptions& options) {
  AnnotateResult result;
  const CheckedText checked = check_text(text);
  result.status = checked.status;
  if (!checked.status.ok()) return result;
  // Offsets are relative to `text` exactly as given. check_text() here only validates: the
  // caller already removed the file's BOM, and a second U+FEFF is a character of the text
  // (stripping it again shifted every offset by three bytes; found by fuzzing).
  const std::string_view body = text;
  const std::uint32_t shift = 0;

  Document doc;
  build_document(body, &doc);
  Findings f;
  f.limit = options.max_annotations;
  find_attributions(doc, &f);
  classify_denials(doc, &f);
  resolve_entities(doc, &f);
  find_hedges(doc, &f);

  std::vector<Pending> all;
  all.reserve(f.total());
  const auto shifted = [&](Span s) { return Span{s.begin + shift, s.end + shift}; };
  for (std::uint32_t i = 0; i < f.sources.size(); ++i) {
    Pending p;
    p.a.layer = Layer::kSource;
    p.a.span = shifted(f.sources[i].span);
    p.a.entity = std::move(f.sources[i].entity);
    p.a.why = std::move(f.sources[i].why);
    p.kind = 0;
    p.index = i;
    all.push_back(std::move(p));
  }
  for (std::uint32_t i = 0; i < f.contents.size(); ++i) {
    if (f.contents[i].dropped) continue;
    Pending p;
    ContentFinding& c = f.contents[i];
    p.a.layer = c.layer;
    p.a.span = shifted(c.span);
    p.a.cue = c.cue.end > c.cue.begin ? shifted(c.cue) : Span{};
    p.a.sources = c.sources;  // remapped below
    p.a.denies = c.denies;
    p.a.why = std::move(c.why);
    p.kind = 1;
    p.index = i;
    all.push_back(std::move(p));
  }
  for (std::uint32_t i = 0; i < f.hedges.size(); ++i) {
    Pending p;
    p.a.layer = Layer::kHedge;
    p.a.span = shifted(f.hedges[i].span);
    p.a.why = "hedge word";
    p.kind = 2;
    p.index = i;
    all.push_back(std::move(p));
  }
  if (all.size() > options.max_annotations) {
    all.resize(options.max_annotations);
    f.truncated = true;
  }
  std::vector<std::uint32_t> order(all.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const Annotation& a = all[x].a;
    const Annotation& b = all[y].a;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return static_cast<int>(a.layer) < static_cast<int>(b.layer);
  });
  // New positions of sources and contents.
  constexpr std::uint32_t kMissing = 0xFFFFFFFFu;
  std::vector<std::uint32_t> source_pos(f.sources.size(), kMissing);
  std::vector<std::uint32_t> content_pos(f.contents.size(), kMissing);
  for (std::uint32_t pos = 0; pos < order.size(); ++pos) {
    const Pending& p = all[order[pos]];
    if (p.kind == 0) source_pos[p.index] = pos;
    if (p.kind == 1) content_pos[p.index] = pos;
  }
  result.annotations.reserve(order.size());
  for (std::uint32_t pos = 0; pos < order.size(); ++pos) {
    Annotation a = std::move(all[order[pos]].a);
    std::vector<std::uint32_t> srcs, dens;
    for (std::uint32_t s : a.sources)
      if (s < source_pos.size() && source_pos[s] != kMissing &&
          std::find(srcs.begin(), srcs.end(), source_pos[s]) == srcs.end())
        srcs.push_back(source_pos[s]);
    // A denial rejects claims only (a nested claim may itself have become a denial).
    for (std::uint32_t c : a.denies)
      if (c < content_pos.size() && content_pos[c] != kMissing && content_pos[c] != pos &&
          f.contents[c].layer == Layer::kClaim && a.layer == Layer::kDenial &&
          std::find(dens.begin(), dens.end(), content_pos[c]) == dens.end())
        dens.push_back(content_pos[c]);
    a.sources = std::move(srcs);
    a.denies = std::move(dens);
    result.annotations.push_back(std::move(a));
  }
  result.truncated = f.truncated;
  return result;
}

}  // namespace claimlens
