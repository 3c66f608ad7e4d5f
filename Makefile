# claimlens — the two commands a newcomer needs, and the rest.
#
#   make run     install what is missing, build the reader, serve it on http://127.0.0.1:8000/
#   make test    install what is missing, run every suite (native, WebAssembly/node, browser)
#
#   make cli     build/native/claimlens, the native command line
#   make dist    dist/: the static site for any static host, and dist/claimlens.html, one
#                self-contained file (engine, fonts, page) that works opened from disk
#   make bench   benchmark report: engine throughput (native, wasm) vs wink-nlp and compromise,
#                page payload, browser timings -> build/bench/report.{json,md}
#   make fuzz    run every libFuzzer target for FUZZ_SECONDS each (default 60); fails on a finding
#   make eval    score the engine against ../shared (skipped when ../shared is absent)
#   make clean   remove build outputs (keeps downloaded third-party sources)
#
# Every step is incremental: a second `make run` installs nothing and rebuilds only what
# changed. Third-party sources are downloaded under build/third_party (ignored by git).

SHELL := /bin/bash
MAKEFLAGS += --no-print-directory
PORT ?= 8000
JOBS ?= $(shell nproc)
NATIVE := build/native
WASM := build/wasm
SITE := $(WASM)/site
ASAN := build/asan
FUZZ_SECONDS ?= 60
SHARED ?= ../shared

# Emscripten from Debian + node 20 from elsewhere: node must be shown Debian's acorn.
export NODE_PATH := /usr/share/nodejs

.PHONY: run test cli native wasm asan dist setup setup-test setup-bench setup-fuzz eval bench fuzz clean serve

run: setup wasm serve

serve:
	@echo "claimlens reader: http://127.0.0.1:$(PORT)/  (Ctrl+C stops the server)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory $(SITE) 2>&1 | grep -v '" 200 -\|" 304 -' || true

setup:
	@bash tools/setup.sh build

setup-test:
	@bash tools/setup.sh test

setup-bench:
	@bash tools/setup.sh bench

setup-fuzz:
	@bash tools/setup.sh fuzz

$(NATIVE)/CMakeCache.txt:
	cmake -S . -B $(NATIVE) -DCMAKE_BUILD_TYPE=Release

$(WASM)/CMakeCache.txt:
	emcmake cmake -S . -B $(WASM) -DCMAKE_BUILD_TYPE=Release

native: $(NATIVE)/CMakeCache.txt
	@cmake --build $(NATIVE) -j $(JOBS)

cli: setup $(NATIVE)/CMakeCache.txt
	@cmake --build $(NATIVE) -j $(JOBS) --target claimlens

wasm: $(WASM)/CMakeCache.txt
	@cmake --build $(WASM) -j $(JOBS)

# The native suites again under AddressSanitizer and UndefinedBehaviorSanitizer (clang).
$(ASAN)/CMakeCache.txt:
	CXX=clang++-14 cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMLENS_SANITIZE=ON

asan: $(ASAN)/CMakeCache.txt
	@cmake --build $(ASAN) -j $(JOBS)

dist: setup wasm
	@cmake --build $(WASM) -j $(JOBS) --target claimlens_reader_single
	@node tools/make_dist.mjs $(SITE) $(WASM)/single/claimlens-single.js dist

test: setup-test native wasm asan dist
	@bash tests/run_suites.sh

bench: setup-bench native wasm
	@node bench/run.mjs

fuzz: setup-fuzz
	@bash fuzz/run.sh $(FUZZ_SECONDS)

eval: cli
	@bash tests/eval/run_eval.sh $(SHARED)

clean:
	rm -rf $(NATIVE) $(WASM) $(ASAN) build/fuzz build/test-logs build/screenshots dist
