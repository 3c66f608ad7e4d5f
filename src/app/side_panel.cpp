// The side panel (see side_panel.h).
//
// Index
//   [SECTION] Selected
//   [SECTION] Sources: who gets to speak
//   [SECTION] Statements
#include "side_panel.h"

#include <string>

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
  draw_annotation_details(reader, doc, doc.selected);
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
  for (int i = 0; i < static_cast<int>(st.speakers.size()); ++i) {
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

  int shown = 0;
  for (std::uint32_t index : st.in_order) {
    const Annotation& a = doc.annotations[index];
    if (reader.filter_layer >= 0 && static_cast<int>(a.layer) != reader.filter_layer) continue;
    if (speaker_valid && st.speaker_of[index] != reader.filter_speaker) {
      bool any = false;  // a statement with several sources is listed under each
      for (std::uint32_t s : a.sources) any |= s < st.speaker_of.size() && st.speaker_of[s] == reader.filter_speaker;
      if (!any) continue;
    }
    ++shown;
    ImGui::PushID(static_cast<int>(index));
    std::string_view quote = std::string_view(doc.text).substr(a.span.begin, a.span.end - a.span.begin);
    std::string label = annotation_heading(doc, static_cast<int>(index)) + "\n";
    const std::size_t limit = 160;
    if (quote.size() > limit) {
      std::size_t cut = limit;
      while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;
      label += std::string(quote.substr(0, cut)) + "\xE2\x80\xA6";
    } else {
      label += std::string(quote);
    }
    // A selectable row as tall as its wrapped text, with the layer's colour as a bar.
    const float bar = 4.0f * reader.pixel_ratio;
    const float indent = bar * 3.0f;
    const float wrap = ImGui::GetContentRegionAvail().x - indent;
    const ImVec2 pos = ImGui::GetCursorPos();
    const ImVec2 screen = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    if (ImGui::Selectable("##statement", doc.selected == static_cast<int>(index), ImGuiSelectableFlags_AllowItemOverlap,
                          ImVec2(0.0f, size.y))) {
      reader_select(reader, static_cast<int>(index));
    }
    if (ImGui::IsItemVisible()) {
      const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
      reader.panel_rows.push_back({index, lo.x, lo.y, hi.x, hi.y});
    }
    ImGui::GetWindowDrawList()->AddRectFilled(screen, ImVec2(screen.x + bar, screen.y + size.y),
                                              layer_style(a.layer).mark, bar * 0.5f);
    ImGui::SetCursorPos(ImVec2(pos.x + indent, pos.y));
    ImGui::PushTextWrapPos(pos.x + indent + wrap);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  if (shown == 0) ImGui::TextDisabled("No statements match.");
}

}  // namespace

void draw_side_panel(Reader& reader, Document& doc, float article_view_height) {
  (void)article_view_height;
  if (ImGui::CollapsingHeader("Selected", ImGuiTreeNodeFlags_DefaultOpen)) draw_selected(reader, doc);
  if (ImGui::CollapsingHeader("Sources \xE2\x80\x94 who gets to speak", ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_sources(reader, doc);
  }
  draw_orphans(doc);
  if (ImGui::CollapsingHeader("Statements", ImGuiTreeNodeFlags_DefaultOpen)) draw_statements(reader, doc);
}

}  // namespace claimlens::app
