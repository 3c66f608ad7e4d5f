// reader.h — the claimlens reader: open documents and one ImGui frame over them.
//
// Immediate mode: Reader is a plain struct of state; reader_frame() draws it and applies
// the user's input. It knows nothing of the browser: the web layer hands it files
// (reader_open), tells it the window's pixel ratio, and provides Platform hooks for what
// only the host can do (file chooser, clipboard, the accessible DOM mirror).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/ledger.h"
#include "document.h"
#include "fonts.h"

namespace claimlens::app {

using model::Document;
using model::OpenResult;

struct Platform {
  void (*choose_files)() = nullptr;                // host file chooser; files come via reader_open
  void (*open_example)() = nullptr;                // opens the bundled example article
  void (*set_clipboard)(const char* text) = nullptr;
  void (*mirror_changed)() = nullptr;              // the accessible mirror must be rebuilt
  // Offers `content` as a file download named `name`.
  void (*download)(const char* name, const char* mime, const char* content) = nullptr;
  void (*share_link)() = nullptr;     // puts a link carrying the active document on the clipboard
  void (*clear_storage)() = nullptr;  // forgets the documents saved in this browser
};

// Most documents open at once (README: "Limits").
inline constexpr std::size_t kMaxDocuments = 64;
inline constexpr float kMinBodyPx = 12.0f, kMaxBodyPx = 32.0f;

// A control as drawn in the last frame (device pixels), by name: lets tests and scripts
// click the real widget.
struct NamedRect {
  const char* name;
  float x0, y0, x1, y1;
};

// A highlight as drawn in the last frame, in device pixels: what tests sample.
struct DrawnMark {
  std::uint32_t annotation;
  float x0, y0, x1, y1;
};

struct Reader {
  std::vector<std::unique_ptr<Document>> documents;  // pointers: layouts view their text
  int active = -1;                                   // index into documents, -1 if none
  int select_request = -1;                           // tab to select on the next frame
  std::uint32_t next_document_id = 1;

  std::string message;        // last notice for the person (errors, refusals)
  bool message_is_error = false;

  // Reading preferences.
  float pixel_ratio = 1.0f;   // device pixels per CSS pixel
  float body_css_px = 19.0f;  // reading type size
  bool dark = false;
  bool visible[kLayerCount] = {true, true, true, true};
  bool show_panel = true;

  // Find bar.
  bool find_open = false;
  // Frames left in which to ask for the query field's keyboard focus: a click handled in
  // the same frame as Ctrl+F can take the focus back once, so asking once is not enough.
  int find_focus = 0;
  static constexpr int kFindFocusFrames = 3;
  bool find_typing = false;  // the query field had the keyboard at the last frame
  char find_query[256] = {};

  // Statements list filters: layer (-1 all) and speaker (index into statements, -1 all).
  int filter_layer = -1;
  int filter_speaker = -1;

  // The claim ledger across the open documents (ledger_panel.h): shown instead of the side
  // panel when on; rebuilt when a document opens, closes or changes.
  bool show_ledger = false;
  ledger::Ledger ledger;
  std::string ledger_key;         // documents and revisions the ledger was built from
  std::string ledger_picked;      // statement key picked to move, empty if none
  int ledger_renaming = -1;       // group being renamed, -1 if none
  bool ledger_rename_focus = false;  // focus the name field on the next frame
  std::vector<float> ledger_heights;  // each group's height when last drawn (0: not yet)
  float ledger_width = 0.0f;          // the list's width those heights were measured at
  char ledger_name[160] = {};
  std::uint32_t reveal_document = 0;  // document id to scroll to `reveal_annotation` once drawn
  int reveal_annotation = -1;

  // Browser storage, as the host reports it.
  bool storage_ok = true;
  std::string storage_status = "not saved yet";

  // Per-frame output.
  std::vector<DrawnMark> drawn;       // highlights of the active document drawn this frame
  std::vector<DrawnMark> panel_rows;  // statement rows of the side panel drawn this frame
  std::vector<NamedRect> controls;    // toolbar and other controls drawn this frame
  // Ledger rows and controls drawn this frame; names are made per group ("ledger.here.G2").
  struct LedgerRect {
    std::string name;
    int group, member;  // -1 when not a statement row
    float x0, y0, x1, y1;
  };
  std::vector<LedgerRect> ledger_rects;
  int hovered = -1;              // annotation under the mouse, -1 if none
  int frames_drawn = 0;          // reader_frame calls so far

  // Internal.
  std::string font_dir = "/fonts";
  FontSet fonts;
  float style_scale = 0.0f;
  bool style_dark = false;
  std::uint64_t mirror_key = 0;  // what the accessible mirror shows; changes trigger a rebuild
  Platform platform;
};

// Records the last ImGui item's rectangle as control `name` (a string literal).
void expose_control(Reader& reader, const char* name);

// Opens `bytes` as a new document named `name` and makes it active. On refusal, sets
// reader.message and leaves the open documents as they were.
OpenResult reader_open(Reader& reader, const std::string& name, std::string_view bytes);
// The same for an article read and annotated elsewhere (the page's Web Worker).
OpenResult reader_open_prepared(Reader& reader, const std::string& name, model::PreparedArticle&& article);

// Closes document `index`; the neighbour becomes active.
void reader_close(Reader& reader, int index);

// The active document, or nullptr.
Document* active_document(Reader& reader);
const Document* active_document(const Reader& reader);

// Changes the reading size by `steps` CSS pixels (0 resets), within [kMinBodyPx, kMaxBodyPx].
void reader_step_font(Reader& reader, int steps);

// Selects annotation `index` of the active document and scrolls it into view.
void reader_select(Reader& reader, int index);

// Call before ImGui::NewFrame(): rebuilds fonts and style for the current pixel ratio.
// Returns true when the font atlas changed and must be uploaded again.
bool reader_prepare_frame(Reader& reader);

// Draws the whole window for this frame (between ImGui::NewFrame() and ImGui::Render()).
void reader_frame(Reader& reader);

// The reader's state as JSON, for the page's JavaScript API and tests (see README).
std::string reader_state_json(const Reader& reader);

// Annotations of document `index` as a claimlens annotation file (JSON; with creators,
// notes, quotes and their context), or an empty string if no such document.
std::string reader_document_json(const Reader& reader, int index);

// The accessible mirror of the active document (model::mirror_json), "{}" if none.
std::string reader_mirror_json(const Reader& reader);

}  // namespace claimlens::app
