// share_link.h — reading share links. The page writes a link as
//   <page address>#share=<base64url( deflate-raw( JSON ) )>
// where the JSON is {"v": 1, "name": "...", "text": "..." (optional), "annotations": {...}}
// and "annotations" is a claimlens annotation file (annotation_file.h) made on the text.
// Writing stays in the page (the browser's CompressionStream); reading is here so a
// damaged or hostile link is refused by tested, fuzzed code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimlens {

// A link this long is refused before decoding (browsers keep URLs of a few MB at most).
inline constexpr std::size_t kMaxShareLinkChars = 4u * 1024u * 1024u;
// Decompressed payloads beyond this are refused: DEFLATE expands up to ~1000x.
inline constexpr std::size_t kMaxSharePayloadBytes = 16u * 1024u * 1024u;

struct SharePayload {
  std::string name;              // the article's name; "Shared article" when the link has none
  bool has_text = false;         // false: the link carries annotations only
  std::string text;              // the article, valid UTF-8, when has_text
  std::string annotations_json;  // the annotation file, as JSON text (not yet checked as a file)
};

struct ShareDecodeResult {
  bool ok = false;
  std::string error;  // for a person: what is wrong with the link
  SharePayload payload;
};

// Decodes what follows "#share=" in a link. Accepts the base64url alphabet (and '+', '/',
// '=' padding, as some programs rewrite them); refuses anything else with the position of
// the first bad character. A link cut short, corrupted, too large, not UTF-8, not JSON,
// of another version or without annotations is refused with a message saying which.
ShareDecodeResult decode_share_link(std::string_view encoded);

// base64url without padding, the alphabet the page writes; exposed for tests.
std::string encode_base64url(std::string_view bytes);

}  // namespace claimlens
