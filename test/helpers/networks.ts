/** Test helper: the bundled real networks and their reference values (NetworkX 2.8 / igraph 0.10). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';

export const SMALL_NETWORKS = ['karate', 'dolphins', 'lesmis', 'polblogs'] as const;
/** Big networks live in bench/data (kept out of the npm tarball); only slow tests and benches use them. */
export const BIG_NETWORKS = ['email-Enron', 'pgp-strong-2009'] as const;
export type NetworkName = (typeof SMALL_NETWORKS)[number] | (typeof BIG_NETWORKS)[number];

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const benchData = fileURLToPath(new URL('../../bench/data/', import.meta.url));
const isBig = (name: NetworkName): boolean => (BIG_NETWORKS as readonly string[]).includes(name);
const networkPath = (name: NetworkName, ext: string): string => (isBig(name) ? `${benchData}${name}${ext}` : `${fixtures}networks/${name}${ext}`);

export interface Reference {
  name: string;
  directed: boolean;
  nodes: number;
  edges: number;
  lambda_max: number;
  measures: Record<string, { params: Record<string, unknown>; values?: number[]; order?: number[]; edges?: [number, number, number][] }>;
}

export function loadReference(name: NetworkName): Reference {
  if (isBig(name)) return JSON.parse(gunzipSync(readFileSync(`${benchData}refs/${name}.json.gz`)).toString('utf8')) as Reference;
  return JSON.parse(readFileSync(`${fixtures}refs/${name}.json`, 'utf8')) as Reference;
}

/**
 * Builds the network as a graphology graph with nodes 0..n-1 inserted in id order, so ScoreVector
 * index i is node id i, as in the reference arrays. Rows are parsed directly here (not with the
 * library's loader) so conformance tests do not depend on it.
 */
export function loadNetwork(name: NetworkName): Graph {
  const meta = JSON.parse(readFileSync(networkPath(name, '.json'), 'utf8')) as { directed: boolean; nodes: number };
  const text = gunzipSync(readFileSync(networkPath(name, '.csv.gz'))).toString('utf8');
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const cols = header.split(',');
  const graph = new Graph({ type: meta.directed ? 'directed' : 'undirected', multi: true });
  for (let i = 0; i < meta.nodes; i++) graph.addNode(String(i));
  for (const row of rows) {
    const cells = row.split(',');
    const attrs: Record<string, number> = {};
    cols.forEach((c, j) => {
      if (j >= 2) attrs[c] = Number(cells[j]);
    });
    graph.addEdge(cells[0], cells[1], attrs);
  }
  return graph;
}
