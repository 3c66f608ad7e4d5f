// The ledger as JSON and CSV (see claimlens/ledger.h).
#include <nlohmann/json.hpp>

#include "claimlens/csv.h"
#include "claimlens/ledger.h"
#include "claimlens/utf8.h"

namespace claimlens::ledger {
namespace {

const char* stance_name(Stance s) { return s == Stance::kDenies ? "denies" : "asserts"; }

std::string entity_name(const Ledger& ledger, int entity) {
  return entity >= 0 && entity < static_cast<int>(ledger.entities.size()) ? ledger.entities[entity].name : std::string();
}

std::string joined(const std::vector<std::string>& list, const char* sep) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : sep) + s;
  return out;
}


// The statement as written (the whole annotation, cue included), for a person to check.
std::string quote_of(const std::vector<SourceDocument>& docs, const Member& m) {
  if (m.doc < 0 || m.doc >= static_cast<int>(docs.size()) || !docs[m.doc].annotations) return {};
  const auto& anns = *docs[m.doc].annotations;
  if (m.annotation >= anns.size()) return {};
  const Span s = anns[m.annotation].span;
  return std::string(docs[m.doc].text.substr(s.begin, s.end - s.begin));
}

}  // namespace

std::string ledger_json(const Ledger& ledger, const std::vector<SourceDocument>& docs) {
  nlohmann::json documents = nlohmann::json::array();
  for (const SourceDocument& d : docs) documents.push_back({{"name", d.name}, {"sha256", d.sha256}});
  nlohmann::json entities = nlohmann::json::array();
  for (const Entity& e : ledger.entities) entities.push_back({{"name", e.name}, {"names", e.names}});
  // One code-point index per document, not per statement: each indexes its whole text.
  std::vector<CodePointIndex> code_points;
  code_points.reserve(docs.size());
  for (const SourceDocument& d : docs) code_points.emplace_back(d.text);
  nlohmann::json groups = nlohmann::json::array();
  for (const Group& g : ledger.groups) {
    nlohmann::json members = nlohmann::json::array();
    for (const Member& m : g.members) {
      const CodePointIndex& cp = code_points[m.doc];
      const Span s = (*docs[m.doc].annotations)[m.annotation].span;
      members.push_back({{"document", m.doc},
                         {"annotation", m.annotation},
                         {"key", m.key},
                         {"stance", stance_name(m.stance)},
                         {"entity", entity_name(ledger, m.entity)},
                         {"start", cp.to_code_point(s.begin)},
                         {"end", cp.to_code_point(s.end)},
                         {"quote", quote_of(docs, m)},
                         {"proposition", m.proposition},
                         {"hedges", m.hedges}});
    }
    groups.push_back({{"id", g.id},
                      {"label", g.label},
                      {"renamed", g.renamed},
                      {"asserts", g.asserts},
                      {"denies", g.denies},
                      {"contested", g.contested},
                      {"hedges", g.hedges},
                      {"members", std::move(members)}});
  }
  const nlohmann::json j = {{"format", "claimlens-ledger"},
                            {"version", 1},
                            {"documents", std::move(documents)},
                            {"entities", std::move(entities)},
                            {"groups", std::move(groups)}};
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ledger_csv(const Ledger& ledger, const std::vector<SourceDocument>& docs) {
  std::string out = "group,label,stance,entity,document,quote,hedges\r\n";
  for (const Group& g : ledger.groups) {
    for (const Member& m : g.members) {
      out += g.id + ',' + csv_field(g.label) + ',' + stance_name(m.stance) + ',' + csv_field(entity_name(ledger, m.entity)) +
             ',' + csv_field(docs[m.doc].name) + ',' + csv_field(quote_of(docs, m)) + ',' + csv_field(joined(m.hedges, "; ")) +
             "\r\n";
    }
  }
  return out;
}

}  // namespace claimlens::ledger
