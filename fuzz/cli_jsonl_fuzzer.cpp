// Fuzzes `claimlens annotate --jsonl` (src/cli/main.cpp: annotate_jsonl), the record loop a
// pipeline (Hadoop Streaming, Spark's pipe, GNU parallel) feeds with outside JSONL.
//
// The CLI's functions are file-local, so the harness compiles src/cli/main.cpp into itself
// (its main() renamed) and runs the real annotate_jsonl with std::cin/std::cout/std::cerr
// pointed at memory. It checks the README's promise: exactly one output line per input
// line, each a JSON object with an "id" — a bad record yields {"id","error"} and the run
// goes on — and the exit status is 0 or 1. An exception escaping the loop is a finding.
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "claimlens/annotate.h"
#include "claimlens/native_json.h"
#include "fuzz_check.h"

// annotate_jsonl() starts with std::ios::sync_with_stdio(false). In libstdc++ that
// destroys and replaces the standard streams' buffers the first time it runs: after our
// redirection it would read the real stdin, and in the replay test it would pull the buffer
// from under Catch2's reporter (which holds std::cout's original streambuf). With the
// streams pointed at memory the setting changes nothing observable, so keep it synced.
// The namespace keeps main.cpp's definitions apart from the other CLI harness's copy when
// both are linked into the replay test.
#define sync_with_stdio(x) sync_with_stdio(true)
#define main claimlens_cli_main
namespace cli_jsonl {
#include "../src/cli/main.cpp"
}  // namespace cli_jsonl
#undef main
#undef sync_with_stdio

namespace {

// Points a standard stream at a buffer for the lifetime of the object.
struct Redirect {
  std::ios& stream;
  std::streambuf* saved;
  Redirect(std::ios& s, std::streambuf* to) : stream(s), saved(s.rdbuf(to)) {}
  ~Redirect() { stream.rdbuf(saved); stream.clear(); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::ostringstream out, err;
  int status = -1;
  try {
    Redirect r_in(std::cin, in.rdbuf()), r_out(std::cout, out.rdbuf()), r_err(std::cerr, err.rdbuf());
    status = cli_jsonl::annotate_jsonl();
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("annotate_jsonl threw: ") + e.what());
  }
  FUZZ_CHECK(status == 0 || status == 1, "exit status " + std::to_string(status));

  // std::getline sees one line per '\n', plus a last unterminated one.
  std::size_t lines_in = 0;
  for (char c : input) lines_in += c == '\n';
  if (!input.empty() && input.back() != '\n') ++lines_in;

  std::istringstream produced(out.str());
  std::string line;
  std::size_t lines_out = 0;
  while (std::getline(produced, line)) {
    ++lines_out;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(j.is_object() && j.contains("id"),
               "output line " + std::to_string(lines_out) + " is not a JSON object with an id");
  }
  FUZZ_CHECK(lines_out == lines_in, std::to_string(lines_in) + " input lines gave " +
                                        std::to_string(lines_out) + " output lines");
  return 0;
}
