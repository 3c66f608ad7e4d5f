#!/usr/bin/env bash
# fuzz/triage.sh — group a fuzzer's findings by what broke, smallest example first.
#
#   fuzz/triage.sh NAME [DIR]     DIR defaults to build/fuzz/findings/NAME
#
# Replays every file in DIR through build/fuzz/NAME_fuzzer and keys it by the first line
# that names the problem (a broken property, a libstdc++ assertion, a sanitizer report) and
# the first engine/format/cli frame (digits in the message blanked). Useful after FUZZ_KEEP_GOING=1, which
# leaves many inputs for a few bugs.
set -uo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: fuzz/triage.sh NAME [DIR]}
dir=${2:-build/fuzz/findings/$name}
binary=build/fuzz/${name}_fuzzer
[ -x "$binary" ] || { echo "no $binary (run make fuzz first)" >&2; exit 2; }
for f in "$dir"/*; do
  [ -f "$f" ] || continue
  out=$("$binary" "$f" 2>&1)
  what=$(grep -m1 -oE "claimlens fuzz: property broken.*|Assertion '.*' failed|ERROR: AddressSanitizer: [a-z-]+|runtime error: .*|ERROR: libFuzzer: (timeout|out-of-memory).*|ERROR: LeakSanitizer.*" <<<"$out")
  frame=$(grep -m1 -oE "/src/(engine|format|cli)/[^ ]+:[0-9]+" <<<"$out" | sed -E 's|^/src/|src/|')
  printf '%s @ %s\t%s\t%s\n' "$(sed -E 's/0x[0-9A-Fa-f]+/0xN/g; s/[0-9]+/N/g' <<<"${what:-no finding on replay}")" "${frame:-?}" "$(wc -c < "$f")" "$f"
done | sort -t$'\t' -k1,1 -k2,2n | awk -F'\t' '
  $1 != key { if (key != "") printf "%5d  %s\n       smallest: %s (%s bytes)\n", n, key, ex, size; key = $1; n = 0; ex = $3; size = $2 }
  { n++ }
  END { if (key != "") printf "%5d  %s\n       smallest: %s (%s bytes)\n", n, key, ex, size }'
