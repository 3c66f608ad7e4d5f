// The ledger's grouping scored against the gold groups of the test corpora
// (tests/fixtures/ledger): pairwise precision and recall of "same group" decisions.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "corpus.h"

namespace claimlens::ledger::testing {
namespace {

void print_run(const char* name, const CorpusRun& run) {
  std::printf("ledger corpus %-10s docs %zu  statements %zu (unlisted %zu)  gold members %zu in %zu groups  "
              "unmatched %zu  ledger groups %zu\n",
              name, run.documents.size(), run.statements, run.unlisted, run.gold.size(), run.gold_groups,
              run.unmatched.size(), run.ledger.groups.size());
  std::printf("ledger corpus %-10s pairs gold %zu predicted %zu agreed %zu  P %.3f  R %.3f  F1 %.3f\n", name,
              run.scores.true_pairs, run.scores.predicted_pairs, run.scores.agreed_pairs, run.scores.precision,
              run.scores.recall, run.scores.f1);
  for (const std::string& u : run.unmatched) std::printf("  unmatched: %s\n", u.c_str());
}

}  // namespace

TEST_CASE("ledger groups the test corpus with pairwise F1 >= 0.85", "[ledger_eval]") {
  const CorpusRun run = run_corpus(CLAIMLENS_FIXTURES "/ledger");
  REQUIRE(run.error.empty());
  print_run("tuning", run);
  CHECK(run.unmatched.size() <= 2);
  CHECK(run.scores.f1 >= 0.85);
}

TEST_CASE("ledger on the held-out corpus, written after tuning", "[ledger_eval]") {
  const CorpusRun run = run_corpus(CLAIMLENS_FIXTURES "/ledger/heldout");
  REQUIRE(run.error.empty());
  print_run("held-out", run);
  // Reported, with a floor well below the target: it was not tuned on.
  CHECK(run.scores.f1 >= 0.6);
}

}  // namespace claimlens::ledger::testing

namespace claimlens::ledger::testing {

// Not run by default: prints the ledger of a corpus, for a person to read
// (claimlens_ledger_tests "[.ledger_dump]").
TEST_CASE("print the ledger of the test corpus", "[.ledger_dump]") {
  // CLAIMLENS_LEDGER_DIR: another folder with a gold.json naming its articles.
  const char* extra = std::getenv("CLAIMLENS_LEDGER_DIR");
  for (const char* dir : {CLAIMLENS_FIXTURES "/ledger", CLAIMLENS_FIXTURES "/ledger/heldout", extra ? extra : ""}) {
    if (!*dir) continue;
    const CorpusRun run = run_corpus(dir);
    if (!run.error.empty()) continue;
    std::map<std::pair<int, std::uint32_t>, int> gold_of;
    for (const Group& g : run.ledger.groups) {
      std::printf("%s [%d+/%d-] %s  hedges:", g.id.c_str(), g.asserts, g.denies, g.label.c_str());
      for (const auto& h : g.hedges) std::printf(" %s", h.c_str());
      std::printf("\n");
      for (const Member& m : g.members) {
        std::printf("    %s %-8s %-28s %s\n", run.documents[m.doc]->name.substr(0, 12).c_str(),
                    m.stance == Stance::kDenies ? "denies" : "asserts",
                    m.entity >= 0 ? run.ledger.entities[m.entity].name.c_str() : "-", m.proposition.substr(0, 90).c_str());
      }
    }
    for (const Entity& e : run.ledger.entities) {
      if (e.names.size() > 1) {
        std::printf("entity %s:", e.name.c_str());
        for (const auto& n : e.names) std::printf(" [%s]", n.c_str());
        std::printf("\n");
      }
    }
  }
  SUCCEED();
}

}  // namespace claimlens::ledger::testing
