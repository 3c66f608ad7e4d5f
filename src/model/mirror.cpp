// The accessible mirror's content (see mirror.h).
#include "mirror.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "claimlens/utf8.h"

namespace claimlens::model {
namespace {

// UTF-16 length of text[begin, end).
std::uint32_t utf16_length(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t units = 0;
  for (std::size_t p = begin; p < end;) units += decode_utf8(text, &p) > 0xFFFF ? 2 : 1;
  return units;
}

std::string_view slice(std::string_view text, Span s) { return text.substr(s.begin, s.end - s.begin); }

}  // namespace

std::string mark_label(const Document& doc, std::uint32_t index) {
  const Annotation& a = doc.annotations[index];
  std::string label(layer_name(a.layer));
  if (a.layer == Layer::kSource && !a.entity.empty()) label += ": " + a.entity;
  if (!a.sources.empty() && a.sources[0] < doc.annotations.size()) {
    label += " by " + doc.annotations[a.sources[0]].entity;
  }
  if (a.cue.end > a.cue.begin) label += ", cue \xE2\x80\x9C" + std::string(slice(doc.text, a.cue)) + "\xE2\x80\x9D";
  return label;
}

std::string mirror_json(const Document& doc, const bool visible[kLayerCount], std::size_t max_bytes) {
  nlohmann::json blocks = nlohmann::json::array();
  const auto& all = doc.annotations;
  std::size_t first = 0;  // annotations are sorted by begin: skip those behind each block
  std::size_t copied = 0, omitted = 0;
  for (const Block& block : doc.layout.blocks()) {
    if (copied > 0 && copied + (block.end - block.begin) > max_bytes) {
      ++omitted;
      continue;
    }
    copied += block.end - block.begin;
    nlohmann::json marks = nlohmann::json::array();
    while (first < all.size() && all[first].span.end <= block.begin &&
           all[first].span.begin < block.begin) {
      ++first;
    }
    for (std::size_t i = first; i < all.size() && all[i].span.begin < block.end; ++i) {
      const Annotation& a = all[i];
      if (!visible[static_cast<int>(a.layer)] || a.span.end <= block.begin) continue;
      const std::uint32_t b = std::max(a.span.begin, block.begin);
      const std::uint32_t e = std::min(a.span.end, block.end);
      const std::uint32_t start = utf16_length(doc.text, block.begin, b);
      marks.push_back({{"start", start},
                       {"end", start + utf16_length(doc.text, b, e)},
                       {"layer", std::string(layer_name(a.layer))},
                       {"label", mark_label(doc, static_cast<std::uint32_t>(i))}});
    }
    blocks.push_back({{"kind", block.kind == BlockKind::kTitle ? "title" : "paragraph"},
                      {"text", std::string(slice(doc.text, {block.begin, block.end}))},
                      {"marks", std::move(marks)}});
  }
  nlohmann::json out = {{"name", doc.name}, {"blocks", std::move(blocks)}, {"omitted_blocks", omitted}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimlens::model
