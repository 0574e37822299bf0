import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DirectedGraph } from 'graphology';
const base = new DirectedGraph();
const lines = gunzipSync(readFileSync('/work/shared/data/pgp-strong-2009.csv.gz')).toString('utf8').split('\n');
for (let i = 1; i < lines.length; i++) { if (!lines[i]) continue; const [s, t, w, time] = lines[i].split(','); base.mergeEdge(s, t, { weight: Number(w), time: Number(time) }); }
const SYM = Symbol('i');
const res: Record<string, number[]> = {};
const rec = (k: string, ms: number) => (res[k] ??= []).push(ms);
for (let r = 0; r < 7; r++) {
  const g = base.copy() as any;
  let t = performance.now();
  let sum = 0; g.forEachEdge((_e: any, a: any) => { sum += a.weight; });
  rec('forEachEdge', performance.now() - t);
  t = performance.now();
  let i = 0; for (const rec2 of g._nodes.values()) rec2[SYM] = i++;
  rec('tag nodes (symbol)', performance.now() - t);
  t = performance.now();
  const m = g.size; const src = new Int32Array(m), dst = new Int32Array(m); const w = new Float64Array(m), tm = new Float64Array(m);
  let k = 0; for (const e of g._edges.values()) { src[k] = e.source[SYM]; dst[k] = e.target[SYM]; const a = e.attributes; w[k] = a.weight; tm[k] = a.time; k++; }
  rec('edge loop', performance.now() - t);
  const g2 = base.copy() as any;
  t = performance.now();
  const idx = new Map(); i = 0; for (const key of g2._nodes.keys()) idx.set(key, i++);
  rec('index map', performance.now() - t);
  t = performance.now();
  k = 0; for (const e of g2._edges.values()) { src[k] = idx.get(e.source.key); dst[k] = idx.get(e.target.key); const a = e.attributes; w[k] = a.weight; tm[k] = a.time; k++; }
  rec('edge loop map', performance.now() - t);
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(22), Math.min(...v).toFixed(1), 'ms best; median', v.sort((a,b)=>a-b)[3].toFixed(1));
