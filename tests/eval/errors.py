#!/usr/bin/env python3
"""Error analysis of the engine against a PolNeAR-style gold directory (content mode).

usage: errors.py GOLD_DIR PRED_DIR [--layer content|source] [--examples N]
                 [--cue CUE_TEXT] [--kind miss|boundary|exact|fp]

PRED_DIR holds NAME.json predictions (tests/eval/predict.sh GOLD_DIR PRED_DIR writes them).

Groups gold contents by their cue text (lower-cased) and reports, per cue: how many the
engine found exactly, found with other boundaries (token Dice >= 0.5), or missed; and
groups false-positive predictions by the engine's cue. Boundary errors are typed (start
early/late, end early/late). Reads the data at run time; prints short excerpts only to
the terminal.
"""
import collections, json, os, re, sys

WORD = re.compile(r"\w+", re.UNICODE)


def toks(text):
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def tset(tk, text, s, e, content):
    ids = [i for i, (a, b) in enumerate(tk) if a < e and b > s]
    if content and ids and text[tk[ids[0]][0]:tk[ids[0]][1]].lower() == "that":
        ids = ids[1:]
    return frozenset(ids)


def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def main(argv):
    gold_dir, pred_dir = argv[0], argv[1]
    nex = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 0
    layer = argv[argv.index("--layer") + 1] if "--layer" in argv else "content"
    only = argv[argv.index("--cue") + 1] if "--cue" in argv else None
    kind_only = argv[argv.index("--kind") + 1] if "--kind" in argv else None
    stats = collections.defaultdict(collections.Counter)
    fp = collections.Counter()
    btypes = collections.Counter()
    ex = collections.defaultdict(list)
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        text = open(os.path.join(gold_dir, g["document"]), encoding="utf-8").read()
        if text.startswith("\ufeff"):
            text = text[1:]
        pp = os.path.join(pred_dir, fn)
        p = json.load(open(pp, encoding="utf-8")) if os.path.exists(pp) else {}
        tk = toks(text)
        is_c = layer == "content"
        want = ("claim", "denial") if is_c else ("source",)
        G = [x for x in g["spans"] if x["type"] in want]
        P = [x for x in p.get("annotations", []) if x["type"] in want]
        for x in G + P:
            x["tok"] = tset(tk, text, x["start"], x["end"], is_c)
        G = [x for x in G if x["tok"]]
        P = [x for x in P if x["tok"]]
        # cue of a gold source = cue of a content it belongs to
        src_cue = {}
        for x in g["spans"]:
            for s in x.get("sources", []):
                if "cue" in x and x["cue"]:
                    src_cue.setdefault(s, x["cue"])
        pairs = sorted(((dice(a["tok"], b["tok"]), i, j) for i, a in enumerate(G)
                        for j, b in enumerate(P)), reverse=True)
        ug, up, m = {}, {}, 0
        for d, i, j in pairs:
            if d < 0.5:
                break
            if i in ug or j in up:
                continue
            ug[i] = j; up[j] = i
        for i, a in enumerate(G):
            cue = a.get("cue") if is_c else src_cue.get(a["id"])
            ct = text[cue[0]:cue[1]].lower() if cue else "(none)"
            ct = re.sub(r"\s+", " ", ct)
            if i in ug:
                b = P[ug[i]]
                if b["tok"] == a["tok"]:
                    k = "exact"
                else:
                    k = "boundary"
                    t = []
                    if min(b["tok"]) < min(a["tok"]): t.append("start-early")
                    if min(b["tok"]) > min(a["tok"]): t.append("start-late")
                    if max(b["tok"]) > max(a["tok"]): t.append("end-late")
                    if max(b["tok"]) < max(a["tok"]): t.append("end-early")
                    for x in t: btypes[x] += 1
                    k2 = "+".join(t)
            else:
                k = "miss"
            stats[ct][k] += 1
            if (only is None or ct == only) and (kind_only is None or k == kind_only) and len(ex[(ct, k)]) < nex:
                c0 = max(0, a["start"] - 80)
                ctx = text[c0:a["end"] + 40].replace("\n", " | ")
                extra = ""
                if k == "boundary":
                    extra = "\n      PRED: " + text[b["start"]:b["end"]].replace("\n", " | ")
                ex[(ct, k)].append(f"    [{ct}] GOLD: {text[a['start']:a['end']]!r}\n      CTX: {ctx}{extra}")
        for j, b in enumerate(P):
            if j not in up:
                if is_c:
                    c = b.get("cue")
                    key = b.get("why", "")[:60]
                else:
                    key = b.get("why", "")[:60]
                fp[key] += 1
                if (kind_only == "fp") and len(ex[("fp", key)]) < nex:
                    ex[("fp", key)].append("    FP: " + text[b["start"]:b["end"]].replace("\n", " | ")[:200])
    tot = collections.Counter()
    for c in stats.values():
        tot.update(c)
    print("totals:", dict(tot), "boundary types:", dict(btypes))
    rows = sorted(stats.items(), key=lambda kv: -(kv[1]["miss"] + kv[1]["boundary"]))
    print(f"{'cue':30} {'n':>5} {'exact':>5} {'bound':>5} {'miss':>5}")
    for ct, c in rows[:60]:
        n = sum(c.values())
        print(f"{ct[:30]:30} {n:5} {c['exact']:5} {c['boundary']:5} {c['miss']:5}")
    print("false positives by why:")
    for k, v in fp.most_common(30):
        print(f"  {v:5} {k}")
    if nex:
        for key, lst in ex.items():
            for l in lst:
                print(l)


if __name__ == "__main__":
    main(sys.argv[1:])
