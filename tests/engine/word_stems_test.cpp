// Crude stems that denial classification and linking compare (word_stems.h).
#include <catch2/catch.hpp>

#include "word_stems.h"

using claimlens::stem_hash;

TEST_CASE("forms of one word share a stem", "[word_stems]") {
  CHECK(stem_hash("missiles") == stem_hash("missile"));
  CHECK(stem_hash("dumped") == stem_hash("dumping"));
  CHECK(stem_hash("rigging") == stem_hash("rigs"));
  CHECK(stem_hash("called") == stem_hash("calls"));
  CHECK(stem_hash("selling") == stem_hash("sells"));
  CHECK(stem_hash("taxes") == stem_hash("tax"));
  CHECK(stem_hash("agrees") == stem_hash("agree"));
  CHECK(stem_hash("Missiles") == stem_hash("missile"));
}

TEST_CASE("different words keep different stems", "[word_stems]") {
  CHECK(stem_hash("missile") != stem_hash("militia"));
  // (Only five letters count: "missile" and "mission" do share a stem.)
  CHECK(stem_hash("call") != stem_hash("cal"));
}
