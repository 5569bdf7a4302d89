#!/usr/bin/env python3
"""Split eval/unseen3/all.jsonl once into tune.jsonl and heldout.jsonl.

All questions are shuffled with a fixed seed, then each kind is split half and half (an odd one out goes to
tune). Run once; held-out is for reporting only and must not be used to tune the bot.
"""
import json, os, random
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "all.jsonl"), encoding="utf-8") if l.strip()]
random.Random(20261203).shuffle(rows)
by_kind = defaultdict(list)
for r in rows:
    by_kind[r["kind"]].append(r)
tune, held = [], []
for kind, rs in by_kind.items():
    half = (len(rs) + 1) // 2
    tune += rs[:half]
    held += rs[half:]
order = {id(r): i for i, r in enumerate(rows)}  # keep the shuffled order within each file
for name, part in [("tune.jsonl", tune), ("heldout.jsonl", held)]:
    part.sort(key=lambda r: order[id(r)])
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(part))
