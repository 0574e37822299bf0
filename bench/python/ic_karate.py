#!/usr/bin/python3
"""Independent reference for simulate(): Independent Cascade on Zachary's karate club, p = 0.1.

Own implementation (networkx graph, Python's Mersenne Twister), written from Kempe, Kleinberg &
Tardos 2003, not from the TypeScript: each newly active node gets one chance per inactive
neighbour. Writes test/fixtures/ic-karate.json with mean spread and standard error per seed set.
Run: /usr/bin/python3 bench/python/ic_karate.py  (about 15 s)
"""
import csv
import gzip
import json
import math
import os
import random

import networkx as nx

HERE = os.path.dirname(__file__)
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
RUNS = 1_000_000
P = 0.1
SEED = 20240607

with gzip.open(os.path.join(ROOT, "test/fixtures/networks/karate.csv.gz"), "rt") as f:
    rows = list(csv.DictReader(f))
G = nx.Graph()
G.add_nodes_from(range(34))
G.add_edges_from((int(r["source"]), int(r["target"])) for r in rows)
assert G.number_of_edges() == 78, G.number_of_edges()
nbrs = {v: list(G.neighbors(v)) for v in G}


def cascade(seeds, rnd):
    active = set(seeds)
    frontier = list(seeds)
    while frontier:
        fresh = []
        for v in frontier:
            for u in nbrs[v]:
                if u not in active and rnd.random() < P:
                    active.add(u)
                    fresh.append(u)
        frontier = fresh
    return len(active)


rnd = random.Random(SEED)
results = []
for seeds in ([0], [33], [0, 33]):
    xs = [cascade(seeds, rnd) for _ in range(RUNS)]
    mean = sum(xs) / RUNS
    var = sum((x - mean) ** 2 for x in xs) / (RUNS - 1)
    results.append({"seeds": [str(s) for s in seeds], "mean": mean, "stdError": math.sqrt(var / RUNS), "runs": RUNS})
    print(seeds, mean, math.sqrt(var / RUNS))

out = {"generator": "bench/python/ic_karate.py", "networkx": nx.__version__, "model": {"type": "ic", "p": P}, "seed": SEED, "results": results}
with open(os.path.join(ROOT, "test/fixtures/ic-karate.json"), "w") as f:
    json.dump(out, f, indent=1)
