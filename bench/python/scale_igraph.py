"""pandas + igraph side of bench/scale.sh: what a data team would write in Python for the same job as
bench/scale.bench.mjs. Reads an edge list CSV (header source,target; ids of any kind), interns the ids
(pandas.factorize), builds a directed igraph graph, then computes in-degree, PageRank (igraph's default:
PRPACK, damping 0.85) and coreness (mode "all", as ours). Prints one JSON object: the wall and CPU
seconds of each step and of the whole run, and a summary of the results for the cross-check
(top PageRank ids and values, in-degree total, coreness maximum and its count).

Peak RSS is measured from outside (/usr/bin/time -v in bench/scale.sh). Run with Debian's python3:
  OMP_NUM_THREADS=1 /usr/bin/python3 bench/python/scale_igraph.py bench/.cache/powerlaw-10000000-1000000-s1.csv
"""
import json
import sys
import time

import igraph
import numpy as np
import pandas as pd


def main():
    path = sys.argv[1]
    steps = {}
    start_wall, start_cpu = time.perf_counter(), time.process_time()

    def step(name, fn):
        w0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        steps[name] = {'wall': time.perf_counter() - w0, 'cpu': time.process_time() - c0}
        return out

    frame = step('read_csv', lambda: pd.read_csv(path, dtype={'source': str, 'target': str}) if '--string-ids' in sys.argv else pd.read_csv(path))

    def build():
        codes, uniques = pd.factorize(pd.concat([frame['source'], frame['target']], ignore_index=True))
        m = len(frame)
        # A list of pairs is igraph 0.10's fastest input here (a NumPy array or Graph.DataFrame take
        # 1.8x its CPU time on the 2M-edge graph).
        edges = list(zip(codes[:m].tolist(), codes[m:].tolist()))
        return igraph.Graph(n=len(uniques), edges=edges, directed=True), uniques

    graph, ids = step('graph', build)
    indegree = step('in_degree', lambda: graph.indegree())
    pagerank = step('pagerank', lambda: graph.pagerank(damping=0.85, directed=True))
    coreness = step('coreness', lambda: graph.coreness(mode='all'))
    total = {'wall': time.perf_counter() - start_wall, 'cpu': time.process_time() - start_cpu}

    pr = np.asarray(pagerank)
    top = np.argsort(-pr, kind='stable')[:5]
    core = np.asarray(coreness)
    print(json.dumps({
        'side': 'pandas+igraph',
        'versions': {'pandas': pd.__version__, 'igraph': igraph.__version__},
        'nodes': graph.vcount(),
        'edges': graph.ecount(),
        'steps': steps,
        'total': total,
        'summary': {
            'pagerank_top': [[str(ids[i]), float(pr[i])] for i in top],
            'in_degree_total': int(np.sum(indegree)),
            'in_degree_max': int(np.max(indegree)),
            'coreness_max': int(core.max()),
            'coreness_max_count': int((core == core.max()).sum()),
        },
    }), flush=True)


if __name__ == '__main__':
    main()
