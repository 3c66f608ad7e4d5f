// theme.h — colours of the reader: paper and ink, and one treatment per layer.
//
// Layer colours come from the Okabe–Ito palette, which stays distinguishable under the
// common colour-vision deficiencies; and no layer relies on hue alone: claims and denials
// are fills of different lightness and height (a claim nested in a denial stays visible
// as a narrower band), sources are solid underlines, hedges dotted underlines.
#pragma once

#include "claimlens/annotate.h"

struct ImGuiStyle;

namespace claimlens::app {

using Colour = unsigned int;  // ImU32, packed ABGR as ImGui expects

struct Theme {
  Colour paper;      // article background
  Colour text;
  Colour muted;
  Colour error;
  Colour selection;  // text selected with the mouse
  Colour found;      // search matches
  Colour found_current;
  Colour outline;    // selected annotation and the spans linked to it
};

struct LayerStyle {
  Colour fill;  // claims, denials: behind the text; sources, hedges: legend swatch
  Colour mark;  // underline, cue text, outline
};

// Switches between the light and the dark palette.
void set_dark_theme(bool dark);
const Theme& current_theme();
const LayerStyle& layer_style(Layer layer);
// Sets ImGui's colours and spacing for the reader (before scaling for the pixel ratio).
void apply_theme(ImGuiStyle* style);

}  // namespace claimlens::app
