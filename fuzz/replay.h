// fuzz/replay.h — the fuzz harnesses as plain functions (built by fuzz/replay.cmake).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimlens_fuzz {

struct Target {
  const char* name;  // "annotate" for fuzz/annotate_fuzzer.cpp
  int (*run)(const std::uint8_t* data, std::size_t size);  // throws Violation on a finding
};

// Every fuzz/<name>_fuzzer.cpp, sorted by name.
const std::vector<Target>& targets();

}  // namespace claimlens_fuzz
