// In-article search.
#include <catch2/catch.hpp>
#include <string>

#include "find_text.h"

using claimlens::model::find_all;

TEST_CASE("find_all ignores ASCII case and does not overlap matches", "[find]") {
  const std::string text = "Denied. The ministry DENIED it; denied\xE2\x80\x94" "again. aaaa";
  const auto r = find_all(text, "denied");
  REQUIRE(r.matches.size() == 3);
  CHECK(r.matches[0].begin == 0);
  CHECK(r.matches[1].begin == 21);
  CHECK(text.substr(r.matches[2].begin, 6) == "denied");
  CHECK(find_all("aaaa", "aa").matches.size() == 2);
  CHECK(find_all(text, "").matches.empty());
  CHECK(find_all("ab", "abc").matches.empty());
}

TEST_CASE("find_all matches multi-byte text exactly", "[find]") {
  const std::string text = "caf\xC3\xA9 and CAF\xC3\xA9";
  CHECK(find_all(text, "caf\xC3\xA9").matches.size() == 2);
}
