// The article view (see article_view.h).
//
// Index
//   [SECTION] Geometry helpers
//   [SECTION] Marks: fills, underlines, cues, outlines
//   [SECTION] Details shown on hover and in the panel
//   [SECTION] Input: keys, hover, click, drag
//   [SECTION] draw_article
#include "article_view.h"

#include "corrections.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "theme.h"

namespace claimlens::app {
namespace {

// Text wrapped per frame past the view until a long article is laid out: ~4 ms in wasm
// (a whole 1 MB article took 60-70 ms), so scrolling stays smooth meanwhile.
constexpr std::size_t kWrapBytesPerFrame = 64 * 1024;

//-----------------------------------------------------------------------------
// [SECTION] Geometry helpers
//-----------------------------------------------------------------------------

// Where the article sits in the window this frame.
struct Frame {
  ImVec2 window;       // top-left of the child window, screen pixels
  float left = 0.0f;   // column's left edge, from window.x
  float top = 0.0f;    // article's top padding
  float scroll = 0.0f;
  float view_height = 0.0f;
  float column = 0.0f;
  ImVec2 line_origin(const model::Line& line) const {
    return ImVec2(window.x + left, window.y + top + line.y - scroll);
  }
};

std::string_view slice(const std::string& text, Span s) {
  return std::string_view(text).substr(s.begin, s.end - s.begin);
}

// Calls fn(line_index, x0, x1, origin, height) for every visible line segment of `span`.
template <typename Fn>
void for_each_segment(const Document& doc, const Frame& f, std::size_t first_line, std::size_t end_line,
                      Span span, Fn fn) {
  const auto& lines = doc.layout.lines();
  for (std::size_t i = first_line; i < end_line; ++i) {
    const model::Line& line = lines[i];
    if (line.end < span.begin || line.begin >= span.end) continue;
    if (line.end == span.begin && span.begin != span.end) continue;
    const ImVec2 o = f.line_origin(line);
    const float x0 = o.x + doc.layout.x_of_offset(line, std::max(span.begin, line.begin));
    const float x1 = o.x + doc.layout.x_of_offset(line, std::min(span.end, line.end));
    fn(i, x0, x1, o, doc.layout.line_height(line));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Marks: fills, underlines, cues, outlines
//-----------------------------------------------------------------------------

void dotted_line(ImDrawList* draw, float x0, float x1, float y, Colour colour, float scale) {
  const float step = 3.0f * scale, r = 0.9f * scale;
  for (float x = x0 + r; x < x1; x += step) draw->AddCircleFilled(ImVec2(x, y), r, colour, 6);
}

// Draws one line's text, with the cue words of visible claims and denials in their
// layer's colour, so the word that made the engine mark a statement stands out.
void draw_line_text(ImDrawList* draw, const Reader& reader, const Document& doc, const model::Line& line,
                    ImVec2 origin, std::size_t first_annotation) {
  const bool title = doc.layout.blocks()[line.block].kind == model::BlockKind::kTitle;
  ImFont* font = title ? reader.fonts.title : reader.fonts.body;
  const float size = doc.layout.font_size(line);
  const float y = origin.y + (doc.layout.line_height(line) - size) * 0.5f;
  const Theme& theme = current_theme();
  std::uint32_t pos = line.begin;
  const char* base = doc.text.data();
  for (std::size_t i = first_annotation; i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    if (a.span.begin >= line.end) break;
    if (!reader.visible[static_cast<int>(a.layer)] || a.cue.end <= a.cue.begin) continue;
    if (a.layer != Layer::kClaim && a.layer != Layer::kDenial) continue;
    const std::uint32_t cb = std::max(a.cue.begin, pos), ce = std::min(a.cue.end, line.end);
    if (cb >= ce) continue;
    const float xb = origin.x + doc.layout.x_of_offset(line, pos);
    draw->AddText(font, size, ImVec2(xb, y), theme.text, base + pos, base + cb);
    const float xc = origin.x + doc.layout.x_of_offset(line, cb);
    draw->AddText(font, size, ImVec2(xc, y), layer_style(a.layer).mark, base + cb, base + ce);
    // Faux bold: a second pass a fraction of a pixel to the right.
    draw->AddText(font, size, ImVec2(xc + 0.6f * reader.pixel_ratio, y), layer_style(a.layer).mark,
                  base + cb, base + ce);
    pos = ce;
  }
  if (pos < line.end) {
    draw->AddText(font, size, ImVec2(origin.x + doc.layout.x_of_offset(line, pos), y), theme.text,
                  base + pos, base + line.end);
  }
}

// Annotations linked to the selected one: its sources, what it denies, who denies it.
bool is_linked(const Document& doc, int selected, std::uint32_t index) {
  if (selected < 0) return false;
  const Annotation& s = doc.annotations[selected];
  const auto has = [&](const std::vector<std::uint32_t>& v) {
    return std::find(v.begin(), v.end(), index) != v.end();
  };
  if (has(s.sources) || has(s.denies) || has(doc.statements.denied_by[selected])) return true;
  // Selecting a source marks every statement it speaks and every other mention.
  if (s.layer == Layer::kSource) {
    const int who = doc.statements.speaker_of[selected];
    return who >= 0 && doc.statements.speaker_of[index] == who;
  }
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Details shown on hover and in the panel
//-----------------------------------------------------------------------------

std::string quote_of(const Document& doc, std::uint32_t index, std::size_t max_bytes) {
  std::string_view q = slice(doc.text, doc.annotations[index].span);
  if (q.size() <= max_bytes) return std::string(q);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(q[cut]) & 0xC0) == 0x80) --cut;  // code point
  return std::string(q.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace

std::string annotation_heading(const Document& doc, int index) {
  const Annotation& a = doc.annotations[index];
  std::string name(layer_name(a.layer));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  if (a.layer == Layer::kSource) return name + " \xE2\x80\x94 " + a.entity;
  if (!a.sources.empty() && a.sources[0] < doc.annotations.size()) {
    return name + " \xE2\x80\x94 by " + doc.annotations[a.sources[0]].entity;
  }
  if (a.layer == Layer::kHedge) return name;
  return name + " \xE2\x80\x94 no source found";
}

void draw_annotation_details(const Document& doc, int index) {
  const Annotation& a = doc.annotations[index];
  const LayerStyle& style = layer_style(a.layer);
  ImGui::PushStyleColor(ImGuiCol_Text, style.mark);
  ImGui::TextUnformatted(annotation_heading(doc, index).c_str());
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
  ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", quote_of(doc, index, 300).c_str());
  if (a.cue.end > a.cue.begin) {
    ImGui::TextDisabled("cue: %s", std::string(slice(doc.text, a.cue)).c_str());
  }
  if (!a.why.empty()) ImGui::TextDisabled("why: %s", a.why.c_str());
  for (std::uint32_t c : a.denies) {
    if (c < doc.annotations.size()) ImGui::TextWrapped("denies: \xE2\x80\x9C%s\xE2\x80\x9D", quote_of(doc, c, 160).c_str());
  }
  for (std::uint32_t d : doc.statements.denied_by[index]) {
    const int who = doc.statements.speaker_of[d];
    ImGui::TextWrapped("denied by %s: \xE2\x80\x9C%s\xE2\x80\x9D",
                       who >= 0 ? doc.statements.speakers[who].entity.c_str() : "(unknown)",
                       quote_of(doc, d, 120).c_str());
  }
  if (a.layer == Layer::kSource) {
    const int who = doc.statements.speaker_of[index];
    if (who >= 0) {
      const model::Speaker& s = doc.statements.speakers[who];
      ImGui::TextDisabled("%zu mentions \xC2\xB7 %d claims \xC2\xB7 %d denials", s.mentions.size(), s.claims,
                          s.denials);
    }
  }
  ImGui::PopTextWrapPos();
}

void scroll_to_offset(Document& doc, std::uint32_t offset, float view_height) {
  doc.layout.wrap_to_offset(offset);
  if (!doc.layout.is_wrapped() || doc.layout.lines().empty()) return;
  const model::Line& line = doc.layout.lines()[doc.layout.line_of_offset(offset)];
  doc.scroll_request = std::max(0.0f, line.y - view_height / 3.0f);
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Input: keys, hover, click, drag
//-----------------------------------------------------------------------------

// Scrolls the article child window with the keyboard when nothing else wants the keys.
void handle_scroll_keys(float page) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeySuper) return;
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

// Byte offset under screen point `p`, or -1 when it is not over the text column.
long offset_at_point(const Document& doc, const Frame& f, ImVec2 p) {
  const float y = p.y - f.window.y - f.top + f.scroll;
  const auto& lines = doc.layout.lines();
  const std::size_t i = doc.layout.first_line_at(y);
  if (i >= lines.size() || y < lines[i].y) return -1;
  const float x = p.x - f.window.x - f.left;
  if (x < -4.0f || x > f.column + 4.0f) return -1;
  return doc.layout.offset_at_x(lines[i], x);
}

// Drag-to-select text; a click that does not drag selects the annotation under it.
void handle_mouse(Reader& reader, Document& doc, const Frame& f, bool hovered_window) {
  static bool dragging = false;  // one mouse: at most one drag at a time
  const ImGuiIO& io = ImGui::GetIO();
  const long at = offset_at_point(doc, f, io.MousePos);
  const bool over_scrollbar = io.MousePos.x > f.window.x + ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize * 1.5f;
  if (hovered_window && !over_scrollbar && ImGui::IsMouseClicked(0)) {
    dragging = true;
    const std::uint32_t o = at >= 0 ? static_cast<std::uint32_t>(at) : 0;
    doc.text_selection = {o, o};
    if (at < 0) dragging = false;
  }
  if (dragging && ImGui::IsMouseDown(0) && at >= 0) doc.text_selection.caret = static_cast<std::uint32_t>(at);
  if (dragging && ImGui::IsMouseReleased(0)) {
    dragging = false;
    if (doc.text_selection.empty()) {
      doc.selected = at >= 0 ? model::annotation_at(doc, static_cast<std::uint32_t>(at), reader.visible) : -1;
    }
  }
  reader.hovered = (hovered_window && at >= 0 && !dragging)
                       ? model::annotation_at(doc, static_cast<std::uint32_t>(at), reader.visible)
                       : -1;
  if (reader.hovered >= 0) {
    ImGui::BeginTooltip();
    draw_annotation_details(doc, reader.hovered);
    ImGui::EndTooltip();
  }
  if (hovered_window && at >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] draw_article
//-----------------------------------------------------------------------------

void draw_article(Reader& reader, Document& doc) {
  const float scale = reader.pixel_ratio;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  ImGui::BeginChild("article", avail, false, ImGuiWindowFlags_NoMove);
  if (doc.scroll_request >= 0.0f) ImGui::SetScrollY(doc.scroll_request);  // applies next frame
  doc.scroll_request = -1.0f;
  const float margin = 28.0f * scale;
  const float scrollbar = ImGui::GetStyle().ScrollbarSize;

  model::LayoutStyle style;
  style.body = &reader.fonts.body_advances;
  style.title = &reader.fonts.title_advances;
  style.body_size = reader.fonts.baked_body_size;
  style.title_size = reader.fonts.title->FontSize;
  style.fonts_generation = reader.fonts.generation;
  // About 70 characters a line: long enough to read in, short enough to track.
  style.width = std::max(std::min(avail.x - 2.0f * margin - scrollbar, style.body_size * 34.0f), 80.0f * scale);
  // Lazy wrap: what is on screen (and one screen more) now; the rest a slice a frame, so
  // a fresh 1 MB article's first frame pays for one screen of lines (article_layout.h).
  const float view_bottom = ImGui::GetScrollY() + 2.0f * avail.y;  // jumps wrap to their target themselves
  if (!doc.layout.wrap_down_to(style, view_bottom)) doc.layout.wrap_more(kWrapBytesPerFrame);

  Frame f;
  f.top = 28.0f * scale;
  f.left = std::max(margin, (avail.x - scrollbar - style.width) * 0.5f);
  f.column = style.width;
  ImGui::Dummy(ImVec2(avail.x - scrollbar, doc.layout.height() + 2.0f * f.top));
  f.scroll = ImGui::GetScrollY();
  f.window = ImGui::GetWindowPos();
  f.view_height = ImGui::GetWindowHeight();
  doc.scroll_y = f.scroll;

  const auto& lines = doc.layout.lines();
  const std::size_t first_line = doc.layout.first_line_at(f.scroll - f.top);
  std::size_t end_line = first_line;
  while (end_line < lines.size() && f.line_origin(lines[end_line]).y < f.window.y + f.view_height) ++end_line;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Theme& theme = current_theme();
  reader.drawn.clear();

  // Search matches and the mouse selection, under everything else.
  if (!doc.found.matches.empty() && first_line < end_line) {
    const Span window{lines[first_line].begin, lines[end_line - 1].end};
    auto it = std::partition_point(doc.found.matches.begin(), doc.found.matches.end(),
                                   [&](const Span& m) { return m.end <= window.begin; });
    for (; it != doc.found.matches.end() && it->begin < window.end; ++it) {
      const bool current = doc.found_current == static_cast<int>(it - doc.found.matches.begin());
      for_each_segment(doc, f, first_line, end_line, *it, [&](std::size_t, float x0, float x1, ImVec2 o, float h) {
        draw->AddRectFilled(ImVec2(x0, o.y), ImVec2(x1, o.y + h), current ? theme.found_current : theme.found, 2.0f * scale);
      });
    }
  }
  if (!doc.text_selection.empty()) {
    for_each_segment(doc, f, first_line, end_line, doc.text_selection.span(),
                     [&](std::size_t, float x0, float x1, ImVec2 o, float h) {
                       draw->AddRectFilled(ImVec2(x0, o.y), ImVec2(x1, o.y + h), theme.selection);
                     });
  }

  // Highlights: denials as full-height fills, claims as a narrower band (so a claim inside
  // a denial shows both), sources solid and hedges dotted underlines.
  const std::size_t first_annotation =
      first_line < end_line ? model::first_annotation_reaching(doc, lines[first_line].begin) : doc.annotations.size();
  const std::uint32_t window_end = first_line < end_line ? lines[end_line - 1].end : 0;
  for (std::size_t i = first_annotation; i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    if (a.span.begin >= window_end) break;
    if (!reader.visible[static_cast<int>(a.layer)]) continue;
    const LayerStyle& ls = layer_style(a.layer);
    const bool outlined = doc.selected == static_cast<int>(i) || is_linked(doc, doc.selected, static_cast<std::uint32_t>(i));
    for_each_segment(doc, f, first_line, end_line, a.span, [&](std::size_t, float x0, float x1, ImVec2 o, float h) {
      float y0 = o.y, y1 = o.y + h;
      switch (a.layer) {
        case Layer::kDenial:
          y0 += h * 0.06f, y1 -= h * 0.06f;
          draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), ls.fill);
          break;
        case Layer::kClaim:
          y0 += h * 0.16f, y1 -= h * 0.16f;
          draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), ls.fill);
          break;
        case Layer::kSource: {
          const float y = o.y + h * 0.84f;
          draw->AddLine(ImVec2(x0, y), ImVec2(x1, y), ls.mark, 2.0f * scale);
          y0 = y - h * 0.6f, y1 = y + scale;
          break;
        }
        case Layer::kHedge: {
          const float y = o.y + h * 0.86f;
          dotted_line(draw, x0, x1, y, ls.mark, scale);
          y0 = y - h * 0.6f, y1 = y + scale;
          break;
        }
      }
      if (outlined) draw->AddRect(ImVec2(x0 - scale, y0 - scale), ImVec2(x1 + scale, y1 + scale), theme.outline, 2.0f * scale, 0, 1.5f * scale);
      reader.drawn.push_back({static_cast<std::uint32_t>(i), x0, y0, x1, y1});
    });
  }

  for (std::size_t i = first_line; i < end_line; ++i) {
    draw_line_text(draw, reader, doc, lines[i], f.line_origin(lines[i]),
                   model::first_annotation_reaching(doc, lines[i].begin));
  }

  handle_mouse(reader, doc, f, ImGui::IsWindowHovered());
  draw_article_context_menu(reader, doc, reader.hovered);
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) handle_scroll_keys(f.view_height);
  ImGui::EndChild();
}

}  // namespace claimlens::app
