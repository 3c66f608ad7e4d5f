// inflate.h — a raw DEFLATE (RFC 1951) decoder for data from outside: share links are
// compressed by the browser's CompressionStream("deflate-raw") and decoded here, in C++,
// so the whole way from link to annotations is tested natively and fuzzed.
//
// Guarantees: never reads outside `compressed`, never writes more than `max_output` bytes
// (a small link cannot expand into gigabytes: decoding stops with kTooLarge), never throws
// for bad data; every refusal has a status and a sentence for a person.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimlens {

enum class InflateStatus {
  kOk,         // a final block was decoded; bytes after it are ignored
  kTruncated,  // the data ended inside a block (a link cut short)
  kCorrupt,    // not DEFLATE data: bad block type, bad code, distance before the start...
  kTooLarge,   // the output would exceed max_output
};

struct InflateResult {
  InflateStatus status = InflateStatus::kCorrupt;
  std::string output;  // all bytes decoded before the stop (complete only when kOk)
  std::string error;   // empty when kOk
};

InflateResult inflate_raw(std::string_view compressed, std::size_t max_output);

}  // namespace claimlens
