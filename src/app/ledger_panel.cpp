// The claim ledger panel (see ledger_panel.h).
//
// Index
//   [SECTION] Building and editing
//   [SECTION] Drawing: header, picked statement, groups (the matrix: ledger_matrix.cpp)
//   [SECTION] State as JSON
#include "ledger_panel.h"

#include <algorithm>
#include <map>
#include <set>

#include "article_view.h"
#include "ledger_matrix.h"
#include "imgui.h"
#include "theme.h"

namespace claimlens::app {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Building and editing
//-----------------------------------------------------------------------------

std::vector<ledger::SourceDocument> sources(const Reader& reader) {
  std::vector<ledger::SourceDocument> docs;
  for (const auto& d : reader.documents) docs.push_back({d->name, d->sha256, d->text, &d->annotations, &d->ledger_edits});
  return docs;
}

std::string build_key(const Reader& reader) {
  std::string key;
  for (const auto& d : reader.documents) key += std::to_string(d->id) + ':' + std::to_string(d->revision) + ';';
  return key;
}

// "harbour-dispute.txt" -> "harbour-dispute"
std::string short_name(const std::string& name) {
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

void rect_of_last_item(Reader& reader, std::string name, int group = -1, int member = -1) {
  const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
  reader.ledger_rects.push_back({std::move(name), group, member, lo.x, lo.y, hi.x, hi.y});
}

// Opens the member's article at its statement.
void reveal(Reader& reader, const ledger::Member& m) {
  if (m.doc < 0 || m.doc >= static_cast<int>(reader.documents.size())) return;
  Document& doc = *reader.documents[m.doc];
  doc.selected = static_cast<int>(m.annotation);
  reader.reveal_document = doc.id;
  reader.reveal_annotation = static_cast<int>(m.annotation);
}

// The statement picked for moving, or nullptr.
const ledger::Member* picked_member(const Reader& reader) {
  if (reader.ledger_picked.empty()) return nullptr;
  const int gi = ledger::group_of(reader.ledger, reader.ledger_picked);
  if (gi < 0) return nullptr;
  for (const ledger::Member& m : reader.ledger.groups[gi].members) {
    if (m.key == reader.ledger_picked) return &m;
  }
  return nullptr;
}

std::string quote_of(const Reader& reader, const ledger::Member& m, std::size_t limit) {
  const Document& doc = *reader.documents[m.doc];
  const Span s = doc.annotations[m.annotation].span;
  std::string q = doc.text.substr(s.begin, std::min<std::size_t>(s.end - s.begin, limit));
  if (s.end - s.begin > limit) {
    while (!q.empty() && (static_cast<unsigned char>(q.back()) & 0xC0) == 0x80) q.pop_back();
    if (!q.empty()) q.pop_back();
    q += "\xE2\x80\xA6";
  }
  for (char& c : q) {
    if (c == '\n') c = ' ';
  }
  return q;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing: header, picked statement, groups, matrix
//-----------------------------------------------------------------------------

void draw_header(Reader& reader) {
  const ledger::Ledger& l = reader.ledger;
  int contested = 0;
  for (const ledger::Group& g : l.groups) contested += g.asserts && g.denies;
  ImGui::Text("Claim ledger \xE2\x80\x94 %zu articles, %zu propositions, %d contested", reader.documents.size(),
              l.groups.size(), contested);
  if (ImGui::SmallButton("Export JSON")) export_ledger(reader, false);
  expose_control(reader, "ledger.export.json");
  ImGui::SameLine();
  if (ImGui::SmallButton("Export CSV")) export_ledger(reader, true);
  expose_control(reader, "ledger.export.csv");
  ImGui::SameLine();
  if (ImGui::SmallButton("Close ledger")) reader.show_ledger = false;
  expose_control(reader, "ledger.close");
  if (l.edits_applied || l.edits_waiting) {
    ImGui::SameLine();
    ImGui::TextDisabled("%zu of your edits applied%s", l.edits_applied,
                        l.edits_waiting ? (", " + std::to_string(l.edits_waiting) + " wait for articles not open").c_str() : "");
  }
  ImGui::TextDisabled("Click a statement to open it in its article. \"Move\" picks it; then choose where it goes.");
}

// The statement picked for moving, and what can be done with it.
void draw_picked(Reader& reader) {
  if (reader.ledger_picked.empty()) return;
  const ledger::Member* m = picked_member(reader);
  if (!m) {
    reader.ledger_picked.clear();
    return;
  }
  ImGui::Separator();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(current_theme().outline), "Moving:");
  ImGui::SameLine();
  ImGui::TextWrapped("%s", quote_of(reader, *m, 140).c_str());
  if (ImGui::SmallButton("Into a new group")) {
    ledger_edit(reader, {LedgerEdit::Kind::kIsolate, reader.ledger_picked, {}, {}, 0});
    reader.ledger_picked.clear();
  }
  rect_of_last_item(reader, "ledger.isolate");
  ImGui::SameLine();
  if (ImGui::SmallButton("Cancel")) reader.ledger_picked.clear();
  rect_of_last_item(reader, "ledger.cancel");
  ImGui::SameLine();
  ImGui::TextDisabled("or \"Move here\" / \"Merge its group here\" on a group");
  ImGui::Separator();
}

// Who takes one side in a group: entities with their statement counts and articles.
void draw_side(const Reader& reader, const ledger::Group& g, ledger::Stance stance) {
  std::map<std::string, std::pair<int, std::set<std::string>>> who;
  for (const ledger::Member& m : g.members) {
    if (m.stance != stance) continue;
    const std::string name = m.entity >= 0 ? reader.ledger.entities[m.entity].name : "(no source found)";
    auto& e = who[name];
    ++e.first;
    e.second.insert(short_name(reader.documents[m.doc]->name));
  }
  if (who.empty()) return;
  std::string line;
  for (const auto& [name, e] : who) {
    if (!line.empty()) line += "; ";
    line += name + (e.first > 1 ? " \xC3\x97" + std::to_string(e.first) : "") + " (";
    bool first = true;
    for (const std::string& d : e.second) {
      line += (first ? "" : ", ") + d;
      first = false;
    }
    line += ")";
  }
  ImGui::TextColored(stance_colour(stance), "%s %s", stance == ledger::Stance::kDenies ? kDenyGlyph : kAssertGlyph,
                     stance == ledger::Stance::kDenies ? "Denied by" : "Asserted by");
  ImGui::SameLine();
  ImGui::TextWrapped("%s", line.c_str());
}

// Draws group `gi`; `picked_group` holds the statement picked for moving (-1: none).
// Returns true when a correction made in it rebuilt the ledger: `g` and the caller's group
// count then belong to the old ledger and drawing must stop this frame.
bool draw_group(Reader& reader, int gi, int picked_group) {
  const ledger::Group& g = reader.ledger.groups[gi];
  ImGui::PushID(gi);
  const bool both = g.asserts && g.denies;
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(both ? layer_style(Layer::kDenial).mark : current_theme().muted), "%s %s",
                     g.id.c_str(), both ? kBothGlyph : " ");
  ImGui::SameLine();
  if (reader.ledger_renaming == gi) {
    ImGui::SetNextItemWidth(-1.0f);
    if (reader.ledger_rename_focus) {
      ImGui::SetKeyboardFocusHere();
      reader.ledger_rename_focus = false;
    }
    if (ImGui::InputText("##rename", reader.ledger_name, sizeof reader.ledger_name, ImGuiInputTextFlags_EnterReturnsTrue)) {
      ledger_edit(reader, {LedgerEdit::Kind::kRename, g.members.front().key, {}, reader.ledger_name, 0});
      reader.ledger_renaming = -1;
      ImGui::PopID();
      return true;
    }
    rect_of_last_item(reader, "ledger.rename.input", gi);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) reader.ledger_renaming = -1;
    ImGui::PopID();
    return false;  // the group is drawn again, whole, once the name is entered
  }
  ImGui::TextWrapped("%s%s", g.label.c_str(), g.renamed ? "  (named by you)" : "");
  ImGui::TextDisabled("%d asserting \xC2\xB7 %d denying%s", g.asserts, g.denies,
                      g.hedges.empty() ? "" : " \xC2\xB7 hedged:");
  for (const std::string& h : g.hedges) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(layer_style(Layer::kHedge).mark), "%s", h.c_str());
  }
  draw_side(reader, g, ledger::Stance::kAsserts);
  draw_side(reader, g, ledger::Stance::kDenies);
  // Group actions.
  if (picked_group >= 0) {
    if (picked_group != gi) {
      if (ImGui::SmallButton("Move here")) {
        ledger_edit(reader, {LedgerEdit::Kind::kJoin, reader.ledger_picked, g.members.front().key, {}, 0});
        reader.ledger_picked.clear();
        ImGui::PopID();
        return true;
      }
      rect_of_last_item(reader, "ledger.here." + g.id, gi);
      ImGui::SameLine();
      if (ImGui::SmallButton("Merge its group here")) {
        ledger_edit(reader, {LedgerEdit::Kind::kMerge, g.members.front().key, reader.ledger_picked, {}, 0});
        reader.ledger_picked.clear();
        ImGui::PopID();
        return true;
      }
      rect_of_last_item(reader, "ledger.merge." + g.id, gi);
      ImGui::SameLine();
    }
  }
  if (ImGui::SmallButton("Rename")) {
    reader.ledger_renaming = gi;
    reader.ledger_rename_focus = true;
    std::snprintf(reader.ledger_name, sizeof reader.ledger_name, "%s", g.label.c_str());
  }
  rect_of_last_item(reader, "ledger.rename." + g.id, gi);
  // The statements, one line each.
  const float width = ImGui::GetContentRegionAvail().x;
  for (int mi = 0; mi < static_cast<int>(g.members.size()); ++mi) {
    const ledger::Member& m = g.members[mi];
    ImGui::PushID(mi);
    if (ImGui::SmallButton("Move")) reader.ledger_picked = m.key;
    rect_of_last_item(reader, "ledger.move." + g.id + "." + std::to_string(mi), gi, mi);
    ImGui::SameLine();
    ImGui::TextColored(stance_colour(m.stance), "%s", m.stance == ledger::Stance::kDenies ? kDenyGlyph : kAssertGlyph);
    ImGui::SameLine();
    const std::string who = m.entity >= 0 ? reader.ledger.entities[m.entity].name : "(no source)";
    // Quotation marks around the statement, unless it brings its own.
    const std::string quote = quote_of(reader, m, 160);
    const bool quoted = quote.rfind("\xE2\x80\x9C", 0) == 0 || quote.rfind("\"", 0) == 0;
    const std::string line = who + " \xC2\xB7 " + short_name(reader.documents[m.doc]->name) + ": " +
                             (quoted ? quote : "\xE2\x80\x9C" + quote + "\xE2\x80\x9D");
    const bool picked = reader.ledger_picked == m.key;
    // One line, clipped to the panel: the whole statement is in the article a click away.
    const float x = ImGui::GetCursorPosX();
    if (ImGui::Selectable(("##row" + std::to_string(mi)).c_str(), picked, 0, ImVec2(std::max(1.0f, width - x), 0.0f))) {
      reveal(reader, m);
    }
    rect_of_last_item(reader, "", gi, mi);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", quote_of(reader, m, 600).c_str());
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    const ImVec4 clip(lo.x, lo.y, hi.x, hi.y);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), lo, ImGui::GetColorU32(ImGuiCol_Text),
                                        line.c_str(), nullptr, 0.0f, &clip);
    ImGui::PopID();
  }
  ImGui::PopID();
  return false;
}

}  // namespace

