// cluster.h — average-linkage agglomerative clustering over a sparse similarity graph.
// Internal to src/ledger.
#pragma once

#include <vector>

namespace claimlens::ledger {

struct Similarity {
  int a, b;       // items, a < b
  double value;   // > 0; pairs not listed are 0
};

// Groups items 0..n-1: repeatedly joins the two clusters with the highest average
// similarity over all their cross pairs (missing pairs count 0) while it is >= threshold.
// Ties go to the pair of clusters whose first items come first, so the result is
// deterministic. Returns a cluster number per item (numbered by first item).
std::vector<int> average_linkage(int n, const std::vector<Similarity>& pairs, double threshold);

}  // namespace claimlens::ledger
