// The reader's frame (see reader.h).
//
// Index
//   [SECTION] Opening and closing documents
//   [SECTION] Fonts and style
//   [SECTION] Article view
//   [SECTION] Window: toolbar, tabs, empty state, status line
//   [SECTION] State as JSON
#include "reader.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "claimlens/utf8.h"
#include "imgui.h"
#include "theme.h"

namespace claimlens::app {

//-----------------------------------------------------------------------------
// [SECTION] Opening and closing documents
//-----------------------------------------------------------------------------

OpenResult reader_open(Reader& reader, const std::string& name, std::string_view bytes) {
  if (reader.documents.size() >= kMaxDocuments) {
    OpenResult refused{false, name + ": " + std::to_string(kMaxDocuments) +
                                  " documents are open already; close one first"};
    reader.message = refused.message;
    reader.message_is_error = true;
    return refused;
  }
  auto doc = std::make_unique<Document>();
  OpenResult result = load_document(name, bytes, doc.get());
  if (!result.ok) {
    reader.message = result.message;
    reader.message_is_error = true;
    return result;
  }
  doc->id = reader.next_document_id++;
  reader.documents.push_back(std::move(doc));
  reader.active = static_cast<int>(reader.documents.size()) - 1;
  reader.select_request = reader.active;
  reader.message = "Opened " + name;
  reader.message_is_error = false;
  return result;
}

void reader_close(Reader& reader, int index) {
  if (index < 0 || index >= static_cast<int>(reader.documents.size())) return;
  reader.documents.erase(reader.documents.begin() + index);
  const int count = static_cast<int>(reader.documents.size());
  if (count == 0) {
    reader.active = -1;
  } else if (reader.active >= index) {
    reader.active = std::clamp(reader.active - 1, 0, count - 1);
  }
  reader.select_request = reader.active;
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts and style
//-----------------------------------------------------------------------------

bool reader_prepare_frame(Reader& reader) {
  const bool rebuilt = ensure_fonts(&reader.fonts, reader.font_dir, reader.body_css_px, reader.pixel_ratio);
  if (reader.style_scale != reader.pixel_ratio) {
    ImGuiStyle style;
    apply_theme(&style);
    style.ScaleAllSizes(reader.pixel_ratio);
    ImGui::GetStyle() = style;
    reader.style_scale = reader.pixel_ratio;
  }
  return rebuilt;
}

//-----------------------------------------------------------------------------
// [SECTION] Article view
//-----------------------------------------------------------------------------

namespace {

// Scrolls the article child window with the keyboard when nothing else wants the keys.
void handle_scroll_keys(float page) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
  const float line = ImGui::GetFontSize() * 3.0f;
  float y = ImGui::GetScrollY();
  const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  if (pressed(ImGuiKey_DownArrow)) y += line;
  if (pressed(ImGuiKey_UpArrow)) y -= line;
  if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space)) y += page * 0.9f;
  if (pressed(ImGuiKey_PageUp)) y -= page * 0.9f;
  if (pressed(ImGuiKey_Home)) y = 0.0f;
  if (pressed(ImGuiKey_End)) y = ImGui::GetScrollMaxY();
  if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
}

// Fills behind the text of one line for every claim and denial crossing it, and marks
// sources and hedges under it. Annotations are sorted by begin, so the scan starts at the
// first that could reach this line.
void draw_line_marks(ImDrawList* draw, const Document& doc, const Line& line, ImVec2 origin,
                     float height, float scale) {
  const ArticleLayout& layout = doc.layout;
  for (const Annotation& a : doc.annotations) {
    if (a.span.begin >= line.end) break;
    if (a.span.end <= line.begin) continue;
    const float x0 = origin.x + layout.x_of_offset(line, std::max(a.span.begin, line.begin));
    const float x1 = origin.x + layout.x_of_offset(line, std::min(a.span.end, line.end));
    const LayerStyle& style = layer_style(a.layer);
    if (a.layer == Layer::kClaim || a.layer == Layer::kDenial) {
      draw->AddRectFilled(ImVec2(x0, origin.y + height * 0.04f), ImVec2(x1, origin.y + height * 0.96f),
                          style.fill);
    } else {
      const float y = origin.y + height * 0.86f;
      draw->AddLine(ImVec2(x0, y), ImVec2(x1, y), style.mark, 2.0f * scale);
    }
  }
}

