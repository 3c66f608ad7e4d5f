#!/usr/bin/env bash
# fuzz/run.sh — build every libFuzzer target and run each for SECONDS (make fuzz).
#
#   fuzz/run.sh [SECONDS] [NAME...]     default 60 s each; NAMEs restrict to those fuzzers
#
# Builds build/fuzz with clang++-14 (-DCLAIMLENS_FUZZ=ON, see fuzz/fuzz.cmake), then for
# each line of fuzz/targets.txt runs build/fuzz/<name>_fuzzer on build/fuzz/corpus/<name>
# (seeded from the line's folders, kept between runs; the repository's seed folders are
# never written). Prints executions, exec/s and coverage (cov/ft) per fuzzer. Any crash,
# sanitizer report, broken property, timeout or leak is a finding: its input is copied to
# build/fuzz/findings/<name>/ and the script exits 1. Logs: build/fuzz/logs/<name>.log.
#
# FUZZ_KEEP_GOING=1 runs libFuzzer in fork mode and keeps fuzzing past crashes and
# timeouts, to collect several distinct findings (and coverage figures) from a target that
# a known bug would otherwise stop after a second; the run still fails if anything is found.
#
# To keep a finding as a regression: copy it to fuzz/regressions/<name>/ (the Catch2 area
# tests/fuzz_regressions replays that folder through the same harness).
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
only=("$@")
build=build/fuzz
jobs=${JOBS:-2}
per_input_timeout=${FUZZ_TIMEOUT:-10}   # seconds one input may take before it is a finding
keep_going=()
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)

die() { echo "fuzz: $*" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ ]] || die "SECONDS must be a number, got '$seconds'"
command -v clang++-14 > /dev/null || die "clang++-14 not found (apt-get install clang-14 libclang-rt-14-dev)"

# Every harness needs its line in targets.txt, and every line its harness.
mapfile -t lines < <(grep -vE '^\s*(#|$)' fuzz/targets.txt)
declare -A listed=()
for line in "${lines[@]}"; do
  read -r name _ <<<"$line"
  listed[$name]=1
  [ -f "fuzz/${name}_fuzzer.cpp" ] || die "fuzz/targets.txt names '$name' but fuzz/${name}_fuzzer.cpp does not exist"
done
for source in fuzz/*_fuzzer.cpp; do
  name=$(basename "$source" _fuzzer.cpp)
  [ -n "${listed[$name]:-}" ] || die "$source has no line in fuzz/targets.txt"
done

# Configure and build (incremental).
echo "fuzz: building $build (clang++-14, libFuzzer + ASan + UBSan)"
CXX=clang++-14 cmake -S . -B "$build" -DCLAIMLENS_FUZZ=ON -DCLAIMLENS_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; die "configure failed"; }
grep -q CLAIMLENS_FUZZ:BOOL=ON "$build/CMakeCache.txt" || die "CMakeLists.txt has no CLAIMLENS_FUZZ option"
cmake --build "$build" -j "$jobs" --target claimlens_fuzzers > "$build/build.log" 2>&1 \
  || { tail -n 40 "$build/build.log"; die "build failed (full log: $build/build.log)"; }

# Dictionaries: fuzz/dicts/*.dict as they are, plus "lexicon" from assets/lexicon — every
# word and phrase the engine looks up, so the fuzzer writes sentences the rules react to.
mkdir -p "$build/dicts" "$build/logs" "$build/corpus" "$build/findings" "$build/artifacts"
python3 - assets/lexicon/*.txt > "$build/dicts/lexicon.dict" <<'PY' || die "cannot build the lexicon dictionary"
import sys
seen = set()
def entry(s):
    if s.strip() and s not in seen:
        seen.add(s)
        print('"' + "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else "\\x%02X" % b
                             for b in s.encode()) + '"')
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        entry(" " + line + " ")
        for word in line.split():
            entry(word)
PY

status=0
summary=()
for line in "${lines[@]}"; do
  read -r name max_len dicts seeds <<<"$line"
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then continue; fi
  binary="$build/${name}_fuzzer"
  corpus="$build/corpus/$name"
  artifacts="$build/artifacts/$name"
  log="$build/logs/$name.log"
  mkdir -p "$corpus"
  rm -rf "$artifacts" && mkdir -p "$artifacts"

  # Seed copies, named after their folder so equal names from two folders do not collide.
  for folder in $seeds; do
    [ -d "$folder" ] || die "$name: seed folder $folder does not exist"
    for seed in "$folder"/*; do
      [ -f "$seed" ] && cp -n "$seed" "$corpus/seed-${folder//\//_}-$(basename "$seed")"
    done
  done
  dict="$build/dicts/$name.dict"
  : > "$dict"
  for d in ${dicts//+/ }; do
    [ "$d" = - ] && continue  # "-": no dictionary
    if [ "$d" = lexicon ]; then cat "$build/dicts/lexicon.dict" >> "$dict"
    else [ -f "fuzz/dicts/$d.dict" ] || die "$name: no fuzz/dicts/$d.dict"; cat "fuzz/dicts/$d.dict" >> "$dict"; fi
  done

  dict_arg=()
  [ -s "$dict" ] && dict_arg=(-dict="$dict")  # libFuzzer refuses an empty dictionary

  echo "fuzz: $name for ${seconds}s ($(ls "$corpus" | wc -l) inputs in $corpus)"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$binary" -max_total_time="$seconds" -max_len="$max_len" -timeout="$per_input_timeout" \
      -rss_limit_mb=2048 -print_final_stats=1 ${dict_arg[@]+"${dict_arg[@]}"} -artifact_prefix="$artifacts/" \
      ${keep_going[@]+"${keep_going[@]}"} "$corpus" > "$log" 2>&1
  rc=$?

  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
  rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
  corp=$(grep -oE 'corp: [0-9]+(/[0-9]+[a-zA-Z]*)?' "$log" | tail -n 1 | cut -d' ' -f2)
  if [ -z "$execs" ]; then  # fork mode: "#N: cov: C ft: F corp: K exec/s R ..."
    fork_line=$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1)
    execs=$(grep -oE '^#[0-9]+' <<<"$fork_line" | tr -d '#')
    rate=$(grep -oE 'exec/s [0-9]+' <<<"$fork_line" | grep -oE '[0-9]+')
  fi
  result="ok"
  found=$(ls "$artifacts" | wc -l)
  if [ "$rc" != 0 ] || [ "$found" != 0 ]; then
    status=1
    result="FINDING (exit $rc)"
    mkdir -p "$build/findings/$name"
    cp "$artifacts"/* "$build/findings/$name/" 2> /dev/null
    echo "fuzz: $name found a problem (log: $log):"
    grep -E 'ERROR: |SUMMARY: |runtime error|claimlens fuzz: property|Assertion|Test unit written|ALARM' "$log" | sort -u | head -n 8 | cut -c1-240 | sed 's/^/  /'
  fi
  summary+=("$(printf '%-12s %10s execs %7s exec/s  cov: %-6s ft: %-7s corp: %-11s %s' \
    "$name" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result")")
done

echo
printf '%s\n' "${summary[@]}"
if [ "$status" != 0 ]; then
  echo "fuzz: findings copied to $build/findings/ (replay one: $build/<name>_fuzzer FILE)"
fi
exit $status
