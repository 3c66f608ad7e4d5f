#!/usr/bin/env python3
"""Turns the project's own annotated articles (tests/fixtures/engine_eval/*.md) into the
guide's gold form: NAME.txt (the plain article) and NAME.json (its spans), for
../shared/eval/score.py and for tests.

usage: markup_to_gold.py IN_DIR OUT_DIR

Markup, nestable, one brace pair per span (articles never contain literal braces):
  {s1 Foreign Minister Maria Lopez}   source s1; its entity is its text ...
  {s2=Maria Lopez| the minister}      ... or the name after '=' up to '|'
  {c1<s1 the bridge will reopen}      claim c1, sources s1 (more: <s1,s3)
  {d1<s2!c1 dismissed the report}     denial d1, sources s2, denying c1 (more: !c1,c4)
  {h reportedly}                      hedge
Conventions where the guide is silent: a source span takes its appositive noun phrase
("Pia Marek, an economist at the trade school," as the issue's "Jane Roe, a spokeswoman for
the ministry," and as PolNeAR marks it) but not a relative clause ("Lena Voss, who leads
the union,"); a denial span takes the manner adverb before its verb ("flatly rejected");
a quotation interrupted by its speaker ("“P,” she said. “Q.”") is one content, unless P
rejects a claim and Q does not, which makes P a denial and Q a claim; declining to comment,
to say or to be named is no claim and its subject no source; people cited ("..., citing two
officials") are further sources of what the sentence reports; a claim a denial wraps as a
mere idea that no one is said to hold ("rejected the idea that P", "denies any suggestion
that P") is not marked, while "rejected reports that P" and "X's claim that P" are.
Lines starting with '%' are comments and are dropped with their line break. Ids are the
markup's own; a source referred to before it is defined is fine. Exits non-zero, naming the
file and offset, on unbalanced braces, an unknown span kind, or a reference to no span.
"""
import hashlib, json, os, re, sys

HEAD = re.compile(r"\{(s\d+)(?:=([^|{}]*)\|)?\s|\{([cd]\d+)(?:<([\w,]+))?(?:!([\w,]+))?\s|\{(h)\s")


def convert(markup, name):
    markup = "".join(l for l in markup.splitlines(keepends=True) if not l.startswith("%"))
    text, spans, stack, i = [], [], [], 0
    pos = 0  # code points written so far
    while i < len(markup):
        ch = markup[i]
        if ch == "{":
            m = HEAD.match(markup, i)
            if not m:
                raise SystemExit(f"{name}: offset {i}: unknown span head {markup[i:i + 12]!r}")
            if m.group(1):
                span = {"id": m.group(1), "type": "source", "entity": m.group(2)}
            elif m.group(3):
                span = {"id": m.group(3), "type": "claim" if m.group(3)[0] == "c" else "denial",
                        "sources": (m.group(4) or "").split(",") if m.group(4) else []}
                if m.group(5):
                    span["denies"] = m.group(5).split(",")
            else:
                span = {"id": f"h{len(spans) + 1}", "type": "hedge"}
            span["start"] = pos
            stack.append(span)
            i = m.end()
            continue
        if ch == "}":
            if not stack:
                raise SystemExit(f"{name}: offset {i}: '}}' closes nothing")
            span = stack.pop()
            span["end"] = pos
            spans.append(span)
            i += 1
            continue
        text.append(ch)
        pos += 1
        i += 1
    if stack:
        raise SystemExit(f"{name}: span {stack[-1]['id']} is never closed")
    plain = "".join(text)
    ids = {s["id"] for s in spans}
    for s in spans:
        s["text"] = plain[s["start"]:s["end"]]
        if s["type"] == "source" and not s.get("entity"):
            s["entity"] = s["text"]
        for ref in s.get("sources", []) + s.get("denies", []):
            if ref not in ids:
                raise SystemExit(f"{name}: span {s['id']} refers to {ref}, which is not marked")
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return plain, spans


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    src, out = argv
    os.makedirs(out, exist_ok=True)
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".md"):
            continue
        base = fn[:-3]
        plain, spans = convert(open(os.path.join(src, fn), encoding="utf-8").read(), fn)
        with open(os.path.join(out, base + ".txt"), "w", encoding="utf-8") as f:
            f.write(plain)
        gold = {"document": base + ".txt",
                "text_sha256": hashlib.sha256(plain.encode("utf-8")).hexdigest(),
                "length": len(plain), "offsets": "unicode code points, half-open", "spans": spans}
        with open(os.path.join(out, base + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
