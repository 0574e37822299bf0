"""igraph's Louvain (Graph.community_multilevel, Blondel et al. 2008) on a bundled network, for bench/louvain.bench.mjs.

Run: /usr/bin/python3 bench/python/louvain_igraph.py [email-Enron] [resolution] [seeds]
Prints one JSON line: {"network", "resolution", "runs", "ms": [...], "q": [...]}, one entry per seed
(Python's random, seeded 1..seeds, drives igraph's RNG). The graph is built once (simple, undirected,
as influence-score's ties) and only community_multilevel is timed; Q is igraph's modularity of the
partition at the same resolution (GraphBase.modularity: python-igraph 0.10.2's Graph.modularity drops
the resolution argument).
"""
import gzip, json, pathlib, random, sys, time
import igraph as ig

ROOT = pathlib.Path(__file__).resolve().parents[1]
name = sys.argv[1] if len(sys.argv) > 1 else "email-Enron"
resolution = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
seeds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
meta = json.loads((ROOT / "data" / f"{name}.json").read_text())
rows = gzip.open(ROOT / "data" / f"{name}.csv.gz", "rt").read().strip().split("\n")[1:]
edges = {(min(u, v), max(u, v)) for u, v in (map(int, r.split(",")[:2]) for r in rows) if u != v}
g = ig.Graph(n=meta["nodes"], edges=sorted(edges), directed=False)

times, qs = [], []
for s in range(1, seeds + 1):
    random.seed(s)
    t = time.perf_counter()
    membership = g.community_multilevel(resolution=resolution).membership
    times.append((time.perf_counter() - t) * 1000)
    qs.append(ig.GraphBase.modularity(g, membership, None, resolution))
print(json.dumps({"network": name, "resolution": resolution, "runs": seeds, "ms": times, "q": qs}))
