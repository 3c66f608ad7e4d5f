// The engine-only module of the page's Web Worker (web/engine_worker.js): reads and
// annotates one file off the page's main thread, so a long article does not freeze the
// page, and hands it back as a prepared article (src/model/prepared_article.h) for
// claimlens_open_prepared. No ImGui, no GL: the engine, the file formats and the model.
#include <emscripten.h>

#include <string>

#include "prepared_article.h"

namespace {
std::string g_out;  // the last result, until claimlens_worker_release()
}  // namespace

extern "C" {

// Prepares `size` bytes of the file `name`; returns the encoded result (also for a refused
// file: it carries the message), claimlens_worker_size() bytes long.
EMSCRIPTEN_KEEPALIVE const char* claimlens_worker_prepare(const char* name, const char* data, int size) {
  g_out = claimlens::model::encode_prepared(
      claimlens::model::prepare_article(name, std::string_view(data, static_cast<std::size_t>(size))));
  return g_out.data();
}

EMSCRIPTEN_KEEPALIVE int claimlens_worker_size() { return static_cast<int>(g_out.size()); }

EMSCRIPTEN_KEEPALIVE void claimlens_worker_release() { std::string().swap(g_out); }

}  // extern "C"
