// WebGL 2 renderer for Dear ImGui's draw data (see webgl_renderer.h).
#include "webgl_renderer.h"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace claimlens::web {
namespace {

// The shaders' sources live in the page's boot script (web/index.html), which compiles
// them at the first moment so the GPU process has them when the renderer asks; a copy of
// the string, malloc'ed, or null when the boot script did not run.
EM_JS(char*, boot_shader_source, (int fragment), {
  const boot = window.claimlensBoot;
  const source = boot && boot.shaders && (fragment ? boot.shaders.fragment : boot.shaders.vertex);
  if (!source) return 0;
  const size = lengthBytesUTF8(source) + 1;
  const copy = _malloc(size);
  stringToUTF8(source, copy, size);
  return copy;
});

// The program the boot script linked, registered with Emscripten's GL object table as
// glCreateProgram and glLinkProgram would (library_webgl.js of Emscripten 3.1.6, the
// toolchain's), so every GL call here can use it; 0 when there is none (the renderer then
// compiles the same sources itself).
EM_JS(int, adopt_boot_program, (), {
  const boot = window.claimlensBoot;
  const program = boot && boot.program;
  if (!program || typeof GL === 'undefined' || !GL.programs || !GL.getNewId) return 0;
  boot.program = null;
  const id = GL.getNewId(GL.programs);
  program.name = id;
  program.maxUniformLength = program.maxAttributeLength = program.maxUniformBlockNameLength = 0;
  program.uniformIdCounter = 1;
  program.uniformLocsById = 0;  // glGetUniformLocation fills these in
  program.uniformSizeAndIdsByName = {};
  GL.programs[id] = program;
  return id;
});

unsigned compile(GLenum kind, bool fragment) {
  char* source = boot_shader_source(fragment ? 1 : 0);
  if (!source) return 0;
  const GLuint shader = glCreateShader(kind);
  const char* text = source;
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);  // no status read here: see collect_link()
  std::free(source);
  return shader;
}

std::string info_log(GLuint object, bool program) {
  GLint length = 0;
  if (program) glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
  else glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
  if (length <= 1) return {};
  std::string log(static_cast<std::size_t>(length), '\0');
  if (program) glGetProgramInfoLog(object, length, nullptr, log.data());
  else glGetShaderInfoLog(object, length, nullptr, log.data());
  while (!log.empty() && (log.back() == '\0' || log.back() == '\n')) log.pop_back();
  return log;
}

// The state every draw relies on. Set once, and again when a draw callback asks for it.
void set_fixed_state(const WebglRenderer& r) {
  glUseProgram(r.program);
  glBindVertexArray(r.vertex_array);
  glActiveTexture(GL_TEXTURE0);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
}

// The single wait of start-up: the link result. On failure the compile logs say why.
bool collect_link(WebglRenderer* r) {
  GLint linked = GL_FALSE;
  glGetProgramiv(r->program, GL_LINK_STATUS, &linked);
  if (linked != GL_TRUE) {
    r->error = "WebGL could not build the reader's shaders";
    for (auto [object, is_program] : {std::pair{r->vertex_shader, false},
                                      std::pair{r->fragment_shader, false},
                                      std::pair{r->program, true}}) {
      if (!object) continue;  // the boot script's program keeps its shaders to itself
      const std::string log = info_log(object, is_program);
      if (!log.empty()) r->error += ": " + log;
    }
    return false;
  }
  if (r->vertex_shader && r->fragment_shader) {
    glDetachShader(r->program, r->vertex_shader);
    glDetachShader(r->program, r->fragment_shader);
    glDeleteShader(r->vertex_shader);
    glDeleteShader(r->fragment_shader);
    r->vertex_shader = r->fragment_shader = 0;
  }
  r->projection_location = glGetUniformLocation(r->program, "view");
  set_fixed_state(*r);
  glUniform1i(glGetUniformLocation(r->program, "glyphs"), 0);
  r->linked = true;
  return true;
}

