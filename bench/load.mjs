// Loading the bundled big networks (bench/data) the same way in every bench.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** A simple graphology graph of `name` (nodes "0".."n-1", parallel edges merged, self-loops dropped, unweighted). */
export function loadSimpleGraph(name) {
  const meta = JSON.parse(readFileSync(`${dataDir}${name}.json`, 'utf8'));
  const text = gunzipSync(readFileSync(`${dataDir}${name}.csv.gz`)).toString('utf8');
  const graph = new Graph({ type: meta.directed ? 'directed' : 'undirected' });
  for (let i = 0; i < meta.nodes; i++) graph.addNode(String(i));
  const rows = text.trim().split('\n');
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const c1 = row.indexOf(',');
    const c2 = row.indexOf(',', c1 + 1);
    const a = row.slice(0, c1);
    const b = row.slice(c1 + 1, c2 < 0 ? undefined : c2);
    if (a !== b) graph.mergeEdge(a, b);
  }
  return graph;
}

/** The reference values of `name` (bench/data/refs, NetworkX and igraph). */
export function loadReference(name) {
  return JSON.parse(gunzipSync(readFileSync(`${dataDir}refs/${name}.json.gz`)).toString('utf8'));
}
