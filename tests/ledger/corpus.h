// corpus.h — a ledger test corpus on disk: articles and a gold file of groups beside them
// (tests/fixtures/ledger). Loads the articles, runs the engine and the ledger, matches the
// gold members to the engine's statements and scores the grouping pairwise.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "claimlens/annotate.h"
#include "claimlens/ledger.h"

namespace claimlens::ledger::testing {

struct CorpusDocument {
  std::string name;
  std::string text;
  std::string sha256;
  std::vector<Annotation> annotations;
  std::vector<LedgerEdit> edits;
};

struct CorpusRun {
  std::string error;                       // non-empty if the corpus could not be read
  std::vector<std::unique_ptr<CorpusDocument>> documents;
  Ledger ledger;
  std::vector<int> gold, predicted;        // per matched gold member: gold group, ledger group
  std::vector<std::string> unmatched;      // gold members the engine has no statement for
  std::size_t statements = 0;              // claims and denials the engine found
  std::size_t unlisted = 0;                // ... of which the gold file does not mention
  PairwiseScores scores;
  std::size_t gold_groups = 0;
};

// Reads `dir`/gold.json and the articles it names, annotates them, builds the ledger with
// `options` and scores it. Gold members the engine did not find count as wrongly split:
// each is given a group of its own in `predicted`.
CorpusRun run_corpus(const std::string& dir, const Options& options = {});

// The documents of a run as the ledger reads them.
std::vector<SourceDocument> source_documents(const CorpusRun& run);

}  // namespace claimlens::ledger::testing
