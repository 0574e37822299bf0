"""Reference values for Burt's constraint and effective size in the cases the shared refs lack:
weighted (lesmis), directed and weighted directed (a seeded random digraph with reciprocal arcs
and a sink, where NetworkX reports NaN). polblogs is left out: NetworkX needs over an hour on it.

Run: /usr/bin/python3 bench/python/constraint_networkx_refs.py
Writes test/scorers/weak-ties/fixtures/structural-holes.json. NetworkX 2.8 on simple graphs:
duplicate rows collapse to one edge (weights summed here, as influence-score merges parallel edges),
self-loops are removed (influence-score drops them), NaN (isolated or out-degree-0 nodes) → null.
"""
import gzip, json, math, random, pathlib
import networkx as nx

ROOT = pathlib.Path(__file__).resolve().parents[2]
NETS = ROOT / "test" / "fixtures" / "networks"


def load(name):
    meta = json.loads((NETS / f"{name}.json").read_text())
    rows = gzip.open(NETS / f"{name}.csv.gz", "rt").read().strip().split("\n")
    cols = rows[0].split(",")
    G = nx.DiGraph() if meta["directed"] else nx.Graph()
    G.add_nodes_from(range(meta["nodes"]))
    for row in rows[1:]:
        cells = row.split(",")
        u, v = int(cells[0]), int(cells[1])
        if u == v:
            continue
        w = float(cells[cols.index("weight")]) if "weight" in cols else 1.0
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def values(d, n):
    return [None if (isinstance(d[i], float) and math.isnan(d[i])) else d[i] for i in range(n)]


def measures(G, weight):
    n = G.number_of_nodes()
    return {
        "constraint": values(nx.constraint(G, weight=weight), n),
        "effective_size": values(nx.effective_size(G, weight=weight), n),
    }


def random_digraph(seed=7, n=60, m=300):
    rng = random.Random(seed)
    G = nx.DiGraph()
    G.add_nodes_from(range(n + 1))
    while G.number_of_edges() < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and not G.has_edge(u, v):
            G.add_edge(u, v, weight=round(rng.uniform(0.5, 5.0), 3))
            if rng.random() < 0.3 and not G.has_edge(v, u):
                G.add_edge(v, u, weight=round(rng.uniform(0.5, 5.0), 3))
    # Node n only receives: NetworkX's constraint reports NaN for it (it checks successors only).
    G.add_edge(0, n, weight=1.0)
    G.add_edge(1, n, weight=2.0)
    return G


out = {"networkx": nx.__version__, "cases": []}
lesmis = load("lesmis")
out["cases"].append({"name": "lesmis", "weighted": True, **measures(lesmis, "weight")})
rd = random_digraph()
out["cases"].append({
    "name": "random-digraph", "weighted": True, "directed": True, "nodes": rd.number_of_nodes(),
    "edges": [[u, v, d["weight"]] for u, v, d in rd.edges(data=True)],
    **measures(rd, "weight"),
})
out["cases"].append({
    "name": "random-digraph", "weighted": False, "directed": True, "nodes": rd.number_of_nodes(),
    "edges": [[u, v, d["weight"]] for u, v, d in rd.edges(data=True)],
    **measures(rd, None),
})
target = ROOT / "test" / "scorers" / "weak-ties" / "fixtures" / "structural-holes.json"
target.parent.mkdir(parents=True, exist_ok=True)
target.write_text(json.dumps(out))
print("wrote", target, [(c["name"], c["weighted"]) for c in out["cases"]])
