// Re-anchoring imported annotations in a text (see claimlens/annotation_file.h).
//
// The rule is conservative on purpose: a fact-checker must be able to trust that every
// highlight sits where its author put it, so an annotation whose place is ambiguous is
// listed as an orphan rather than placed on a guess.
#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "claimlens/annotation_file.h"
#include "claimlens/sha256.h"
#include "claimlens/utf8.h"

namespace claimlens {
namespace {

// Bytes that `a` ends with and `b` ends with in common (how much of a prefix matches).
std::size_t common_tail(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

std::size_t common_head(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// Byte offset of the quote's occurrence in `text` chosen by its context, or npos.
std::size_t locate(std::string_view text, const AnnotationRecord& r) {
  if (r.quote.empty()) return std::string_view::npos;
  std::vector<std::size_t> hits;
  for (std::size_t at = text.find(r.quote); at != std::string_view::npos; at = text.find(r.quote, at + 1)) {
    hits.push_back(at);
    if (hits.size() > 10000) break;
  }
  if (hits.size() == 1) return hits[0];
  if (hits.empty()) return std::string_view::npos;
  // Several: score each by how much of the recorded context surrounds it.
  std::size_t best = std::string_view::npos, best_score = 0, second = 0;
  for (std::size_t at : hits) {
    const std::size_t before = at > 4 * kQuoteContext ? at - 4 * kQuoteContext : 0;
    const std::string_view left = text.substr(before, at - before);
    const std::string_view right = text.substr(at + r.quote.size(), 4 * kQuoteContext);
    const std::size_t score = common_tail(left, r.prefix) + common_head(right, r.suffix);
    if (score > best_score) {
      second = best_score;
      best_score = score;
      best = at;
    } else if (score > second) {
      second = score;
    }
  }
  // Confident only if the winner's context is clearly better and of some length.
  const std::size_t needed = std::min<std::size_t>(8, r.prefix.size() + r.suffix.size());
  return (best_score > second && best_score >= needed && needed > 0) ? best : std::string_view::npos;
}

}  // namespace

Anchoring anchor_annotations(const AnnotationFile& file, std::string_view text) {
  Anchoring out;
  const CodePointIndex index(text);
  out.exact = !file.sha256.empty() && file.sha256 == sha256_hex(text);

  struct Placed {
    Annotation annotation;
    const AnnotationRecord* record;
  };
  std::vector<Placed> placed;
  for (const AnnotationRecord& r : file.annotations) {
    Span span;
    bool found = false;
    if (out.exact) {
      found = index.to_byte(r.start, &span.begin) && index.to_byte(r.end, &span.end) &&
              (r.quote.empty() || text.substr(span.begin, span.end - span.begin) == r.quote);
    }
    if (!found) {
      const std::size_t at = locate(text, r);
      if (at != std::string_view::npos) {
        span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + r.quote.size())};
        found = true;
      }
    }
    if (!found) {
      out.orphans.push_back(r);
      continue;
    }
    Annotation a;
    a.layer = r.layer;
    a.span = span;
    a.entity = r.entity;
    a.why = r.why;
    placed.push_back({std::move(a), &r});
  }

  // Sort as annotate() does, then turn id links into indices of the sorted list.
  std::stable_sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) {
    if (x.annotation.span.begin != y.annotation.span.begin) return x.annotation.span.begin < y.annotation.span.begin;
    return x.annotation.span.end > y.annotation.span.end;
  });
  std::unordered_map<std::string, std::uint32_t> index_of;
  for (std::size_t i = 0; i < placed.size(); ++i) index_of.emplace(placed[i].record->id, static_cast<std::uint32_t>(i));
  for (Placed& p : placed) {
    for (const std::string& id : p.record->sources) {
      const auto it = index_of.find(id);
      if (it != index_of.end() && placed[it->second].annotation.layer == Layer::kSource) p.annotation.sources.push_back(it->second);
    }
    for (const std::string& id : p.record->denies) {
      const auto it = index_of.find(id);
      if (it != index_of.end() && placed[it->second].annotation.layer == Layer::kClaim) p.annotation.denies.push_back(it->second);
    }
    // The cue is informative in files; find it again near the statement if we can.
    if (!p.record->cue.empty()) {
      const std::uint32_t from = p.annotation.span.begin > 200 ? p.annotation.span.begin - 200 : 0;
      const std::size_t at = text.substr(from, p.annotation.span.end + 200 - from).find(p.record->cue);
      if (at != std::string_view::npos) {
        p.annotation.cue = {static_cast<std::uint32_t>(from + at), static_cast<std::uint32_t>(from + at + p.record->cue.size())};
      }
    }
    out.creators.push_back(p.record->creator);
    out.notes.push_back(p.record->note);
    out.placed.push_back(std::move(p.annotation));
  }
  return out;
}

}  // namespace claimlens
