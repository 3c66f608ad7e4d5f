// claimlens/csv.h — one CSV field, for every CSV the reader writes (statements, ledger).
#pragma once

#include <string>
#include <string_view>

namespace claimlens {

// An RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled.
// A leading =, +, - or @ is prefixed with ' so a spreadsheet does not run a quote taken
// from an article as a formula (CSV injection).
std::string csv_field(std::string_view value);

}  // namespace claimlens
