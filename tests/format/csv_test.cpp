// CSV fields as every export writes them (statements, ledger).
#include <catch2/catch.hpp>

#include "claimlens/csv.h"

TEST_CASE("csv_field quotes what needs quoting and defuses formulas", "[csv]") {
  using claimlens::csv_field;
  CHECK(csv_field("the bridge will reopen") == "the bridge will reopen");
  CHECK(csv_field("") == "");
  CHECK(csv_field("Lindqvist, the mayor") == "\"Lindqvist, the mayor\"");
  CHECK(csv_field("“Sound,” she said \"twice\"") == "\"“Sound,” she said \"\"twice\"\"\"");
  CHECK(csv_field("line one\nline two") == "\"line one\nline two\"");
  CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_field("+1 555") == "'+1 555");
  CHECK(csv_field("-2 degrees") == "'-2 degrees");
  CHECK(csv_field("@mention") == "'@mention");
  CHECK(csv_field("a=b") == "a=b");  // only a leading sign starts a formula
}
