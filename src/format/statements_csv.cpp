// Statements as CSV for spreadsheets (see claimlens/annotation_file.h).
#include <unordered_map>

#include "claimlens/annotation_file.h"
#include "claimlens/csv.h"

namespace claimlens {

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
    out += csv_field(r.id) + "," + std::string(layer_name(r.layer)) + "," + csv_field(speakers) + "," + csv_field(r.quote) + "," +
           csv_field(r.cue) + "," + csv_field(r.note) + "," + (r.creator == Creator::kPerson ? "person" : "engine") + "\r\n";
  }
  return out;
}

}  // namespace claimlens
