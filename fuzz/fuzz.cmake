# fuzz/fuzz.cmake — libFuzzer targets, one per fuzz/<name>_fuzzer.cpp (clang only).
# Included by the top-level CMakeLists.txt when CLAIMLENS_FUZZ is ON; driven by fuzz/run.sh
# (`make fuzz`), which configures build/fuzz with clang++-14.
#
# The engine and format libraries are instrumented too (coverage for libFuzzer, ASan and
# UBSan), otherwise libFuzzer would be blind inside the code it is meant to explore. UBSan
# aborts on its first report so libFuzzer records the input. libstdc++'s assertions and
# vector annotations make an index past size() (but inside capacity) fail at once, where
# ASan alone only sees reads past the allocation.
#
# Adding a fuzzer: write fuzz/<name>_fuzzer.cpp and add its line to fuzz/targets.txt.
include_guard(GLOBAL)

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "CLAIMLENS_FUZZ needs clang (libFuzzer): configure with CXX=clang++-14")
endif()

set(CLAIMLENS_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS -D_GLIBCXX_SANITIZE_VECTOR=1)
foreach(lib claimlens_engine claimlens_format)
  target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link ${CLAIMLENS_FUZZ_SANITIZERS})
  # Whatever links an instrumented library needs the sanitizer runtimes.
  target_link_options(${lib} INTERFACE -fsanitize=address,undefined)
endforeach()

file(GLOB CLAIMLENS_FUZZERS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/fuzz/*_fuzzer.cpp")
add_custom_target(claimlens_fuzzers)
foreach(source ${CLAIMLENS_FUZZERS})
  get_filename_component(target ${source} NAME_WE)  # annotate_fuzzer
  add_executable(${target} ${source})
  target_link_libraries(${target} PRIVATE claimlens_format claimlens_engine third_party_headers)
  target_include_directories(${target} PRIVATE "${CMAKE_SOURCE_DIR}/fuzz")
  target_compile_options(${target} PRIVATE -fsanitize=fuzzer ${CLAIMLENS_FUZZ_SANITIZERS})
  target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  add_dependencies(claimlens_fuzzers ${target})
endforeach()

# The DEFLATE decoder is compared with zlib (Debian's zlib1g-dev) in the fuzzer only.
find_package(ZLIB REQUIRED)
target_link_libraries(inflate_fuzzer PRIVATE ZLIB::ZLIB)
target_compile_definitions(inflate_fuzzer PRIVATE CLAIMLENS_FUZZ_ZLIB)
