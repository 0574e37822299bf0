import { expect, it } from 'vitest';
import { loadGraph } from '../../src/node.js';
import { pagerank, trend } from '../../src/index.js';

// The README's trend figures: PageRank of the PGP web of trust (signatures u → v: u vouches for v's
// key) on yearly windows, one every half year, 1997 to the 2009 snapshot.
it('trend on pgp-strong-2009 signature times: who gains and loses trust', async () => {
  const graph = await loadGraph('bench/data/pgp-strong-2009.csv.gz', { csv: { directed: true, timeUnit: 's' } });
  const started = performance.now();
  const t = trend(graph, pagerank(), { window: '365d', step: '182d', from: Date.UTC(1997, 0, 1), to: Date.UTC(2009, 10, 1) });
  const seconds = (performance.now() - started) / 1000;
  const count = (s: string) => t.status.filter((x) => x === s).length;
  const levels = t.momentum.meta.extra?.levels as Float64Array[];
  const share = (i: number, k: number) => 2 ** -levels[k][i];
  const describe = (r: { key: string; value: number }) => {
    const i = t.momentum.keys.indexOf(r.key);
    // 2^−y · n is the account's (mid-)rank in that window.
    const rankAt = (k: number) => Math.round(share(i, k) * t.momentum.keys.length + 0.5);
    const peak = Math.min(...levels.map((_, k) => rankAt(k)));
    return `key ${r.key}: momentum ${r.value.toFixed(1)}, ${t.status[i]}, rank ${rankAt(0)} → ${rankAt(levels.length - 1)} (best ${peak})`;
  };
  const byMomentum = [...t.momentum.keys.keys()].sort((a, b) => t.momentum.values[b] - t.momentum.values[a] || a - b);
  console.log(`${graph.order} keys, ${graph.size} signatures, ${t.windows.length} windows, ${seconds.toFixed(1)} s`);
  console.log(`status: ${['rising', 'fading', 'steady', 'new', 'gone'].map((s) => `${s} ${count(s)}`).join(', ')}`);
  console.log('top risers:', t.momentum.top(5).map(describe).join('; '));
  const fadingKeys = byMomentum.filter((i) => t.status[i] === 'fading').slice(-5).map((i) => ({ key: t.momentum.keys[i], value: t.momentum.values[i] }));
  console.log('strongest faders:', fadingKeys.map(describe).join('; '));
  expect(t.windows.length).toBeGreaterThan(20);
  expect(count('rising') + count('fading') + count('steady') + count('new') + count('gone')).toBe(graph.order);
  for (const r of t.momentum.top(5)) {
    const i = t.momentum.keys.indexOf(r.key);
    expect(share(i, levels.length - 1)).toBeLessThan(share(i, 0));
  }
});
