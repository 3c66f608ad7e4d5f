// Fuzzes claimlens::annotate — the whole engine (tokenizer, sentences, quotes, cues,
// sources, contents, denials, coreference, hedges) — on every input check_text accepts,
// which is exactly what the reader, the CLI and the page feed it.
//
// Besides ASan/UBSan, it traps when the result breaks the structural promises of
// claimlens/annotate.h (fuzz/annotation_invariants.h): spans in range and on code-point
// boundaries, sorted, cross-references that point at the right layer, named sources. The
// reader indexes the text and the annotation array with these values, so a broken one is a
// crash or a wrong highlight in the browser. A second run with a tiny max_annotations
// checks the cap keeps the same promises and reports truncation. On inputs up to 4 KB a
// third run, on the raw bytes (BOM included, which annotate must skip), must give the same
// annotations byte for byte: the engine promises determinism, and a difference points at
// uninitialised memory or hidden state.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotation_invariants.h"
#include "claimlens/annotate.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const claimlens::CheckedText checked =
      claimlens::check_text(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!checked.status.ok()) return 0;
  const std::string_view text = checked.text;

  const claimlens::AnnotateResult full = claimlens::annotate(text);
  FUZZ_CHECK(full.status.ok(), "annotate refused a text check_text accepted");
  const std::string broken = claimlens_fuzz::annotation_violation(text, full);
  FUZZ_CHECK(broken.empty(), broken);

  claimlens::AnnotateOptions capped_options;
  capped_options.max_annotations = static_cast<std::uint32_t>(size % 4);
  const claimlens::AnnotateResult capped = claimlens::annotate(text, capped_options);
  FUZZ_CHECK(capped.annotations.size() <= capped_options.max_annotations,
             "max_annotations " + std::to_string(capped_options.max_annotations) + " but " +
                 std::to_string(capped.annotations.size()) + " annotations");
  FUZZ_CHECK(capped.truncated || full.annotations.size() <= capped_options.max_annotations,
             "annotations were dropped by max_annotations but truncated is false");
  const std::string broken_capped = claimlens_fuzz::annotation_violation(text, capped);
  FUZZ_CHECK(broken_capped.empty(), "with max_annotations " +
                                        std::to_string(capped_options.max_annotations) + ": " +
                                        broken_capped);

  // Deterministic: the same text gives the same annotations. (annotate() indexes its input
  // exactly as given; a leading U+FEFF in it is a character, so the bytes with their BOM
  // are a different text from the checked one and are not compared with it.)
  if (size <= 4096) {
    const claimlens::AnnotateResult again = claimlens::annotate(text);
    const std::string difference = claimlens_fuzz::annotation_difference(full, again);
    FUZZ_CHECK(difference.empty(), "annotating a second time gave other annotations: " + difference);
  }
  return 0;
}
