// Annotation files: round trips (native, W3C), CSV, re-anchoring, and refusals.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotation_file.h"

using namespace claimlens;

namespace {

// "The mayor said the bridge will reopen. The council denied it would." with a source,
// a claim, a denial (denying the claim), and their links.
const std::string kText =
    "Row over bridge\n\nThe mayor said the bridge will reopen in May. "
    "The council denied that the bridge will reopen in May.\n";

std::vector<Annotation> sample_annotations() {
  const auto span = [](std::string_view what, std::size_t from = 0) {
    const auto at = kText.find(what, from);
    return Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + what.size())};
  };
  std::vector<Annotation> a(5);
  a[0].layer = Layer::kSource, a[0].span = span("The mayor"), a[0].entity = "Mayor";
  a[1].layer = Layer::kClaim, a[1].span = span("the bridge will reopen in May"), a[1].sources = {0};
  a[1].cue = span("said");
  a[2].layer = Layer::kSource, a[2].span = span("The council"), a[2].entity = "City Council";
  a[3].layer = Layer::kDenial, a[3].span = span("denied that the bridge will reopen in May"), a[3].sources = {2};
  a[3].denies = {1};
  a[4].layer = Layer::kClaim, a[4].span = span("the bridge will reopen in May", kText.find("denied"));
  a[4].sources = {0};
  return a;
}

void same_annotations(const std::vector<Annotation>& x, const std::vector<Annotation>& y) {
  REQUIRE(x.size() == y.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    CHECK(x[i].layer == y[i].layer);
    CHECK(x[i].span == y[i].span);
    CHECK(x[i].entity == y[i].entity);
    CHECK(x[i].sources == y[i].sources);
    CHECK(x[i].denies == y[i].denies);
  }
}

}  // namespace

TEST_CASE("native file: export then import gives the same annotations", "[annotation_file]") {
  const auto annotations = sample_annotations();
  const AnnotationFile file = make_annotation_file("bridge.txt", kText, annotations,
                                                   {Creator::kEngine, Creator::kPerson}, {"", "check the date"});
  const FileParseResult parsed = parse_annotation_file(to_native_file_json(file));
  REQUIRE(parsed.ok);
  CHECK(parsed.file.annotations[1].creator == Creator::kPerson);
  CHECK(parsed.file.annotations[1].note == "check the date");
  CHECK(parsed.file.annotations[1].prefix == "Row over bridge\n\nThe mayor said ");
  const Anchoring anchored = anchor_annotations(parsed.file, kText);
  CHECK(anchored.exact);
  CHECK(anchored.orphans.empty());
  same_annotations(anchored.placed, annotations);
  CHECK(anchored.notes[1] == "check the date");
}

TEST_CASE("W3C JSON-LD: export then import gives the same annotations", "[annotation_file]") {
  const auto annotations = sample_annotations();
  const AnnotationFile file = make_annotation_file("bridge.txt", kText, annotations);
  const std::string w3c = to_w3c_json(file);
  CHECK(w3c.find("\"AnnotationCollection\"") != std::string::npos);
  CHECK(w3c.find("\"TextQuoteSelector\"") != std::string::npos);
  CHECK(w3c.find("\"linking\"") != std::string::npos);
  const FileParseResult parsed = parse_annotation_file(w3c);
  REQUIRE(parsed.ok);
  CHECK(parsed.file.sha256 == file.sha256);
  const Anchoring anchored = anchor_annotations(parsed.file, kText);
  CHECK(anchored.orphans.empty());
  same_annotations(anchored.placed, annotations);
}

