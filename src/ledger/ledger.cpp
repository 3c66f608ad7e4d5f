// The claim ledger: statements of all documents grouped by proposition (see
// claimlens/ledger.h).
//
// Index
//   [SECTION] Statements and their propositions
//   [SECTION] Automatic grouping
//   [SECTION] The person's edits
//   [SECTION] Groups: stance, label, order
#include "claimlens/ledger.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "claimlens/utf8.h"
#include "cluster.h"
#include "proposition.h"
#include "speakers.h"

namespace claimlens::ledger {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Statements and their propositions
//-----------------------------------------------------------------------------

struct Statement {
  int doc;
  std::uint32_t annotation;
  Proposition prop;
  int entity;
  std::string key;
  int target = -1;  // for statements that answer another: the statement they answer
};

// Names weigh less than what is said about them: two statements about the same countries
// may still say different things.
constexpr double kNameWeight = 0.5;
// How far back (statements in the same article) an answering statement looks for one
// sharing a word with it, before settling for the nearest.
constexpr int kAnswerWindow = 4;
// Features held by more statements than this are left out of the pairs compared.
constexpr std::size_t kMaxHolders = 400;

std::vector<Statement> collect(const std::vector<SourceDocument>& docs, const Speakers& speakers) {
  std::vector<Statement> out;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].annotations) continue;
    const auto& anns = *docs[d].annotations;
    const CodePointIndex cp(docs[d].text);
    for (std::size_t i = 0; i < anns.size(); ++i) {
      const Annotation& a = anns[i];
      if ((a.layer != Layer::kClaim && a.layer != Layer::kDenial) || a.span.end > docs[d].text.size()) continue;
      Statement s{static_cast<int>(d), static_cast<std::uint32_t>(i), read_proposition(docs[d].text, anns, i), -1, {}};
      for (std::uint32_t src : a.sources) {
        if (src < speakers.of_source[d].size() && speakers.of_source[d][src] >= 0 &&
            !speakers.not_a_speaker[speakers.of_source[d][src]]) {
          s.entity = speakers.of_source[d][src];
          break;
        }
      }
      s.key = statement_key(docs[d].sha256, a.layer, cp.to_code_point(a.span.begin), cp.to_code_point(a.span.end));
      out.push_back(std::move(s));
    }
  }
  return out;
}

bool shares_feature(const Proposition& a, const Proposition& b) {
  std::size_t i = 0, j = 0;
  while (i < a.features.size() && j < b.features.size()) {
    if (a.features[i] == b.features[j]) return true;
    a.features[i] < b.features[j] ? ++i : ++j;
  }
  return false;
}

