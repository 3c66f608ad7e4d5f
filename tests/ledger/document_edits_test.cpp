// Ledger edits kept with a document: in its annotation file, merged on import without
// duplicates, kept when the engine runs again.
#include <catch2/catch.hpp>

#include "editing.h"

namespace claimlens::model {

TEST_CASE("a document's ledger edits travel in its annotation file", "[ledger][document]") {
  Document doc;
  REQUIRE(load_document("t.txt", "Vela said Kordavia sold rifles to the rebels.", &doc).ok);
  const LedgerEdit rename{LedgerEdit::Kind::kRename, "abc/c10-20", {}, "Rifles", 3};
  const LedgerEdit join{LedgerEdit::Kind::kJoin, "abc/c10-20", "def/d1-9", {}, 4};
  const std::uint32_t revision = doc.revision;
  CHECK(merge_ledger_edits(&doc, {rename, join}) == 2);
  CHECK(doc.revision > revision);  // a change to save
  CHECK(merge_ledger_edits(&doc, {join}) == 0);  // already there: not duplicated
  CHECK(doc.ledger_edits.size() == 2);

  const AnnotationFile file = to_annotation_file(doc);
  CHECK(file.ledger == doc.ledger_edits);
  const FileParseResult back = parse_annotation_file(to_native_file_json(file));
  REQUIRE(back.ok);
  CHECK(back.file.ledger == doc.ledger_edits);

  rerun_engine(&doc);
  CHECK(doc.ledger_edits.size() == 2);
}

}  // namespace claimlens::model