TEST_CASE("after the text changes, surviving quotes re-anchor and the rest are orphans", "[annotation_file]") {
  const auto annotations = sample_annotations();
  const AnnotationFile file = make_annotation_file("bridge.txt", kText, annotations);
  // An edit before everything shifts offsets; "The council" is reworded away.
  std::string edited = "Updated: " + kText;
  edited.replace(edited.find("The council"), 11, "Councillors");
  const Anchoring anchored = anchor_annotations(file, edited);
  CHECK_FALSE(anchored.exact);
  // Gone: the council source. Still there: mayor, both claims (told apart by context),
  // and the denial's quote.
  REQUIRE(anchored.orphans.size() == 1);
  CHECK(anchored.orphans[0].entity == "City Council");
  REQUIRE(anchored.placed.size() == 4);
  const std::vector<std::string> expected = {"The mayor", "the bridge will reopen in May",
                                             "denied that the bridge will reopen in May",
                                             "the bridge will reopen in May"};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Span s = anchored.placed[i].span;
    CHECK(edited.substr(s.begin, s.end - s.begin) == expected[i]);
  }
  // The second claim is the one inside the denial, not the first occurrence.
  CHECK(anchored.placed[3].span.begin > edited.find("denied"));
  // The denial lost its source (orphaned) but kept the claim it denies.
  CHECK(anchored.placed[2].layer == Layer::kDenial);
  CHECK(anchored.placed[2].sources.empty());
  CHECK(anchored.placed[2].denies == std::vector<std::uint32_t>{1});
}

TEST_CASE("an ambiguous quote is an orphan, never placed on a guess", "[annotation_file]") {
  AnnotationFile file;
  AnnotationRecord r;
  r.id = "C1";
  r.layer = Layer::kClaim;
  r.quote = "it is false";
  r.start = 0, r.end = 11;
  file.annotations = {r};  // no prefix/suffix to tell the occurrences apart
  const Anchoring anchored = anchor_annotations(file, "He said it is false. She said it is false.");
  CHECK(anchored.placed.empty());
  CHECK(anchored.orphans.size() == 1);
}

TEST_CASE("statements CSV quotes fields and defuses formulas", "[annotation_file]") {
  auto annotations = sample_annotations();
  annotations[0].entity = "=HYPERLINK(\"x\")";
  const std::string csv = to_statements_csv(make_annotation_file("b.txt", kText, annotations));
  CHECK(csv.rfind("id,layer,source,quote,cue,note,creator\r\n", 0) == 0);
  CHECK(csv.find("C1,claim,\"'=HYPERLINK(\"\"x\"\")\",the bridge will reopen in May,said,,engine\r\n") != std::string::npos);
  CHECK(csv.find("S1") == std::string::npos);  // sources are not statements
}

TEST_CASE("bad files are refused with a message", "[annotation_file]") {
  struct Case { std::string json; std::string says; };
  const Case cases[] = {
      {"{\"format\": \"claimlens\", \"version\": 1, \"document\"", "not valid JSON"},
      {std::string(40, '[') + std::string(40, ']'), "nested"},
      {"{\"format\": \"claimlens\", \"version\": 7, \"document\": {}, \"annotations\": []}", "version"},
      {"{\"format\": \"claimlens\", \"version\": 1, \"document\": {}, \"annotations\": "
       "[{\"type\": \"claim\", \"start\": 9, \"end\": 3}]}", "start <= end"},
      {"{\"format\": \"claimlens\", \"version\": 1, \"document\": {}, \"annotations\": "
       "[{\"type\": \"opinion\", \"start\": 1, \"end\": 3}]}", "type"},
      {"{\"format\": \"claimlens\", \"version\": 1, \"document\": {}, \"annotations\": "
       "[{\"type\": \"claim\", \"start\": -1, \"end\": 3}]}", "offsets"},
      {"{\"x\": \"\\ud800\"}", "not valid JSON"},
      {"{\"hello\": 1}", "neither"},
  };
  for (const Case& c : cases) {
    const FileParseResult r = parse_annotation_file(c.json);
    CHECK_FALSE(r.ok);
    CHECK_THAT(r.error, Catch::Contains(c.says));
  }
}

TEST_CASE("offsets beyond the text fall back to the quote, or orphan", "[annotation_file]") {
  AnnotationFile file = make_annotation_file("b.txt", kText, sample_annotations());
  for (AnnotationRecord& r : file.annotations) r.start += 100000, r.end += 100000;
  const Anchoring anchored = anchor_annotations(file, kText);
  CHECK(anchored.placed.size() == 5);  // every quote is still found by its context
  file.annotations[0].quote = "The governor";
  CHECK(anchor_annotations(file, kText).orphans.size() == 1);
}
