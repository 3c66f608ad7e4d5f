// webgl_renderer.h — draws Dear ImGui's draw data with WebGL 2 (OpenGL ES 3.0 through
// Emscripten), in place of ImGui's generic OpenGL3 backend.
//
// Why a backend of our own: in a browser every GL call that returns a value is a
// synchronous round trip to the GPU process. The generic backend reads some twenty state
// values back at every frame (to restore them afterwards), creates and deletes a vertex
// array per frame, and compiles its shaders and waits for them in one step on the first
// frame. The reader owns its canvas's context -- nothing else draws into it -- so here:
//   - fixed state is set once; a frame only writes (no glGet*, no state restored);
//   - renderer_create() never waits for the shader link; the first renderer_render()
//     collects the result (the one wait of start-up);
//   - the glyph atlas is uploaded as one byte per pixel (GL_R8), not converted to RGBA;
//   - the shaders are the page's boot script's (web/index.html): it compiles and links them
//     at the page's first moment and the renderer takes that program over (registered with
//     Emscripten's GL tables), compiling the same sources itself only when it finds none.
//
// Contract: call renderer_create() once with the context current; renderer_set_fonts()
// whenever ImGui's font atlas was (re)built; renderer_render() once per frame. All
// functions are no-ops after a failure, which renderer_error() describes.
#pragma once

#include <cstddef>
#include <string>

#include "imgui.h"

namespace claimlens::web {

struct WebglRenderer {
  unsigned program = 0, vertex_shader = 0, fragment_shader = 0;
  unsigned vertex_array = 0, vertex_buffer = 0, index_buffer = 0;
  unsigned font_texture = 0;
  int projection_location = -1;
  std::size_t vertex_capacity = 0, index_capacity = 0;  // bytes of the streaming buffers
  bool linked = false;  // the link result was collected and the program is in use
  std::string error;    // non-empty: drawing is off, and this says why
};

// Creates buffers and the vertex array and issues the shader compile and link without
// waiting for them. False (with renderer_error) only when GL objects cannot be created.
bool renderer_create(WebglRenderer* r);

// Uploads ImGui's current font atlas (building it if needed) as the glyph texture and
// records it as the atlas's texture id, replacing any earlier one.
void renderer_set_fonts(WebglRenderer* r);

// Clears the drawing buffer to `clear` and draws `draw_data`. The first call waits for the
// shader link; false when drawing is off (see renderer_error).
bool renderer_render(WebglRenderer* r, const ImDrawData* draw_data, ImVec4 clear);

// Why drawing is off (empty while it works).
const std::string& renderer_error(const WebglRenderer& r);

}  // namespace claimlens::web
