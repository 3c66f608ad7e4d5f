// Browser host for the reader: GLFW/WebGL2 window, main loop, pixel-ratio handling, and
// the C functions the page's JavaScript calls (web/page.js). Thin on purpose: everything
// that decides what the reader shows lives in src/app.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include <nlohmann/json.hpp>

#include "claimlens/share_link.h"
#include "document.h"
#include "exchange.h"
#include "reader.h"
#include "theme.h"

namespace {

GLFWwindow* g_window = nullptr;

// Keys pressed and released between two frames: ImGui 1.86 samples key state once per
// frame, so such a tap would never be seen (it happens whenever a frame is slow). The
// release is held back until ImGui has seen the key down for one frame.
constexpr int kMaxKeys = 512;
bool g_pressed_since_frame[kMaxKeys] = {};
std::vector<int> g_deferred_releases;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (key >= 0 && key < kMaxKeys) {
    if (action == GLFW_PRESS) g_pressed_since_frame[key] = true;
    if (action == GLFW_RELEASE && g_pressed_since_frame[key]) {
      g_deferred_releases.push_back(key);
      return;
    }
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// After ImGui::NewFrame has sampled the keys: apply the releases held back.
void release_deferred_keys() {
  for (bool& pressed : g_pressed_since_frame) pressed = false;
  for (int key : g_deferred_releases) ImGui_ImplGlfw_KeyCallback(g_window, key, 0, GLFW_RELEASE, 0);
  g_deferred_releases.clear();
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

void frame() {
  const double start = emscripten_get_now();
  sync_canvas_size();
  if (claimlens::app::reader_prepare_frame(g_reader)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();  // the first one compiles the shaders and uploads the glyphs
  if (g_frame_count == 0) mark("claimlens:shaders");
  ImGui_ImplGlfw_NewFrame();
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  ImGui::NewFrame();
  release_deferred_keys();
  claimlens::app::reader_frame(g_reader);
  ImGui::Render();
  const double built = emscripten_get_now();
  glViewport(0, 0, w, h);
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(claimlens::app::current_theme().paper);
  static int page_dark = -1;  // the page behind the canvas follows the theme (no flash on resize)
  if (page_dark != static_cast<int>(g_reader.dark)) {
    page_dark = g_reader.dark;
    EM_ASM({ document.body.style.background = UTF8ToString($0); }, g_reader.dark ? "#1c1d20" : "#fbf9f4");
  }
  glClearColor(paper.x, paper.y, paper.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_build_ms[g_frame_count % kFrameHistory] = built - start;
  g_frame_ms[g_frame_count++ % kFrameHistory] = emscripten_get_now() - start;
  if (g_frame_count == 1) mark("claimlens:first-frame");
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
  // The first frame's glyphs are baked before the window is made: the page asked for the
  // WebGL context already (page.js), and the browser's GPU process gets it ready meanwhile.
  sync_canvas_size();
  claimlens::app::reader_prepare_frame(g_reader);
  mark("claimlens:fonts");

  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 800, "claimlens", nullptr, nullptr);
  if (!g_window) return 1;
  glfwMakeContextCurrent(g_window);
  mark("claimlens:webgl-context");
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  glfwSetKeyCallback(g_window, on_key);  // replaces ImGui's own, which on_key calls

  g_reader.platform.choose_files = choose_files;
  g_reader.platform.open_example = open_example;
  g_reader.platform.set_clipboard = set_clipboard;
  g_reader.platform.mirror_changed = mirror_changed;
  g_reader.platform.download = download;
  g_reader.platform.share_link = share_link;
  g_reader.platform.clear_storage = clear_storage;
  sync_canvas_size();
  EM_ASM({ if (window.claimlens) window.claimlens._onReady(); });
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
