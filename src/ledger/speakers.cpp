// Speakers merged across documents (see speakers.h).
#include "speakers.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "ledger_lexicon.h"

namespace claimlens::ledger {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '\n') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// Lower case, leading article dropped: "The Secretary of State" -> "secretary of state".
std::string normal(std::string_view s) {
  std::string out;
  for (char c : s) out += is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c - 'A' + 'a') : c;
  for (const char* article : {"the ", "a ", "an "}) {
    if (out.rfind(article, 0) == 0) out.erase(0, std::char_traits<char>::length(article));
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out;
}

// A person's name as the engine writes it: two or more words, each capitalised.
bool looks_like_full_name(const std::vector<std::string>& w) {
  if (w.size() < 2) return false;
  return std::all_of(w.begin(), w.end(), [](const std::string& x) { return !x.empty() && is_upper(static_cast<unsigned char>(x[0])); });
}

struct UnionFind {
  std::vector<int> parent;
  int find(int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// The person's name in an appositive mention ("the interior minister, Anna Vela" ->
// "Anna Vela"), or empty.
std::string appositive_name(std::string_view mention) {
  std::size_t from = 0;
  std::string found;
  while (from <= mention.size()) {
    const auto comma = mention.find(',', from);
    const std::string_view part = mention.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
    std::vector<std::string> w = words(part);
    if (!w.empty() && (w.front() == "the" || w.front() == "The")) w.erase(w.begin());
    if (from > 0 && looks_like_full_name(w)) {
      found.clear();
      for (const std::string& x : w) found += (found.empty() ? "" : " ") + x;
    }
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return found;
}

bool has_capital(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return is_upper(static_cast<unsigned char>(c)); });
}

}  // namespace

Speakers merge_speakers(const std::vector<SourceDocument>& docs) {
  // Every distinct normalised entity name is a node; the spellings seen are kept.
  std::map<std::string, int> node_of;
  std::vector<std::set<std::string>> spellings;
  const auto node = [&](const std::string& spelling) {
    const std::string key = normal(spelling);
    auto [it, added] = node_of.emplace(key, static_cast<int>(spellings.size()));
    if (added) spellings.emplace_back();
    spellings[it->second].insert(spelling);
    return it->second;
  };
  Speakers out;
  out.of_source.resize(docs.size());
  // Role aliases: a mention's own words ("the secretary general") -> the entities they name.
  std::map<std::string, std::set<int>> role_targets;
  const Lexicon& lex = lexicon();
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].annotations) continue;
    const auto& anns = *docs[d].annotations;
    out.of_source[d].assign(anns.size(), -1);
    for (std::size_t i = 0; i < anns.size(); ++i) {
      const Annotation& a = anns[i];
      if (a.layer != Layer::kSource || a.span.end > docs[d].text.size()) continue;
      const std::string mention(docs[d].text.substr(a.span.begin, a.span.end - a.span.begin));
      const std::string entity = a.entity.empty() ? mention : a.entity;
      // "the interior minister, Anna Vela": the mention names its person even when the
      // engine's entity is the role or the country.
      const std::string named = appositive_name(mention);
      const int n = named.empty() ? node(entity) : node(named);
      out.of_source[d][i] = n;
      if (!named.empty() && !has_capital(entity)) role_targets[normal(entity)].insert(n);
      const std::string role = normal(mention);
      const bool pronoun = words(role).size() == 1 && lex.stopwords.count(role);
      if (!pronoun && role != normal(entity) && role.find(',') == std::string::npos) role_targets[role].insert(n);
    }
  }
  UnionFind uf;
  uf.parent.resize(spellings.size());
  std::iota(uf.parent.begin(), uf.parent.end(), 0);
  // Surnames: "Kessel" joins "Dario Kessel" when no other full name ends in "Kessel".
  std::map<std::string, std::set<int>> full_names_by_surname;
  for (const auto& [key, n] : node_of) {
    const std::vector<std::string> w = words(*spellings[n].begin());
    if (looks_like_full_name(w)) full_names_by_surname[normal(w.back())].insert(n);
  }
  for (const auto& [key, n] : node_of) {
    const auto it = full_names_by_surname.find(key);
    if (words(key).size() == 1 && it != full_names_by_surname.end() && it->second.size() == 1) {
      uf.unite(n, *it->second.begin());
    }
  }
  // Roles: an entity named only by a role joins the one entity that role names elsewhere.
  for (const auto& [role, targets] : role_targets) {
    const auto it = node_of.find(role);
    if (it == node_of.end()) continue;
    std::set<int> roots;
    for (int t : targets) roots.insert(uf.find(t));
    if (roots.size() == 1) uf.unite(it->second, *roots.begin());
  }
  // Entities: one per root, named by the fullest spelling.
  std::map<int, std::set<std::string>> members;
  for (std::size_t n = 0; n < spellings.size(); ++n) {
    members[uf.find(static_cast<int>(n))].insert(spellings[n].begin(), spellings[n].end());
  }
  std::vector<std::pair<std::string, int>> named;  // name, root
  std::map<int, std::vector<std::string>> names_of;
  for (const auto& [root, names] : members) {
    std::string best;
    std::size_t best_words = 0;
    for (const std::string& s : names) {
      const std::vector<std::string> w = words(s);
      const std::size_t score = looks_like_full_name(w) ? w.size() + 100 : w.size();
      if (best.empty() || score > best_words || (score == best_words && s.size() > best.size())) {
        best = s;
        best_words = score;
      }
    }
    named.emplace_back(best, root);
    names_of[root].assign(names.begin(), names.end());
  }
  std::sort(named.begin(), named.end());
  std::map<int, int> entity_of_root;
  for (const auto& [name, root] : named) {
    entity_of_root[root] = static_cast<int>(out.entities.size());
    out.entities.push_back({name, names_of[root]});
    out.not_a_speaker.push_back(lex.stopwords.count(normal(name)) != 0);
  }
  for (auto& per_doc : out.of_source) {
    for (int& n : per_doc) {
      if (n >= 0) n = entity_of_root[uf.find(n)];
    }
  }
  return out;
}

}  // namespace claimlens::ledger
