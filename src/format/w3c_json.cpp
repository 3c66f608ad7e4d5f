// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), as claimlens
// writes and reads it:
//   - one `tagging` Annotation per span: body TextualBody {purpose: tagging, value: layer}
//     (+ identifying: the source's entity, commenting: a person's note, describing: why),
//     target {source: "urn:sha256:<fingerprint>", selector: [TextQuoteSelector,
//     TextPositionSelector]} with positions in code points;
//   - one `linking` Annotation per link, body = the linked annotation (a source, or the
//     claim a denial rejects), target = the statement, "claimlens:relation" naming which.
#include "w3c_json.h"

#include <unordered_map>

#include "json_guard.h"

namespace claimlens {
namespace {

using nlohmann::json;

std::string id_prefix(const AnnotationFile& file) {
  return "urn:claimlens:" + file.sha256.substr(0, 16) + ":";
}

// The local id after the last ':' of an annotation IRI.
std::string local_id(const std::string& iri) {
  const auto colon = iri.find_last_of(":/#");
  return colon == std::string::npos ? iri : iri.substr(colon + 1);
}

json text_body(const char* purpose, const std::string& value) {
  return {{"type", "TextualBody"}, {"purpose", purpose}, {"value", value}, {"format", "text/plain"}};
}

// Items of a collection/page/array/single annotation.
std::vector<const json*> items_of(const json& j) {
  std::vector<const json*> out;
  const auto add_array = [&](const json& a) {
    for (const json& x : a) out.push_back(&x);
  };
  if (j.is_array()) {
    add_array(j);
  } else if (j.is_object()) {
    const std::string type = json_guard::string_at(j, "type");
    if (type == "Annotation") out.push_back(&j);
    for (const char* key : {"items", "first"}) {
      const auto it = j.find(key);
      if (it == j.end()) continue;
      if (it->is_array()) add_array(*it);
      if (it->is_object()) {
        const auto inner = it->find("items");
        if (inner != it->end() && inner->is_array()) add_array(*inner);
      }
    }
  }
  return out;
}

}  // namespace

std::string to_w3c_json(const AnnotationFile& file) {
  const std::string prefix = id_prefix(file);
  const std::string source = "urn:sha256:" + file.sha256;
  json items = json::array();
  for (const AnnotationRecord& r : file.annotations) {
    json body = json::array({text_body("tagging", std::string(layer_name(r.layer)))});
    if (!r.entity.empty()) body.push_back(text_body("identifying", r.entity));
    if (!r.note.empty()) body.push_back(text_body("commenting", r.note));
    if (!r.why.empty()) body.push_back(text_body("describing", r.why));
    json creator = r.creator == Creator::kPerson ? json{{"type", "Person"}}
                                                 : json{{"type", "Software"}, {"name", "claimlens " + file.engine}};
    items.push_back({{"id", prefix + r.id},
                     {"type", "Annotation"},
                     {"motivation", "tagging"},
                     {"creator", creator},
                     {"body", body},
                     {"target", {{"source", source},
                                 {"selector", json::array({{{"type", "TextQuoteSelector"}, {"exact", r.quote},
                                                            {"prefix", r.prefix}, {"suffix", r.suffix}},
                                                           {{"type", "TextPositionSelector"}, {"start", r.start},
                                                            {"end", r.end}}})}}}});
  }
  for (const AnnotationRecord& r : file.annotations) {
    const auto link = [&](const std::string& other, const char* relation) {
      items.push_back({{"id", prefix + "link-" + r.id + "-" + relation + "-" + other},
                       {"type", "Annotation"},
                       {"motivation", "linking"},
                       {"claimlens:relation", relation},
                       {"body", prefix + other},
                       {"target", prefix + r.id}});
    };
    for (const std::string& s : r.sources) link(s, "source");
    for (const std::string& d : r.denies) link(d, "denies");
  }
  const json doc = {{"@context", json::array({"http://www.w3.org/ns/anno.jsonld",
                                              {{"claimlens", "https://claimlens.invalid/ns#"}}})},
                    {"type", "AnnotationCollection"},
                    {"label", file.name},
                    {"generator", {{"type", "Software"}, {"name", "claimlens"}, {"version", file.engine}}},
                    {"claimlens:document", {{"name", file.name}, {"sha256", file.sha256}, {"length", file.length}}},
                    {"total", items.size()},
                    {"first", {{"type", "AnnotationPage"}, {"items", items}}}};
  return doc.dump(1, ' ', false, json::error_handler_t::replace);
}

bool looks_like_w3c(const json& j) {
  if (j.is_array()) return !j.empty() && j[0].is_object() && json_guard::string_at(j[0], "type") == "Annotation";
  const std::string type = json_guard::string_at(j, "type");
  return type == "AnnotationCollection" || type == "AnnotationPage" || type == "Annotation";
}

FileParseResult parse_w3c(const json& j) {
  using namespace json_guard;
  FileParseResult out;
  const auto doc = j.is_object() ? j.find("claimlens:document") : j.end();
  if (j.is_object() && doc != j.end()) {
    out.file.name = string_at(*doc, "name");
    out.file.sha256 = string_at(*doc, "sha256");
    uint_at(*doc, "length", &out.file.length);
  }
  if (j.is_object() && j.contains("generator")) out.file.engine = string_at(j["generator"], "version");
  const std::vector<const json*> items = items_of(j);
  if (items.size() > kMaxImportAnnotations * 3) {
    out.error = "too many annotations";
    return out;
  }
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> links;  // target, (relation, body)
  std::size_t n = 0;
  for (const json* item : items) {
    ++n;
    const std::string where = "annotation " + std::to_string(n);
    if (!item->is_object()) continue;
    const std::string motivation = string_at(*item, "motivation");
    if (motivation == "linking") {
      links.push_back({local_id(string_at(*item, "target")),
                       {string_at(*item, "claimlens:relation"), local_id(string_at(*item, "body"))}});
      continue;
    }
    AnnotationRecord r;
    r.id = local_id(string_at(*item, "id", "w" + std::to_string(n)));
    bool tagged = false;
    const auto body = item->find("body");
    if (body != item->end()) {
      const json bodies = body->is_array() ? *body : json::array({*body});
      for (const json& b : bodies) {
        const std::string purpose = string_at(b, "purpose"), value = string_at(b, "value");
        if (purpose == "tagging") tagged = parse_layer(value, &r.layer);
        if (purpose == "identifying") r.entity = value;
        if (purpose == "commenting") r.note = value;
        if (purpose == "describing") r.why = value;
      }
    }
    if (!tagged) {
      out.error = where + ": no tagging body naming a layer (source, claim, denial, hedge)";
      return out;
    }
    const auto target = item->find("target");
    if (target == item->end() || !target->is_object()) {
      out.error = where + ": no target";
      return out;
    }
    if (out.file.sha256.empty()) {
      const std::string src = string_at(*target, "source");
      if (src.rfind("urn:sha256:", 0) == 0) out.file.sha256 = src.substr(11);
    }
    bool positioned = false;
    const auto selectors = target->find("selector");
    if (selectors != target->end()) {
      const json list = selectors->is_array() ? *selectors : json::array({*selectors});
      for (const json& s : list) {
        const std::string type = string_at(s, "type");
        if (type == "TextQuoteSelector") {
          r.quote = string_at(s, "exact");
          r.prefix = string_at(s, "prefix");
          r.suffix = string_at(s, "suffix");
        } else if (type == "TextPositionSelector") {
          positioned = uint_at(s, "start", &r.start) && uint_at(s, "end", &r.end);
        }
      }
    }
    if (!positioned || r.start > r.end) {
      out.error = where + ": no TextPositionSelector with start <= end";
      return out;
    }
    if (item->contains("creator") && string_at((*item)["creator"], "type") == "Person") r.creator = Creator::kPerson;
    out.file.annotations.push_back(std::move(r));
  }
  std::unordered_map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < out.file.annotations.size(); ++i) by_id.emplace(out.file.annotations[i].id, i);
  for (const auto& [target, link] : links) {
    const auto it = by_id.find(target);
    if (it == by_id.end()) continue;
    AnnotationRecord& r = out.file.annotations[it->second];
    (link.first == "denies" ? r.denies : r.sources).push_back(link.second);
  }
  out.ok = true;
  return out;
}

}  // namespace claimlens
