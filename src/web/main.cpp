// Browser host for the reader: GLFW/WebGL2 window, main loop, pixel-ratio handling, and
// the C functions the page's JavaScript calls (web/page.js). Thin on purpose: everything
// that decides what the reader shows lives in src/app.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include <nlohmann/json.hpp>

#include "claimlens/share_link.h"
#include "document.h"
#include "exchange.h"
#include "input_replay.h"
#include "reader.h"
#include "theme.h"
#include "webgl_renderer.h"

namespace {

GLFWwindow* g_window = nullptr;
claimlens::web::WebglRenderer g_renderer;

// Keys, typed characters and the pointer reach ImGui through InputReplay
// (src/model/input_replay.h), which holds back what a once-per-frame UI would otherwise miss.
claimlens::model::InputReplay g_input;

void to_imgui(const claimlens::model::InputEvent& e) {
  using Kind = claimlens::model::InputEvent::Kind;
  if (e.kind == Kind::kChar) ImGui_ImplGlfw_CharCallback(g_window, e.ch);
  else if (e.kind == Kind::kKey) ImGui_ImplGlfw_KeyCallback(g_window, e.key, e.scancode, e.action, e.mods);
}

void on_key(GLFWwindow*, int key, int scancode, int action, int mods) {
  g_input.push({claimlens::model::InputEvent::Kind::kKey, key, scancode, action, mods, 0}, to_imgui);
}

void on_char(GLFWwindow*, unsigned int c) {
  g_input.push({claimlens::model::InputEvent::Kind::kChar, 0, 0, 0, 0, c}, to_imgui);
}

// The pointer reaches ImGui by polling: after ImGui_ImplGlfw_NewFrame, the frame's position
// and buttons are replaced by what the replay has passed on.
void on_pointer(GLFWwindow*, double x, double y) {
  g_input.push({claimlens::model::InputEvent::Kind::kPointer, 0, 0, 0, 0, 0, x, y}, to_imgui);
}

void on_button(GLFWwindow*, int button, int action, int) {
  g_input.push({claimlens::model::InputEvent::Kind::kButton, button, 0, action, 0, 0}, to_imgui);
}

void pointer_to_imgui() {
  ImGuiIO& io = ImGui::GetIO();
  if (g_input.has_pointer()) io.MousePos = ImVec2(static_cast<float>(g_input.pointer_x()), static_cast<float>(g_input.pointer_y()));
  for (int b = 0; b < 3; ++b) io.MouseDown[b] = g_input.button_down(b);
}

// Times of the most recent frames (ms, the page's clock), for benchmarks: the whole of
// frame(), and the part of it that only computes (fonts, ImGui's frame, the reader, and
// ImGui::Render building the vertex lists) -- the rest issues WebGL calls, which in a
// browser can wait on the GPU process.
constexpr int kFrameHistory = 600;
double g_frame_ms[kFrameHistory] = {};
double g_build_ms[kFrameHistory] = {};
int g_frame_count = 0;

// A performance.mark() on the page's timeline, for benchmarks to see where start-up goes.
void mark(const char* name) { EM_ASM({ if (self.performance && performance.mark) performance.mark(UTF8ToString($0)); }, name); }
claimlens::app::Reader g_reader;
std::string g_state;  // keeps the last state JSON alive for JavaScript to read

// Opens the page's file chooser (an <input type=file>); still inside the click's
// user-activation window, so the browser allows it.
void choose_files() { EM_ASM({ if (window.claimlens) window.claimlens.chooseFiles(); }); }

// The bundled example article, embedded at /examples by the build.
void open_example() {
  const char* path = "/examples/harbour-dispute.txt";
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  claimlens::app::reader_open(g_reader, "harbour-dispute.txt", bytes);
}

// Hands copied text to the page, which puts it on the system clipboard.
void set_clipboard(const char* text) {
  EM_ASM({ if (window.claimlens) window.claimlens._copy(UTF8ToString($0)); }, text);
}

void download(const char* name, const char* mime, const char* content) {
  EM_ASM({ if (window.claimlens) window.claimlens._download(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2)); },
         name, mime, content);
}

