#!/usr/bin/env python3
"""Split an outside eval set's all.jsonl once into tune.jsonl and heldout.jsonl: `eval/split.py DIR SEED`.

All questions are shuffled with the set's fixed seed (eval/unseen 20261201, eval/unseen2 20261202,
eval/unseen3 20261203, eval/unseen4 20261204,
eval/unseen5 20261205, eval/unseen6 20261206,
eval/unseen7 20261207, eval/unseen8 20261208,
eval/unseen9 20261209, eval/unseen10 20261210, eval/unseen11 20261211,
eval/unseen12 20261212, eval/unseen13 20261213,
eval/unseen14 20261214, eval/unseen15 20261215,
eval/unseen16 20261216, eval/unseen17 20261217,
eval/unseen18 20261218, eval/unseen19 20261219,
eval/unseen20 20261220, eval/unseen21 20261221,
eval/unseen22 20261222,
eval/unseen23 20261223, eval/unseen24 20261224,
eval/unseen25 20261225,
eval/unseen26 20261226, eval/unseen27 20261227,
eval/unseen28 20261228, eval/unseen29 20261229, eval/unseen30 20261230, eval/unseen31 20261231, eval/unseen32 20261232, eval/unseen33 20261233, eval/unseen34 20261234, eval/unseen35 20261235, eval/unseen36 20261236), then each kind is split half and half (an odd one out goes
to tune). Run once per set; held-out is for reporting only and must not be used to tune the bot.
"""
import json, os, random, sys
from collections import defaultdict

if len(sys.argv) != 3:
    sys.exit("usage: eval/split.py DIR SEED")
here, seed = sys.argv[1], int(sys.argv[2])
rows = [json.loads(l) for l in open(os.path.join(here, "all.jsonl"), encoding="utf-8") if l.strip()]
random.Random(seed).shuffle(rows)
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
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(part))
