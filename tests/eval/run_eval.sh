#!/usr/bin/env bash
# Scores the engine against the shared evaluation data (make eval).
#   usage: bash tests/eval/run_eval.sh SHARED_DIR
# Prints the scorer's tables for SHARED/gold, for the project's own articles in the guide's
# form (tests/fixtures/engine_eval with its heldout/, fresh/, blind/ to blind8/, converted by markup_to_gold.py) and for
# SHARED/polnear/dev (--content); for the guide-form sets also how denials are linked to the
# claims they reject and how mentions share entities (tests/eval/links_entities.py).
# Exits 0 with a note when the shared folder is absent.
set -euo pipefail
shared="${1:-../shared}"
cli="build/native/claimlens"
if [[ ! -d "$shared" || ! -f "$shared/eval/score.py" ]]; then
  echo "run_eval: no shared data at $shared; skipping the evaluation."
  exit 0
fi
if [[ ! -x "$cli" ]]; then
  echo "run_eval: $cli is missing; build it first (make cli)." >&2
  exit 1
fi
echo "== $shared/gold"
python3 "$shared/eval/score.py" "$shared/gold" --cmd "$cli annotate {}"
python3 tests/eval/links_entities.py "$shared/gold" "$cli"
echo
# own_set SUBFOLDER NOTE: converts one of the project's guide-form sets and scores it.
own_set() {
  local out="build/eval/engine_eval${1:+_$1}"
  echo
  echo "== tests/fixtures/engine_eval${1:+/$1} ($2)"
  python3 tests/eval/markup_to_gold.py "tests/fixtures/engine_eval${1:+/$1}" "$out"
  python3 "$shared/eval/score.py" "$out" --cmd "$cli annotate {}"
  python3 tests/eval/links_entities.py "$out" "$cli"
}
own_set "" "the project's own articles, guide form"
own_set heldout "written before tuning; its first scoring led to the fixes of 0706e2f"
own_set fresh "written in the fifth session; first scored at 459b131: source match 0.885, claim soft 0.941, denial soft 0.764, attribution 0.806"
own_set blind "scored first at b02bc41, before anything was tuned on it: source match 0.880, claim soft 0.849, denial soft 0.802, attribution 0.793; one fix followed"
own_set blind2 "sixth session, written by a helper that had not seen the engine; scored first at 9672ae0: source match 0.846, claim soft 0.832, denial soft 0.829, hedge match 0.941, attribution 0.827"
own_set blind3 "sixth session, by a second helper that had not seen the engine; scored first at 1829487, at the session's end: source match 0.909, claim soft 0.868, denial soft 0.819, hedge match 1.000, attribution 0.857; seven fixes followed"
own_set blind4 "seventh session, four denial-heavy articles by a third helper that had not seen the engine; scored first at 605378b: source match 0.951, claim soft 0.808, denial soft 0.718, hedge match 1.000, attribution 0.795; twelve fixes followed"
own_set blind5 "seventh session, three contested articles by a fourth helper that had not seen the engine; scored first at a1b8dd6, after blind4's fixes: source match 0.915, claim soft 0.898, denial soft 0.829, hedge match 1.000, attribution 0.878; five fixes followed"
own_set blind6 "eighth session, four wire-style articles (border incident, product recall, corruption leak, contested study) by a fifth helper that had not seen the engine; scored first at 226abbf: source match 0.904, claim soft 0.900, denial soft 0.817, hedge match 1.000, attribution 0.855; four fixes followed"
own_set blind7 "eighth session, four articles (US attack ad, protest crackdown, short seller, arson trial) by a sixth helper that had not seen the engine; scored first at 0fa6c29, after blind6's fixes: source match 0.872, claim soft 0.861, denial soft 0.710, hedge match 1.000, attribution 0.766; seven fixes followed"
own_set blind8 "eighth session, three articles (disputed police shooting, river-pollution leak, club spot-fixing) by a seventh helper that had not seen the engine; scored first at 70a20eb, after blind7's fixes and the review: source match 0.886, claim soft 0.873, denial soft 0.773, hedge match 1.000, attribution 0.857; one fix followed"
if [[ -d "$shared/polnear/dev" ]]; then
  echo
  echo "== $shared/polnear/dev (--content)"
  python3 "$shared/eval/score.py" "$shared/polnear/dev" --cmd "$cli annotate {}" --content
fi
