// Correction controls (see corrections.h).
#include "corrections.h"

#include <string>

#include "editing.h"
#include "imgui.h"
#include "theme.h"

namespace claimlens::app {
namespace {

constexpr const char* kLayerLabels[kLayerCount] = {"Source", "Claim", "Denial", "Hedge"};
constexpr const char* kMarkControls[kLayerCount] = {"mark.source", "mark.claim", "mark.denial", "mark.hedge"};
constexpr const char* kSetControls[kLayerCount] = {"set.source", "set.claim", "set.denial", "set.hedge"};

void mark_selection(Reader& reader, Document& doc, Layer layer) {
  const int index = model::add_annotation(&doc, layer, doc.text_selection.span());
  if (index < 0) {
    reader.message = "Select some text first (not only spaces)";
    reader.message_is_error = true;
    return;
  }
  doc.text_selection = {};
  doc.selected = index;
}

}  // namespace

void draw_selection_actions(Reader& reader, Document& doc) {
  if (doc.text_selection.empty()) return;
  ImGui::TextUnformatted("Mark selection as:");
  for (int l = 0; l < kLayerCount; ++l) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, layer_style(static_cast<Layer>(l)).fill);
    if (ImGui::SmallButton(kLayerLabels[l])) mark_selection(reader, doc, static_cast<Layer>(l));
    ImGui::PopStyleColor();
    expose_control(reader, kMarkControls[l]);
  }
}

void draw_annotation_actions(Reader& reader, Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.annotations.size())) return;
  const Annotation& a = doc.annotations[index];
  ImGui::PushID("actions");
  ImGui::TextDisabled("%s", doc.meta[index].creator == Creator::kPerson ? "made by a person" : "found by the engine");
  ImGui::TextUnformatted("Layer:");
  for (int l = 0; l < kLayerCount; ++l) {
    ImGui::SameLine();
    const bool current = static_cast<int>(a.layer) == l;
    if (current) ImGui::BeginDisabled();
    if (ImGui::SmallButton(kLayerLabels[l])) model::set_layer(&doc, index, static_cast<Layer>(l));
    if (current) ImGui::EndDisabled();
    expose_control(reader, kSetControls[l]);
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Delete")) {
    model::delete_annotation(&doc, index);
    ImGui::PopID();
    return;
  }
  expose_control(reader, "delete");

  if (index < static_cast<int>(doc.annotations.size()) &&
      (doc.annotations[index].layer == Layer::kClaim || doc.annotations[index].layer == Layer::kDenial)) {
    // Attach to any source mention; the list names each speaker once per mention.
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##attach", "Attach to a source\xE2\x80\xA6")) {
      for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
        if (doc.annotations[i].layer != Layer::kSource) continue;
        const Span s = doc.annotations[i].span;
        const std::string label = doc.annotations[i].entity + "  \xE2\x80\x94 \xE2\x80\x9C" +
                                  doc.text.substr(s.begin, std::min<std::uint32_t>(s.end - s.begin, 40)) + "\xE2\x80\x9D##" +
                                  std::to_string(i);
        if (ImGui::Selectable(label.c_str())) model::attach_source(&doc, index, static_cast<int>(i));
      }
      ImGui::EndCombo();
    }
  }

  // The note is edited in a buffer and committed when the field is left, so one note
  // is one undo step, not one per keystroke.
  static int editing = -1;
  static std::uint32_t editing_doc = 0;
  static char note[1024];
  if (editing != index || editing_doc != doc.id) {
    std::snprintf(note, sizeof note, "%s", doc.meta[index].note.c_str());
    editing = index;
    editing_doc = doc.id;
  }
  ImGui::InputTextWithHint("##note", "Add a note\xE2\x80\xA6", note, sizeof note);
  expose_control(reader, "note");
  if (ImGui::IsItemDeactivatedAfterEdit()) model::set_note(&doc, index, note);
  ImGui::PopID();
}

void draw_orphans(Document& doc) {
  if (doc.orphans.empty()) return;
  const std::string header = "Orphans (" + std::to_string(doc.orphans.size()) + ")###orphans";
  if (!ImGui::CollapsingHeader(header.c_str())) return;
  ImGui::TextWrapped("Imported annotations whose place in this text is not certain. They are kept here, not placed on a guess.");
  for (const AnnotationRecord& r : doc.orphans) {
    ImGui::BulletText("%s: \xE2\x80\x9C%.120s\xE2\x80\x9D", std::string(layer_name(r.layer)).c_str(), r.quote.c_str());
  }
  if (ImGui::SmallButton("Dismiss orphans")) doc.orphans.clear();
}

void draw_article_context_menu(Reader& reader, Document& doc, int annotation_under_mouse) {
  static int target = -1;
  if (ImGui::IsWindowHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
    target = annotation_under_mouse;
    ImGui::OpenPopup("article-menu");
  }
  if (!ImGui::BeginPopup("article-menu")) return;
  if (!doc.text_selection.empty()) {
    for (int l = 0; l < kLayerCount; ++l) {
      const std::string item = std::string("Mark as ") + kLayerLabels[l];
      if (ImGui::MenuItem(item.c_str())) mark_selection(reader, doc, static_cast<Layer>(l));
    }
    ImGui::Separator();
  }
  if (target >= 0 && target < static_cast<int>(doc.annotations.size())) {
    for (int l = 0; l < kLayerCount; ++l) {
      const std::string item = std::string("Change to ") + kLayerLabels[l];
      if (ImGui::MenuItem(item.c_str(), nullptr, false, static_cast<int>(doc.annotations[target].layer) != l)) {
        model::set_layer(&doc, target, static_cast<Layer>(l));
      }
    }
    if (ImGui::MenuItem("Delete annotation")) model::delete_annotation(&doc, target);
    if (ImGui::MenuItem("Select")) doc.selected = target;
  }
  if (ImGui::MenuItem("Undo", "Ctrl+Z", false, model::can_undo(doc))) model::undo(&doc);
  if (ImGui::MenuItem("Redo", "Shift+Ctrl+Z", false, model::can_redo(doc))) model::redo(&doc);
  ImGui::EndPopup();
}

}  // namespace claimlens::app
