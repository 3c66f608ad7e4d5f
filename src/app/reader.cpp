// The reader's frame (see reader.h).
//
// Index
//   [SECTION] Opening, closing, selecting
//   [SECTION] Fonts and style
//   [SECTION] Keyboard: shortcuts and navigation
//   [SECTION] Toolbar and legend
//   [SECTION] Find bar
//   [SECTION] Empty state, status line
//   [SECTION] reader_frame
//   [SECTION] State as JSON
#include "reader.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "article_view.h"
#include "editing.h"
#include "exchange.h"
#include "claimlens/native_json.h"
#include "claimlens/utf8.h"
#include "imgui.h"
#include "ledger_panel.h"
#include "mirror.h"
#include "side_panel.h"
#include "theme.h"

namespace claimlens::app {

//-----------------------------------------------------------------------------
// [SECTION] Opening, closing, selecting
//-----------------------------------------------------------------------------

namespace {

// Opens a document with `load` (which fills it or says why not), as reader_open says.
template <typename Load>
OpenResult open_with(Reader& reader, const std::string& name, Load load) {
  if (reader.documents.size() >= kMaxDocuments) {
    OpenResult refused{false, name + ": " + std::to_string(kMaxDocuments) +
                                  " documents are open already; close one first"};
    reader.message = refused.message;
    reader.message_is_error = true;
    return refused;
  }
  auto doc = std::make_unique<Document>();
  OpenResult result = load(doc.get());
  if (!result.ok) {
    reader.message = result.message;
    reader.message_is_error = true;
    return result;
  }
  doc->id = reader.next_document_id++;
  reader.documents.push_back(std::move(doc));
  reader.active = static_cast<int>(reader.documents.size()) - 1;
  reader.select_request = reader.active;
  reader.filter_speaker = -1;
  const Document& opened = *reader.documents.back();
  reader.message = "Opened " + name;
  for (const std::string& note : opened.notes) reader.message += "; " + note;
  if (opened.truncated) reader.message += "; annotation limit reached: not all shown";
  reader.message_is_error = false;
  return result;
}

}  // namespace

OpenResult reader_open(Reader& reader, const std::string& name, std::string_view bytes) {
  // An annotation file under an article's name ("notes.txt") is imported, not read as text.
  if (looks_like_annotation_file(bytes)) return reader_import(reader, name, bytes);
  return open_with(reader, name, [&](Document* doc) { return model::load_document(name, bytes, doc); });
}

OpenResult reader_open_prepared(Reader& reader, const std::string& name, model::PreparedArticle&& article) {
  return open_with(reader, name, [&](Document* doc) { return model::load_prepared(name, std::move(article), doc); });
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
  reader.filter_speaker = -1;
}

Document* active_document(Reader& reader) {
  return reader.active >= 0 && reader.active < static_cast<int>(reader.documents.size())
             ? reader.documents[reader.active].get()
             : nullptr;
}

const Document* active_document(const Reader& reader) {
  return active_document(const_cast<Reader&>(reader));
}

void expose_control(Reader& reader, const char* name) {
  const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
  reader.controls.push_back({name, lo.x, lo.y, hi.x, hi.y});
}

void reader_step_font(Reader& reader, int steps) {
  reader.body_css_px = steps == 0 ? 19.0f : std::clamp(reader.body_css_px + steps, kMinBodyPx, kMaxBodyPx);
}

void reader_select(Reader& reader, int index) {
  Document* doc = active_document(reader);
  if (!doc || index < 0 || index >= static_cast<int>(doc->annotations.size())) return;
  doc->selected = index;
  scroll_to_offset(*doc, doc->annotations[index].span.begin, ImGui::GetIO().DisplaySize.y * 0.8f);
}

//-----------------------------------------------------------------------------
// [SECTION] Fonts and style
//-----------------------------------------------------------------------------

bool reader_prepare_frame(Reader& reader) {
  // The empty page's first frame makes do with a glyph subset (fonts.h).
  const bool rebuilt = ensure_fonts(&reader.fonts, reader.font_dir, reader.body_css_px, reader.pixel_ratio,
                                    !reader.documents.empty() || reader.frames_drawn > 0);
  if (reader.style_scale != reader.pixel_ratio || reader.style_dark != reader.dark) {
    set_dark_theme(reader.dark);
    ImGuiStyle style;
    apply_theme(&style);
    style.ScaleAllSizes(reader.pixel_ratio);
    ImGui::GetStyle() = style;
    reader.style_scale = reader.pixel_ratio;
    reader.style_dark = reader.dark;
  }
  return rebuilt;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Keyboard: shortcuts and navigation
//-----------------------------------------------------------------------------

// Next (dir > 0) or previous annotation of `layer` (or any claim/denial when layer < 0)
// from the selection, or from the top of the view when nothing is selected.
void jump(Reader& reader, Document& doc, int layer, int dir) {
  const int n = static_cast<int>(doc.annotations.size());
  int from = doc.selected;
  if (from < 0) {
    const auto& lines = doc.layout.lines();
    const std::size_t top = doc.layout.first_line_at(doc.scroll_y);
    const std::uint32_t offset = top < lines.size() ? lines[top].begin : 0;
    from = dir > 0 ? -1 : n;
    for (int i = 0; i < n; ++i) {
      if (doc.annotations[i].span.begin >= offset) {
        from = dir > 0 ? i - 1 : i;
        break;
      }
    }
  }
  // Wraps around at either end, as find does.
  for (int step = 1; step <= n; ++step) {
    const int i = (((from + dir * step) % n) + n) % n;
    const Layer l = doc.annotations[i].layer;
    const bool wanted = layer >= 0 ? static_cast<int>(l) == layer : (l == Layer::kClaim || l == Layer::kDenial);
    if (wanted && reader.visible[static_cast<int>(l)]) {
      reader_select(reader, i);
      return;
    }
  }
}

void copy_selection(Reader& reader, const Document& doc) {
  if (doc.text_selection.empty() || !reader.platform.set_clipboard) return;
  const Span s = doc.text_selection.span();
  const std::string text = doc.text.substr(s.begin, s.end - s.begin);
  reader.platform.set_clipboard(text.c_str());
  reader.message = "Copied " + std::to_string(CodePointIndex(text).code_point_count()) + " characters";
  reader.message_is_error = false;
}

void handle_shortcuts(Reader& reader) {
  ImGuiIO& io = ImGui::GetIO();
  const bool command = io.KeyCtrl || io.KeySuper;
  Document* doc = active_document(reader);
  // GLFW key codes for letters are their upper-case ASCII values.
  if (command && ImGui::IsKeyPressed('F', false)) {
    reader.find_open = true;
    reader.find_focus = Reader::kFindFocusFrames;
  }
  if (command && ImGui::IsKeyPressed('C', false) && doc) copy_selection(reader, *doc);
  if (command && doc && !io.WantTextInput) {
    const bool redo_key = (ImGui::IsKeyPressed('Z', false) && io.KeyShift) || ImGui::IsKeyPressed('Y', false);
    if (redo_key) {
      model::redo(doc);
    } else if (ImGui::IsKeyPressed('Z', false)) {
      model::undo(doc);
    }
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    if (reader.find_open) {
      reader.find_open = false;
    } else if (doc) {
      doc->selected = -1;
      doc->text_selection = {};
    }
  }
  if (io.WantTextInput || !doc || command) return;
  // Typed characters, so Shift and keyboard layouts behave as printed on the keys:
  // n/p any statement, c/d/s/h next claim/denial/source/hedge, upper case goes back.
  for (ImWchar ch : io.InputQueueCharacters) {
    const int dir = (ch >= 'A' && ch <= 'Z') ? -1 : 1;
    switch (ch) {
      case 'n': case 'j': jump(reader, *doc, -1, 1); break;
      case 'p': case 'k': jump(reader, *doc, -1, -1); break;
      case 'c': case 'C': jump(reader, *doc, static_cast<int>(Layer::kClaim), dir); break;
      case 'd': case 'D': jump(reader, *doc, static_cast<int>(Layer::kDenial), dir); break;
      case 's': case 'S': jump(reader, *doc, static_cast<int>(Layer::kSource), dir); break;
      case 'h': case 'H': jump(reader, *doc, static_cast<int>(Layer::kHedge), dir); break;
      default: break;
    }
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Toolbar and legend
//-----------------------------------------------------------------------------

// A legend entry: the layer's own treatment as the checkbox's label, with its count.
void legend_toggle(Reader& reader, Layer layer, int count) {
  static const char* kNames[kLayerCount] = {"Sources", "Claims", "Denials", "Hedges"};
  static const char* kControls[kLayerCount] = {"legend.source", "legend.claim", "legend.denial", "legend.hedge"};
  const int l = static_cast<int>(layer);
  ImGui::PushStyleColor(ImGuiCol_CheckMark, layer_style(layer).mark);
  char label[48];
  std::snprintf(label, sizeof label, "%s %d##legend%d", kNames[l], count, l);
  ImGui::Checkbox(label, &reader.visible[l]);
  ImGui::PopStyleColor();
  expose_control(reader, kControls[l]);
  // The sample treatment under the label: fill for statements, line for the others.
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float text_x = min.x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const LayerStyle& s = layer_style(layer);
  if (layer == Layer::kClaim || layer == Layer::kDenial) {
    draw->AddRectFilled(ImVec2(text_x, min.y + 2), ImVec2(max.x, max.y - 2), s.fill, 3.0f);
  } else {
    draw->AddLine(ImVec2(text_x, max.y - 2), ImVec2(max.x, max.y - 2), s.mark, layer == Layer::kHedge ? 1.0f : 2.0f);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show or hide %s (key: %c / %c to jump)", kNames[l],
                                                "scdh"[l], "SCDH"[l]);
  ImGui::SameLine();
}

void draw_toolbar(Reader& reader) {
  if (ImGui::Button("Open\xE2\x80\xA6") && reader.platform.choose_files) reader.platform.choose_files();
  expose_control(reader, "open");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open .txt articles (or drop them anywhere on the page)");
  ImGui::SameLine();
  if (ImGui::Button("Export\xE2\x80\xA6")) ImGui::OpenPopup("export-menu");
  expose_control(reader, "export");
  if (ImGui::BeginPopup("export-menu")) {
    const bool any = active_document(reader) != nullptr;
    if (ImGui::MenuItem("claimlens JSON (re-openable)", nullptr, false, any)) reader_export(reader, ExportKind::kNative);
    expose_control(reader, "export.native");
    if (ImGui::MenuItem("W3C Web Annotation JSON-LD", nullptr, false, any)) reader_export(reader, ExportKind::kW3C);
    expose_control(reader, "export.w3c");
    if (ImGui::MenuItem("Statements as CSV", nullptr, false, any)) reader_export(reader, ExportKind::kCsv);
    expose_control(reader, "export.csv");
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Copy link") && reader.platform.share_link && active_document(reader)) reader.platform.share_link();
  expose_control(reader, "share");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("A link that opens this article and its annotations; no server involved");
  ImGui::SameLine();
  // Where the work is kept: this browser, or memory only when storage failed.
  ImGui::PushStyleColor(ImGuiCol_Text, reader.storage_ok ? current_theme().muted : current_theme().error);
  if (ImGui::SmallButton(reader.storage_ok ? "Saved here" : "Not saved")) ImGui::OpenPopup("storage-menu");
  ImGui::PopStyleColor();
  expose_control(reader, "storage");
  if (ImGui::BeginPopup("storage-menu")) {
    ImGui::TextUnformatted(reader.storage_status.c_str());
    ImGui::TextDisabled("Open articles and your edits are kept in this browser only.");
    if (ImGui::MenuItem("Clear saved documents", nullptr, false, reader.platform.clear_storage != nullptr)) {
      reader.platform.clear_storage();
    }
    expose_control(reader, "storage.clear");
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  const Document* doc = active_document(reader);
  for (int l = 0; l < kLayerCount; ++l) legend_toggle(reader, static_cast<Layer>(l), doc ? doc->layer_counts[l] : 0);

  // Right-aligned: type size, theme, panel, find.
  const char* smaller = "A\xE2\x80\x93";  // en dash: present in every reading face
  const char* labels[] = {smaller, "A+", reader.dark ? "Light" : "Dark", "Ledger", "Panel", "Find"};
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0.0f;
  for (const char* label : labels) width += ImGui::CalcTextSize(label).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width + style.ItemSpacing.x));
  if (ImGui::Button(smaller)) reader_step_font(reader, -1);
  expose_control(reader, "font.smaller");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl \xE2\x80\x93)");
  ImGui::SameLine();
  if (ImGui::Button("A+")) reader_step_font(reader, +1);
  expose_control(reader, "font.larger");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl +); Ctrl 0 resets");
  ImGui::SameLine();
  if (ImGui::Button(labels[2])) reader.dark = !reader.dark;
  expose_control(reader, "theme");
  ImGui::SameLine();
  if (ImGui::Button("Ledger")) reader.show_ledger = !reader.show_ledger;
  expose_control(reader, "ledger");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Claim ledger: who asserts and who denies what, across the open articles");
  ImGui::SameLine();
  if (ImGui::Button("Panel")) reader.show_panel = !reader.show_panel;
  expose_control(reader, "panel");
  ImGui::SameLine();
  if (ImGui::Button("Find")) {
    reader.find_open = !reader.find_open;
    reader.find_focus = reader.find_open ? Reader::kFindFocusFrames : 0;
  }
  expose_control(reader, "find");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Find in the article (Ctrl F)");
}

//-----------------------------------------------------------------------------
// [SECTION] Find bar
//-----------------------------------------------------------------------------

void go_to_match(Document& doc, int index) {
  if (doc.found.matches.empty()) return;
  const int n = static_cast<int>(doc.found.matches.size());
  doc.found_current = ((index % n) + n) % n;
  scroll_to_offset(doc, doc.found.matches[doc.found_current].begin, ImGui::GetIO().DisplaySize.y * 0.8f);
}

void draw_find_bar(Reader& reader, Document* doc) {
  if (!reader.find_open) return;
  ImGui::TextUnformatted("Find");
  ImGui::SameLine();
  if (reader.find_focus > 0) {
    ImGui::SetKeyboardFocusHere();
    --reader.find_focus;
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
  const bool entered = ImGui::InputText("##find", reader.find_query, sizeof reader.find_query,
                                        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  const bool edited = ImGui::IsItemEdited();
  reader.find_typing = ImGui::IsItemActive();
  if (reader.find_typing) reader.find_focus = 0;
  expose_control(reader, "find.query");
  if (doc) {
    const std::string_view query(reader.find_query);
    if (edited) {
      doc->found = model::find_all(doc->text, query);
      doc->found_current = -1;
      if (!doc->found.matches.empty()) go_to_match(*doc, 0);
    }
    const bool back = ImGui::GetIO().KeyShift;
    if (entered) {
      go_to_match(*doc, doc->found_current + (back ? -1 : 1));
      reader.find_focus = Reader::kFindFocusFrames;  // Enter leaves the field in ImGui; keep typing there
    }
    ImGui::SameLine();
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) go_to_match(*doc, doc->found_current - 1);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) go_to_match(*doc, doc->found_current + 1);
    ImGui::SameLine();
    if (query.empty()) {
      ImGui::TextDisabled("Enter: next \xC2\xB7 Shift+Enter: previous \xC2\xB7 Esc: close");
    } else if (doc->found.matches.empty()) {
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(current_theme().error), "No matches");
    } else {
      ImGui::Text("%d of %zu%s", doc->found_current + 1, doc->found.matches.size(), doc->found.more ? "+" : "");
    }
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Close")) reader.find_open = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Empty state, status line
//-----------------------------------------------------------------------------

void draw_empty_state(Reader& reader) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const char* line = "Drop news articles (.txt) here, or choose Open\xE2\x80\xA6, to see who says what.";
  const char* button = "Open an example article";
  const ImVec2 size = ImGui::CalcTextSize(line);
  const float y = ImGui::GetCursorPosY() + avail.y * 0.38f;
  ImGui::SetCursorPos(ImVec2((avail.x - size.x) * 0.5f, y));
  ImGui::TextUnformatted(line);
  const float button_w = ImGui::CalcTextSize(button).x + ImGui::GetStyle().FramePadding.x * 2.0f;
  ImGui::SetCursorPosX((avail.x - button_w) * 0.5f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().ItemSpacing.y * 2.0f);
  if (ImGui::Button(button) && reader.platform.open_example) reader.platform.open_example();
  expose_control(reader, "example");
  const char* privacy = "Everything stays in this browser: nothing is uploaded.";
  ImGui::SetCursorPosX((avail.x - ImGui::CalcTextSize(privacy).x) * 0.5f);
  ImGui::TextDisabled("%s", privacy);
}

void draw_status_line(Reader& reader) {
  if (reader.message.empty()) return;
  const Theme& theme = current_theme();
  ImGui::PushStyleColor(ImGuiCol_Text, reader.message_is_error ? theme.error : theme.muted);
  ImGui::TextUnformatted(reader.message.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (ImGui::SmallButton("\xC3\x97##dismiss")) reader.message.clear();
}

// Tells the host to rebuild the accessible mirror when what it shows has changed.
void notify_mirror(Reader& reader) {
  const Document* doc = active_document(reader);
  std::uint64_t key = doc ? (static_cast<std::uint64_t>(doc->id) << 8) | (static_cast<std::uint64_t>(doc->revision) << 32) : 0;
  for (int l = 0; l < kLayerCount; ++l) key |= static_cast<std::uint64_t>(reader.visible[l]) << l;
  if (key != reader.mirror_key) {
    reader.mirror_key = key;
    if (reader.platform.mirror_changed) reader.platform.mirror_changed();
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] reader_frame
//-----------------------------------------------------------------------------

void reader_frame(Reader& reader) {
  handle_shortcuts(reader);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("claimlens", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  reader.drawn.clear();
  reader.panel_rows.clear();
  reader.controls.clear();
  reader.ledger_rects.clear();
  reader.hovered = -1;
  draw_toolbar(reader);
  draw_find_bar(reader, active_document(reader));

  const float status_height = reader.message.empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing();
  request_reveal_tab(reader);  // a statement clicked in the ledger brings its article forward
  if (reader.documents.empty()) {
    ImGui::BeginChild("empty", ImVec2(0, -status_height));
    draw_empty_state(reader);
    ImGui::EndChild();
  } else if (ImGui::BeginTabBar("documents", ImGuiTabBarFlags_AutoSelectNewTabs | ImGuiTabBarFlags_FittingPolicyScroll)) {
    int close_index = -1;
    // ImGui shows a tab selected by SetSelected (a new or revealed document) one frame late:
    // its BeginTabItem still returns false this frame. Drawing that document's content now,
    // instead of the outgoing tab's, saves a whole frame between a drop and its article.
    const int shown = reader.select_request;
    const auto draw_content = [&](int i, Document& doc) {
      if (reader.active != i) reader.filter_speaker = -1;
      reader.active = i;
      const float panel = reader.show_ledger  ? ImGui::GetContentRegionAvail().x * 0.55f
                          : reader.show_panel ? std::min(ImGui::GetContentRegionAvail().x * 0.38f, 380.0f * reader.pixel_ratio)
                                              : 0.0f;
      ImGui::BeginChild("page", ImVec2(-panel, -status_height));
      draw_article(reader, doc);
      ImGui::EndChild();
      reveal_pending(reader, doc);
      if (reader.show_ledger) {
        ImGui::SameLine();
        ImGui::BeginChild("ledger", ImVec2(0, -status_height), true);
        draw_ledger_panel(reader);
        ImGui::EndChild();
      } else if (reader.show_panel) {
        ImGui::SameLine();
        ImGui::BeginChild("panel", ImVec2(0, -status_height), true);
        draw_side_panel(reader, doc);
        ImGui::EndChild();
      }
    };
    for (int i = 0; i < static_cast<int>(reader.documents.size()); ++i) {
      Document& doc = *reader.documents[i];
      bool open = true;
      const ImGuiTabItemFlags flags = shown == i ? ImGuiTabItemFlags_SetSelected : 0;
      ImGui::PushID(static_cast<int>(doc.id));
      if (ImGui::BeginTabItem(doc.name.c_str(), &open, flags)) {
        if (shown < 0 || shown == i) draw_content(i, doc);
        ImGui::EndTabItem();
      } else if (shown == i) {
        // The ID scope BeginTabItem would have pushed (the label's hash), so the child
        // windows are the same ones the tab will hold from the next frame on.
        ImGui::PushID(doc.name.c_str());
        draw_content(i, doc);
        ImGui::PopID();
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
  notify_mirror(reader);
  ++reader.frames_drawn;
}

//-----------------------------------------------------------------------------
// [SECTION] State as JSON
//-----------------------------------------------------------------------------

std::string reader_state_json(const Reader& reader) {
  const float px = reader.pixel_ratio > 0.0f ? reader.pixel_ratio : 1.0f;
  nlohmann::json docs = nlohmann::json::array();
  for (std::size_t i = 0; i < reader.documents.size(); ++i) {
    const Document& doc = *reader.documents[i];
    nlohmann::json counts;
    for (int l = 0; l < kLayerCount; ++l) counts[std::string(layer_name(static_cast<Layer>(l)))] = doc.layer_counts[l];
    const Span sel = doc.text_selection.span();
    docs.push_back({{"id", doc.id},
                    {"name", doc.name},
                    {"bytes", doc.text.size()},
                    {"active", static_cast<int>(i) == reader.active},
                    {"counts", counts},
                    {"annotations", doc.annotations.size()},
                    {"speakers", doc.statements.speakers.size()},
                    {"blocks", doc.layout.blocks().size()},
                    {"lines", doc.layout.lines().size()},
                    {"height", doc.layout.height() / px},
                    {"scroll_y", doc.scroll_y / px},
                    {"selected", doc.selected},
                    {"text_selection", {sel.begin, sel.end}},
                    {"found", doc.found.matches.size()},
                    {"revision", doc.revision},
                    {"notes", doc.notes},
                    {"can_undo", model::can_undo(doc)},
                    {"can_redo", model::can_redo(doc)},
                    {"orphans", doc.orphans.size()},
                    {"found_current", doc.found_current},
                    {"laid_out", doc.layout.is_wrapped()},
                    {"layout_complete", doc.layout.is_complete()}});
  }
  // Highlights drawn in the last frame, in CSS pixels of the page.
  nlohmann::json drawn = nlohmann::json::array();
  if (const Document* doc = active_document(reader)) {
    for (const DrawnMark& m : reader.drawn) {
      drawn.push_back({{"annotation", m.annotation},
                       {"layer", std::string(layer_name(doc->annotations[m.annotation].layer))},
                       {"rect", {m.x0 / px, m.y0 / px, m.x1 / px, m.y1 / px}}});
    }
  }
  nlohmann::json panel_rows = nlohmann::json::array();
  for (const DrawnMark& m : reader.panel_rows) {
    panel_rows.push_back({{"annotation", m.annotation}, {"rect", {m.x0 / px, m.y0 / px, m.x1 / px, m.y1 / px}}});
  }
  nlohmann::json controls = nlohmann::json::object();
  for (const NamedRect& c : reader.controls) controls[c.name] = {c.x0 / px, c.y0 / px, c.x1 / px, c.y1 / px};
  nlohmann::json visible = nlohmann::json::object();
  for (int l = 0; l < kLayerCount; ++l) visible[std::string(layer_name(static_cast<Layer>(l)))] = reader.visible[l];
  nlohmann::json state = {{"documents", docs},
                          {"max_documents", kMaxDocuments},
                          {"active", reader.active},
                          {"message", reader.message},
                          {"message_is_error", reader.message_is_error},
                          {"pixel_ratio", reader.pixel_ratio},
                          {"body_css_px", reader.body_css_px},
                          {"dark", reader.dark},
                          {"storage", {{"ok", reader.storage_ok}, {"status", reader.storage_status}}},
                          {"visible", visible},
                          {"find", {{"open", reader.find_open}, {"query", reader.find_query}, {"typing", reader.find_open && reader.find_typing}}},
                          {"hovered", reader.hovered},
                          {"drawn", drawn},
                          {"panel_rows", panel_rows},
                          {"controls", controls},
                          {"ledger", ledger_state_json(reader)},
                          {"fonts", {{"embedded", reader.fonts.from_files}, {"body_px", reader.fonts.baked_body_size}}}};
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string reader_document_json(const Reader& reader, int index) {
  if (index < 0 || index >= static_cast<int>(reader.documents.size())) return {};
  const Document& doc = *reader.documents[index];
  return to_native_file_json(model::to_annotation_file(doc));
}

std::string reader_mirror_json(const Reader& reader) {
  const Document* doc = active_document(reader);
  return doc ? model::mirror_json(*doc, reader.visible) : "{}";
}

}  // namespace claimlens::app
