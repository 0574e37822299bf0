#!/usr/bin/env python3
"""graph-tool side of bench/trust.bench.mjs: times eigentrust (100 iterations, no teleport) and
personalized PageRank (TrustRank: teleport to the given seeds, weights = signatures) on
pgp-strong-2009, and prints JSON {eigentrust_ms, trustrank_ms, trustrank_values, ...}.

Usage: /usr/bin/python3 bench/python/trust_bench.py SEED [SEED ...]   (run with OMP_NUM_THREADS=1
for a single-core comparison; the JS side is single-threaded).
"""
import gzip
import json
import os
import sys
import time

import numpy as np
import graph_tool.all as gt

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def median_ms(fn, runs=5):
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[len(times) // 2]


def main():
    seeds = [int(s) for s in sys.argv[1:]]
    rows = np.loadtxt(gzip.open(os.path.join(ROOT, "bench/data/pgp-strong-2009.csv.gz"), "rt"), delimiter=",", skiprows=1)
    g = gt.Graph(directed=True)
    g.add_vertex(39796)
    g.add_edge_list(rows[:, :2].astype(np.int64))
    w = g.new_edge_property("double")
    w.a = rows[:, 2] / rows[:, 2].max()
    pers = g.new_vertex_property("double")
    pers.a[seeds] = 1.0 / len(seeds)
    eigentrust_ms = median_ms(lambda: gt.eigentrust(g, w, epsilon=0.0, max_iter=100))
    tr = {}

    def trustrank():
        tr["v"] = gt.pagerank(g, damping=0.85, pers=pers, weight=w, epsilon=1e-10, max_iter=1000)

    trustrank_ms = median_ms(trustrank)
    print(json.dumps({
        "graph_tool": gt.__version__,
        "threads": os.environ.get("OMP_NUM_THREADS", "default"),
        "eigentrust_ms": eigentrust_ms,
        "trustrank_ms": trustrank_ms,
        "trustrank_values": [float(x) for x in tr["v"].a],
    }))


if __name__ == "__main__":
    main()
