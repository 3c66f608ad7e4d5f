// Average-linkage clustering (see cluster.h).
#include "cluster.h"

#include <map>
#include <queue>
#include <tuple>

namespace claimlens::ledger {
namespace {

// A candidate join: clusters a < b at average similarity `value` when it was computed.
struct Candidate {
  double value;
  int a, b;
  // Highest value first; ties to the clusters that come first.
  bool operator<(const Candidate& o) const {
    if (value != o.value) return value < o.value;
    return std::tie(a, b) > std::tie(o.a, o.b);
  }
};

}  // namespace

std::vector<int> average_linkage(int n, const std::vector<Similarity>& pairs, double threshold) {
  // Cluster c: its size and, per neighbouring cluster, the sum of similarities between
  // their items. Clusters are named by their smallest item; a joined-away cluster has size 0.
  std::vector<int> size(n, 1), owner(n);
  std::vector<std::map<int, double>> sums(n);
  for (int i = 0; i < n; ++i) owner[i] = i;
  for (const Similarity& s : pairs) {
    if (s.a == s.b || s.a < 0 || s.b < 0 || s.a >= n || s.b >= n) continue;
    sums[s.a][s.b] += s.value;
    sums[s.b][s.a] += s.value;
  }
  const auto average = [&](int a, int b) {
    const auto it = sums[a].find(b);
    return it == sums[a].end() ? 0.0 : it->second / (static_cast<double>(size[a]) * size[b]);
  };
  // Stale candidates (a cluster changed since) are skipped when they come up.
  std::priority_queue<Candidate> queue;
  for (int a = 0; a < n; ++a) {
    for (const auto& [b, sum] : sums[a]) {
      if (a < b && average(a, b) >= threshold) queue.push({average(a, b), a, b});
    }
  }
  std::vector<std::vector<int>> items(n);
  for (int i = 0; i < n; ++i) items[i] = {i};
  while (!queue.empty()) {
    const Candidate c = queue.top();
    queue.pop();
    if (size[c.a] == 0 || size[c.b] == 0 || average(c.a, c.b) != c.value) continue;
    // b joins a (a < b): a's sums with every neighbour of b grow by b's.
    const int a = c.a, b = c.b;
    for (const auto& [k, sum] : sums[b]) {
      if (k == a) continue;
      sums[a][k] += sum;
      sums[k].erase(b);
      sums[k][a] += sum;
    }
    sums[a].erase(b);
    sums[b].clear();
    size[a] += size[b];
    size[b] = 0;
    for (int i : items[b]) owner[i] = a;
    items[a].insert(items[a].end(), items[b].begin(), items[b].end());
    items[b].clear();
    for (const auto& [k, sum] : sums[a]) {
      const double avg = average(a, k);
      if (avg >= threshold) queue.push({avg, std::min(a, k), std::max(a, k)});
    }
  }
  // Number clusters by first item.
  std::vector<int> number(n, -1), out(n);
  int next = 0;
  for (int i = 0; i < n; ++i) {
    if (number[owner[i]] < 0) number[owner[i]] = next++;
    out[i] = number[owner[i]];
  }
  return out;
}

}  // namespace claimlens::ledger
