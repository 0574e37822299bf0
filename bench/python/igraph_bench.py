"""igraph 0.10 side of bench/vs-igraph.sh: times PageRank, HITS and exact betweenness on the bench
networks with python3-igraph (Debian, C core, single thread), on the same edges as ours (self-loops
dropped, parallel edges merged, unweighted). Prints one JSON object per line:
{"net", "measure", "wall", "cpu", "repeats"} with the best wall time over the repeats and its CPU time.

Run with /usr/bin/python3 (the pyenv python on PATH has no igraph):
  OMP_NUM_THREADS=1 /usr/bin/python3 bench/python/igraph_bench.py [measure,...]
measures: pagerank, hits, betweenness (default: all; betweenness only on email-Enron).
"""
import gzip
import json
import os
import sys
import time

import igraph

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')


def load(name):
    with open(os.path.join(DATA, name + '.json')) as f:
        meta = json.load(f)
    edges = []
    with gzip.open(os.path.join(DATA, name + '.csv.gz'), 'rt') as f:
        next(f)
        for line in f:
            a, b = line.split(',', 2)[:2]
            edges.append((int(a), int(b)))
    g = igraph.Graph(n=meta['nodes'], edges=edges, directed=meta['directed'])
    g.simplify(multiple=True, loops=True)
    return g


def best(fn, repeats):
    wall, cpu = float('inf'), 0.0
    for _ in range(repeats):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        w, c = time.perf_counter() - t0, time.process_time() - c0
        if w < wall:
            wall, cpu = w, c
    return wall, cpu


def main():
    measures = sys.argv[1].split(',') if len(sys.argv) > 1 else ['pagerank', 'hits', 'betweenness']
    for name in ['email-Enron', 'pgp-strong-2009']:
        g = load(name)
        directed = g.is_directed()
        jobs = []
        if 'pagerank' in measures:
            jobs.append(('pagerank', lambda: g.pagerank(damping=0.85, directed=directed), 10))
        if 'hits' in measures:
            # igraph 0.10.2 computes each vector in its own ARPACK run; ours returns both from one run.
            jobs.append(('hits_authority', lambda: g.authority_score(), 5))
            jobs.append(('hits_hub', lambda: g.hub_score(), 5))
        if 'betweenness' in measures and name == 'email-Enron':
            jobs.append(('betweenness', lambda: g.betweenness(directed=directed), 1))
        for measure, fn, repeats in jobs:
            if measure != 'betweenness':
                fn()  # warm-up (betweenness runs for minutes; one run is its own warm-up)
            wall, cpu = best(fn, repeats)
            print(json.dumps({'net': name, 'measure': measure, 'wall': wall, 'cpu': cpu, 'repeats': repeats}), flush=True)


if __name__ == '__main__':
    main()
