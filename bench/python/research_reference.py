#!/usr/bin/python3
"""Reference side of bench/research.bench.mjs; prints one JSON object on stdout.

  ic <csv.gz> <p> <runs> <seed>   pure-Python Independent Cascade from random single seeds on an
                                  undirected edge list: edge activation attempts per second
  kendall <n> <seed>              scipy.stats.kendalltau and spearmanr time on n tied integers
"""
import csv
import gzip
import json
import random
import sys
import time


def ic(path, p, runs, seed):
    adj = {}
    with gzip.open(path, "rt") as f:
        for row in csv.DictReader(f):
            a, b = int(row["source"]), int(row["target"])
            if a == b:
                continue
            adj.setdefault(a, set()).add(b)
            adj.setdefault(b, set()).add(a)
    nbrs = [sorted(adj.get(v, ())) for v in range(max(adj) + 1)]
    rnd = random.Random(seed)
    n = len(nbrs)
    attempts = 0
    spread = 0
    t0 = time.perf_counter()
    for _ in range(runs):
        s = rnd.randrange(n)
        active = {s}
        frontier = [s]
        while frontier:
            fresh = []
            for v in frontier:
                for u in nbrs[v]:
                    if u in active:
                        continue
                    attempts += 1
                    if rnd.random() < p:
                        active.add(u)
                        fresh.append(u)
            frontier = fresh
        spread += len(active)
    dt = time.perf_counter() - t0
    return {"attempts": attempts, "seconds": dt, "attemptsPerSecond": attempts / dt, "meanSpread": spread / runs}


def kendall(n, seed):
    import numpy as np
    from scipy import stats

    rng = np.random.default_rng(seed)
    a = rng.integers(0, 1000, n)
    b = a + rng.integers(0, 300, n)
    t0 = time.perf_counter()
    tau = stats.kendalltau(a, b).statistic
    t1 = time.perf_counter()
    rho = stats.spearmanr(a, b).statistic
    t2 = time.perf_counter()
    return {"tau": tau, "rho": rho, "kendallSeconds": t1 - t0, "spearmanSeconds": t2 - t1}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "ic":
        print(json.dumps(ic(sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))))
    elif mode == "kendall":
        print(json.dumps(kendall(int(sys.argv[2]), int(sys.argv[3]))))