// Uploads `bytes` into the bound buffer `target`, growing it (doubling) when too small:
// the buffers grow, never shrink.
void stream(GLenum target, const void* bytes, std::size_t size, std::size_t* capacity) {
  if (size > *capacity) {
    *capacity = size * 2;
    glBufferData(target, static_cast<GLsizeiptr>(*capacity), nullptr, GL_STREAM_DRAW);
  }
  glBufferSubData(target, 0, static_cast<GLsizeiptr>(size), bytes);
}

}  // namespace

bool renderer_create(WebglRenderer* r) {
  r->program = static_cast<unsigned>(adopt_boot_program());
  if (!r->program) {
    r->vertex_shader = compile(GL_VERTEX_SHADER, false);
    r->fragment_shader = compile(GL_FRAGMENT_SHADER, true);
    if (!r->vertex_shader || !r->fragment_shader) {
      r->error = "The page's boot script (index.html) did not provide the reader's shaders";
      return false;
    }
    r->program = glCreateProgram();
    glAttachShader(r->program, r->vertex_shader);
    glAttachShader(r->program, r->fragment_shader);
    glLinkProgram(r->program);
  }

  glGenVertexArrays(1, &r->vertex_array);
  glGenBuffers(1, &r->vertex_buffer);
  glGenBuffers(1, &r->index_buffer);
  if (!r->program || !r->vertex_array ||
      !r->vertex_buffer || !r->index_buffer) {
    r->error = "WebGL could not create the reader's drawing objects";
    return false;
  }
  // The vertex layout is ImDrawVert's; the vertex array keeps it and the index buffer.
  glBindVertexArray(r->vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, r->vertex_buffer);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->index_buffer);
  const GLsizei stride = sizeof(ImDrawVert);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  r->vertex_capacity = r->index_capacity = 0;
  // Hand the commands to the GPU process now, so it compiles while the page goes on.
  glFlush();

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "claimlens_webgl";
  return true;
}

void renderer_set_fonts(WebglRenderer* r) {
  if (!r->error.empty()) return;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (r->font_texture) glDeleteTextures(1, &r->font_texture);
  glGenTextures(1, &r->font_texture);
  glBindTexture(GL_TEXTURE_2D, r->font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(r->font_texture)));
}

bool renderer_render(WebglRenderer* r, const ImDrawData* draw_data, ImVec4 clear) {
  if (!r->error.empty()) return false;
  if (!r->linked && !collect_link(r)) return false;
  const ImVec2 scale = draw_data->FramebufferScale;
  const int fb_width = static_cast<int>(draw_data->DisplaySize.x * scale.x);
  const int fb_height = static_cast<int>(draw_data->DisplaySize.y * scale.y);
  if (fb_width <= 0 || fb_height <= 0) return true;

  glDisable(GL_SCISSOR_TEST);  // the clear covers the whole buffer
  glViewport(0, 0, fb_width, fb_height);
  glClearColor(clear.x, clear.y, clear.z, clear.w);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);

  // ImGui's coordinates (origin DisplayPos, y down) to clip space (y up).
  const ImVec2 pos = draw_data->DisplayPos, size = draw_data->DisplaySize;
  glUniform4f(r->projection_location, 2.0f / size.x, -2.0f / size.y, -1.0f - 2.0f * pos.x / size.x,
              1.0f + 2.0f * pos.y / size.y);

  GLuint bound_texture = 0;
  for (int n = 0; n < draw_data->CmdListsCount; ++n) {
    const ImDrawList* list = draw_data->CmdLists[n];
    stream(GL_ARRAY_BUFFER, list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
           &r->vertex_capacity);
    stream(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.Data,
           static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx), &r->index_capacity);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
          set_fixed_state(*r);
          bound_texture = 0;
        } else {
          cmd.UserCallback(list, &cmd);
        }
        continue;
      }
      const float x0 = (cmd.ClipRect.x - pos.x) * scale.x, y0 = (cmd.ClipRect.y - pos.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - pos.x) * scale.x, y1 = (cmd.ClipRect.w - pos.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<int>(x0), static_cast<int>(fb_height - y1), static_cast<int>(x1 - x0),
                static_cast<int>(y1 - y0));
      const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
      if (texture != bound_texture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound_texture = texture;
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<std::intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  return true;
}

const std::string& renderer_error(const WebglRenderer& r) { return r.error; }

}  // namespace claimlens::web
