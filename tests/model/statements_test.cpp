// Speakers, shares and denial links from hand-built annotations.
#include <catch2/catch.hpp>

#include "statements.h"

using namespace claimlens;
using namespace claimlens::model;

namespace {
Annotation source(std::uint32_t b, std::uint32_t e, const char* entity) {
  Annotation a;
  a.layer = Layer::kSource;
  a.span = {b, e};
  a.entity = entity;
  return a;
}
Annotation statement(Layer layer, std::uint32_t b, std::uint32_t e, std::vector<std::uint32_t> sources,
                     std::vector<std::uint32_t> denies = {}) {
  Annotation a;
  a.layer = layer;
  a.span = {b, e};
  a.sources = std::move(sources);
  a.denies = std::move(denies);
  return a;
}
}  // namespace

TEST_CASE("speakers are counted by entity, sorted by how much they say", "[statements]") {
  // 0: "the mayor" (Ana Ruiz) claims 1; 2: "the council" denies 1 via 3; "she" (Ana Ruiz)
  // claims 4; 5 has no source.
  std::vector<Annotation> all = {
      source(0, 9, "Ana Ruiz"),
      statement(Layer::kClaim, 15, 40, {0}),
      source(42, 53, "City Council"),
      statement(Layer::kDenial, 54, 80, {2}, {1}),
      statement(Layer::kClaim, 90, 120, {6}),
      statement(Layer::kClaim, 130, 150, {}),
      source(85, 88, "Ana Ruiz"),
  };
  const Statements s = collect_statements(all);
  CHECK(s.in_order == std::vector<std::uint32_t>{1, 3, 4, 5});
  CHECK(s.attributed == 3);
  REQUIRE(s.speakers.size() == 2);
  CHECK(s.speakers[0].entity == "Ana Ruiz");
  CHECK(s.speakers[0].claims == 2);
  CHECK(s.speakers[0].mentions == std::vector<std::uint32_t>{0, 6});
  CHECK(s.speakers[0].share == Approx(2.0 / 3.0));
  CHECK(s.speakers[1].entity == "City Council");
  CHECK(s.speakers[1].denials == 1);
  CHECK(s.denied_by[1] == std::vector<std::uint32_t>{3});
  CHECK(s.speaker_of[3] == 1);
  CHECK(s.speaker_of[5] == -1);
}

TEST_CASE("out-of-range links are ignored, not followed", "[statements]") {
  std::vector<Annotation> all = {statement(Layer::kDenial, 0, 5, {7}, {9})};
  const Statements s = collect_statements(all);
  CHECK(s.attributed == 0);
  CHECK(s.speakers.empty());
}
