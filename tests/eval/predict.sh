#!/usr/bin/env bash
# Writes the engine's predictions for every NAME.txt of a gold directory to OUT/NAME.json
# in one process (claimlens annotate --jsonl), for fast scoring:
#   bash tests/eval/predict.sh GOLD_DIR OUT_DIR && python3 SHARED/eval/score.py GOLD_DIR OUT_DIR
set -euo pipefail
gold="$1"; out="$2"; cli="${CLI:-build/native/claimlens}"
mkdir -p "$out"
python3 - "$gold" "$out" "$cli" <<'PY'
import json, os, subprocess, sys
gold, out, cli = sys.argv[1:4]
names, lines = [], []
for fn in sorted(os.listdir(gold)):
    if not fn.endswith(".json"):
        continue
    doc = json.load(open(os.path.join(gold, fn), encoding="utf-8"))["document"]
    path = os.path.join(gold, doc)
    if not os.path.exists(path):
        path = os.path.join(gold, "..", "articles", doc)
    text = open(path, "rb").read().decode("utf-8")
    names.append(fn)
    lines.append(json.dumps({"id": fn, "text": text}))
run = subprocess.run([cli, "annotate", "--jsonl"], input="\n".join(lines).encode(), capture_output=True)
for line in run.stdout.decode().splitlines():
    rec = json.loads(line)
    with open(os.path.join(out, rec["id"]), "w", encoding="utf-8") as f:
        json.dump(rec, f)
PY
