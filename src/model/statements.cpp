// Speakers, statements and denial links of one document (see statements.h).
#include "statements.h"

#include <algorithm>
#include <unordered_map>

namespace claimlens::model {

Statements collect_statements(const std::vector<Annotation>& annotations) {
  Statements out;
  const auto n = static_cast<std::uint32_t>(annotations.size());
  out.denied_by.resize(n);
  out.speaker_of.assign(n, -1);

  std::unordered_map<std::string, int> speaker_index;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Annotation& a = annotations[i];
    if (a.layer != Layer::kSource || a.entity.empty()) continue;
    auto [it, added] = speaker_index.try_emplace(a.entity, static_cast<int>(out.speakers.size()));
    if (added) out.speakers.push_back({a.entity, {}, 0, 0, 0.0f});
    out.speakers[it->second].mentions.push_back(i);
    out.speaker_of[i] = it->second;
  }

  for (std::uint32_t i = 0; i < n; ++i) {
    const Annotation& a = annotations[i];
    if (a.layer != Layer::kClaim && a.layer != Layer::kDenial) continue;
    out.in_order.push_back(i);
    for (std::uint32_t d : a.denies) {
      if (a.layer == Layer::kDenial && d < n && annotations[d].layer == Layer::kClaim) {
        out.denied_by[d].push_back(i);
      }
    }
    // A statement counts once per distinct speaker (a claim echoed by two sources counts
    // for both), and is attributed if it has any speaker.
    std::vector<int> seen;
    for (std::uint32_t s : a.sources) {
      if (s >= n || out.speaker_of[s] < 0) continue;
      const int who = out.speaker_of[s];
      if (std::find(seen.begin(), seen.end(), who) != seen.end()) continue;
      seen.push_back(who);
      (a.layer == Layer::kClaim ? out.speakers[who].claims : out.speakers[who].denials)++;
    }
    if (!seen.empty()) {
      ++out.attributed;
      out.speaker_of[i] = seen.front();
    }
  }

  // Sort speakers, then remap indices that point into the vector.
  std::vector<int> order(out.speakers.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    const Speaker& a = out.speakers[x];
    const Speaker& b = out.speakers[y];
    return a.claims + a.denials > b.claims + b.denials;
  });
  std::vector<int> new_index(order.size());
  std::vector<Speaker> sorted;
  sorted.reserve(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    new_index[order[k]] = static_cast<int>(k);
    sorted.push_back(std::move(out.speakers[order[k]]));
  }
  out.speakers = std::move(sorted);
  for (int& s : out.speaker_of) {
    if (s >= 0) s = new_index[s];
  }
  for (Speaker& s : out.speakers) {
    s.share = out.attributed > 0 ? static_cast<float>(s.claims + s.denials) / out.attributed : 0.0f;
  }
  return out;
}

}  // namespace claimlens::model
