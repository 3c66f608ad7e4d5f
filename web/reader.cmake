# The reader page (Emscripten only): Dear ImGui + the app layer + the browser host, linked
# to claimlens.js/.wasm in ${SITE_DIR}, beside the page's own files and the subset fonts.
set(SITE_DIR "${CMAKE_BINARY_DIR}/site")

if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui's source is missing in ${IMGUI_DIR}: run tools/setup.sh")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
# Input comes through ImGui's GLFW backend; drawing is the reader's own WebGL 2 renderer
# (src/web/webgl_renderer.h), which never reads GL state back.
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_options(imgui PRIVATE -sUSE_GLFW=3 -w -Os)

# Fonts: Noto Serif (reading) and Noto Sans (interface) from fonts-noto-core, cut down to
# the scripts the reader bakes (fonts.cpp), which keeps the page light.
set(FONT_SOURCE_DIR /usr/share/fonts/truetype/noto)
set(FONT_DIR "${CMAKE_BINARY_DIR}/fonts")
set(FONT_UNICODES "U+0020-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25A0-25FF,U+FFFD")
set(FONT_FILES)
foreach(face NotoSerif-Regular NotoSerif-Bold NotoSans-Regular)
  set(out "${FONT_DIR}/${face}.ttf")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${FONT_DIR}"
    # Debian's python3 (python3-fonttools), whatever python3 comes first on PATH.
    COMMAND /usr/bin/python3 -m fontTools.subset "${FONT_SOURCE_DIR}/${face}.ttf"
            --unicodes=${FONT_UNICODES} --layout-features=kern,liga --no-hinting
            --desubroutinize --output-file=${out}
    DEPENDS "${FONT_SOURCE_DIR}/${face}.ttf"
    COMMENT "Subsetting ${face}")
  list(APPEND FONT_FILES "${out}")
endforeach()
add_custom_target(reader_fonts DEPENDS ${FONT_FILES})

file(GLOB APP_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/app/*.cpp")
file(GLOB WEB_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/web/*.cpp")
add_library(claimlens_app STATIC ${APP_SOURCES})
target_include_directories(claimlens_app PUBLIC "${CMAKE_SOURCE_DIR}/src/app")
target_link_libraries(claimlens_app PUBLIC claimlens_model imgui)
# Code the page compiles at every first visit, optimised for size: the interface (small next
# to its per-frame budget), file formats and the ledger. The engine and the model, which
# annotate and lay out a dropped article, stay at -O3.
target_compile_options(claimlens_app PRIVATE -Os)
target_compile_options(claimlens_format PRIVATE -Os)
target_compile_options(claimlens_ledger PRIVATE -Os)

add_executable(claimlens_reader ${WEB_SOURCES})
add_dependencies(claimlens_reader reader_fonts)
target_link_libraries(claimlens_reader PRIVATE claimlens_app)
set_target_properties(claimlens_reader PROPERTIES OUTPUT_NAME claimlens SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${SITE_DIR}")
target_link_options(claimlens_reader PRIVATE
  # Binaryen's link-time pass for size (the objects keep their own -O levels): a 6% smaller
  # claimlens.wasm, compiled at every first visit. Interleaved first visits, 30 each, same
  # browser: medians 443-463 ms against 477-564 ms with the default -O3 link.
  -Os
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB
  # No WebGL extensions switched on at start-up: ImGui's ES3 backend needs none, and
  # Emscripten's default asks for every supported one, each a synchronous round trip to
  # the GPU process (20-90 ms apiece under SwiftShader here, 200-400 ms in all).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_claimlens_open,_claimlens_state,_claimlens_wheel,_claimlens_document_json,_claimlens_mirror,_claimlens_font_step,_claimlens_frame_times,_claimlens_import,_claimlens_paste,_claimlens_restore,_claimlens_document_text,_claimlens_storage_status,_claimlens_notice,_claimlens_warm_up,_claimlens_open_prepared
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  "SHELL:--embed-file ${FONT_DIR}@/fonts"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/assets/examples@/examples")
set_property(TARGET claimlens_reader APPEND PROPERTY LINK_DEPENDS ${FONT_FILES})

# The same reader as one JavaScript file with the .wasm (and so the fonts) inside it, for
# the self-contained dist/claimlens.html that opens from disk (make dist).
add_executable(claimlens_reader_single EXCLUDE_FROM_ALL ${WEB_SOURCES})
add_dependencies(claimlens_reader_single reader_fonts)
target_link_libraries(claimlens_reader_single PRIVATE claimlens_app)
get_target_property(READER_LINK_OPTIONS claimlens_reader LINK_OPTIONS)
target_link_options(claimlens_reader_single PRIVATE ${READER_LINK_OPTIONS} -sSINGLE_FILE=1)
set_target_properties(claimlens_reader_single PROPERTIES OUTPUT_NAME claimlens-single SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/single")

# The page's own files, copied beside the build output.
file(GLOB PAGE_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*.html" "${CMAKE_SOURCE_DIR}/web/*.js"
     "${CMAKE_SOURCE_DIR}/web/*.css")
set(PAGE_OUTPUTS)
foreach(f ${PAGE_FILES})
  get_filename_component(name "${f}" NAME)
  add_custom_command(OUTPUT "${SITE_DIR}/${name}" COMMAND ${CMAKE_COMMAND} -E copy "${f}" "${SITE_DIR}/${name}"
                     DEPENDS "${f}")
  list(APPEND PAGE_OUTPUTS "${SITE_DIR}/${name}")
endforeach()
add_custom_target(reader_page ALL DEPENDS ${PAGE_OUTPUTS})

# The engine alone (no ImGui, no GL) for the page's Web Worker (web/engine_worker.js), which
# annotates long articles off the main thread: claimlens-engine.js/.wasm beside the page.
add_executable(claimlens_engine_worker "${CMAKE_SOURCE_DIR}/src/web/worker/engine_worker.cpp")
target_link_libraries(claimlens_engine_worker PRIVATE claimlens_model)
set_target_properties(claimlens_engine_worker PROPERTIES OUTPUT_NAME claimlens-engine SUFFIX ".js"
                      RUNTIME_OUTPUT_DIRECTORY "${SITE_DIR}")
target_link_options(claimlens_engine_worker PRIVATE
  -sMODULARIZE=1 -sEXPORT_NAME=ClaimlensEngine -sENVIRONMENT=worker
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=32MB -sMAXIMUM_MEMORY=2GB
  -sEXPORTED_FUNCTIONS=_malloc,_free,_claimlens_worker_prepare,_claimlens_worker_size,_claimlens_worker_release
  -sEXPORTED_RUNTIME_METHODS=lengthBytesUTF8,stringToUTF8)
