// Fuzzes claimlens::to_native_json (and CodePointIndex under it) on annotate's output for
// every text check_text accepts — what `claimlens annotate` prints and the page exports.
//
// nlohmann::json throws type_error 316 when dump() meets invalid UTF-8 in a string, so a
// `quote` or `cue` cut inside a multi-byte character would kill the CLI (annotate_file
// dumps with the strict handler). The harness therefore requires that building and dumping
// the document never throws and that the dump parses back to the same document. It also
// checks the offsets: document.length is the code-point count, every start/end is the
// code-point offset of the span, and CodePointIndex maps byte <-> code point both ways for
// every code point (sampled on long texts).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"
#include "claimlens/native_json.h"
#include "claimlens/utf8.h"
#include "fuzz_check.h"

namespace {

void check_code_point_index(std::string_view text) {
  // Reference: the code point containing each byte, and the byte offset of each code point.
  std::vector<std::uint32_t> starts;
  for (std::uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  const auto count = static_cast<std::uint32_t>(starts.size());
  starts.push_back(static_cast<std::uint32_t>(text.size()));

  const claimlens::CodePointIndex index(text);
  FUZZ_CHECK(index.code_point_count() == count,
             "code_point_count " + std::to_string(index.code_point_count()) + ", expected " +
                 std::to_string(count));
  const std::uint32_t step = count <= 4096 ? 1 : count / 2048;
  for (std::uint32_t cp = 0; cp <= count; cp = cp == count ? count + 1 : std::min(cp + step, count)) {
    std::uint32_t byte = 0;
    FUZZ_CHECK(index.to_byte(cp, &byte), "to_byte refused code point " + std::to_string(cp));
    FUZZ_CHECK(byte == starts[cp], "to_byte(" + std::to_string(cp) + ") = " + std::to_string(byte) +
                                       ", expected " + std::to_string(starts[cp]));
    FUZZ_CHECK(index.to_code_point(byte) == cp,
               "to_code_point(to_byte(" + std::to_string(cp) + ")) = " +
                   std::to_string(index.to_code_point(byte)));
    // A byte inside the sequence maps to the code point containing it.
    if (cp < count && starts[cp + 1] > byte + 1)
      FUZZ_CHECK(index.to_code_point(starts[cp + 1] - 1) == cp,
                 "a continuation byte of code point " + std::to_string(cp) + " maps elsewhere");
  }
  std::uint32_t byte = 0;
  FUZZ_CHECK(!index.to_byte(count + 1, &byte), "to_byte accepted a code point past the end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const claimlens::CheckedText checked =
      claimlens::check_text(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!checked.status.ok()) return 0;
  const std::string_view text = checked.text;
  check_code_point_index(text);

  const claimlens::AnnotateResult result = claimlens::annotate(text);
  nlohmann::json doc;
  std::string dumped;
  try {
    doc = claimlens::to_native_json("fuzz.txt", text, result.annotations);
    dumped = doc.dump(1);  // strict UTF-8 handler, as `claimlens annotate FILE` uses
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("to_native_json/dump threw: ") + e.what());
  }
  nlohmann::json reparsed = nlohmann::json::parse(dumped, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(reparsed == doc, "the dumped document does not parse back to itself");

  const claimlens::CodePointIndex index(text);
  FUZZ_CHECK(doc["document"]["length"] == index.code_point_count(), "document.length is wrong");
  const nlohmann::json& out = doc["annotations"];
  FUZZ_CHECK(out.size() == result.annotations.size(), "annotation count differs");
  for (std::size_t i = 0; i < out.size(); ++i) {
    const claimlens::Span span = result.annotations[i].span;
    if (span.begin > span.end || span.end > text.size()) continue;  // annotate_fuzzer's job
    FUZZ_CHECK(out[i]["start"] == index.to_code_point(span.begin) &&
                   out[i]["end"] == index.to_code_point(span.end),
               "annotation " + std::to_string(i) + ": start/end are not the span's code points");
    FUZZ_CHECK(out[i]["quote"] == std::string(text.substr(span.begin, span.end - span.begin)),
               "annotation " + std::to_string(i) + ": quote is not the span's text");
  }
  return 0;
}