void refresh_ledger(Reader& reader) {
  const std::string key = build_key(reader);
  if (key == reader.ledger_key) return;
  reader.ledger_key = key;
  reader.ledger = ledger::build_ledger(sources(reader));
  if (reader.ledger_renaming >= static_cast<int>(reader.ledger.groups.size())) reader.ledger_renaming = -1;
}

bool ledger_edit(Reader& reader, LedgerEdit edit) {
  const std::string_view prefix = statement_key_document(edit.statement);
  std::uint64_t seq = 0;
  Document* owner = nullptr;
  for (auto& d : reader.documents) {
    for (const LedgerEdit& e : d->ledger_edits) seq = std::max(seq, e.seq);
    if (!owner && !prefix.empty() && d->sha256.compare(0, prefix.size(), prefix) == 0) owner = d.get();
  }
  if (!owner) return false;
  edit.seq = seq + 1;
  owner->ledger_edits.push_back(std::move(edit));
  ++owner->revision;  // saved with the document, like its other edits
  refresh_ledger(reader);
  return true;
}

void export_ledger(Reader& reader, bool csv) {
  if (!reader.platform.download || reader.documents.empty()) return;
  refresh_ledger(reader);
  const auto docs = sources(reader);
  if (csv) {
    reader.platform.download("claim-ledger.csv", "text/csv", ledger::ledger_csv(reader.ledger, docs).c_str());
  } else {
    reader.platform.download("claim-ledger.json", "application/json", ledger::ledger_json(reader.ledger, docs).c_str());
  }
  reader.message = "Exported the claim ledger";
  reader.message_is_error = false;
}

