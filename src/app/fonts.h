// fonts.h — the reader's typefaces, baked at the current type size and pixel ratio.
//
// Noto Serif for reading, Noto Sans for the interface (both from Debian's fonts-noto-core,
// subset at build time). Baking happens again only when the size or pixel ratio changes,
// and once more after the first frame: the empty page's first frame is drawn with the
// interface face's Latin-1 and punctuation only (about a tenth of the glyphs, so it appears
// sooner; body and title are null until then); everything is baked on the next frame, or
// at once when a document is open (its layout must measure every glyph it has).
#pragma once

#include <cstdint>
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
  bool all_glyphs = false;       // every range baked (else the first frame's subset)
  std::uint32_t generation = 0;  // bumped by every bake: layouts measured before are stale
};

// (Re)builds the atlas for body text of `body_css_px` CSS pixels at `pixel_ratio` device
// pixels per CSS pixel. Returns true if it rebuilt (the renderer must re-upload the atlas).
// `font_dir` holds NotoSerif-Regular.ttf, NotoSerif-Bold.ttf and NotoSans-Regular.ttf.
// `need_all_glyphs`: false only for the empty page's first frame (see above); once all
// glyphs are baked, later bakes keep them all.
bool ensure_fonts(FontSet* fonts, const std::string& font_dir, float body_css_px, float pixel_ratio,
                  bool need_all_glyphs);

}  // namespace claimlens::app
