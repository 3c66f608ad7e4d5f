# Benchmarks (make bench): one benchmark source, built natively and for node.
#   claimlens_bench   build/native/claimlens_bench        JSON on stdout (bench/run.mjs reads it)
#                     build/wasm/claimlens_bench.js       single-file module: require() it and
#                                                         call its exported bench_* functions
# Not in the default build: make bench (bench/run.mjs) builds it by name.
add_executable(claimlens_bench EXCLUDE_FROM_ALL "${CMAKE_CURRENT_LIST_DIR}/engine_bench.cpp" "${CMAKE_CURRENT_LIST_DIR}/newsgen.cpp")
target_link_libraries(claimlens_bench PRIVATE claimlens_engine)
if(EMSCRIPTEN)
  # Single file: node 20's fetch() would otherwise try to load the .wasm by path.
  target_link_options(claimlens_bench PRIVATE -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1
    -sENVIRONMENT=node -sMODULARIZE=1 -sEXPORT_NAME=createClaimlensBench
    -sEXPORTED_FUNCTIONS=_bench_generate,_bench_text_length,_bench_release,_bench_engine,_bench_engine_current,_bench_annotate_current,_bench_layers_current,_bench_engine_version,_malloc,_free
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8)
endif()