void share_link() { EM_ASM({ if (window.claimlens) window.claimlens._shareLink(); }); }
void clear_storage() { EM_ASM({ if (window.claimlens) window.claimlens._clearStorage(); }); }

void mirror_changed() { EM_ASM({ if (window.claimlens) window.claimlens._mirrorChanged(); }); }

// Matches the canvas's backing store to its CSS size times devicePixelRatio, so text is
// drawn at device resolution (sharp on high-DPI screens and under browser zoom). ImGui then
// works in device pixels: the reader scales fonts and style by the ratio instead.
void sync_canvas_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int w = static_cast<int>(std::lround(css_w * ratio));
  const int h = static_cast<int>(std::lround(css_h * ratio));
  int cur_w = 0, cur_h = 0;
  emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
  if (w > 0 && h > 0 && (w != cur_w || h != cur_h)) emscripten_set_canvas_element_size("#canvas", w, h);
  g_reader.pixel_ratio = static_cast<float>(ratio);
}

// Says once, on the page, why nothing is drawn (the reader's state API still works).
void report_renderer_error() {
  static bool reported = false;
  if (reported) return;
  reported = true;
  const std::string& why = claimlens::web::renderer_error(g_renderer);
  EM_ASM({
    console.error(UTF8ToString($0));
    const status = document.getElementById('status');
    if (status) { status.textContent = UTF8ToString($0) + '. Try another browser or enable WebGL 2.'; status.hidden = false; }
  }, why.c_str());
}

void frame() {
  const double start = emscripten_get_now();
  sync_canvas_size();
  if (claimlens::app::reader_prepare_frame(g_reader)) claimlens::web::renderer_set_fonts(&g_renderer);
  ImGui_ImplGlfw_NewFrame();
  pointer_to_imgui();
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  ImGui::NewFrame();
  claimlens::app::reader_frame(g_reader);
  ImGui::Render();
  const double built = emscripten_get_now();
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(claimlens::app::current_theme().paper);
  static int page_dark = -1;  // the page behind the canvas follows the theme (no flash on resize)
  if (page_dark != static_cast<int>(g_reader.dark)) {
    page_dark = g_reader.dark;
    EM_ASM({ document.body.style.background = UTF8ToString($0); }, g_reader.dark ? "#1c1d20" : "#fbf9f4");
  }
  if (!claimlens::web::renderer_render(&g_renderer, ImGui::GetDrawData(), ImVec4(paper.x, paper.y, paper.z, 1.0f)))
    report_renderer_error();
  g_build_ms[g_frame_count % kFrameHistory] = built - start;
  g_frame_ms[g_frame_count++ % kFrameHistory] = emscripten_get_now() - start;
  if (g_frame_count == 1) mark("claimlens:first-frame");
  g_input.end_frame(to_imgui);  // at the end: the frame reads live modifier state
}

}  // namespace

