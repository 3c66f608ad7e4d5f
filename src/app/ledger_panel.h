// ledger_panel.h — the claim ledger in the reader: every contested proposition of the open
// articles once, who asserts it and who denies it, a source x group matrix, and the
// person's corrections to the grouping (move a statement, split, merge, rename).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "reader.h"

namespace claimlens::app {

// Rebuilds reader.ledger if a document opened, closed or changed since the last build.
void refresh_ledger(Reader& reader);

// Draws the ledger filling the current content region.
void draw_ledger_panel(Reader& reader);

// Before the document tabs are drawn: brings the tab of a statement clicked in the ledger
// to the front (a request made while the tabs are drawn would be cleared with them).
void request_reveal_tab(Reader& reader);

// After the active document was drawn: scrolls to the statement a ledger click asked for.
void reveal_pending(Reader& reader, Document& doc);

// Records a correction to the grouping in the document of `statement` (so it travels with
// that document's exports and storage) and rebuilds the ledger. False if no open document
// holds the statement.
bool ledger_edit(Reader& reader, LedgerEdit edit);

// Offers the ledger as a download: JSON, or CSV when `csv`.
void export_ledger(Reader& reader, bool csv);

// The ledger for the page's state (reader_state_json): groups with their members, and the
// rows and controls drawn in the last frame (CSS px).
nlohmann::json ledger_state_json(const Reader& reader);

}  // namespace claimlens::app
