import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DirectedGraph } from 'graphology';
import { tableFromGraph } from '/work/wt/report/src/context/edge-table.ts';
import { applyView } from '/work/wt/report/src/context/edges.ts';
import { arcsCsr } from '/work/wt/report/src/context/context.ts';
import { resolveView } from '/work/wt/report/src/context/view.ts';
import { getScoringContext } from '/work/wt/report/src/context/cache.ts';
const base = new DirectedGraph();
const lines = gunzipSync(readFileSync('/work/shared/data/pgp-strong-2009.csv.gz')).toString('utf8').split('\n');
for (let i = 1; i < lines.length; i++) { if (!lines[i]) continue; const [s, t, w, time] = lines[i].split(','); base.mergeEdge(s, t, { weight: Number(w), time: Number(time) }); }
const view = resolveView(undefined);
const res: Record<string, number[]> = {};
const rec = (k: string, ms: number) => (res[k] ??= []).push(ms);
for (let r = 0; r < 7; r++) {
  const g = base.copy();
  let t = performance.now();
  let sum = 0; g.forEachEdge((_e, a) => { sum += a.weight; });
  rec('forEachEdge', performance.now() - t);
  t = performance.now(); const nodes = g.nodes(); rec('nodes()', performance.now() - t);
  t = performance.now(); const table = tableFromGraph(g, () => new Map(), view, nodes); rec('table', performance.now() - t);
  t = performance.now(); const { edges } = applyView(table, view, [], nodes); rec('applyView', performance.now() - t);
  t = performance.now(); const csr = arcsCsr(nodes.length, edges, 'forward'); rec('csr', performance.now() - t);
  const g2 = base.copy();
  t = performance.now(); const ctx = getScoringContext(g2); rec('getScoringContext', performance.now() - t);
  t = performance.now(); ctx.in; rec('ctx.in (transpose)', performance.now() - t);
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(22), Math.min(...v).toFixed(1), 'ms best; median', v.sort((a,b)=>a-b)[3].toFixed(1));