extern "C" {

// Opens `size` bytes as a document named `name`. Returns 1 if opened, 0 if refused (the
// reason is in the state's "message").
EMSCRIPTEN_KEEPALIVE int claimlens_open(const char* name, const char* data, int size) {
  const auto result = claimlens::app::reader_open(
      g_reader, name, std::string_view(data, static_cast<std::size_t>(size)));
  return result.ok ? 1 : 0;
}

// Opens an article the page's Web Worker prepared (web/engine_worker.js): `size` bytes in
// the form of model::encode_prepared. Returns 1 if opened, 0 if refused (see "message").
EMSCRIPTEN_KEEPALIVE int claimlens_open_prepared(const char* name, const char* data, int size) {
  claimlens::model::PreparedArticle article;
  if (!claimlens::model::decode_prepared(std::string_view(data, static_cast<std::size_t>(size)), &article)) {
    g_reader.message = std::string(name) + ": " + article.message;
    g_reader.message_is_error = true;
    return 0;
  }
  return claimlens::app::reader_open_prepared(g_reader, name, std::move(article)).ok ? 1 : 0;
}

// Attaches an annotation file (claimlens or W3C JSON) to the open article it belongs to.
// Returns 1 if imported, 0 if refused (the reason is in the state's "message").
EMSCRIPTEN_KEEPALIVE int claimlens_import(const char* name, const char* data, int size) {
  return claimlens::app::reader_import(g_reader, name, std::string_view(data, static_cast<std::size_t>(size))).ok ? 1 : 0;
}

// Reopens a saved or shared document with exactly its saved annotations.
EMSCRIPTEN_KEEPALIVE int claimlens_restore(const char* name, const char* data, int size, const char* annotations) {
  return claimlens::app::reader_restore(g_reader, name, std::string_view(data, static_cast<std::size_t>(size)),
                                        annotations).ok ? 1 : 0;
}

// The text of document `index` as the engine saw it ("" if none); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* claimlens_document_text(int index) {
  const auto& docs = g_reader.documents;
  g_state = index >= 0 && index < static_cast<int>(docs.size()) ? docs[index]->text : std::string();
  return g_state.c_str();
}

// Decodes what follows "#share=" in a share link (claimlens/share_link.h) and returns
// {"ok": true, "name", "text" (if the link has it), "annotations" (JSON text)} or
// {"ok": false, "error"}; valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* claimlens_decode_share(const char* encoded) {
  const claimlens::ShareDecodeResult decoded = claimlens::decode_share_link(encoded);
  nlohmann::json out = {{"ok", decoded.ok}};
  if (!decoded.ok) {
    out["error"] = decoded.error;
  } else {
    out["name"] = decoded.payload.name;
    if (decoded.payload.has_text) out["text"] = decoded.payload.text;
    out["annotations"] = decoded.payload.annotations_json;
  }
  g_state = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return g_state.c_str();
}

// The page reports whether browser storage works (and what it last did).
EMSCRIPTEN_KEEPALIVE void claimlens_storage_status(int ok, const char* status) {
  g_reader.storage_ok = ok != 0;
  g_reader.storage_status = status;
}

// A message for the status line, from the page (share links, storage faults).
EMSCRIPTEN_KEEPALIVE void claimlens_notice(int error, const char* message) {
  g_reader.message = message;
  g_reader.message_is_error = error != 0;
}

// Text pasted on the page: into the focused field, else as a new document.
EMSCRIPTEN_KEEPALIVE void claimlens_paste(const char* text) { claimlens::app::reader_paste(g_reader, text); }

// Scrolls by (dx, dy) wheel steps, positive = right/down as in DOM wheel events. The page
// takes wheel events itself because Emscripten 3.1.6's GLFW passes raw pixel deltas with
// the wrong sign and sees Chrome's 'wheel' and 'mousewheel' twice (they cancel out).
EMSCRIPTEN_KEEPALIVE void claimlens_wheel(double dx, double dy) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH -= static_cast<float>(dx);
  io.MouseWheel -= static_cast<float>(dy);
}

// The reader's state as JSON (see reader_state_json); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* claimlens_state() {
  g_state = claimlens::app::reader_state_json(g_reader);
  return g_state.c_str();
}

// Document `index`'s annotations as claimlens JSON ("" if none); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* claimlens_document_json(int index) {
  g_state = claimlens::app::reader_document_json(g_reader, index);
  return g_state.c_str();
}

// The accessible mirror of the active document (JSON); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* claimlens_mirror() {
  g_state = claimlens::app::reader_mirror_json(g_reader);
  return g_state.c_str();
}

// The times (ms) of up to the last 600 frames, oldest first, as a JSON array: the whole
// frame (build != 0) or only its computing part (build = 1; see g_build_ms).
EMSCRIPTEN_KEEPALIVE const char* claimlens_frame_times(int build) {
  const double* times = build ? g_build_ms : g_frame_ms;
  g_state = "[";
  const int n = g_frame_count < kFrameHistory ? g_frame_count : kFrameHistory;
  for (int i = 0; i < n; ++i) {
    const int k = (g_frame_count - n + i) % kFrameHistory;
    if (i) g_state += ',';
    g_state += std::to_string(times[k]);
  }
  g_state += "]";
  return g_state.c_str();
}

