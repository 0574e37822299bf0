import { describe, expect, it } from 'vitest';
import { CONTEXT_CACHE_SIZE, getScoringContext, pagerank, parseEdgeCsv } from '../../src/index.js';
import { contextBuildCount } from '../../src/context/context.js';

/** How many contexts `f` builds. */
function builds(f: () => void): number {
  const before = contextBuildCount();
  f();
  return contextBuildCount() - before;
}

const graph = parseEdgeCsv('source,target,time\na,b,1000\nb,c,2000\nc,a,3000\n');
// A service passing `asOf: Date.now()`: a new view on every call.
const view = (i: number) => ({ asOf: 10_000 + i, halfLife: 500 });

describe('context cache bound', () => {
  it(`keeps at most ${CONTEXT_CACHE_SIZE} views per graph, dropping the least recently used`, () => {
    const calls = 100;
    expect(builds(() => {
      for (let i = 0; i < calls; i++) pagerank({ view: view(i) }).score(graph);
    })).toBe(calls);
    // The last CONTEXT_CACHE_SIZE views are all still cached (newest first, so no eviction in between)...
    expect(builds(() => {
      for (let i = calls - 1; i >= calls - CONTEXT_CACHE_SIZE; i--) getScoringContext(graph, view(i));
    })).toBe(0);
    // ...and every older one was dropped.
    expect(builds(() => getScoringContext(graph, view(calls - CONTEXT_CACHE_SIZE - 1)))).toBe(1);
    expect(builds(() => getScoringContext(graph, view(0)))).toBe(1);
  });

  it('a view in use stays cached however many others come and go', () => {
    const g = parseEdgeCsv('source,target\na,b\n');
    const hot = getScoringContext(g);
    for (let i = 0; i < 3 * CONTEXT_CACHE_SIZE; i++) {
      getScoringContext(g, view(i));
      expect(getScoringContext(g)).toBe(hot);
    }
  });
});