void request_reveal_tab(Reader& reader) {
  if (reader.reveal_annotation < 0) return;
  for (std::size_t i = 0; i < reader.documents.size(); ++i) {
    if (reader.documents[i]->id == reader.reveal_document && static_cast<int>(i) != reader.active) {
      reader.select_request = static_cast<int>(i);
    }
  }
}

void reveal_pending(Reader& reader, Document& doc) {
  if (reader.reveal_document != doc.id || reader.reveal_annotation < 0) return;
  if (!doc.layout.is_wrapped() || reader.reveal_annotation >= static_cast<int>(doc.annotations.size())) return;
  doc.selected = reader.reveal_annotation;
  scroll_to_offset(doc, doc.annotations[reader.reveal_annotation].span.begin, ImGui::GetIO().DisplaySize.y * 0.8f);
  reader.reveal_document = 0;
  reader.reveal_annotation = -1;
}

void draw_ledger_panel(Reader& reader) {
  refresh_ledger(reader);
  draw_header(reader);
  draw_picked(reader);
  if (reader.ledger.groups.empty()) {
    ImGui::TextDisabled("No claims or denials in the open articles.");
    return;
  }
  if (ImGui::CollapsingHeader("Who says what \xE2\x80\x94 sources \xC3\x97 propositions", ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_ledger_matrix(reader);
  }
  if (!ImGui::CollapsingHeader("Propositions, most contested first", ImGuiTreeNodeFlags_DefaultOpen)) return;
  ImGui::BeginChild("ledger-groups");
  // Groups out of view are stood in for by their last measured height: a ledger of many
  // articles has thousands of groups, and only a screenful is drawn each frame.
  const float width = ImGui::GetContentRegionAvail().x;
  const std::size_t count = reader.ledger.groups.size();
  if (reader.ledger_width != width || reader.ledger_heights.size() != count) {
    reader.ledger_heights.assign(count, 0.0f);
    reader.ledger_width = width;
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const int picked_group = reader.ledger_picked.empty() ? -1 : ledger::group_of(reader.ledger, reader.ledger_picked);
  for (std::size_t g = 0; g < count; ++g) {
    const float known = reader.ledger_heights[g];
    if (known > 0.0f && static_cast<int>(g) != reader.ledger_renaming && !ImGui::IsRectVisible(ImVec2(width, known))) {
      ImGui::Dummy(ImVec2(width, known));
      continue;
    }
    const float top = ImGui::GetCursorPosY();
    if (draw_group(reader, static_cast<int>(g), picked_group)) break;  // rebuilt: the rest next frame
    ImGui::Spacing();
    ImGui::Separator();
    reader.ledger_heights[g] = std::max(1.0f, ImGui::GetCursorPosY() - top - spacing);
  }
  ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] State as JSON
//-----------------------------------------------------------------------------

nlohmann::json ledger_state_json(const Reader& reader) {
  const float px = reader.pixel_ratio > 0.0f ? reader.pixel_ratio : 1.0f;
  nlohmann::json groups = nlohmann::json::array();
  for (const ledger::Group& g : reader.ledger.groups) {
    nlohmann::json members = nlohmann::json::array();
    for (const ledger::Member& m : g.members) {
      const bool valid = m.doc >= 0 && m.doc < static_cast<int>(reader.documents.size());
      members.push_back({{"document", m.doc},
                         {"name", valid ? reader.documents[m.doc]->name : std::string()},
                         {"annotation", m.annotation},
                         {"key", m.key},
                         {"stance", m.stance == ledger::Stance::kDenies ? "denies" : "asserts"},
                         {"entity", m.entity >= 0 ? reader.ledger.entities[m.entity].name : std::string()},
                         {"proposition", m.proposition}});
    }
    groups.push_back({{"id", g.id}, {"label", g.label}, {"renamed", g.renamed}, {"asserts", g.asserts},
                      {"denies", g.denies}, {"hedges", g.hedges}, {"members", std::move(members)}});
  }
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json controls = nlohmann::json::object();
  for (const Reader::LedgerRect& r : reader.ledger_rects) {
    const nlohmann::json rect = {r.x0 / px, r.y0 / px, r.x1 / px, r.y1 / px};
    if (r.name.empty()) rows.push_back({{"group", r.group}, {"member", r.member}, {"rect", rect}});
    else controls[r.name] = rect;
  }
  return {{"shown", reader.show_ledger},
          {"groups", std::move(groups)},
          {"edits_applied", reader.ledger.edits_applied},
          {"edits_waiting", reader.ledger.edits_waiting},
          {"picked", reader.ledger_picked},
          {"rows", std::move(rows)},
          {"controls", std::move(controls)}};
}

}  // namespace claimlens::app
