// Fuzzes `claimlens annotate FILE` (src/cli/main.cpp: annotate_file): a file's name and
// bytes both come from outside (an article someone sends, `xargs` over a folder).
//
// Input: the file name up to the first newline ('/' and NUL made '_'), then the contents.
// The harness writes the file to a private temporary folder, runs the real annotate_file
// (main.cpp compiled in, as in cli_jsonl_fuzzer.cpp) with std::cout/std::cerr in memory,
// and checks the documented behaviour: exit 0 with one claimlens JSON document on stdout
// exactly when check_text accepts the contents, otherwise exit 1 with a message on stderr
// and nothing on stdout. An exception escaping annotate_file (it would abort the CLI) is a
// finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "claimlens/annotate.h"
#include "claimlens/native_json.h"
#include "fuzz_check.h"

// See cli_jsonl_fuzzer.cpp for these three lines.
#define sync_with_stdio(x) sync_with_stdio(true)
#define main claimlens_cli_main
namespace cli_file {
#include "../src/cli/main.cpp"
}  // namespace cli_file
#undef main
#undef sync_with_stdio

namespace {

struct Redirect {
  std::ios& stream;
  std::streambuf* saved;
  Redirect(std::ios& s, std::streambuf* to) : stream(s), saved(s.rdbuf(to)) {}
  ~Redirect() { stream.rdbuf(saved); stream.clear(); }
};

// A private folder, removed at exit (each input's file is removed after its run).
std::string folder_name;
void remove_folder() { std::remove(folder_name.c_str()); }
const std::string& temp_folder() {
  if (folder_name.empty()) {
    char name[] = "/tmp/claimlens-cli-file-XXXXXX";
    folder_name = mkdtemp(name) ? name : "/tmp";
    if (folder_name != "/tmp") std::atexit(remove_folder);
  }
  return folder_name;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  std::string name = newline == std::string::npos ? "article.txt" : input.substr(0, newline);
  const std::string contents = newline == std::string::npos ? input : input.substr(newline + 1);
  for (char& c : name)
    if (c == '/' || c == '\0') c = '_';
  if (name.size() > 200) name.resize(200);
  if (name.empty() || name == "." || name == "..") name = "article.txt";

  const std::string path = temp_folder() + "/" + name;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    if (!out) return 0;  // the file system refused the name: nothing to test
  }
  std::ostringstream out, err;
  int status = -1;
  try {
    Redirect r_out(std::cout, out.rdbuf()), r_err(std::cerr, err.rdbuf());
    status = cli_file::annotate_file(path);
  } catch (const std::exception& e) {
    std::remove(path.c_str());
    FUZZ_CHECK(false, std::string("annotate_file threw: ") + e.what());
  }
  std::remove(path.c_str());

  const bool accepted = claimlens::check_text(contents).status.ok();
  FUZZ_CHECK(status == (accepted ? 0 : 1),
             "exit status " + std::to_string(status) + " for contents check_text " +
                 (accepted ? "accepts" : "refuses"));
  if (status == 0) {
    const nlohmann::json doc = nlohmann::json::parse(out.str(), nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(doc.is_object() && doc.value("format", "") == "claimlens",
               "stdout is not a claimlens JSON document");
    FUZZ_CHECK(err.str().empty(), "success, yet a message on stderr");
  } else {
    FUZZ_CHECK(out.str().empty(), "failure, yet output on stdout");
    FUZZ_CHECK(!err.str().empty() && err.str().back() == '\n', "failure without a message line");
  }
  return 0;
}
