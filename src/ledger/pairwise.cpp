// Pairwise precision and recall of "same group" decisions (see claimlens/ledger.h).
#include "claimlens/ledger.h"

#include <algorithm>

namespace claimlens::ledger {

PairwiseScores pairwise_scores(const std::vector<int>& gold, const std::vector<int>& predicted) {
  PairwiseScores s;
  const std::size_t n = std::min(gold.size(), predicted.size());
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const bool g = gold[i] == gold[j], p = predicted[i] == predicted[j];
      s.true_pairs += g;
      s.predicted_pairs += p;
      s.agreed_pairs += g && p;
    }
  }
  if (s.predicted_pairs) s.precision = static_cast<double>(s.agreed_pairs) / s.predicted_pairs;
  if (s.true_pairs) s.recall = static_cast<double>(s.agreed_pairs) / s.true_pairs;
  s.f1 = s.precision + s.recall > 0.0 ? 2.0 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

}  // namespace claimlens::ledger
