// reader.h — the claimlens reader: open documents and one ImGui frame over them.
//
// Immediate mode: Reader is a plain struct of state; reader_frame() draws it and applies
// the user's input. It knows nothing of the browser: the web layer hands it files
// (reader_open), tells it the window's pixel ratio, and provides Platform hooks for what
// only the host can do (showing a file chooser).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "fonts.h"

namespace claimlens::app {

struct Platform {
  void (*choose_files)() = nullptr;  // opens the host's file chooser; files arrive via reader_open
};

// Most documents open at once (README: "Limits").
inline constexpr std::size_t kMaxDocuments = 64;

struct Reader {
  std::vector<std::unique_ptr<Document>> documents;  // pointers: layouts view their text
  int active = -1;                                   // index into documents, -1 if none
  int select_request = -1;                           // tab to select on the next frame
  std::uint32_t next_document_id = 1;

  std::string message;        // last notice for the person (errors, refusals)
  bool message_is_error = false;

  float pixel_ratio = 1.0f;   // device pixels per CSS pixel
  float body_css_px = 19.0f;  // reading type size
  std::string font_dir = "/fonts";
  FontSet fonts;
  float style_scale = 0.0f;

  Platform platform;
};

// Opens `bytes` as a new document named `name` and makes it active. On refusal, sets
// reader.message and leaves the open documents as they were.
OpenResult reader_open(Reader& reader, const std::string& name, std::string_view bytes);

// Closes document `index`; the neighbour becomes active.
void reader_close(Reader& reader, int index);

// Call before ImGui::NewFrame(): rebuilds fonts and style for the current pixel ratio.
// Returns true when the font atlas changed and must be uploaded again.
bool reader_prepare_frame(Reader& reader);

// Draws the whole window for this frame (between ImGui::NewFrame() and ImGui::Render()).
void reader_frame(Reader& reader);

// The reader's state as JSON, for the page's JavaScript API and tests:
// {"documents": [{"id", "name", "bytes", "length", "active", "counts": {layer: n},
//                 "blocks", "lines", "height", "laid_out"}], "active", "message",
//  "pixel_ratio", "fonts": {"embedded", "body_px"}}
std::string reader_state_json(const Reader& reader);

}  // namespace claimlens::app
