// Annotation files: building records from a text, the native writer, and parsing
// (see claimlens/annotation_file.h). W3C JSON-LD lives in w3c_json.cpp, CSV in
// statements_csv.cpp, re-anchoring in anchor.cpp.
#include "claimlens/annotation_file.h"

#include <algorithm>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "claimlens/native_json.h"
#include "claimlens/sha256.h"
#include "claimlens/utf8.h"
#include "json_guard.h"
#include "w3c_json.h"

namespace claimlens {
namespace {

const char* creator_name(Creator c) { return c == Creator::kPerson ? "person" : "engine"; }

// Text of code points [from, to) of `text`, clamped.
std::string cp_slice(std::string_view text, const CodePointIndex& index, std::uint32_t from, std::uint32_t to) {
  std::uint32_t b = 0, e = 0;
  to = std::min(to, index.code_point_count());
  from = std::min(from, to);
  index.to_byte(from, &b);
  index.to_byte(to, &e);
  return std::string(text.substr(b, e - b));
}

// Drops links to ids that no record has, and duplicate ids (keeping the first).
void drop_dangling_links(AnnotationFile* file) {
  std::unordered_set<std::string> ids;
  std::vector<AnnotationRecord> unique;
  for (AnnotationRecord& r : file->annotations) {
    if (ids.insert(r.id).second) unique.push_back(std::move(r));
  }
  file->annotations = std::move(unique);
  const auto known = [&](const std::string& id) { return ids.count(id) != 0; };
  for (AnnotationRecord& r : file->annotations) {
    std::erase_if(r.sources, [&](const std::string& id) { return !known(id); });
    std::erase_if(r.denies, [&](const std::string& id) { return !known(id); });
  }
}

FileParseResult parse_native(const nlohmann::json& j) {
  using namespace json_guard;
  FileParseResult out;
  std::uint32_t version = 0;
  if (!uint_at(j, "version", &version) || version != 1) {
    out.error = "unsupported claimlens file version (this reader reads version 1)";
    return out;
  }
  const auto doc = j.find("document");
  if (doc == j.end() || !doc->is_object()) {
    out.error = "no \"document\" object";
    return out;
  }
  out.file.name = string_at(*doc, "name");
  out.file.sha256 = string_at(*doc, "sha256");
  uint_at(*doc, "length", &out.file.length);
  out.file.engine = string_at(j, "engine");
  const auto list = j.find("annotations");
  if (list == j.end() || !list->is_array()) {
    out.error = "no \"annotations\" list";
    return out;
  }
  if (list->size() > kMaxImportAnnotations) {
    out.error = "more than " + std::to_string(kMaxImportAnnotations) + " annotations";
    return out;
  }
  std::size_t n = 0;
  for (const auto& a : *list) {
    ++n;
    AnnotationRecord r;
    const std::string where = "annotation " + std::to_string(n);
    if (!a.is_object() || !parse_layer(string_at(a, "type"), &r.layer)) {
      out.error = where + ": no known \"type\" (source, claim, denial, hedge)";
      return out;
    }
    if (!uint_at(a, "start", &r.start) || !uint_at(a, "end", &r.end) || r.start > r.end) {
      out.error = where + ": \"start\" and \"end\" must be offsets with start <= end";
      return out;
    }
    r.id = string_at(a, "id", "a" + std::to_string(n));
    r.quote = string_at(a, "quote", string_at(a, "text"));
    r.prefix = string_at(a, "prefix");
    r.suffix = string_at(a, "suffix");
    r.entity = string_at(a, "entity");
    r.sources = strings_at(a, "sources");
    r.denies = strings_at(a, "denies");
    r.cue = string_at(a, "cue");
    r.why = string_at(a, "why");
    r.note = string_at(a, "note");
    r.creator = string_at(a, "creator") == "person" ? Creator::kPerson : Creator::kEngine;
    out.file.annotations.push_back(std::move(r));
  }
  // Optional, and never a reason to refuse the annotations: unreadable edits are skipped.
  if (const auto ledger = j.find("ledger"); ledger != j.end()) out.file.ledger = parse_ledger_edits(*ledger);
  out.ok = true;
  return out;
}

}  // namespace

AnnotationFile make_annotation_file(std::string_view name, std::string_view text,
                                    const std::vector<Annotation>& annotations,
                                    const std::vector<Creator>& creators,
                                    const std::vector<std::string>& notes) {
  AnnotationFile file;
  const CodePointIndex index(text);
  file.name = std::string(name);
  file.sha256 = sha256_hex(text);
  file.length = index.code_point_count();
  file.engine = std::string(engine_version());
  const std::vector<std::string> ids = annotation_ids(annotations);
  for (std::size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& a = annotations[i];
    AnnotationRecord r;
    r.id = ids[i];
    r.layer = a.layer;
    r.start = index.to_code_point(a.span.begin);
    r.end = index.to_code_point(a.span.end);
    r.quote = cp_slice(text, index, r.start, r.end);
    r.prefix = cp_slice(text, index, r.start > kQuoteContext ? r.start - kQuoteContext : 0, r.start);
    r.suffix = cp_slice(text, index, r.end, r.end + kQuoteContext);
    r.entity = a.entity;
    for (std::uint32_t s : a.sources) {
      if (s < annotations.size()) r.sources.push_back(ids[s]);
    }
    for (std::uint32_t d : a.denies) {
      if (d < annotations.size()) r.denies.push_back(ids[d]);
    }
    if (a.cue.end > a.cue.begin && a.cue.end <= text.size()) r.cue = std::string(text.substr(a.cue.begin, a.cue.end - a.cue.begin));
    r.why = a.why;
    if (i < creators.size()) r.creator = creators[i];
    if (i < notes.size()) r.note = notes[i];
    file.annotations.push_back(std::move(r));
  }
  return file;
}

std::string to_native_file_json(const AnnotationFile& file) {
  nlohmann::json list = nlohmann::json::array();
  for (const AnnotationRecord& r : file.annotations) {
    nlohmann::json j = {{"id", r.id}, {"type", std::string(layer_name(r.layer))}, {"start", r.start},
                        {"end", r.end}, {"quote", r.quote}, {"prefix", r.prefix}, {"suffix", r.suffix},
                        {"creator", creator_name(r.creator)}};
    if (r.layer == Layer::kSource) j["entity"] = r.entity;
    if (r.layer == Layer::kClaim || r.layer == Layer::kDenial) j["sources"] = r.sources;
    if (!r.denies.empty()) j["denies"] = r.denies;
    if (!r.cue.empty()) j["cue"] = r.cue;
    if (!r.why.empty()) j["why"] = r.why;
    if (!r.note.empty()) j["note"] = r.note;
    list.push_back(std::move(j));
  }
  nlohmann::json doc = {{"format", "claimlens"},
                              {"version", 1},
                              {"engine", file.engine},
                              {"document", {{"name", file.name}, {"sha256", file.sha256}, {"length", file.length}}},
                              {"annotations", std::move(list)}};
  if (!file.ledger.empty()) doc["ledger"] = ledger_edits_json(file.ledger);
  return doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view json_body(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first == std::string_view::npos ? std::string_view() : bytes.substr(first);
}

bool looks_like_annotation_file(std::string_view bytes) {
  const std::string_view body = json_body(bytes);
  if (body.empty() || (body[0] != '{' && body[0] != '[')) return false;
  const std::string_view head = body.substr(0, 4096);
  return head.find("\"claimlens\"") != std::string_view::npos ||
         head.find("\"AnnotationCollection\"") != std::string_view::npos ||
         head.find("\"TextQuoteSelector\"") != std::string_view::npos ||
         head.find("www.w3.org/ns/anno.jsonld") != std::string_view::npos;
}

FileParseResult parse_annotation_file(std::string_view json) {
  FileParseResult out;
  const nlohmann::json j = json_guard::parse(json, kMaxImportBytes, kMaxImportDepth, &out.error);
  if (j.is_discarded()) return out;
  if (j.is_object() && json_guard::string_at(j, "format") == "claimlens") {
    out = parse_native(j);
  } else if (looks_like_w3c(j)) {
    out = parse_w3c(j);
  } else {
    out.error = "neither a claimlens annotation file nor W3C Web Annotation JSON";
  }
  if (out.ok) drop_dangling_links(&out.file);
  return out;
}

}  // namespace claimlens
