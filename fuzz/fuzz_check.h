// fuzz/fuzz_check.h — how a harness reports a broken property.
//
// FUZZ_CHECK(cond, message) is the one way harnesses fail. In a libFuzzer build it prints
// the message and traps (__builtin_trap), so libFuzzer records the input as a crash. In the
// replay build (fuzz/replay.cmake, used by tests/fuzz_regressions) it throws
// claimlens_fuzz::Violation instead, so the Catch2 test reports which property broke for
// which file rather than dying.
#pragma once

#include <cstdio>
#include <stdexcept>
#include <string>

namespace claimlens_fuzz {

struct Violation : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& message, const char* file, int line) {
#ifdef CLAIMLENS_FUZZ_REPLAY
  throw Violation(message + " (" + file + ":" + std::to_string(line) + ")");
#else
  std::fprintf(stderr, "\nclaimlens fuzz: property broken at %s:%d: %s\n", file, line,
               message.c_str());
  std::fflush(stderr);
  __builtin_trap();
#endif
}

}  // namespace claimlens_fuzz

#define FUZZ_CHECK(cond, message)                                        \
  do {                                                                   \
    if (!(cond)) ::claimlens_fuzz::fail((message), __FILE__, __LINE__); \
  } while (0)
