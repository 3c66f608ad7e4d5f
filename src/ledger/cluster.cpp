// Average-linkage clustering (see cluster.h).
#include "cluster.h"

#include <map>

namespace claimlens::ledger {

std::vector<int> average_linkage(int n, const std::vector<Similarity>& pairs, double threshold) {
  // Cluster c: its size and, per neighbouring cluster, the sum of similarities between them.
  // Clusters are named by their smallest item; a merged-away cluster has size 0.
  std::vector<int> size(n, 1), owner(n);
  std::vector<std::map<int, double>> sums(n);
  for (int i = 0; i < n; ++i) owner[i] = i;
  for (const Similarity& s : pairs) {
    if (s.a == s.b || s.a < 0 || s.b < 0 || s.a >= n || s.b >= n) continue;
    sums[s.a][s.b] += s.value;
    sums[s.b][s.a] += s.value;
  }
  for (;;) {
    int best_a = -1, best_b = -1;
    double best = threshold;
    for (int a = 0; a < n; ++a) {
      if (size[a] == 0) continue;
      for (const auto& [b, sum] : sums[a]) {
        if (b <= a) continue;
        const double avg = sum / (static_cast<double>(size[a]) * size[b]);
        if (avg > best + 1e-12 || (best_a < 0 && avg >= best)) {
          best = avg;
          best_a = a;
          best_b = b;
        }
      }
    }
    if (best_a < 0) break;
    // b joins a (a < b).
    for (const auto& [c, sum] : sums[best_b]) {
      if (c == best_a) continue;
      sums[best_a][c] += sum;
      sums[c].erase(best_b);
      sums[c][best_a] += sum;
    }
    sums[best_a].erase(best_b);
    sums[best_b].clear();
    size[best_a] += size[best_b];
    size[best_b] = 0;
    for (int i = 0; i < n; ++i) {
      if (owner[i] == best_b) owner[i] = best_a;
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
