// The side panel (see side_panel.h).
//
// Index
//   [SECTION] Selected
//   [SECTION] Sources: who gets to speak
//   [SECTION] Statements
#include "side_panel.h"

#include <string>
#include <vector>

#include "article_view.h"
#include "corrections.h"
#include "imgui.h"
#include "theme.h"

namespace claimlens::app {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Selected
//-----------------------------------------------------------------------------

void draw_selected(Reader& reader, Document& doc) {
  draw_selection_actions(reader, doc);
  if (doc.selected < 0 || doc.selected >= static_cast<int>(doc.annotations.size())) {
    ImGui::TextDisabled("Click a highlight to see why it is there; select text to mark it.");
    return;
  }
  draw_annotation_details(doc, doc.selected);
  draw_annotation_actions(reader, doc, doc.selected);
}

//-----------------------------------------------------------------------------
// [SECTION] Sources: who gets to speak
//-----------------------------------------------------------------------------

void draw_sources(Reader& reader, Document& doc) {
  const model::Statements& st = doc.statements;
  if (st.speakers.empty()) {
    ImGui::TextDisabled("No sources found.");
    return;
  }
  ImGui::TextDisabled("%d attributed statements; share of them per source", st.attributed);
  if (!ImGui::BeginTable("speakers", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Claims", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Denials", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.speakers.size()));
  while (clipper.Step()) for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
    const model::Speaker& s = st.speakers[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(i);
    const std::string label = s.entity + " (" + std::to_string(s.mentions.size()) + ")";
    if (ImGui::Selectable(label.c_str(), reader.filter_speaker == i, ImGuiSelectableFlags_SpanAllColumns)) {
      reader.filter_speaker = reader.filter_speaker == i ? -1 : i;
      reader_select(reader, static_cast<int>(s.mentions.front()));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%zu mentions; click to list this source's statements", s.mentions.size());
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::Text("%d", s.claims);
    ImGui::TableNextColumn();
    ImGui::Text("%d", s.denials);
    ImGui::TableNextColumn();
    char overlay[16];
    std::snprintf(overlay, sizeof overlay, "%.0f%%", s.share * 100.0f);
    ImGui::ProgressBar(s.share, ImVec2(-1.0f, ImGui::GetTextLineHeight()), overlay);
  }
  ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Statements
//-----------------------------------------------------------------------------

void draw_statements(Reader& reader, Document& doc) {
  const model::Statements& st = doc.statements;
  static const char* kLayerFilters[] = {"Claims and denials", "Claims", "Denials"};
  const int layer_choice = reader.filter_layer == static_cast<int>(Layer::kClaim)    ? 1
                           : reader.filter_layer == static_cast<int>(Layer::kDenial) ? 2
                                                                                     : 0;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
  if (ImGui::BeginCombo("##layer", kLayerFilters[layer_choice])) {
    for (int k = 0; k < 3; ++k) {
      if (ImGui::Selectable(kLayerFilters[k], k == layer_choice)) {
        reader.filter_layer = k == 0 ? -1 : static_cast<int>(k == 1 ? Layer::kClaim : Layer::kDenial);
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  const bool speaker_valid = reader.filter_speaker >= 0 && reader.filter_speaker < static_cast<int>(st.speakers.size());
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##speaker", speaker_valid ? st.speakers[reader.filter_speaker].entity.c_str() : "All sources")) {
    if (ImGui::Selectable("All sources", !speaker_valid)) reader.filter_speaker = -1;
    for (int i = 0; i < static_cast<int>(st.speakers.size()); ++i) {
      ImGui::PushID(i);
      if (ImGui::Selectable(st.speakers[i].entity.c_str(), reader.filter_speaker == i)) reader.filter_speaker = i;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }

  // Rows of fixed height (heading and one line of quote), so only the visible ones are
  // laid out: a 1 MB article has thousands of statements.
  std::vector<std::uint32_t> rows;
  for (std::uint32_t index : st.in_order) {
    const Annotation& a = doc.annotations[index];
    if (reader.filter_layer >= 0 && static_cast<int>(a.layer) != reader.filter_layer) continue;
    if (speaker_valid && st.speaker_of[index] != reader.filter_speaker) {
      bool any = false;  // a statement with several sources is listed under each
      for (std::uint32_t s : a.sources) any |= s < st.speaker_of.size() && st.speaker_of[s] == reader.filter_speaker;
      if (!any) continue;
    }
    rows.push_back(index);
  }
  const int shown = static_cast<int>(rows.size());
  const float line = ImGui::GetTextLineHeight();
  const float row_height = line * 2.0f;
  const float bar = 4.0f * reader.pixel_ratio;
  const float indent = bar * 3.0f;
  ImGuiListClipper clipper;
  clipper.Begin(shown, row_height + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const std::uint32_t index = rows[row];
      const Annotation& a = doc.annotations[index];
      ImGui::PushID(static_cast<int>(index));
      const ImVec2 screen = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x - indent;
      if (ImGui::Selectable("##statement", doc.selected == static_cast<int>(index), ImGuiSelectableFlags_AllowItemOverlap,
                            ImVec2(0.0f, row_height))) {
        reader_select(reader, static_cast<int>(index));
      }
      if (ImGui::IsItemVisible()) {
        const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
        reader.panel_rows.push_back({index, lo.x, lo.y, hi.x, hi.y});
      }
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddRectFilled(screen, ImVec2(screen.x + bar, screen.y + row_height), layer_style(a.layer).mark, bar * 0.5f);
      // Heading, then as much of the quote as fits on one line.
      const std::string heading = annotation_heading(doc, static_cast<int>(index));
      const ImVec4 clip(screen.x, screen.y, screen.x + indent + width, screen.y + row_height);
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(screen.x + indent, screen.y),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), heading.c_str(), nullptr, 0.0f, &clip);
      std::string_view quote = std::string_view(doc.text).substr(a.span.begin, std::min<std::uint32_t>(a.span.end - a.span.begin, 400));
      const char* end = ImGui::GetFont()->CalcWordWrapPositionA(1.0f, quote.data(), quote.data() + quote.size(), width);
      std::string shown_quote(quote.data(), end);
      if (end < quote.data() + quote.size() || a.span.end - a.span.begin > 400) shown_quote += "\xE2\x80\xA6";
      draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(screen.x + indent, screen.y + line),
                    ImGui::GetColorU32(ImGuiCol_Text), shown_quote.c_str(), nullptr, 0.0f, &clip);
      ImGui::PopID();
    }
  }
  if (shown == 0) ImGui::TextDisabled("No statements match.");
}

}  // namespace

void draw_side_panel(Reader& reader, Document& doc) {
  if (ImGui::CollapsingHeader("Selected", ImGuiTreeNodeFlags_DefaultOpen)) draw_selected(reader, doc);
  if (ImGui::CollapsingHeader("Sources \xE2\x80\x94 who gets to speak", ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_sources(reader, doc);
  }
  draw_orphans(doc);
  if (ImGui::CollapsingHeader("Statements", ImGuiTreeNodeFlags_DefaultOpen)) draw_statements(reader, doc);
}

}  // namespace claimlens::app
