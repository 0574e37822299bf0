#!/usr/bin/env python3
"""Reference EigenTrust values from graph-tool, for test/fixtures/eigentrust-references.json.gz.

Run with Debian's python (it has graph-tool):  /usr/bin/python3 bench/python/eigentrust_reference.py

graph-tool's `eigentrust(g, trust_map)` (graph_eigentrust.hh) computes
    c_ij = max(s_ij, 0) / sum_j max(s_ij, 0)          (row-normalized local trust)
    t_0  = 1/N,  t_{k+1} = C^T t_k                     (no pre-trust, no teleport)
until sum_i |t_{k+1,i} - t_{k,i}| < epsilon. One quirk (checked on a 3-node graph): when the loop
ends after an odd number of iterations k, graph-tool 2.45 returns t_{k-1}, not t_k; after an even
number it returns t_k. So graph-tool's result for k iterations is our iterate 2*floor(k/2). Kamvar et al.'s iteration
    t_{k+1} = (1 - a) C^T t_k + a p
is the same thing with a = 0 and p uniform, as long as no row of C is empty (graph-tool loses the
mass of such rows, Kamvar sends it to p). Every network used here has no such row: pgp-strong-2009
is strongly connected and the undirected ones are connected.

graph-tool documents trust values in [0, 1], so each weight is divided by the largest weight first;
the row normalization makes that global scale irrelevant.

Two runs per network:
  fixed   - exactly FIXED_ITERATIONS (even) iterations: the same arithmetic as ours, to match bit-near.
  default - graph-tool's default stop (epsilon = 1e-6 on the L1 change), with its iteration count.
Without teleport (a = 0) the iteration mixes very slowly on pgp-strong-2009 (the L1 change is still
1e-6 after 20,000 iterations), which is why influence-score defaults to Kamvar's a > 0.
"""
import gzip
import json
import os
import sys

import numpy as np
import graph_tool.all as gt

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures", "eigentrust-references.json.gz")
FIXED_ITERATIONS = 100
DEFAULT_EPSILON = 1e-6


def load(csv_path, meta_path):
    with open(meta_path) as f:
        meta = json.load(f)
    rows = np.loadtxt(gzip.open(csv_path, "rt"), delimiter=",", skiprows=1, ndmin=2)
    g = gt.Graph(directed=meta["directed"])
    g.add_vertex(meta["nodes"])
    src = rows[:, 0].astype(np.int64)
    dst = rows[:, 1].astype(np.int64)
    weight = rows[:, 2] if "weight" in meta["columns"] and rows.shape[1] > 2 else np.ones(len(rows))
    keep = src != dst  # influence-score drops self-loops
    g.add_edge_list(np.column_stack([src[keep], dst[keep]]))
    w = g.new_edge_property("double")
    w.a = weight[keep] / weight[keep].max()
    return g, w


def reference(name, csv_path, meta_path):
    g, w = load(csv_path, meta_path)
    fixed, k_fixed = gt.eigentrust(g, w, epsilon=0.0, max_iter=FIXED_ITERATIONS, ret_iter=True)
    default, k_default = gt.eigentrust(g, w, epsilon=DEFAULT_EPSILON, ret_iter=True)
    print(f"{name}: n={g.num_vertices()} m={g.num_edges()} fixed={k_fixed} default iterations={k_default}", file=sys.stderr)
    return {
        "nodes": g.num_vertices(),
        "edges": g.num_edges(),
        "fixed": {"iterations": int(k_fixed), "values": [float(x) for x in fixed.a]},
        "default": {"epsilon": DEFAULT_EPSILON, "iterations": int(k_default), "values": [float(x) for x in default.a]},
    }


def main():
    nets = {
        "karate": ("test/fixtures/networks/karate.csv.gz", "test/fixtures/networks/karate.json"),
        "lesmis": ("test/fixtures/networks/lesmis.csv.gz", "test/fixtures/networks/lesmis.json"),
        "pgp-strong-2009": ("bench/data/pgp-strong-2009.csv.gz", "bench/data/pgp-strong-2009.json"),
    }
    out = {"graph_tool": gt.__version__, "trust": "weight column (pgp: number of signatures; karate: 1)", "networks": {}}
    for name, (csv, meta) in nets.items():
        out["networks"][name] = reference(name, os.path.join(ROOT, csv), os.path.join(ROOT, meta))
    with gzip.open(OUT, "wt") as f:
        json.dump(out, f)
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
