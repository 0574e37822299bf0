"""igraph's Burt constraint on a bundled network, timed for bench/weak-ties.bench.mjs.

Run: /usr/bin/python3 bench/python/constraint_igraph.py [email-Enron] [budget_seconds]
Prints one JSON line: {"network", "nodes", "edges", "runs", "median_ms", "min_ms", "max_abs_vs_networkx"}.
The graph is built once (simple, undirected, as influence-score's context) and only constraint() is timed.
"""
import gzip, json, pathlib, statistics, sys, time
import igraph as ig

ROOT = pathlib.Path(__file__).resolve().parents[1]
name = sys.argv[1] if len(sys.argv) > 1 else "email-Enron"
budget = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
meta = json.loads((ROOT / "data" / f"{name}.json").read_text())
rows = gzip.open(ROOT / "data" / f"{name}.csv.gz", "rt").read().strip().split("\n")[1:]
edges = {(min(u, v), max(u, v)) for u, v in (map(int, r.split(",")[:2]) for r in rows) if u != v}
g = ig.Graph(n=meta["nodes"], edges=sorted(edges), directed=False)

values = g.constraint()  # warm-up
times = []
start = time.perf_counter()
while len(times) < 3 or (time.perf_counter() - start < budget and len(times) < 30):
    t = time.perf_counter()
    g.constraint()
    times.append((time.perf_counter() - t) * 1000)

ref = json.loads(gzip.open(ROOT / "data" / "refs" / f"{name}.json.gz", "rt").read())["measures"]["constraint"]["values"]
max_abs = max(abs(a - b) for a, b in zip(values, ref) if a == a and b == b)
print(json.dumps({
    "network": name, "nodes": g.vcount(), "edges": g.ecount(), "runs": len(times),
    "median_ms": statistics.median(times), "min_ms": min(times), "max_abs_vs_networkx": max_abs,
}))
