/**
 * #20 item 2: every role column on every path. A file read by loadContext (columns, no graphology
 * graph) must give every scorer what loadGraph's graph of the same file gives it: topics, sentiment
 * and an interaction's post included, for the brand scorers and engagement as for the structural ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advocacy, brandStance, engagementRate, influenceScore, pagerank, type Scorer, topicalInfluence, type Warning } from '../../src/index.js';
import { loadContext, loadGraph } from '../../src/node.js';
import { outcome } from '../helpers/outcome.js';

const TYPES = ['follow', 'share', 'mention', 'reply', 'like'];
const TOPICS = ['coffee', 'tea', 'acme'];
const T0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

interface Row {
  s: number;
  t: number;
  type: string;
  time: number | null;
  topics: string[];
  sentiment: number | null;
  post: number | null;
  note: string;
}

const rows = fc.integer({ min: 2, max: 20 }).chain((n) =>
  fc.array(
    fc.record({
      s: fc.nat(n - 1),
      t: fc.nat(n - 1),
      type: fc.constantFrom(...TYPES),
      time: fc.option(fc.integer({ min: 0, max: 60 }).map((d) => T0 + d * DAY), { freq: 4 }),
      topics: fc.subarray(TOPICS),
      sentiment: fc.option(fc.integer({ min: -4, max: 4 }).map((x) => x / 4), { freq: 2 }),
      post: fc.option(fc.nat(5), { freq: 2 }),
      note: fc.constantFrom('', 'x', 'y'),
    }),
    { minLength: 1, maxLength: 80 },
  ),
);

/** The rows as a CSV with every role column, a `post` column and one column no scorer reads. */
function csvOf(list: Row[]): string {
  const lines = ['source,target,type,time,topics,sentiment,post,note'];
  for (const r of list) lines.push([`u${r.s}`, `u${r.t}`, r.type, r.time ?? '', r.topics.join(';'), r.sentiment ?? '', r.post === null ? '' : `p${r.post}`, r.note].join(','));
  return lines.join('\n') + '\n';
}

const streamOf = (text: string): AsyncIterable<string> =>
  (async function* () {
    yield text;
  })();

const scorers: [string, () => Scorer][] = [
  ['pagerank', () => pagerank()],
  ['topical influence', () => topicalInfluence({ topic: 'coffee' })],
  ['brand stance', () => brandStance({ brand: { id: 'u0', topics: ['acme'] } })],
  ['advocacy', () => advocacy({ brand: { topics: ['acme'] } })],
  ['engagement', () => engagementRate()],
  ['influence score with a topic', () => influenceScore({ topic: 'tea' })],
];


const DROPPED = /column "note" is not read on the columnar path/;

describe('a file read into columns gives every scorer what its graph gives', () => {
  it('scores topical influence, brand stance, advocacy, engagement and the influence preset bit-identically on loadContext and loadGraph of the same CSV (60 generated files × 6 scorers)', async () => {
    const scored = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(rows, async (list) => {
        const text = csvOf(list);
        const graph = await loadGraph(streamOf(text), { format: 'csv' });
        const ctx = await loadContext(streamOf(text), { format: 'csv' });
        expect(ctx.graph).toBeNull();
        for (const [name, make] of scorers) {
          const fromGraph = outcome(() => make().score(graph)) as { warnings?: Warning[] };
          const fromColumns = outcome(() => make().score(ctx)) as { warnings?: Warning[] };
          // The columnar load names the column it did not keep; everything else is the same.
          if (fromColumns.warnings) {
            expect(fromColumns.warnings.filter((w) => w.code === 'DROPPED_COLUMN' && DROPPED.test(w.message)), name).toHaveLength(1);
            fromColumns.warnings = fromColumns.warnings.filter((w) => w.code !== 'DROPPED_COLUMN');
          }
          expect(fromColumns, name).toEqual(fromGraph);
          if (fromGraph.warnings) scored.set(name, (scored.get(name) ?? 0) + 1);
        }
      }),
      { numRuns: 60 },
    );
    // Each scorer scores (rather than both paths failing alike) in most files.
    for (const [name] of scorers) expect(scored.get(name) ?? 0, name).toBeGreaterThan(20);
  });

  it('names a column it does not keep in a warning, and warns of nothing when every column has a use', async () => {
    const noted = await loadContext(streamOf('source,target,topics,comment\na,b,coffee,hello\n'), { format: 'csv' });
    expect(pagerank().score(noted).meta.warnings.map((w) => `${w.code}: ${w.message}`).join('\n')).toMatch(/DROPPED_COLUMN: /);
    expect(pagerank().score(noted).meta.warnings.map((w) => w.message).join('\n')).toMatch(/column "comment" is not read on the columnar path.*use loadGraph/);
    const plain = await loadContext(streamOf('source,target,topics,sentiment,post\na,b,coffee,0.5,p1\n'), { format: 'csv' });
    expect(pagerank().score(plain).meta.warnings).toEqual([]);
  });
});
