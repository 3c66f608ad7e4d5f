// The ledger's source x proposition matrix (see ledger_matrix.h).
#include "ledger_matrix.h"

#include <algorithm>
#include <map>

#include "theme.h"

namespace claimlens::app {

ImVec4 stance_colour(ledger::Stance s) {
  return ImGui::ColorConvertU32ToFloat4(layer_style(s == ledger::Stance::kDenies ? Layer::kDenial : Layer::kClaim).mark);
}

// Sources x groups: who asserts (+), denies (–) or both (±) what, for the contested groups
// and the larger ones.
void draw_ledger_matrix(Reader& reader) {
  const ledger::Ledger& l = reader.ledger;
  std::vector<int> columns;
  for (int g = 0; g < static_cast<int>(l.groups.size()) && columns.size() < 24; ++g) {
    if (l.groups[g].members.size() > 1) columns.push_back(g);
  }
  if (columns.empty()) {
    ImGui::TextDisabled("No proposition is told more than once yet.");
    return;
  }
  // cell[entity][column]: bit 1 asserts, bit 2 denies.
  std::map<int, std::vector<int>> cell;
  std::map<int, int> statements;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    for (const ledger::Member& m : l.groups[columns[c]].members) {
      if (m.entity < 0) continue;
      auto& row = cell[m.entity];
      row.resize(columns.size(), 0);
      row[c] |= m.stance == ledger::Stance::kDenies ? 2 : 1;
      ++statements[m.entity];
    }
  }
  std::vector<int> rows;
  for (const auto& [e, n] : statements) rows.push_back(e);
  std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return statements[a] > statements[b]; });
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  const float height = std::min((ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y) * (rows.size() + 1.5f), ImGui::GetFontSize() * 16.0f);
  if (!ImGui::BeginTable("matrix", static_cast<int>(columns.size()) + 1, flags, ImVec2(0.0f, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("Source");
  for (int g : columns) ImGui::TableSetupColumn(l.groups[g].id.c_str());
  ImGui::TableHeadersRow();
  for (int e : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(l.entities[e].name.c_str());
    for (std::size_t c = 0; c < columns.size(); ++c) {
      ImGui::TableNextColumn();
      const int v = cell[e][c];
      if (v == 0) continue;
      const ImVec4 colour = v == 3 ? ImGui::ColorConvertU32ToFloat4(current_theme().text)
                                   : stance_colour(v == 2 ? ledger::Stance::kDenies : ledger::Stance::kAsserts);
      ImGui::TextColored(colour, "%s", v == 3 ? kBothGlyph : v == 2 ? kDenyGlyph : kAssertGlyph);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s %s: %s", l.entities[e].name.c_str(),
                                                    v == 3 ? "asserts and denies" : v == 2 ? "denies" : "asserts",
                                                    l.groups[columns[c]].label.c_str());
    }
  }
  ImGui::EndTable();
  ImGui::TextDisabled("+ asserts   \xE2\x80\x93 denies   \xC2\xB1 both; columns: propositions told more than once");
}

}  // namespace claimlens::app
