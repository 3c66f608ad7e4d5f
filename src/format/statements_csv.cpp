// Statements as CSV for spreadsheets (see claimlens/annotation_file.h).
#include <unordered_map>

#include "claimlens/annotation_file.h"

namespace claimlens {
namespace {

// RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. A
// leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
std::string field(const std::string& value) {
  std::string v = value;
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string to_statements_csv(const AnnotationFile& file) {
  std::unordered_map<std::string, const AnnotationRecord*> by_id;
  for (const AnnotationRecord& r : file.annotations) by_id[r.id] = &r;
  std::string out = "id,layer,source,quote,cue,note,creator\r\n";
  for (const AnnotationRecord& r : file.annotations) {
    if (r.layer != Layer::kClaim && r.layer != Layer::kDenial) continue;
    std::string speakers;
    for (const std::string& s : r.sources) {
      const auto it = by_id.find(s);
      if (it == by_id.end()) continue;
      if (!speakers.empty()) speakers += "; ";
      speakers += it->second->entity;
    }
    out += field(r.id) + "," + std::string(layer_name(r.layer)) + "," + field(speakers) + "," + field(r.quote) + "," +
           field(r.cue) + "," + field(r.note) + "," + (r.creator == Creator::kPerson ? "person" : "engine") + "\r\n";
  }
  return out;
}

}  // namespace claimlens
