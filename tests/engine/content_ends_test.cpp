// Where a content ends (and begins) when the clause goes on: patterns from the boundary
// analysis of the content layer on the PolNeAR training split. Every sentence here is
// written for the project.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/annotate.h"
#include "engine_test_util.h"

using namespace claimlens_test;

namespace {
void check_contents(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    const std::string t = c->text;
    const auto r = claimlens::annotate(t);
    INFO(t << "\n" << dump(r, t));
    CHECK(find(r, t, Layer::kClaim, c->content) >= 0);
  }
}
}  // namespace

TEST_CASE("a stance verb's object ends before 'but' and the subject's next verb", "[content]") {
  const Case cases[] = {
      {"The harbour board backs the new pier but is wary of its cost.", "the new pier"},
      {"Senator Ibbotson praised the volunteers but stopped short of funding them.", "the volunteers"},
      {"The union supports the strike but also wants talks to resume.", "the strike"},
  };
  check_contents(std::begin(cases), std::end(cases));
}

TEST_CASE("'but' inside a stance verb's object phrase stays in it", "[content]") {
  const Case cases[] = {
      // no verb after 'but': a contrast inside the object
      {"The council called for a smaller but faster ferry to the island.", "a smaller but faster ferry to the island"},
      // a clause content keeps its 'but' clause (the corpus does)
      {"The warden said the gates had opened but the crowd stayed calm.",
       "the gates had opened but the crowd stayed calm"},
  };
  check_contents(std::begin(cases), std::end(cases));
}

TEST_CASE("a few words and a colon before a quotation introduce it; the quotation is the content",
          "[content]") {
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  const std::string t = "The ferry captain added a warning: " + open + "Nobody boards after dark." + close;
  const auto r = claimlens::annotate(t);
  INFO(t << "\n" << dump(r, t));
  CHECK(find(r, t, Layer::kClaim, open + "Nobody boards after dark." + close) >= 0);
  CHECK(find(r, t, Layer::kClaim, "a warning: " + open + "Nobody boards after dark." + close) < 0);
}

TEST_CASE("a colon later in a content does not move its start", "[content]") {
  const Case cases[] = {
      {"The mayor said the plan has two parts: a new bridge and a wider road.",
       "the plan has two parts: a new bridge and a wider road"},
  };
  check_contents(std::begin(cases), std::end(cases));
}

TEST_CASE("a stance verb's object ends at a dash and 'but' or 'and' opening a new clause", "[content]") {
  const Case cases[] = {
      {"The harbour board endorsed the new pier - but the council balked at the cost.", "the new pier"},
      {"The tenants opposed the rent rise - and the landlord gave in by June.", "the rent rise"},
  };
  check_contents(std::begin(cases), std::end(cases));
}

TEST_CASE("a paired dash aside with 'and' stays in a stance verb's object", "[content]") {
  const Case cases[] = {
      {"The coach praised the young - and very fast - winger on the left.",
       "the young - and very fast - winger on the left"},
  };
  check_contents(std::begin(cases), std::end(cases));
}

TEST_CASE("an appositive after a name in the content stays in it; one after the clause's object noun ends it", "[content]") {
  const std::string t = "She said her sample had been tested by Orrin Laboratories, a private lab in the old town. "
                        "He said the council had cut the budget, a move that angered parents.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "her sample had been tested by Orrin Laboratories, a private lab in the old town") >= 0);
  CHECK(find(r, t, Layer::kClaim, "the council had cut the budget") >= 0);
}

TEST_CASE("'said P and had asked Q': the past perfect keeps Q in what was said", "[content]") {
  const std::string t = "The regulator said it was reviewing the report and had asked the firm for an explanation.";
  const auto r = claimlens::annotate(t);
  INFO(dump(r, t));
  CHECK(find(r, t, Layer::kClaim, "it was reviewing the report and had asked the firm for an explanation") >= 0);
}