// Runs the open path (article extraction, checks, the engine, statements) once on the
// bundled example, repeated to a few pages, and throws the result away. Chromium first runs
// WebAssembly in a baseline tier and optimizes the functions it sees running hot; the page
// calls this a few times when idle after the first frame, so a person's first (large) file
// is annotated by optimized code: a first 1 MB open took 320 ms, later ones 70 ms.
EMSCRIPTEN_KEEPALIVE int claimlens_warm_up() {
  static std::string sample;
  if (sample.empty()) {
    std::ifstream in("/examples/harbour-dispute.txt", std::ios::binary);
    const std::string one((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (int i = 0; i < 12 && !one.empty(); ++i) sample += one + "\n\n";
  }
  claimlens::model::Document doc;
  if (!claimlens::model::load_document("warm-up.txt", sample, &doc).ok) return 0;
  const claimlens::app::FontSet& fonts = g_reader.fonts;
  if (fonts.body && fonts.title) {  // and the word wrap, with the real glyph widths
    claimlens::model::LayoutStyle style;
    style.body = &fonts.body_advances;
    style.title = &fonts.title_advances;
    style.body_size = fonts.baked_body_size;
    style.title_size = fonts.title_advances.base_size;
    // Many times over (each width a new wrap): a long article's wrap is one hot loop.
    for (int i = 0; i < 24; ++i) {
      style.width = fonts.baked_body_size * (20.0f + static_cast<float>(i));
      doc.layout.wrap(style);
    }
  }
  return 1;
}

// Ctrl +/-/0 from the page (which keeps the browser from zooming instead).
EMSCRIPTEN_KEEPALIVE void claimlens_font_step(int steps) { claimlens::app::reader_step_font(g_reader, steps); }

}  // extern "C"

int main() {
  mark("claimlens:main");
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: layout is the reader's, not ImGui's
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  sync_canvas_size();  // the boot script (index.html) sized the canvas already: no-op

  // The window takes the WebGL context the boot script made, at the canvas's present size
  // (GLFW resizes the canvas to the size asked, which would reallocate the live context's
  // drawing buffer). The renderer takes over the shaders the boot script is compiling.
  int width = 0, height = 0;
  emscripten_get_canvas_element_size("#canvas", &width, &height);
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);  // 2D only: no depth or stencil buffer to allocate
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  g_window = glfwCreateWindow(std::max(width, 1), std::max(height, 1), "claimlens", nullptr, nullptr);
  if (!g_window) return 1;
  glfwMakeContextCurrent(g_window);
  if (!claimlens::web::renderer_create(&g_renderer)) report_renderer_error();
  mark("claimlens:webgl-context");
  claimlens::app::reader_prepare_frame(g_reader);
  claimlens::web::renderer_set_fonts(&g_renderer);
  mark("claimlens:fonts");
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  glfwSetKeyCallback(g_window, on_key);  // replace ImGui's own, which to_imgui() calls
  glfwSetCharCallback(g_window, on_char);
  glfwSetCursorPosCallback(g_window, on_pointer);
  glfwSetMouseButtonCallback(g_window, on_button);

  g_reader.platform.choose_files = choose_files;
  g_reader.platform.open_example = open_example;
  g_reader.platform.set_clipboard = set_clipboard;
  g_reader.platform.mirror_changed = mirror_changed;
  g_reader.platform.download = download;
  g_reader.platform.share_link = share_link;
  g_reader.platform.clear_storage = clear_storage;
  EM_ASM({ if (window.claimlens) window.claimlens._onReady(); });
  // The first frame now, not on the next animation frame: everything it needs is ready,
  // and the browser shows it with its next composite either way.
  frame();
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
