// fonts.h — the reader's typefaces, baked at the current type size and pixel ratio.
//
// Noto Serif for reading, Noto Sans for the interface (both from Debian's fonts-noto-core,
// subset at build time). Baking happens again only when the size or pixel ratio changes.
#pragma once

#include <string>

#include "article_layout.h"

struct ImFont;

namespace claimlens::app {

struct FontSet {
  ImFont* ui = nullptr;          // Noto Sans, panels and controls
  ImFont* body = nullptr;        // Noto Serif, article text
  ImFont* title = nullptr;       // Noto Serif Bold, headlines
  model::GlyphAdvances body_advances;
  model::GlyphAdvances title_advances;
  float baked_body_size = 0.0f;  // device pixels
  float baked_pixel_ratio = 0.0f;
  bool from_files = false;       // false: the font files were missing, ImGui's default used
};

// (Re)builds the atlas for body text of `body_css_px` CSS pixels at `pixel_ratio` device
// pixels per CSS pixel. Returns true if it rebuilt (the renderer must re-upload the atlas).
// `font_dir` holds NotoSerif-Regular.ttf, NotoSerif-Bold.ttf and NotoSans-Regular.ttf.
bool ensure_fonts(FontSet* fonts, const std::string& font_dir, float body_css_px, float pixel_ratio);

}  // namespace claimlens::app
