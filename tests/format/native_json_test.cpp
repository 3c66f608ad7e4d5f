// The claimlens JSON shape: ids, code-point offsets, quotes and links.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/native_json.h"

using claimlens::Annotation;
using claimlens::Layer;

TEST_CASE("to_native_json writes ids, code-point offsets, quotes and links", "[native_json]") {
  // "Officials said the caf\u00E9 will close." with a two-byte é before the claim's end.
  const std::string text = "Officials said the caf\xC3\xA9 will close.";
  std::vector<Annotation> annotations(2);
  annotations[0].layer = Layer::kSource;
  annotations[0].span = {0, 9};
  annotations[0].entity = "officials";
  annotations[1].layer = Layer::kClaim;
  annotations[1].span = {15, static_cast<std::uint32_t>(text.size() - 1)};
  annotations[1].sources = {0};
  annotations[1].cue = {10, 14};
  annotations[1].why = "complement of 'said'";

  const auto doc = claimlens::to_native_json("cafe.txt", text, annotations);
  CHECK(doc["format"] == "claimlens");
  CHECK(doc["version"] == 1);
  CHECK(doc["document"]["name"] == "cafe.txt");
  CHECK(doc["document"]["length"] == 35);
  CHECK(doc["document"]["sha256"].get<std::string>().size() == 64);
  const auto& list = doc["annotations"];
  REQUIRE(list.size() == 2);
  CHECK(list[0]["id"] == "S1");
  CHECK(list[0]["entity"] == "officials");
  CHECK(list[1]["id"] == "C1");
  CHECK(list[1]["start"] == 15);
  CHECK(list[1]["end"] == 34);  // code points: the é counts once
  CHECK(list[1]["quote"] == "the caf\xC3\xA9 will close");
  CHECK(list[1]["sources"] == nlohmann::json::array({"S1"}));
  CHECK(list[1]["cue"] == "said");
  CHECK(claimlens::annotation_id(annotations, 1) == "C1");
}
