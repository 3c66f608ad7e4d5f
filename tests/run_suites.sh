#!/usr/bin/env bash
# Runs every test suite — native (ctest), WebAssembly under node, browser (Chromium) — and
# closes with one line of counts over all of them: "N passed, N failed".
# Each suite's full output is kept in build/test-logs/<suite>.log.
#
#   tests/run_suites.sh              all suites
#   tests/run_suites.sh native wasm  only those
set -uo pipefail
cd "$(dirname "$0")/.."
logs=build/test-logs
mkdir -p "$logs"
export NODE_PATH=/usr/share/nodejs

suites=("$@")
[ ${#suites[@]} = 0 ] && suites=(native asan wasm browser)
total_pass=0
total_fail=0
status=0

# record SUITE PASSED FAILED: adds a suite's counts; a suite that ran nothing fails.
record() {
  printf '%-8s %4d passed, %d failed\n' "$1" "$2" "$3"
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  if [ "$3" != 0 ] || [ "$2" = 0 ]; then status=1; fi
}

# run_ctest SUITE DIR: the ctest suite in DIR, counted from ctest's summary line.
run_ctest() {
  (cd "$2" && ctest --output-on-failure -j 2) > "$logs/$1.log" 2>&1
  local line failed all
  line=$(grep -E "tests passed, [0-9]+ tests? failed out of" "$logs/$1.log" | tail -n 1)
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
  all=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  [ -n "$line" ] || { failed=1; all=1; }
  record "$1" $((all - failed)) "$failed"
  [ "$failed" = 0 ] || grep -E "FAILED|failed|ERROR" "$logs/$1.log" | head -20
}

run_native() { run_ctest native build/native; }
# The same native suites built with AddressSanitizer + UBSan (make asan).
run_asan() { run_ctest asan build/asan; }

# Catch2 prints "All tests passed (A assertions in N test cases)" or
# "test cases: N | P passed | F failed".
run_wasm() {
  local pass=0 fail=0 out
  : > "$logs/wasm.log"
  for js in build/wasm/claimlens_*_tests.js; do
    out=$(node "$js" 2>&1)
    echo "$out" >> "$logs/wasm.log"
    if grep -q "All tests passed" <<<"$out"; then
      pass=$((pass + $(grep -oE "in [0-9]+ test case" <<<"$out" | grep -oE "[0-9]+")))
    else
      local line
      line=$(grep -E "^test cases:" <<<"$out" | tail -n 1)
      if [ -n "$line" ]; then
        pass=$((pass + $(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")))
        fail=$((fail + $(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")))
      else
        fail=$((fail + 1))
      fi
      echo "$out" | grep -B2 -A6 "FAILED" | head -40
    fi
  done
  record wasm "$pass" "$fail"
}

run_browser() {
  (cd tests/e2e && node --test ./*.test.mjs) > "$logs/browser.log" 2>&1
  local pass fail
  pass=$(grep -E "^# pass" "$logs/browser.log" | grep -oE "[0-9]+" || echo 0)
  fail=$(grep -E "^# fail" "$logs/browser.log" | grep -oE "[0-9]+" || echo 1)
  record browser "${pass:-0}" "${fail:-1}"
  [ "${fail:-1}" = 0 ] || grep -E "^not ok|error:" "$logs/browser.log" | head -20
}

for suite in "${suites[@]}"; do
  "run_$suite"
done
echo "(logs in $logs; screenshots in build/screenshots)"
echo "$total_pass passed, $total_fail failed"
exit $status