void draw_article(Reader& reader, Document& doc) {
  const float scale = reader.pixel_ratio;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  ImGui::BeginChild("article", avail, false, ImGuiWindowFlags_NoMove);
  const float margin = 24.0f * scale;
  const float column = std::min(avail.x - 2.0f * margin - ImGui::GetStyle().ScrollbarSize,
                                reader.fonts.baked_body_size * 34.0f);
  LayoutStyle style;
  style.body = &reader.fonts.body_advances;
  style.title = &reader.fonts.title_advances;
  style.body_size = reader.fonts.baked_body_size;
  style.title_size = reader.fonts.title->FontSize;
  style.width = std::max(column, 80.0f * scale);
  doc.layout.wrap(style);

  const float top = 28.0f * scale;
  const float left = std::max(margin, (avail.x - style.width) * 0.5f);
  ImGui::Dummy(ImVec2(avail.x - ImGui::GetStyle().ScrollbarSize, doc.layout.height() + 2 * top));

  const float scroll = ImGui::GetScrollY();
  doc.scroll_y = scroll;
  const ImVec2 window_pos = ImGui::GetWindowPos();
  const float view_height = ImGui::GetWindowHeight();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Theme& theme = current_theme();
  const auto& lines = doc.layout.lines();
  for (std::size_t i = doc.layout.first_line_at(scroll - top); i < lines.size(); ++i) {
    const Line& line = lines[i];
    const float y = window_pos.y + top + line.y - scroll;
    if (y > window_pos.y + view_height) break;
    const bool title = doc.layout.blocks()[line.block].kind == BlockKind::kTitle;
    const float height = doc.layout.line_height(line);
    const ImVec2 origin(window_pos.x + left, y);
    draw_line_marks(draw, doc, line, origin, height, scale);
    ImFont* font = title ? reader.fonts.title : reader.fonts.body;
    const float size = doc.layout.font_size(line);
    const float baseline_pad = (height - size) * 0.5f;
    draw->AddText(font, size, ImVec2(origin.x, origin.y + baseline_pad), theme.text,
                  doc.text.data() + line.begin, doc.text.data() + line.end);
  }
  handle_scroll_keys(view_height);
  ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] Window: toolbar, tabs, empty state, status line
//-----------------------------------------------------------------------------

void draw_toolbar(Reader& reader) {
  if (ImGui::Button("Open\xE2\x80\xA6") && reader.platform.choose_files) reader.platform.choose_files();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open .txt articles (or drop them anywhere on the page)");
  ImGui::SameLine();
  ImGui::TextDisabled("claimlens \xE2\x80\x94 who says what");
  if (reader.active >= 0) {
    const Document& doc = *reader.documents[reader.active];
    ImGui::SameLine();
    ImGui::TextDisabled("   %d sources \xC2\xB7 %d claims \xC2\xB7 %d denials \xC2\xB7 %d hedges",
                        doc.layer_counts[0], doc.layer_counts[1], doc.layer_counts[2], doc.layer_counts[3]);
  }
}

void draw_empty_state(Reader& reader) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const char* line = "Drop news articles (.txt) here, or choose Open\xE2\x80\xA6, to see who says what.";
  const ImVec2 size = ImGui::CalcTextSize(line);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - size.x) * 0.5f,
                             ImGui::GetCursorPosY() + avail.y * 0.4f));
  ImGui::TextUnformatted(line);
}

void draw_status_line(Reader& reader) {
  if (reader.message.empty()) return;
  const Theme& theme = current_theme();
  ImGui::PushStyleColor(ImGuiCol_Text, reader.message_is_error ? theme.error : theme.muted);
  ImGui::TextUnformatted(reader.message.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

void reader_frame(Reader& reader) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("claimlens", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  draw_toolbar(reader);

  const float status_height = reader.message.empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing();
  if (reader.documents.empty()) {
    ImGui::BeginChild("empty", ImVec2(0, -status_height));
    draw_empty_state(reader);
    ImGui::EndChild();
  } else if (ImGui::BeginTabBar("documents", ImGuiTabBarFlags_AutoSelectNewTabs |
                                                 ImGuiTabBarFlags_FittingPolicyScroll)) {
    int close_index = -1;
    for (int i = 0; i < static_cast<int>(reader.documents.size()); ++i) {
      Document& doc = *reader.documents[i];
      bool open = true;
      const ImGuiTabItemFlags flags = reader.select_request == i ? ImGuiTabItemFlags_SetSelected : 0;
      ImGui::PushID(static_cast<int>(doc.id));
      if (ImGui::BeginTabItem(doc.name.c_str(), &open, flags)) {
        reader.active = i;
        ImGui::BeginChild("page", ImVec2(0, -status_height));
        draw_article(reader, doc);
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
      ImGui::PopID();
      if (!open) close_index = i;
    }
    reader.select_request = -1;
    ImGui::EndTabBar();
    if (close_index >= 0) reader_close(reader, close_index);
  }
  draw_status_line(reader);
  ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] State as JSON
//-----------------------------------------------------------------------------

std::string reader_state_json(const Reader& reader) {
  nlohmann::json docs = nlohmann::json::array();
  for (std::size_t i = 0; i < reader.documents.size(); ++i) {
    const Document& doc = *reader.documents[i];
    nlohmann::json counts;
    for (int l = 0; l < kLayerCount; ++l) {
      counts[std::string(layer_name(static_cast<Layer>(l)))] = doc.layer_counts[l];
    }
    docs.push_back({{"id", doc.id},
                    {"name", doc.name},
                    {"bytes", doc.text.size()},
                    {"length", CodePointIndex(doc.text).code_point_count()},
                    {"active", static_cast<int>(i) == reader.active},
                    {"counts", counts},
                    {"annotations", doc.annotations.size()},
                    {"blocks", doc.layout.blocks().size()},
                    {"lines", doc.layout.lines().size()},
                    {"height", doc.layout.height()},
                    {"scroll_y", doc.scroll_y},
                    {"laid_out", doc.layout.is_wrapped()}});
  }
  nlohmann::json state = {{"documents", docs},
                          {"active", reader.active},
                          {"message", reader.message},
                          {"message_is_error", reader.message_is_error},
                          {"pixel_ratio", reader.pixel_ratio},
                          {"fonts", {{"embedded", reader.fonts.from_files},
                                     {"body_px", reader.fonts.baked_body_size}}}};
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimlens::app
