// Serialises annotations as claimlens JSON (see claimlens/native_json.h).
#include "claimlens/native_json.h"

#include "claimlens/sha256.h"
#include "claimlens/utf8.h"

namespace claimlens {
namespace {

char layer_initial(Layer layer) {
  switch (layer) {
    case Layer::kSource: return 'S';
    case Layer::kClaim: return 'C';
    case Layer::kDenial: return 'D';
    case Layer::kHedge: return 'H';
  }
  return 'A';
}

}  // namespace

std::vector<std::string> annotation_ids(const std::vector<Annotation>& annotations) {
  std::vector<std::string> ids;
  ids.reserve(annotations.size());
  int counters[kLayerCount] = {};
  for (const Annotation& a : annotations) {
    const int n = ++counters[static_cast<int>(a.layer)];
    ids.push_back(layer_initial(a.layer) + std::to_string(n));
  }
  return ids;
}

namespace {

std::string_view slice(std::string_view text, Span span) {
  if (span.begin > span.end || span.end > text.size()) return {};
  return text.substr(span.begin, span.end - span.begin);
}

}  // namespace

std::string annotation_id(const std::vector<Annotation>& annotations, std::size_t index) {
  int n = 0;
  for (std::size_t i = 0; i <= index && i < annotations.size(); ++i) {
    if (annotations[i].layer == annotations[index].layer) ++n;
  }
  return layer_initial(annotations[index].layer) + std::to_string(n);
}

nlohmann::json to_native_json(std::string_view name, std::string_view text,
                              const std::vector<Annotation>& annotations) {
  const CodePointIndex index(text);
  const std::vector<std::string> ids = annotation_ids(annotations);
  const auto ref_list = [&](const std::vector<std::uint32_t>& refs) {
    nlohmann::json list = nlohmann::json::array();
    for (std::uint32_t r : refs) {
      if (r < ids.size()) list.push_back(ids[r]);
    }
    return list;
  };

  nlohmann::json out_annotations = nlohmann::json::array();
  for (std::size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& a = annotations[i];
    nlohmann::json j;
    j["id"] = ids[i];
    j["type"] = std::string(layer_name(a.layer));
    j["start"] = index.to_code_point(a.span.begin);
    j["end"] = index.to_code_point(a.span.end);
    j["quote"] = std::string(slice(text, a.span));
    if (a.layer == Layer::kSource) j["entity"] = a.entity;
    if (a.layer == Layer::kClaim || a.layer == Layer::kDenial) j["sources"] = ref_list(a.sources);
    if (a.layer == Layer::kDenial && !a.denies.empty()) j["denies"] = ref_list(a.denies);
    if (a.cue.end > a.cue.begin) j["cue"] = std::string(slice(text, a.cue));
    if (!a.why.empty()) j["why"] = a.why;
    out_annotations.push_back(std::move(j));
  }

  nlohmann::json doc;
  doc["format"] = "claimlens";
  doc["version"] = 1;
  doc["engine"] = std::string(engine_version());
  doc["document"] = {{"name", std::string(name)},
                     {"sha256", sha256_hex(text)},
                     {"length", index.code_point_count()}};
  doc["annotations"] = std::move(out_annotations);
  return doc;
}

}  // namespace claimlens
