// claimlens/ledger_edits.h — a person's corrections to the claim ledger, as plain data.
//
// The ledger (src/ledger) groups the claims and denials of all open documents by the
// proposition they concern. A person may correct that grouping; each correction is one
// LedgerEdit, applied in `seq` order on top of the automatic grouping. Edits name
// statements by their stable key (statement_key: the document's fingerprint, the layer and
// the code-point span), never by a group number, so they survive re-running the engine and
// travel with the document in its claimlens JSON (member "ledger"). An edit whose
// statements are not open is kept and simply has no effect until they are.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimlens/annotate.h"

namespace claimlens {

struct LedgerEdit {
  enum class Kind : std::uint8_t {
    kJoin,     // `statement` moves into the group of `other`
    kIsolate,  // `statement` leaves its group and starts a new one
    kMerge,    // the whole group of `other` joins the group of `statement`
    kRename,   // the group of `statement` is called `label`
  };
  Kind kind = Kind::kJoin;
  std::string statement;
  std::string other;
  std::string label;
  std::uint64_t seq = 0;  // order of the edits across all documents
  friend bool operator==(const LedgerEdit&, const LedgerEdit&) = default;
};

// "<first 16 hex digits of sha256>/<c|d><start>-<end>" with code-point offsets:
// "9f86d081884c7d65/c120-188".
std::string statement_key(std::string_view sha256, Layer layer, std::uint32_t start_cp, std::uint32_t end_cp);
// The fingerprint prefix of a key ("9f86d081884c7d65"), empty if malformed.
std::string_view statement_key_document(std::string_view key);

// {"edits": [{"kind": "join", "statement", "other"?, "label"?, "seq"}, ...]}
nlohmann::json ledger_edits_json(const std::vector<LedgerEdit>& edits);
// Reads what ledger_edits_json wrote; malformed entries are skipped (counted in *skipped).
std::vector<LedgerEdit> parse_ledger_edits(const nlohmann::json& j, std::size_t* skipped = nullptr);

}  // namespace claimlens
