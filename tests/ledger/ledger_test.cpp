// The claim ledger's parts: scorer, lemmas, names, propositions, speakers, clustering,
// grouping, edits and export. Sentences written for these tests.
#include <catch2/catch.hpp>

#include <memory>

#include <nlohmann/json.hpp>

#include "claimlens/annotation_file.h"
#include "claimlens/ledger.h"
#include "claimlens/sha256.h"
#include "cluster.h"
#include "ledger_lexicon.h"
#include "proposition.h"
#include "speakers.h"

namespace claimlens::ledger {
namespace {

// An article annotated by the engine, kept alive for the ledger's pointers.
struct Doc {
  std::string name, text, sha;
  std::vector<Annotation> annotations;
  std::vector<LedgerEdit> edits;
  Doc(std::string n, std::string t) : name(std::move(n)), text(std::move(t)), sha(sha256_hex(text)) {
    annotations = annotate(text).annotations;
  }
};

std::vector<SourceDocument> sources(const std::vector<std::unique_ptr<Doc>>& docs) {
  std::vector<SourceDocument> out;
  for (const auto& d : docs) out.push_back({d->name, d->sha, d->text, &d->annotations, &d->edits});
  return out;
}

// The group of the statement whose proposition contains `piece`, or -1.
int group_with(const Ledger& l, const std::string& piece) {
  for (std::size_t g = 0; g < l.groups.size(); ++g) {
    for (const Member& m : l.groups[g].members) {
      if (m.proposition.find(piece) != std::string::npos) return static_cast<int>(g);
    }
  }
  return -1;
}

const Member* member_with(const Ledger& l, const std::string& piece) {
  for (const Group& g : l.groups) {
    for (const Member& m : g.members) {
      if (m.proposition.find(piece) != std::string::npos) return &m;
    }
  }
  return nullptr;
}

std::vector<std::unique_ptr<Doc>> rifle_story() {
  std::vector<std::unique_ptr<Doc>> docs;
  docs.push_back(std::make_unique<Doc>("first.txt",
      "Kordavia sold rifles to the rebels in the north, the interior minister, Anna Vela, said on Monday.\n\n"
      "Vela said the wheat harvest in Kordavia had doubled this year."));
  docs.push_back(std::make_unique<Doc>("second.txt",
      "Kordavia's government denied that it had delivered weapons to the rebels.\n\n"
      "Interior Minister Vela said the border would reopen in June."));
  return docs;
}

}  // namespace

TEST_CASE("pairwise scores count same-group decisions", "[ledger][pairwise]") {
  // Gold {0,1}{2}; predicted {0}{1,2}: no pair agreed.
  PairwiseScores s = pairwise_scores({0, 0, 1}, {0, 1, 1});
  CHECK(s.true_pairs == 1);
  CHECK(s.predicted_pairs == 1);
  CHECK(s.agreed_pairs == 0);
  CHECK(s.precision == 0.0);
  CHECK(s.f1 == 0.0);
  // Gold {0,1,2}{3}; predicted {0,1}{2,3}: 3 true pairs, 2 predicted, 1 agreed.
  s = pairwise_scores({5, 5, 5, 7}, {1, 1, 2, 2});
  CHECK(s.true_pairs == 3);
  CHECK(s.predicted_pairs == 2);
  CHECK(s.agreed_pairs == 1);
  CHECK(s.precision == Approx(0.5));
  CHECK(s.recall == Approx(1.0 / 3.0));
  CHECK(s.f1 == Approx(0.4));
  // Labels are names, not positions: a renumbering scores perfectly.
  s = pairwise_scores({0, 0, 1, 2, 2}, {9, 9, 4, 3, 3});
  CHECK(s.f1 == 1.0);
  // Nothing to decide.
  s = pairwise_scores({0, 1}, {0, 1});
  CHECK(s.true_pairs == 0);
  CHECK(s.f1 == 1.0);
}

TEST_CASE("lemmas meet across regular and irregular forms", "[ledger][lemma]") {
  CHECK(lemma("supplied") == lemma("supply"));
  CHECK(lemma("supplies") == lemma("supply"));
  CHECK(lemma("dumping") == lemma("dumped"));
  CHECK(lemma("shipped") == lemma("ships"));
  CHECK(lemma("using") == lemma("use"));
  CHECK(lemma("sent") == "send");
  CHECK(lemma("struck") == "strike");
  CHECK(lemma("press") == "press");
  // Concepts: words of one class share it, whatever their form.
  const Lexicon& lex = lexicon();
  REQUIRE(lex.concepts.count(lemma("delivered")));
  REQUIRE(lex.concepts.count(lemma("supplied")));
  CHECK(lex.concepts.at(lemma("delivered")) == lex.concepts.at(lemma("supplied")));
}

TEST_CASE("a place and its adjective give one name feature", "[ledger][names]") {
  CHECK(name_feature("Velmora") == name_feature("Velmoran"));
  CHECK(name_feature("Ostravia") == name_feature("Ostravian"));
  CHECK(name_feature("Tessaly") == name_feature("Tessalian"));
  CHECK(name_feature("Halvorsen") == "@halvorsen");
  CHECK(name_feature("Rill") == "@rill");  // too short to lose an ending
}

TEST_CASE("a proposition drops its cue and hedges and records negation", "[ledger][proposition]") {
  const std::string text = "The ministry denied that Kordavia had allegedly sold rifles to the rebels.";
  const AnnotateResult r = annotate(text);
  int denial = -1;
  for (std::size_t i = 0; i < r.annotations.size(); ++i) {
    if (r.annotations[i].layer == Layer::kDenial) denial = static_cast<int>(i);
  }
  REQUIRE(denial >= 0);
  const Proposition p = read_proposition(text, r.annotations, denial);
  CHECK(p.text.find("denied") == std::string::npos);
  CHECK(p.text.rfind("Kordavia", 0) == 0);  // "that" trimmed
  CHECK(std::find(p.features.begin(), p.features.end(), "~supply") != p.features.end());
  CHECK(std::find(p.features.begin(), p.features.end(), "@kordav") != p.features.end());
  CHECK_FALSE(answers_another(p));

  const std::string negated = "\"Kordavia has never sold a rifle to anyone,\" the minister said.";
  const AnnotateResult n = annotate(negated);
  bool seen = false;
  for (std::size_t i = 0; i < n.annotations.size(); ++i) {
    if (n.annotations[i].layer != Layer::kClaim && n.annotations[i].layer != Layer::kDenial) continue;
    const Proposition q = read_proposition(negated, n.annotations, i);
    CHECK(q.negated);
    seen = true;
  }
  CHECK(seen);
}

TEST_CASE("a statement that only points at another answers it", "[ledger][proposition]") {
  const std::string text = "Vela said Kordavia sold rifles to the rebels. The rebels rejected the allegations.";
  const AnnotateResult r = annotate(text);
  int answering = 0, standing = 0;
  for (std::size_t i = 0; i < r.annotations.size(); ++i) {
    if (r.annotations[i].layer != Layer::kClaim && r.annotations[i].layer != Layer::kDenial) continue;
    (answers_another(read_proposition(text, r.annotations, i)) ? answering : standing)++;
  }
  CHECK(answering == 1);
  CHECK(standing >= 1);
}

TEST_CASE("speakers merge by name, unique surname and role", "[ledger][speakers]") {
  // Hand-made annotations: sources only, with the engine's canonical entity.
  struct Hand {
    std::string text;
    std::vector<Annotation> anns;
  };
  const auto source = [](const std::string& text, const std::string& mention, const std::string& entity) {
    const auto at = static_cast<std::uint32_t>(text.find(mention));
    Annotation a;
    a.layer = Layer::kSource;
    a.span = {at, at + static_cast<std::uint32_t>(mention.size())};
    a.entity = entity;
    return a;
  };
  std::vector<Hand> hands(4);
  hands[0].text = "Dario Kessel spoke. The secretary general spoke.";
  hands[0].anns = {source(hands[0].text, "Dario Kessel", "Dario Kessel"),
                   source(hands[0].text, "The secretary general", "Helena Brandt")};
  hands[1].text = "Kessel spoke. He spoke.";
  hands[1].anns = {source(hands[1].text, "Kessel", "Kessel"), source(hands[1].text, "He", "Kessel")};
  hands[2].text = "The secretary general spoke.";
  hands[2].anns = {source(hands[2].text, "The secretary general", "secretary general")};
  hands[3].text = "Ana Moreno and Luis Moreno spoke; Moreno spoke.";
  hands[3].anns = {source(hands[3].text, "Ana Moreno", "Ana Moreno"), source(hands[3].text, "Luis Moreno", "Luis Moreno"),
                   source(hands[3].text, "Moreno spoke;", "Moreno")};
  std::vector<SourceDocument> docs;
  for (const Hand& h : hands) docs.push_back({"d", "00", h.text, &h.anns, nullptr});
  const Speakers s = merge_speakers(docs);
  const auto name_of = [&](int d, int i) { return s.entities[s.of_source[d][i]].name; };
  CHECK(name_of(1, 0) == "Dario Kessel");      // surname
  CHECK(name_of(1, 1) == "Dario Kessel");
  CHECK(name_of(2, 0) == "Helena Brandt");     // role tied to a name elsewhere
  CHECK(name_of(3, 2) == "Moreno");            // two full names end in Moreno: not merged
  CHECK(name_of(3, 0) != name_of(3, 1));
}

TEST_CASE("average linkage joins while the average stays above the threshold", "[ledger][cluster]") {
  // 0-1 strong, 1-2 strong, 0-2 absent: average of {0,1} with 2 is 0.4 -> joins at 0.3 only.
  const std::vector<Similarity> pairs = {{0, 1, 0.9}, {1, 2, 0.8}, {3, 4, 0.1}};
  const std::vector<int> at_low = average_linkage(5, pairs, 0.3);
  CHECK(at_low[0] == at_low[1]);
  CHECK(at_low[1] == at_low[2]);
  CHECK(at_low[3] != at_low[4]);
  const std::vector<int> at_high = average_linkage(5, pairs, 0.5);
  CHECK(at_high[0] == at_high[1]);
  CHECK(at_high[2] != at_high[0]);
  CHECK(at_high == std::vector<int>({0, 0, 1, 2, 3}));
}

TEST_CASE("the ledger groups a claim and its paraphrased denial across articles", "[ledger][grouping]") {
  const auto docs = rifle_story();
  const Ledger l = build_ledger(sources(docs));
  const int sold = group_with(l, "sold rifles");
  const int denied = group_with(l, "delivered weapons");
  const int wheat = group_with(l, "wheat harvest");
  REQUIRE(sold >= 0);
  REQUIRE(wheat >= 0);
  CHECK(sold == denied);
  CHECK(wheat != sold);
  const Group& g = l.groups[sold];
  CHECK(g.asserts >= 1);
  CHECK(g.denies >= 1);
  CHECK(sold == 0);  // contested groups come first
  // Speakers merged: "Vela" in both articles is "Anna Vela".
  const Member* border = member_with(l, "border would reopen");
  REQUIRE(border);
  REQUIRE(border->entity >= 0);
  CHECK(l.entities[border->entity].name == "Anna Vela");
  // Deterministic.
  CHECK(ledger_json(l, sources(docs)) == ledger_json(build_ledger(sources(docs)), sources(docs)));
}

TEST_CASE("edits move, isolate, merge and rename, by statement key", "[ledger][edits]") {
  auto docs = rifle_story();
  const Ledger before = build_ledger(sources(docs));
  const Member* wheat = member_with(before, "wheat harvest");
  const Member* sold = member_with(before, "sold rifles");
  const Member* border = member_with(before, "border would reopen");
  REQUIRE(wheat);
  REQUIRE(sold);
  REQUIRE(border);
  const std::string wheat_key = wheat->key, sold_key = sold->key, border_key = border->key;

  docs[0]->edits.push_back({LedgerEdit::Kind::kJoin, wheat_key, sold_key, {}, 1});
  Ledger l = build_ledger(sources(docs));
  CHECK(group_of(l, wheat_key) == group_of(l, sold_key));
  CHECK(l.edits_applied == 1);

  docs[0]->edits.push_back({LedgerEdit::Kind::kIsolate, wheat_key, {}, {}, 2});
  l = build_ledger(sources(docs));
  CHECK(group_of(l, wheat_key) != group_of(l, sold_key));

  docs[1]->edits.push_back({LedgerEdit::Kind::kMerge, border_key, sold_key, {}, 3});
  docs[1]->edits.push_back({LedgerEdit::Kind::kRename, border_key, {}, "Arms for the rebels", 4});
  l = build_ledger(sources(docs));
  const int g = group_of(l, sold_key);
  CHECK(group_of(l, border_key) == g);
  CHECK(l.groups[g].label == "Arms for the rebels");
  CHECK(l.groups[g].renamed);

  // An edit about a statement of an article that is not open waits.
  docs[1]->edits.push_back({LedgerEdit::Kind::kIsolate, "0123456789abcdef/c1-5", {}, {}, 5});
  l = build_ledger(sources(docs));
  CHECK(l.edits_waiting == 1);
}

TEST_CASE("ledger edits travel in the native file and old files still load", "[ledger][edits][format]") {
  const std::string text = "Vela said Kordavia sold rifles to the rebels.";
  AnnotationFile file = make_annotation_file("a.txt", text, annotate(text).annotations);
  file.ledger = {{LedgerEdit::Kind::kRename, "abc/c1-2", {}, "Rifles \"for\" rebels", 7},
                 {LedgerEdit::Kind::kJoin, "abc/c1-2", "def/d3-4", {}, 8}};
  const FileParseResult back = parse_annotation_file(to_native_file_json(file));
  REQUIRE(back.ok);
  CHECK(back.file.ledger == file.ledger);
  // Without the member: no edits, annotations as before.
  file.ledger.clear();
  const FileParseResult old = parse_annotation_file(to_native_file_json(file));
  REQUIRE(old.ok);
  CHECK(old.file.ledger.empty());
  CHECK(old.file.annotations.size() == file.annotations.size());
  // A malformed member never costs the annotations.
  std::string json = to_native_file_json(file);
  json.insert(json.rfind('}'), ", \"ledger\": {\"edits\": [{\"kind\": \"teleport\"}, 3]}");
  const FileParseResult odd = parse_annotation_file(json);
  REQUIRE(odd.ok);
  CHECK(odd.file.ledger.empty());
  CHECK(odd.file.annotations.size() == file.annotations.size());
}

TEST_CASE("the ledger exports as JSON and CSV", "[ledger][export]") {
  const auto docs = rifle_story();
  const Ledger l = build_ledger(sources(docs));
  const nlohmann::json j = nlohmann::json::parse(ledger_json(l, sources(docs)));
  REQUIRE(j["groups"].size() == l.groups.size());
  std::size_t members = 0;
  for (const auto& g : j["groups"]) members += g["members"].size();
  CHECK(j["documents"].size() == 2);
  CHECK(j["groups"][0]["members"][0].contains("quote"));
  const std::string csv = ledger_csv(l, sources(docs));
  CHECK(csv.rfind("group,label,stance,entity,document,quote,hedges\r\n", 0) == 0);
  CHECK(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) == members + 1);
}

}  // namespace claimlens::ledger
