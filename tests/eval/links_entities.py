#!/usr/bin/env python3
"""Scores what ../shared/eval/score.py does not: which claim a denial rejects (`denies`) and
whether mentions of one speaker share one `entity`.

usage: links_entities.py GOLD_DIR [CLI]   (CLI defaults to build/native/claimlens)

GOLD_DIR holds the guide's gold form (NAME.json with "document" and "spans"); each text is
found beside its JSON or in ../articles/. Prints two lines:
  denial links  - of the gold denials that name the claims they reject and that a predicted
                  denial matches (overlap >= half, as the scorer's "match"), how many of those
                  predicted denials name a claim matching one of the gold ones (recall), and
                  how many predicted links of matched denials are right (precision; a link the
                  gold does not give counts as wrong, though the gold often gives none).
  same entity   - over pairs of predicted sources that match gold sources, whether "same
                  entity" agrees with the gold (pairwise precision, recall, F1).
"""
import itertools, json, os, subprocess, sys


def overlap(a, b):
    inter = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    return 2 * inter / ((a["end"] - a["start"]) + (b["end"] - b["start"]))


def best(span, layer, pool):
    scored = [(overlap(span, x), x) for x in pool if x["type"] == layer]
    top = max(scored, key=lambda t: t[0], default=(0, None))
    return top[1] if top[0] >= 0.5 else None


def main():
    gold_dir = sys.argv[1]
    cli = sys.argv[2] if len(sys.argv) > 2 else "build/native/claimlens"
    links_gold = links_hit = pred_links = pred_right = 0
    tp = fp = fn = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        text = os.path.join(gold_dir, gold["document"])
        if not os.path.exists(text):
            text = os.path.join(gold_dir, "..", "articles", gold["document"])
        run = subprocess.run([cli, "annotate", text], capture_output=True, check=True)
        pred = json.loads(run.stdout)["annotations"]
        spans = gold["spans"]
        gid = {s["id"]: s for s in spans}
        pid = {a["id"]: a for a in pred}
        for g in spans:
            if g["type"] != "denial" or not g.get("denies"):
                continue
            p = best(g, "denial", pred)
            if not p:
                continue
            links_gold += 1
            targets = [gid[t] for t in g["denies"] if t in gid]
            links_hit += any(overlap(pid[x], t) >= 0.5 for x in p.get("denies", []) for t in targets)
        for p in pred:
            if p["type"] != "denial" or not p.get("denies"):
                continue
            g = best(p, "denial", spans)
            for x in p["denies"]:
                pred_links += 1
                if g and any(overlap(pid[x], gid[t]) >= 0.5 for t in g.get("denies", []) if t in gid):
                    pred_right += 1
        matched = []
        for p in pred:
            if p["type"] != "source":
                continue
            cands = [(max(0, min(p["end"], s["end"]) - max(p["start"], s["start"])), s) for s in spans
                     if s["type"] == "source"]
            o, s = max(cands, key=lambda t: t[0], default=(0, None))
            if o > 0:
                matched.append((p, s))
        for (p1, g1), (p2, g2) in itertools.combinations(matched, 2):
            same_pred = p1.get("entity") == p2.get("entity")
            same_gold = g1.get("entity") == g2.get("entity")
            tp += same_pred and same_gold
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    r = links_hit / links_gold if links_gold else 0.0
    p = pred_right / pred_links if pred_links else 0.0
    print(f"denial links: right claim for {links_hit} of {links_gold} matched gold denials (recall {r:.3f}); "
          f"{pred_right} of {pred_links} predicted links right (precision {p:.3f})")
    ep = tp / (tp + fp) if tp + fp else 0.0
    er = tp / (tp + fn) if tp + fn else 0.0
    ef = 2 * ep * er / (ep + er) if ep + er else 0.0
    print(f"same entity: pairwise precision {ep:.3f} recall {er:.3f} F1 {ef:.3f} ({tp + fn} gold pairs)")


if __name__ == "__main__":
    main()
