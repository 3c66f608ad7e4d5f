// Reader colours (see theme.h).
#include "theme.h"

#include "imgui.h"

namespace claimlens::app {
namespace {

constexpr Colour rgba(int r, int g, int b, int a = 255) {
  return static_cast<Colour>(r) | static_cast<Colour>(g) << 8 | static_cast<Colour>(b) << 16 |
         static_cast<Colour>(a) << 24;
}

constexpr Theme kLight = {rgba(251, 249, 244), rgba(28, 28, 30), rgba(110, 110, 115), rgba(190, 40, 30)};

// Okabe–Ito: blue (0,114,178) claims, vermillion (213,94,0) denials,
// bluish green (0,158,115) sources, reddish purple (204,121,167) hedges.
constexpr LayerStyle kLayers[kLayerCount] = {
    {rgba(0, 158, 115, 40), rgba(0, 158, 115, 255)},    // source
    {rgba(86, 180, 233, 70), rgba(0, 114, 178, 255)},   // claim
    {rgba(230, 159, 0, 90), rgba(213, 94, 0, 255)},     // denial
    {rgba(204, 121, 167, 50), rgba(204, 121, 167, 255)} // hedge
};

ImVec4 to_vec4(Colour c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Theme& current_theme() { return kLight; }

const LayerStyle& layer_style(Layer layer) { return kLayers[static_cast<int>(layer)]; }

void apply_theme(ImGuiStyle* style) {
  ImGui::StyleColorsLight(style);
  style->WindowRounding = 0.0f;
  style->FrameRounding = 4.0f;
  style->TabRounding = 4.0f;
  style->ScrollbarSize = 12.0f;
  style->WindowPadding = ImVec2(10.0f, 8.0f);
  style->FramePadding = ImVec2(10.0f, 5.0f);
  style->Colors[ImGuiCol_WindowBg] = to_vec4(kLight.paper);
  style->Colors[ImGuiCol_ChildBg] = to_vec4(kLight.paper);
  style->Colors[ImGuiCol_Text] = to_vec4(kLight.text);
}

}  // namespace claimlens::app
