// Fuzzes annotation-file import (src/format/claimlens/annotation_file.h): claimlens JSON
// or W3C Web Annotation JSON-LD that a person opens in the reader, then re-anchored in an
// article — outside JSON all the way to highlighted spans.
//
// Checks the header's promises: nothing throws; a refusal says why; accepted records have
// ordered offsets and no links to unknown ids; the three writers run and the native and
// W3C files they write parse back with as many records; anchor_annotations on a fixed
// multi-byte article places each record or makes it an orphan, and what it places keeps
// annotate()'s structural promises (spans on code-point boundaries, sorted, links to the
// right layers: fuzz/annotation_invariants.h, without the engine-only field rules).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <set>
#include <string>
#include <string_view>

#include "annotation_invariants.h"
#include "claimlens/annotation_file.h"
#include "fuzz_check.h"

namespace {

// Written for the fuzzer: repeated quotes, curly quotes, dashes and 2-4 byte characters.
constexpr std::string_view kArticle =
    "“The ferry will run,” said Ines Vold. Vold said the ferry will run — twice.\n\n"
    "Café owners denied it: “Nothing will run.” Zoë said 😀 nothing.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    const claimlens::FileParseResult parsed = claimlens::parse_annotation_file(json);
    if (!parsed.ok) {
      FUZZ_CHECK(!parsed.error.empty(), "refused without a reason");
      return 0;
    }
    const claimlens::AnnotationFile& file = parsed.file;
    std::set<std::string> ids;
    for (const auto& r : file.annotations) ids.insert(r.id);
    for (const auto& r : file.annotations) {
      FUZZ_CHECK(r.start <= r.end, "record " + r.id + ": start > end");
      for (const auto& s : r.sources) FUZZ_CHECK(ids.count(s), "record " + r.id + ": source link to unknown id");
      for (const auto& d : r.denies) FUZZ_CHECK(ids.count(d), "record " + r.id + ": denies link to unknown id");
    }

    const std::string native = claimlens::to_native_file_json(file);
    const std::string w3c = claimlens::to_w3c_json(file);
    (void)claimlens::to_statements_csv(file);
    const claimlens::FileParseResult native_again = claimlens::parse_annotation_file(native);
    FUZZ_CHECK(native_again.ok, "the native file we wrote is refused: " + native_again.error);
    FUZZ_CHECK(native_again.file.annotations.size() == file.annotations.size(),
               "the native file we wrote parses back to another number of records");
    const claimlens::FileParseResult w3c_again = claimlens::parse_annotation_file(w3c);
    FUZZ_CHECK(w3c_again.ok, "the W3C file we wrote is refused: " + w3c_again.error);
    FUZZ_CHECK(w3c_again.file.annotations.size() == file.annotations.size(),
               "the W3C file we wrote parses back to another number of records");

    const claimlens::Anchoring anchored = claimlens::anchor_annotations(file, kArticle);
    FUZZ_CHECK(anchored.placed.size() + anchored.orphans.size() == file.annotations.size(),
               "placed + orphans != records");
    FUZZ_CHECK(anchored.creators.size() == anchored.placed.size() &&
                   anchored.notes.size() == anchored.placed.size(),
               "creators/notes are not parallel to placed");
    claimlens::AnnotateResult placed;
    placed.annotations = anchored.placed;
    const std::string broken =
        claimlens_fuzz::annotation_violation(kArticle, placed, /*engine_made=*/false);
    FUZZ_CHECK(broken.empty(), "anchored: " + broken);
  } catch (const claimlens_fuzz::Violation&) {
    throw;
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("threw: ") + e.what());
  }
  return 0;
}
