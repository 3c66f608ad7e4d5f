// find_text.h — in-article search: the browser's own find cannot see a canvas.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"

namespace claimlens::model {

// Most matches reported for one query; the rest are counted in `FindResult::more`.
inline constexpr std::size_t kMaxFindMatches = 10000;

struct FindResult {
  std::vector<Span> matches;  // non-overlapping, in text order
  bool more = false;          // stopped at kMaxFindMatches
};

// Every occurrence of `query` in `text`, ignoring ASCII case (other characters must match
// exactly). An empty query finds nothing.
FindResult find_all(std::string_view text, std::string_view query);

}  // namespace claimlens::model
