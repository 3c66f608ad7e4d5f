// Font baking (see fonts.h).
#include "fonts.h"

#include <cmath>
#include <cstdio>

#include "imgui.h"

namespace claimlens::app {
namespace {

// Latin, Latin-1, Latin Extended-A/B, Greek and Cyrillic basics, general punctuation
// (curly quotes, dashes, ellipsis), currency and letter-like symbols: what English-language
// news uses. Kept narrow: every range costs atlas memory at every size.
const ImWchar kRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                           0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF, 0x2212, 0x2212,
                           0x25A0, 0x25FF, 0xFFFD, 0xFFFD, 0};
// The empty page's first frame: its interface text is Latin-1 and general punctuation.
const ImWchar kFirstFrameRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0xFFFD, 0xFFFD, 0};

bool file_exists(const std::string& path) {
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
    return true;
  }
  return false;
}

ImFont* add_font(const std::string& path, float px, const ImWchar* ranges, bool* ok) {
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  if (file_exists(path)) {
    ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), px, &config, ranges);
    if (font) return font;
  }
  *ok = false;
  config.SizePixels = px;
  return ImGui::GetIO().Fonts->AddFontDefault(&config);
}

void fill_advances(const ImFont* font, model::GlyphAdvances* out) {
  out->base_size = font->FontSize;
  out->fallback = font->FallbackAdvanceX;
  out->by_code_point.assign(font->IndexAdvanceX.begin(), font->IndexAdvanceX.end());
}

}  // namespace

bool ensure_fonts(FontSet* fonts, const std::string& font_dir, float body_css_px, float pixel_ratio,
                  bool need_all_glyphs) {
  const float body_px = std::round(body_css_px * pixel_ratio);
  const bool all = need_all_glyphs || fonts->all_glyphs;
  if (fonts->ui && fonts->baked_body_size == body_px && fonts->baked_pixel_ratio == pixel_ratio &&
      fonts->all_glyphs == all) {
    return false;
  }
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  bool ok = true;
  // The empty page shows interface text only: its first frame bakes no reading faces.
  fonts->ui = add_font(font_dir + "/NotoSans-Regular.ttf", std::round(15.0f * pixel_ratio),
                       all ? kRanges : kFirstFrameRanges, &ok);
  fonts->body = all ? add_font(font_dir + "/NotoSerif-Regular.ttf", body_px, kRanges, &ok) : nullptr;
  fonts->title = all ? add_font(font_dir + "/NotoSerif-Bold.ttf", std::round(body_px * 1.6f), kRanges, &ok) : nullptr;
  atlas->Build();
  fonts->all_glyphs = all;
  ++fonts->generation;
  if (all) {
    fill_advances(fonts->body, &fonts->body_advances);
    fill_advances(fonts->title, &fonts->title_advances);
  }
  fonts->baked_body_size = body_px;
  fonts->baked_pixel_ratio = pixel_ratio;
  fonts->from_files = ok;
  ImGui::GetIO().FontDefault = fonts->ui;
  return true;
}

}  // namespace claimlens::app
