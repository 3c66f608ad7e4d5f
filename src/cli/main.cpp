// claimlens command line: annotate articles natively, one file or a JSONL stream.
//
//   claimlens annotate FILE        prints the file's annotations as claimlens JSON
//   claimlens annotate --jsonl     reads {"id","text"} lines on stdin, writes one
//                                  {"id", ...result} line per input line
//   claimlens version
//
// Exit status: 0 success; 1 bad input (message on stderr); 2 wrong usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "claimlens/annotate.h"
#include "claimlens/native_json.h"

namespace {

constexpr const char* kUsage =
    "usage: claimlens annotate FILE\n"
    "       claimlens annotate --jsonl   < records.jsonl > results.jsonl\n"
    "       claimlens version\n";

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool read_file(const std::string& path, std::string* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) {
    *error = "cannot read " + path;
    return false;
  }
  if (static_cast<std::uint64_t>(size) > claimlens::kMaxTextBytes) {
    *error = path + ": " + claimlens::describe({claimlens::TextError::kTooLarge, 0});
    return false;
  }
  in.seekg(0);
  out->resize(static_cast<std::size_t>(size));
  in.read(out->data(), size);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  return true;
}

// Annotates checked bytes into claimlens JSON, or returns false with a message.
bool annotate_to_json(std::string_view name, std::string_view bytes, nlohmann::json* out,
                      std::string* error) {
  const claimlens::CheckedText checked = claimlens::check_text(bytes);
  if (!checked.status.ok()) {
    *error = claimlens::describe(checked.status);
    return false;
  }
  const claimlens::AnnotateResult result = claimlens::annotate(checked.text);
  if (!result.status.ok()) {
    *error = claimlens::describe(result.status);
    return false;
  }
  *out = claimlens::to_native_json(name, checked.text, result.annotations);
  if (result.truncated) (*out)["truncated"] = true;
  return true;
}

int annotate_file(const std::string& path) {
  std::string bytes, error;
  nlohmann::json doc;
  if (!read_file(path, &bytes, &error) || !annotate_to_json(base_name(path), bytes, &doc, &error)) {
    std::cerr << "claimlens: " << (error.rfind(path, 0) == 0 ? "" : path + ": ") << error << "\n";
    return 1;
  }
  // Replace, not throw: a file name need not be UTF-8 (the text itself was checked).
  std::cout << doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return 0;
}

// One output line per input line, in order, so the stream can be zipped with its input.
// A bad line yields {"id", "error"} and the run goes on; the exit status reports it.
int annotate_jsonl() {
  std::ios::sync_with_stdio(false);
  std::string line;
  std::size_t line_number = 0, failures = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    nlohmann::json out;
    std::string error;
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object()) {
      error = "not a JSON object";
    } else if (!record.contains("text") || !record["text"].is_string()) {
      error = "no \"text\" string";
    } else {
      const std::string id = record.contains("id") && record["id"].is_string()
                                 ? record["id"].get<std::string>()
                                 : std::to_string(line_number);
      nlohmann::json doc;
      if (annotate_to_json(id, record["text"].get_ref<const std::string&>(), &doc, &error)) out = std::move(doc);
    }
    if (record.is_object() && record.contains("id")) out["id"] = record["id"];
    else out["id"] = line_number;
    if (!error.empty()) {
      ++failures;
      out["error"] = error;
      std::cerr << "claimlens: line " << line_number << ": " << error << "\n";
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "version" && argc == 2) {
    std::cout << "claimlens " << claimlens::engine_version() << "\n";
    return 0;
  }
  if (command == "annotate" && argc == 3) {
    const std::string arg = argv[2];
    return arg == "--jsonl" ? annotate_jsonl() : annotate_file(arg);
  }
  std::cerr << kUsage;
  return 2;
}
