# Catch2 suites, one executable per area (tests/<area>/*.cpp), each case a ctest test
# natively. Under Emscripten the same suites are built as single-file JS and run by node.
if(NOT EMSCRIPTEN)
  # Emscripten's toolchain confines find_package to its sysroot; only native needs Catch.cmake.
  find_package(Catch2 REQUIRED PATHS /usr/lib/cmake/Catch2)
  include(Catch)
endif()

# Catch2's main is the slowest file to compile: build it once, not once per area.
add_library(claimlens_catch_main STATIC "${CMAKE_SOURCE_DIR}/tests/catch_main.cpp")
target_link_libraries(claimlens_catch_main PUBLIC third_party_headers)

function(claimlens_test_area area)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/${area}/*.cpp")
  set(target claimlens_${area}_tests)
  add_executable(${target} ${sources})
  target_link_libraries(${target} PRIVATE ${ARGN} claimlens_catch_main third_party_headers)
  target_include_directories(${target} PRIVATE "${CMAKE_SOURCE_DIR}/tests" "${CMAKE_SOURCE_DIR}/src/engine")
  target_compile_definitions(${target} PRIVATE CLAIMLENS_FIXTURES="${CMAKE_SOURCE_DIR}/tests/fixtures")
  if(EMSCRIPTEN)
    # Single file: node 20's fetch() would otherwise try to load the .wasm by path.
    target_link_options(${target} PRIVATE -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1
                        -sNODERAWFS=1)
    add_test(NAME wasm_${area} COMMAND node $<TARGET_FILE:${target}> --reporter compact)
  else()
    catch_discover_tests(${target} TEST_PREFIX "${area}: ")
  endif()
endfunction()

claimlens_test_area(engine claimlens_engine)
claimlens_test_area(format claimlens_format)
claimlens_test_area(model claimlens_model)
# Every input the fuzzers ever crashed on, replayed through the same harnesses (fuzz/).
include(fuzz/replay.cmake)
claimlens_test_area(fuzz_regressions claimlens_fuzz_replay)
# The claim ledger; its tests also read the ledger's internal headers (src/ledger).
claimlens_test_area(ledger claimlens_ledger claimlens_model)
target_include_directories(claimlens_ledger_tests PRIVATE "${CMAKE_SOURCE_DIR}/src/ledger")
