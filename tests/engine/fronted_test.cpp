// Contents placed before their cue and the speaker phrases between them: quotation
// sandwiches ("“P,” X said. “Q.”"), asides about the speaker ("X, now 70, said"), and
// participial asides between a subject and its verb.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
AnnotateResult run(const std::string& text) { return claimlens::annotate(text); }
}  // namespace

TEST_CASE("a description of the speaker at another time stays in the source", "[fronted]") {
  const std::string t =
      "\"The orchard was ours,\" Ms. Varga, now 82 and living near the lake, said on Sunday. "
      "\"Nobody asked us.\"\n\n"
      "Piet Rovers, then the mill's foreman, said the looms were sold abroad.";
  const auto r = run(t);
  INFO(dump(r, t));
  const int c = find(r, t, Layer::kClaim,
                     "\"The orchard was ours,\" Ms. Varga, now 82 and living near the lake, said on Sunday. "
                     "\"Nobody asked us.\"");
  REQUIRE(c >= 0);
  CHECK(has_source(r, t, c, "Ms. Varga, now 82 and living near the lake"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the looms were sold abroad"), "Piet Rovers, then the mill's foreman"));
}

TEST_CASE("an aside about the speaker is left out of the source", "[fronted]") {
  const std::string t =
      "Alma Ruud, herself a former ferry pilot, said the crossing was unsafe. "
      "The dockers, still angry about the lockout, said the port would close.";
  const auto r = run(t);
  INFO(dump(r, t));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the crossing was unsafe"), "Alma Ruud"));
  CHECK(has_source(r, t, find(r, t, Layer::kClaim, "the port would close"), "The dockers"));
}
