"""Writes test/fixtures/betweenness-networkx.json: NetworkX betweenness for the variants the shared
refs do not cover (weighted, endpoints, unnormalized), on the small bundled networks.

Graphs are built as the library's ScoringContext reads them: self-loops dropped, parallel edges merged
with weights summed (a missing weight counts 1). Weighted variants use Dijkstra with
  - 'weight':  length = weight      (NetworkX's and igraph's reading: a heavier edge is LONGER)
  - 'inverse': length = 1 / weight  (tie strength: a heavier edge is SHORTER)
The 1/weight lengths are computed in IEEE doubles exactly as the library does, so path-length ties
compare identically on both sides.

Run: /usr/bin/python3 bench/python/betweenness_networkx_fixture.py   (NetworkX 2.8)
"""
import gzip
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
NETS = os.path.join(ROOT, 'test', 'fixtures', 'networks')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'betweenness-networkx.json')


def load(name):
    with open(os.path.join(NETS, name + '.json')) as f:
        meta = json.load(f)
    g = nx.DiGraph() if meta['directed'] else nx.Graph()
    g.add_nodes_from(range(meta['nodes']))
    with gzip.open(os.path.join(NETS, name + '.csv.gz'), 'rt') as f:
        cols = next(f).strip().split(',')
        for line in f:
            cells = line.strip().split(',')
            u, v = int(cells[0]), int(cells[1])
            if u == v:
                continue
            w = float(cells[cols.index('weight')]) if 'weight' in cols else 1.0
            if g.has_edge(u, v):
                g[u][v]['weight'] += w
            else:
                g.add_edge(u, v, weight=w)
    for _, _, d in g.edges(data=True):
        d['inverse'] = 1.0 / d['weight']
    return g


def values(g, **kw):
    bc = nx.betweenness_centrality(g, **kw)
    return [bc[i] for i in range(g.number_of_nodes())]


def main():
    out = {'networkx': nx.__version__, 'cases': []}
    for name in ['karate', 'dolphins', 'lesmis', 'polblogs']:
        g = load(name)
        cases = [
            ('endpoints', {'normalized': True, 'endpoints': True}),
            ('unnormalized', {'normalized': False}),
            ('endpoints_unnormalized', {'normalized': False, 'endpoints': True}),
        ]
        if name in ('lesmis', 'polblogs'):
            cases += [
                ('weighted', {'normalized': True, 'weight': 'weight'}),
                ('weighted_unnormalized', {'normalized': False, 'weight': 'weight'}),
                ('weighted_inverse', {'normalized': True, 'weight': 'inverse'}),
            ]
        for case, kw in cases:
            out['cases'].append({'network': name, 'case': case, 'params': kw, 'values': values(g, **kw)})
    with open(OUT, 'w') as f:
        json.dump(out, f)
    print('wrote', OUT, len(out['cases']), 'cases')


if __name__ == '__main__':
    main()
