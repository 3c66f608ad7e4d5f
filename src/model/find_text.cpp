// Case-insensitive (ASCII) substring search over UTF-8 (see find_text.h).
#include "find_text.h"

namespace claimlens::model {
namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

FindResult find_all(std::string_view text, std::string_view query) {
  FindResult result;
  if (query.empty() || query.size() > text.size()) return result;
  const char first = fold(query[0]);
  for (std::size_t i = 0; i + query.size() <= text.size();) {
    if (fold(text[i]) != first) {
      ++i;
      continue;
    }
    std::size_t k = 1;
    while (k < query.size() && fold(text[i + k]) == fold(query[k])) ++k;
    if (k < query.size()) {
      ++i;
      continue;
    }
    if (result.matches.size() == kMaxFindMatches) {
      result.more = true;
      break;
    }
    result.matches.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + query.size())});
    i += query.size();
  }
  return result;
}

}  // namespace claimlens::model
