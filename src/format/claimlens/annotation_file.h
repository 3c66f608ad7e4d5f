// claimlens/annotation_file.h — annotations as they travel in files, and how they find
// their place again in a text.
//
// An AnnotationRecord is self-describing: besides its offsets (code points) it carries its
// quote with a little context before and after (prefix, suffix), so it can be re-anchored
// when the text it was made on has changed. Nothing here throws: parsing returns errors as
// values, with a message for a person.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"
#include "claimlens/ledger_edits.h"

namespace claimlens {

// Limits on imported files (README: "Limits").
inline constexpr std::size_t kMaxImportBytes = 32u * 1024u * 1024u;
inline constexpr int kMaxImportDepth = 32;
inline constexpr std::size_t kMaxImportAnnotations = 200'000;
// Context kept on each side of a quote, in code points.
inline constexpr std::uint32_t kQuoteContext = 32;

enum class Creator : std::uint8_t { kEngine, kPerson };

struct AnnotationRecord {
  std::string id;                 // unique within its file ("C3", "p12")
  Layer layer = Layer::kClaim;
  std::uint32_t start = 0, end = 0;  // code points, half-open
  std::string quote, prefix, suffix;
  std::string entity;                 // sources
  std::vector<std::string> sources;   // ids of source records
  std::vector<std::string> denies;    // ids of claim records
  std::string cue;                    // the cue's text, informative
  std::string why;
  std::string note;                   // a person's note
  Creator creator = Creator::kEngine;
};

struct AnnotationFile {
  std::string name;      // document name
  std::string sha256;    // fingerprint of the document's UTF-8 text
  std::uint32_t length = 0;  // code points
  std::string engine;    // engine version that made the engine's annotations
  std::vector<AnnotationRecord> annotations;
  std::vector<LedgerEdit> ledger;  // the person's claim-ledger corrections (native JSON "ledger")
};

struct FileParseResult {
  bool ok = false;
  std::string error;  // why the file was refused, for a person
  AnnotationFile file;
};

// Parses claimlens JSON (format "claimlens", version 1) or W3C Web Annotation JSON-LD
// (an AnnotationCollection, or an array of annotations, as written by to_w3c_json).
// Checks size, nesting, types, and that every offset pair is ordered; links to unknown
// ids are dropped.
FileParseResult parse_annotation_file(std::string_view json);

// `bytes` from its first character after a UTF-8 BOM and white space (empty if there is
// none): where a JSON document in them would start.
std::string_view json_body(std::string_view bytes);

// Whether `bytes` plainly is an annotation file rather than an article, whatever its
// name: JSON (after white space or a BOM) whose first 4 KB name the claimlens format or
// W3C annotations. A cheap look for routing a dropped file, not a parse.
bool looks_like_annotation_file(std::string_view bytes);

// Builds records from engine-style annotations over `text` (quotes and context included).
// `creators` and `notes` may be empty or hold one entry per annotation.
AnnotationFile make_annotation_file(std::string_view name, std::string_view text,
                                    const std::vector<Annotation>& annotations,
                                    const std::vector<Creator>& creators = {},
                                    const std::vector<std::string>& notes = {});

// Writers. Native is claimlens JSON v1 (native_json.h) plus prefix/suffix/creator/note.
std::string to_native_file_json(const AnnotationFile& file);
// W3C Web Annotation Data Model: an AnnotationCollection whose items tag the text with
// TextQuoteSelector + TextPositionSelector (code points); sources and denials are linked
// with `linking` annotations.
std::string to_w3c_json(const AnnotationFile& file);
// Statements as CSV (RFC 4180): id, layer, source entity, quote, cue, note.
std::string to_statements_csv(const AnnotationFile& file);

// Where each record lands in `text`.
struct Anchoring {
  std::vector<Annotation> placed;     // sorted as annotate() sorts; links remapped
  std::vector<Creator> creators;      // parallel to placed
  std::vector<std::string> notes;     // parallel to placed
  std::vector<AnnotationRecord> orphans;  // could not be placed with confidence
  bool exact = false;                 // the fingerprint matched: offsets used as they are
};

// Places the records of `file` in `text` (checked UTF-8). If the fingerprint matches, the
// offsets are used (after checking the quote). Otherwise each record is looked up by its
// quote: placed when the quote occurs once, or when its prefix/suffix single out one
// occurrence; anything else becomes an orphan — never placed on a guess.
Anchoring anchor_annotations(const AnnotationFile& file, std::string_view text);

}  // namespace claimlens
