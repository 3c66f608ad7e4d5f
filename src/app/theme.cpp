// Reader colours (see theme.h).
#include "theme.h"

#include "imgui.h"

namespace claimlens::app {
namespace {

constexpr Colour rgba(int r, int g, int b, int a = 255) {
  return static_cast<Colour>(r) | static_cast<Colour>(g) << 8 | static_cast<Colour>(b) << 16 |
         static_cast<Colour>(a) << 24;
}

constexpr Theme kLight = {rgba(251, 249, 244), rgba(28, 28, 30),    rgba(105, 105, 110),
                          rgba(190, 40, 30),   rgba(60, 110, 200, 70), rgba(255, 214, 0, 110),
                          rgba(255, 170, 0, 200), rgba(40, 40, 40, 220)};
constexpr Theme kDark = {rgba(28, 29, 32),     rgba(228, 226, 220), rgba(150, 150, 155),
                         rgba(255, 120, 100),  rgba(110, 150, 230, 90), rgba(255, 214, 0, 80),
                         rgba(255, 170, 0, 150), rgba(235, 235, 235, 220)};

// Okabe–Ito: sky blue / blue for claims, orange / vermillion for denials, bluish green for
// sources, reddish purple for hedges.
constexpr LayerStyle kLightLayers[kLayerCount] = {
    {rgba(0, 158, 115, 60), rgba(0, 130, 95)},      // source
    {rgba(86, 180, 233, 80), rgba(0, 114, 178)},    // claim
    {rgba(230, 159, 0, 95), rgba(213, 94, 0)},      // denial
    {rgba(204, 121, 167, 60), rgba(184, 91, 147)},  // hedge
};
constexpr LayerStyle kDarkLayers[kLayerCount] = {
    {rgba(0, 158, 115, 70), rgba(60, 200, 160)},
    {rgba(86, 180, 233, 70), rgba(120, 190, 240)},
    {rgba(230, 159, 0, 80), rgba(250, 150, 70)},
    {rgba(204, 121, 167, 70), rgba(225, 150, 195)},
};

bool g_dark = false;

ImVec4 to_vec4(Colour c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

void set_dark_theme(bool dark) { g_dark = dark; }

const Theme& current_theme() { return g_dark ? kDark : kLight; }

const LayerStyle& layer_style(Layer layer) {
  return (g_dark ? kDarkLayers : kLightLayers)[static_cast<int>(layer)];
}

void apply_theme(ImGuiStyle* style) {
  const Theme& t = current_theme();
  if (g_dark) {
    ImGui::StyleColorsDark(style);
  } else {
    ImGui::StyleColorsLight(style);
  }
  style->WindowRounding = 0.0f;
  style->ChildRounding = 0.0f;
  style->FrameRounding = 4.0f;
  style->TabRounding = 4.0f;
  style->PopupRounding = 4.0f;
  style->ScrollbarSize = 12.0f;
  style->WindowPadding = ImVec2(10.0f, 8.0f);
  style->FramePadding = ImVec2(8.0f, 4.0f);
  style->ItemSpacing = ImVec2(8.0f, 6.0f);
  style->Colors[ImGuiCol_WindowBg] = to_vec4(t.paper);
  style->Colors[ImGuiCol_ChildBg] = to_vec4(t.paper);
  style->Colors[ImGuiCol_Text] = to_vec4(t.text);
  style->Colors[ImGuiCol_TextDisabled] = to_vec4(t.muted);
}

}  // namespace claimlens::app
