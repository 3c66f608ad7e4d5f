// Ledger edits as JSON, and statement keys (see claimlens/ledger_edits.h).
#include "claimlens/ledger_edits.h"

#include "json_guard.h"

namespace claimlens {
namespace {

constexpr const char* kKindNames[] = {"join", "isolate", "merge", "rename"};
// Edits carried by one file at most; more is not a person's work.
constexpr std::size_t kMaxEdits = 100'000;

bool parse_kind(std::string_view name, LedgerEdit::Kind* out) {
  for (int i = 0; i < 4; ++i) {
    if (name == kKindNames[i]) {
      *out = static_cast<LedgerEdit::Kind>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string statement_key(std::string_view sha256, Layer layer, std::uint32_t start_cp, std::uint32_t end_cp) {
  std::string key(sha256.substr(0, 16));
  key += '/';
  key += layer == Layer::kDenial ? 'd' : layer == Layer::kClaim ? 'c' : layer == Layer::kSource ? 's' : 'h';
  key += std::to_string(start_cp);
  key += '-';
  key += std::to_string(end_cp);
  return key;
}

std::string_view statement_key_document(std::string_view key) {
  const auto slash = key.find('/');
  return slash == std::string_view::npos ? std::string_view() : key.substr(0, slash);
}

nlohmann::json ledger_edits_json(const std::vector<LedgerEdit>& edits) {
  nlohmann::json list = nlohmann::json::array();
  for (const LedgerEdit& e : edits) {
    nlohmann::json j = {{"kind", kKindNames[static_cast<int>(e.kind)]}, {"statement", e.statement}, {"seq", e.seq}};
    if (!e.other.empty()) j["other"] = e.other;
    if (e.kind == LedgerEdit::Kind::kRename) j["label"] = e.label;
    list.push_back(std::move(j));
  }
  return {{"edits", std::move(list)}};
}

std::vector<LedgerEdit> parse_ledger_edits(const nlohmann::json& j, std::size_t* skipped) {
  std::vector<LedgerEdit> out;
  std::size_t bad = 0;
  const auto list = j.is_object() ? j.find("edits") : j.end();
  if (list != j.end() && list->is_array()) {
    for (const auto& e : *list) {
      LedgerEdit edit;
      if (out.size() >= kMaxEdits || !e.is_object() || !parse_kind(json_guard::string_at(e, "kind"), &edit.kind)) {
        ++bad;
        continue;
      }
      edit.statement = json_guard::string_at(e, "statement");
      edit.other = json_guard::string_at(e, "other");
      edit.label = json_guard::string_at(e, "label");
      const auto seq = e.find("seq");
      if (seq != e.end() && seq->is_number_unsigned()) edit.seq = seq->get<std::uint64_t>();
      const bool needs_other = edit.kind == LedgerEdit::Kind::kJoin || edit.kind == LedgerEdit::Kind::kMerge;
      if (edit.statement.empty() || (needs_other && edit.other.empty())) {
        ++bad;
        continue;
      }
      out.push_back(std::move(edit));
    }
  } else if (!j.is_null()) {
    ++bad;
  }
  if (skipped) *skipped = bad;
  return out;
}

}  // namespace claimlens
