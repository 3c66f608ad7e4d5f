// Ledger test corpus (see corpus.h).
#include "corpus.h"

#include <fstream>
#include <iterator>
#include <map>

#include <nlohmann/json.hpp>

#include "claimlens/sha256.h"
#include "claimlens/text_check.h"

namespace claimlens::ledger::testing {
namespace {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

std::vector<SourceDocument> source_documents(const CorpusRun& run) {
  std::vector<SourceDocument> docs;
  for (const auto& d : run.documents) docs.push_back({d->name, d->sha256, d->text, &d->annotations, &d->edits});
  return docs;
}

CorpusRun run_corpus(const std::string& dir, const Options& options) {
  CorpusRun run;
  std::string gold_text;
  if (!read_file(dir + "/gold.json", &gold_text)) {
    run.error = "cannot read " + dir + "/gold.json";
    return run;
  }
  const nlohmann::json gold = nlohmann::json::parse(gold_text, nullptr, false);
  if (gold.is_discarded() || !gold.contains("groups")) {
    run.error = dir + "/gold.json is not a gold file";
    return run;
  }
  std::map<std::string, int> doc_index;
  for (const auto& g : gold["groups"]) {
    for (const auto& m : g["members"]) {
      const std::string name = m["doc"];
      if (doc_index.count(name)) continue;
      auto doc = std::make_unique<CorpusDocument>();
      std::string bytes;
      if (!read_file(dir + "/" + name, &bytes)) {
        run.error = "cannot read " + dir + "/" + name;
        return run;
      }
      const CheckedText checked = check_text(bytes);
      doc->name = name;
      doc->text.assign(checked.text);
      doc->sha256 = sha256_hex(doc->text);
      doc->annotations = annotate(doc->text).annotations;
      doc_index[name] = static_cast<int>(run.documents.size());
      run.documents.push_back(std::move(doc));
    }
  }
  const std::vector<SourceDocument> docs = source_documents(run);
  run.ledger = build_ledger(docs, options);
  std::map<std::pair<int, std::uint32_t>, int> group_of_statement;
  for (std::size_t g = 0; g < run.ledger.groups.size(); ++g) {
    for (const Member& m : run.ledger.groups[g].members) group_of_statement[{m.doc, m.annotation}] = static_cast<int>(g);
  }
  run.statements = group_of_statement.size();
  std::map<std::pair<int, std::uint32_t>, bool> listed;
  int next_missing = static_cast<int>(run.ledger.groups.size());
  int gold_group = 0;
  for (const auto& g : gold["groups"]) {
    for (const auto& m : g["members"]) {
      const int d = doc_index[m["doc"]];
      const CorpusDocument& doc = *run.documents[d];
      Layer layer = Layer::kClaim;
      parse_layer(m["layer"].get<std::string>(), &layer);
      const std::string piece = m["text"];
      // The shortest statement of the layer whose text contains the piece.
      int best = -1;
      for (std::size_t i = 0; i < doc.annotations.size(); ++i) {
        const Annotation& a = doc.annotations[i];
        if (a.layer != layer) continue;
        const std::string_view quote = std::string_view(doc.text).substr(a.span.begin, a.span.end - a.span.begin);
        if (quote.find(piece) == std::string_view::npos) continue;
        if (best < 0 || a.span.end - a.span.begin < doc.annotations[best].span.end - doc.annotations[best].span.begin) {
          best = static_cast<int>(i);
        }
      }
      run.gold.push_back(gold_group);
      const auto found = best >= 0 ? group_of_statement.find({d, static_cast<std::uint32_t>(best)}) : group_of_statement.end();
      if (found == group_of_statement.end()) {
        run.unmatched.push_back(doc.name + ": " + piece);
        run.predicted.push_back(next_missing++);
      } else {
        run.predicted.push_back(found->second);
        listed[found->first] = true;
      }
    }
    ++gold_group;
  }
  run.gold_groups = static_cast<std::size_t>(gold_group);
  run.unlisted = run.statements - listed.size();
  run.scores = pairwise_scores(run.gold, run.predicted);
  return run;
}

}  // namespace claimlens::ledger::testing
