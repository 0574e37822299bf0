import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { degree, getScoringContext, pagerank } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';
import { BIG_NETWORKS, loadReference } from '../helpers/networks.js';
import { l1Error as l1 } from '../helpers/accuracy.js';

// Loads the big networks through the library's own loader (gzip → csv-parse → graphology) and
// checks the result against the NetworkX references, printing the load time for the report.
const data = fileURLToPath(new URL('../../bench/data/', import.meta.url));

describe.each(BIG_NETWORKS)('loadGraph on %s', (name) => {
  const ref = loadReference(name);

  it('loads every node and edge and reproduces the reference PageRank and degree', async () => {
    const nodes = Array.from({ length: ref.nodes }, (_, i) => String(i));
    const started = performance.now();
    const graph = await loadGraph(`${data}${name}.csv.gz`, { csv: { directed: ref.directed, nodes, timeUnit: 's' } });
    const loadMs = performance.now() - started;
    console.log(`${name}: loadGraph ${loadMs.toFixed(0)} ms for ${graph.order} nodes, ${graph.size} edges`);
    expect(graph.order).toBe(ref.nodes);
    const ctx = getScoringContext(graph);
    expect(ctx.out.targets.length).toBe(ref.directed ? ref.edges : 2 * ref.edges);
    const pr = pagerank({ weighted: false }).score(ctx);
    const err = l1(pr.values, ref.measures.pagerank.values!);
    console.log(`${name}: PageRank L1 error vs NetworkX ${err.toExponential(2)}`);
    expect(err).toBeLessThan(1e-9);
    if (ref.measures.pagerank_weighted) {
      const w = l1(pagerank({ weighted: true }).score(ctx).values, ref.measures.pagerank_weighted.values!);
      console.log(`${name}: weighted PageRank L1 error vs NetworkX ${w.toExponential(2)}`);
      expect(w).toBeLessThan(1e-9);
    }
    expect(Array.from(degree({ direction: 'both' }).score(ctx).values)).toEqual(ref.measures.degree.values);
  });
});