// For each statement that answers another ("rejected the allegations"): the claim it
// denies by the engine's link, else the statement it most likely answers in its article —
// a recent one sharing a word with it, else the nearest accusation before it, else a
// following one sharing a word, else the nearest before it.
void find_targets(const std::vector<SourceDocument>& docs, std::vector<Statement>* statements) {
  auto& st = *statements;
  std::map<std::pair<int, std::uint32_t>, int> by_annotation;
  for (std::size_t i = 0; i < st.size(); ++i) by_annotation[{st[i].doc, st[i].annotation}] = static_cast<int>(i);
  const int n = static_cast<int>(st.size());
  for (int i = 0; i < n; ++i) {
    if (!answers_another(st[i].prop)) continue;
    const Annotation& a = (*docs[st[i].doc].annotations)[st[i].annotation];
    for (std::uint32_t claim : a.denies) {
      const auto it = by_annotation.find({st[i].doc, claim});
      if (it != by_annotation.end() && !answers_another(st[it->second].prop)) {
        st[i].target = it->second;
        break;
      }
    }
    if (st[i].target >= 0) continue;
    const auto usable = [&](int j) { return j >= 0 && j < n && st[j].doc == st[i].doc && !answers_another(st[j].prop); };
    int nearest = -1;
    for (int j = i - 1, seen = 0; usable(j) || (j >= 0 && st[j].doc == st[i].doc); --j) {
      if (!usable(j)) continue;
      if (nearest < 0) nearest = j;
      if (shares_feature(st[i].prop, st[j].prop)) {
        st[i].target = j;
        break;
      }
      if (++seen >= kAnswerWindow) break;
    }
    // A denial of "the allegations" answers the nearest statement presented as one.
    for (int j = i - 1; st[i].target < 0 && j >= 0 && st[j].doc == st[i].doc; --j) {
      if (usable(j) && st[j].prop.accused) st[i].target = j;
    }
    for (int j = i + 1, seen = 0; st[i].target < 0 && j < n && st[j].doc == st[i].doc && seen < kAnswerWindow; ++j) {
      if (!usable(j)) continue;
      ++seen;
      if (shares_feature(st[i].prop, st[j].prop)) st[i].target = j;
    }
    if (st[i].target < 0) st[i].target = nearest;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Automatic grouping
//-----------------------------------------------------------------------------

// Group number per statement.
std::vector<int> group_automatically(const std::vector<Statement>& st, double threshold) {
  const int n = static_cast<int>(st.size());
  // Rarer features weigh more (inverse document frequency over the statements).
  std::unordered_map<std::string, int> df;
  for (const Statement& s : st) {
    for (const std::string& f : s.prop.features) ++df[f];
  }
  const auto weight = [&](const std::string& f) {
    const double idf = std::log(1.0 + static_cast<double>(n) / df[f]);
    return f[0] == '@' ? idf * kNameWeight : idf;
  };
  std::vector<double> total(n, 0.0);
  for (int i = 0; i < n; ++i) {
    for (const std::string& f : st[i].prop.features) total[i] += weight(f);
  }
  // Candidate pairs share a feature: an inverted index keeps this near-linear for
  // statements that have little in common.
  std::map<std::string, std::vector<int>> holders;  // ordered: sums add up the same everywhere
  for (int i = 0; i < n; ++i) {
    if (st[i].target >= 0) continue;
    for (const std::string& f : st[i].prop.features) holders[f].push_back(i);
  }
  std::map<std::pair<int, int>, std::pair<double, bool>> shared;  // weight, any non-name
  for (const auto& [f, list] : holders) {
    // A feature most statements share tells little (and would make this quadratic).
    if (list.size() > kMaxHolders) continue;
    const double w = weight(f);
    for (std::size_t x = 0; x < list.size(); ++x) {
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        auto& e = shared[{list[x], list[y]}];
        e.first += w;
        e.second |= f[0] != '@';
      }
    }
  }
  std::vector<Similarity> pairs;
  for (const auto& [ab, e] : shared) {
    if (!e.second) continue;  // names alone do not make the same proposition
    const double denom = std::sqrt(total[ab.first] * total[ab.second]);
    if (denom > 0.0) pairs.push_back({ab.first, ab.second, e.first / denom});
  }
  std::vector<int> group = average_linkage(n, pairs, threshold);
  // Answering statements follow what they answer (targets never answer another).
  for (int i = 0; i < n; ++i) {
    if (st[i].target >= 0) group[i] = group[st[i].target];
  }
  return group;
}

//-----------------------------------------------------------------------------
// [SECTION] The person's edits
//-----------------------------------------------------------------------------

struct EditResult {
  std::map<int, std::string> labels;  // group -> the person's label
  std::size_t applied = 0, waiting = 0;
};

EditResult apply_edits(const std::vector<SourceDocument>& docs, const std::vector<Statement>& st, std::vector<int>* group) {
  std::vector<LedgerEdit> edits;
  for (const SourceDocument& d : docs) {
    if (d.edits) edits.insert(edits.end(), d.edits->begin(), d.edits->end());
  }
  std::stable_sort(edits.begin(), edits.end(), [](const LedgerEdit& a, const LedgerEdit& b) { return a.seq < b.seq; });
  edits.erase(std::unique(edits.begin(), edits.end()), edits.end());
  std::unordered_map<std::string, int> index;
  for (std::size_t i = 0; i < st.size(); ++i) index.emplace(st[i].key, static_cast<int>(i));
  int next_group = 0;
  for (int g : *group) next_group = std::max(next_group, g + 1);
  EditResult out;
  auto& g = *group;
  for (const LedgerEdit& e : edits) {
    const auto s = index.find(e.statement);
    const auto o = index.find(e.other);
    const bool needs_other = e.kind == LedgerEdit::Kind::kJoin || e.kind == LedgerEdit::Kind::kMerge;
    if (s == index.end() || (needs_other && o == index.end())) {
      ++out.waiting;
      continue;
    }
    const int from = g[s->second];
    switch (e.kind) {
      case LedgerEdit::Kind::kJoin:
        if (from == g[o->second]) continue;
        g[s->second] = g[o->second];
        break;
      case LedgerEdit::Kind::kIsolate:
        if (std::count(g.begin(), g.end(), from) <= 1) continue;
        g[s->second] = next_group++;
        break;
      case LedgerEdit::Kind::kMerge: {
        const int other = g[o->second];
        if (other == from) continue;
        for (int& x : g) {
          if (x == other) x = from;
        }
        if (!out.labels.count(from) && out.labels.count(other)) out.labels[from] = out.labels[other];
        out.labels.erase(other);
        break;
      }
      case LedgerEdit::Kind::kRename:
        if (e.label.empty()) out.labels.erase(from);
        else out.labels[from] = e.label;
        break;
    }
    ++out.applied;
  }
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Groups: stance, label, order
//-----------------------------------------------------------------------------

// Cuts `s` to at most `limit` bytes at a word boundary, with an ellipsis.
std::string shorten(const std::string& s, std::size_t limit) {
  if (s.size() <= limit) return s;
  std::size_t cut = s.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // code-point boundary
  }
  return s.substr(0, cut) + "\xE2\x80\xA6";
}

// The member whose words the group shares most, preferring assertions: its text names
// the proposition.
std::string automatic_label(const std::vector<Statement>& st, const std::vector<int>& members,
                            const std::vector<bool>& asserting, std::size_t limit) {
  std::map<std::string, int> count;
  for (int m : members) {
    for (const std::string& f : st[m].prop.features) ++count[f];
  }
  int best = -1;
  double best_score = -1.0;
  for (std::size_t k = 0; k < members.size(); ++k) {
    const Statement& s = st[members[k]];
    if (s.prop.text.empty()) continue;
    double score = asserting[k] && !s.prop.negated ? 1000.0 : 0.0;
    for (const std::string& f : s.prop.features) score += count[f] - 1;
    score -= static_cast<double>(s.prop.text.size()) / 1000.0;  // shorter wins a tie
    if (score > best_score) {
      best_score = score;
      best = members[k];
    }
  }
  if (best < 0) return "(no words of its own)";
  std::string label = shorten(st[best].prop.text, limit);
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

}  // namespace

Ledger build_ledger(const std::vector<SourceDocument>& docs, const Options& options) {
  Ledger ledger;
  Speakers speakers = merge_speakers(docs);
  std::vector<Statement> st = collect(docs, speakers);
  find_targets(docs, &st);
  std::vector<int> group = group_automatically(st, options.threshold);
  const EditResult edits = apply_edits(docs, st, &group);
  ledger.edits_applied = edits.applied;
  ledger.edits_waiting = edits.waiting;
  ledger.entities = std::move(speakers.entities);

  std::map<int, std::vector<int>> members_of;  // statements are in document order already
  for (std::size_t i = 0; i < st.size(); ++i) members_of[group[i]].push_back(static_cast<int>(i));
  for (const auto& [g, members] : members_of) {
    Group out;
    // A denial denies; a claim stated with a negation denies only when others in its group
    // assert the same without one (else the proposition is itself negative).
    bool any_plain_claim = false;
    for (int m : members) {
      const Annotation& a = (*docs[st[m].doc].annotations)[st[m].annotation];
      any_plain_claim |= a.layer == Layer::kClaim && !st[m].prop.negated;
    }
    std::vector<bool> asserting;
    std::set<std::string> hedges;
    for (int m : members) {
      const Annotation& a = (*docs[st[m].doc].annotations)[st[m].annotation];
      const bool denies = a.layer == Layer::kDenial || (st[m].prop.negated && any_plain_claim);
      asserting.push_back(!denies);
      Member member{st[m].doc, st[m].annotation, denies ? Stance::kDenies : Stance::kAsserts, st[m].entity,
                    st[m].key, st[m].prop.text, st[m].prop.hedges};
      hedges.insert(member.hedges.begin(), member.hedges.end());
      (denies ? out.denies : out.asserts)++;
      out.members.push_back(std::move(member));
    }
    out.hedges.assign(hedges.begin(), hedges.end());
    out.contested = out.asserts && out.denies
                        ? static_cast<double>(std::min(out.asserts, out.denies)) / std::max(out.asserts, out.denies)
                        : 0.0;
    const auto renamed = edits.labels.find(g);
    out.renamed = renamed != edits.labels.end();
    out.label = out.renamed ? renamed->second : automatic_label(st, members, asserting, options.label_chars);
    ledger.groups.push_back(std::move(out));
  }
  // Most contested first: the more statements the weaker side has, the more disputed the
  // proposition; then the more balanced, then larger, then where they first appear.
  std::stable_sort(ledger.groups.begin(), ledger.groups.end(), [](const Group& a, const Group& b) {
    const int weaker_a = std::min(a.asserts, a.denies), weaker_b = std::min(b.asserts, b.denies);
    if (weaker_a != weaker_b) return weaker_a > weaker_b;
    if (a.contested != b.contested) return a.contested > b.contested;
    return a.members.size() > b.members.size();
  });
  for (std::size_t i = 0; i < ledger.groups.size(); ++i) ledger.groups[i].id = "G" + std::to_string(i + 1);
  return ledger;
}

int group_of(const Ledger& ledger, std::string_view key) {
  for (std::size_t g = 0; g < ledger.groups.size(); ++g) {
    for (const Member& m : ledger.groups[g].members) {
      if (m.key == key) return static_cast<int>(g);
    }
  }
  return -1;
}

}  // namespace claimlens::ledger
