// theme.h — colours of the reader: paper and ink, and one treatment per layer.
//
// Layer colours come from the Okabe–Ito palette, which stays distinguishable under the
// common colour-vision deficiencies; claims and denials also differ in fill lightness, and
// sources and hedges are marked by lines rather than fills, so no layer relies on hue alone.
#pragma once

#include "claimlens/annotate.h"

struct ImGuiStyle;

namespace claimlens::app {

using Colour = unsigned int;  // ImU32, packed ABGR as ImGui expects

struct Theme {
  Colour paper;  // article background
  Colour text;
  Colour muted;
  Colour error;
};

struct LayerStyle {
  Colour fill;  // claims, denials: behind the text
  Colour mark;  // sources, hedges: line under the text
};

const Theme& current_theme();
const LayerStyle& layer_style(Layer layer);
// Sets ImGui's colours and spacing for the reader (before scaling for the pixel ratio).
void apply_theme(ImGuiStyle* style);

}  // namespace claimlens::app
