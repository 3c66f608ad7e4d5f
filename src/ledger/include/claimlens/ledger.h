// claimlens/ledger.h — the claim ledger: who claims what, and who denies it, across all
// open articles.
//
// Contested stories are told across many articles. The ledger takes the engine's claims
// and denials from every open document and groups them by the proposition they concern,
// so that each contested proposition appears once, with everyone who asserts it and
// everyone who denies it. Pure C++20: no I/O, no UI, no exceptions; deterministic (the same
// documents and edits give the same ledger, in the same order).
//
// How statements are grouped (details in the .cpp files):
//   1. Each claim/denial becomes a proposition: its text without the cue ("denied that")
//      and without hedges, lemmatised, function words dropped, words of one concept class
//      merged (assets/ledger/concepts.txt), names of places and their adjectives merged
//      ("Velmora", "Velmoran"), negation removed and recorded as the stance.
//   2. Propositions are compared by weighted overlap (rarer words weigh more; names weigh
//      less than what is said about them, and two statements must share more than names).
//      Average-linkage clustering joins them while the similarity stays above a threshold.
//   3. A statement that only points at another ("rejected the allegations", "called the
//      claims baseless") joins the group of the claim it denies (the engine's `denies`
//      link), else of the nearest statement before it in its article.
//   4. The person's edits (claimlens/ledger_edits.h) are applied on top, in order.
// Speakers are merged across documents: the same canonical name, a surname that belongs
// to exactly one full name ("Kessel" -> "Dario Kessel"), and a role the documents tie to one
// person ("the secretary general" -> "Helena Brandt").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"
#include "claimlens/ledger_edits.h"

namespace claimlens::ledger {

enum class Stance : std::uint8_t { kAsserts, kDenies };

// One open document as the ledger reads it. The pointers must stay valid during build_ledger.
struct SourceDocument {
  std::string name;
  std::string sha256;                          // fingerprint of `text` (claimlens/sha256.h)
  std::string_view text;                       // the text the annotations index (bytes)
  const std::vector<Annotation>* annotations = nullptr;  // as annotate() returns them
  const std::vector<LedgerEdit>* edits = nullptr;        // the person's edits kept with it
};

// A speaker merged across documents.
struct Entity {
  std::string name;                // the fullest spelling ("Dario Kessel")
  std::vector<std::string> names;  // every spelling seen, sorted
};

struct Member {
  int doc = 0;                    // index into the documents given to build_ledger
  std::uint32_t annotation = 0;   // index into that document's annotations
  Stance stance = Stance::kAsserts;
  int entity = -1;                // index into Ledger::entities; -1: no source found
  std::string key;                // statement_key(): what edits refer to
  std::string proposition;        // the statement's text without cue and hedges
  std::vector<std::string> hedges;  // hedges used on it ("reportedly")
};

struct Group {
  std::string id;                  // "G1", "G2", ... in the order of `groups`
  std::string label;               // the proposition in short (or the person's name for it)
  bool renamed = false;            // label was given by a person
  std::vector<Member> members;     // by document, then position in it
  std::vector<std::string> hedges; // every hedge used in the group, sorted, once each
  int asserts = 0, denies = 0;     // members of each stance
  double contested = 0.0;          // 0: one-sided; 1: as many denials as assertions
};

struct Ledger {
  std::vector<Entity> entities;  // sorted by name
  // Most contested first (most statements on the weaker side), then the more balanced, then
  // larger, then by first statement.
  std::vector<Group> groups;
  std::size_t edits_applied = 0; // edits that changed something
  std::size_t edits_waiting = 0; // edits naming statements that are not open
};

struct Options {
  // Average-linkage similarity at or above which two groups join (0..1).
  double threshold = 0.26;
  // Most characters of an automatic group label.
  std::size_t label_chars = 90;
};

// Groups the claims and denials of `docs` (see the top of this file) and applies the edits
// they carry. Documents without annotations contribute nothing.
Ledger build_ledger(const std::vector<SourceDocument>& docs, const Options& options = {});

// The group holding statement `key`, or -1.
int group_of(const Ledger& ledger, std::string_view key);

// Pairwise clustering scores: for every pair of items, is it in one group in `gold`, and in
// one group in `predicted`? Labels are group numbers per item (same length). Precision and
// recall of the "same group" decisions; all three are 1 when there is no pair to decide.
struct PairwiseScores {
  std::size_t true_pairs = 0, predicted_pairs = 0, agreed_pairs = 0;
  double precision = 1.0, recall = 1.0, f1 = 1.0;
};
PairwiseScores pairwise_scores(const std::vector<int>& gold, const std::vector<int>& predicted);

// The ledger as JSON ({"documents", "entities", "groups": [{"id", "label", "asserts",
// "denies", "contested", "hedges", "members": [{"document", "annotation", "key", "stance",
// "entity", "quote"}]}]}) and as CSV (one row per statement: group, label, stance, entity,
// document, quote, hedges).
std::string ledger_json(const Ledger& ledger, const std::vector<SourceDocument>& docs);
std::string ledger_csv(const Ledger& ledger, const std::vector<SourceDocument>& docs);

}  // namespace claimlens::ledger
