import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combine, degree, evaluate, explain, getScoringContext, InfluenceScoreError, minmax, normalize, parseEdgeCsv, pagerank, percentile, rank } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';
import { thrown } from '../helpers/errors.js';

const graph = parseEdgeCsv('source,target\na,b\nb,c\n');
// Misuse on purpose: the casts stand for JavaScript callers and for `any`-typed values.
const loose = <T>(value: unknown): T => value as T;

describe('misuse raises InfluenceScoreError saying what was expected', () => {
  it('rank with the factory instead of a scorer (pagerank, not pagerank()) names the fix', () => {
    const error = thrown(() => rank(graph, loose(pagerank)));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(/expected a Scorer.*got a function.*call the factory/s);
  });

  it('rank with something that is no scorer at all says what it got', () => {
    for (const bad of [undefined, null, 3, {}]) {
      const error = thrown(() => rank(graph, loose(bad)));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toMatch(/expected a Scorer/);
    }
  });

  it('normalizers given a scorer instead of its vector say to call score()', () => {
    for (const normalizer of [percentile, minmax, (v: never) => normalize(v, 'zscore')]) {
      const error = thrown(() => normalizer(loose(pagerank())));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/expected a ScoreVector.*got a Scorer.*\.score\(graph\)/s);
    }
    expect(thrown(() => percentile(loose(null))).message).toMatch(/expected a ScoreVector, got null/);
  });

  it('explain given a scorer instead of its vector is a typed error', () => {
    expect(thrown(() => explain(loose(pagerank()), 'a')).code).toBe('INVALID_INPUT');
  });

  it('a scorer given something that is not a graph or context says what it expects', () => {
    for (const bad of [{}, null, undefined, 'a,b', [1, 2]]) {
      const error = thrown(() => pagerank().score(loose(bad)));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/expected a graphology graph or a ScoringContext/);
    }
    expect(thrown(() => rank(loose({}), degree())).code).toBe('INVALID_INPUT');
  });

  it('a combine part that is not [scorer, weight] is named, without a spurious all-zero-weights issue', () => {
    const error = thrown(() => combine({ parts: { pr: loose(pagerank()) } }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues.map((i) => i.message)).toEqual(['must be [scorer, weight], e.g. [pagerank(), 1]']);
    const factory = thrown(() => combine({ parts: { pr: loose([pagerank, 1]) } }));
    expect(factory.issues.map((i) => i.message)).toEqual(['must be a Scorer, got a function (pagerank): call the factory, e.g. pagerank()']);
    // Well-formed parts whose weights are all 0 still get that issue.
    expect(thrown(() => combine({ parts: { pr: [pagerank(), 0] } })).issues.map((i) => i.message)).toEqual(['the weights must not all be 0']);
  });
});

describe('loadGraph options are validated', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'influence-score-misuse-')), 'g.csv');
  writeFileSync(path, 'source,target\na,b\n');

  it('an unknown format is an INVALID_OPTION error listing the formats, not undefined', async () => {
    const error = await loadGraph(path, loose({ format: 'xml' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('INVALID_OPTION');
    expect((error as InfluenceScoreError).issues[0].path).toEqual(['format']);
  });

  it('an unknown top-level key (directed belongs under csv) is rejected like scorer options', async () => {
    const error = await loadGraph(path, loose({ directed: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('INVALID_OPTION');
    expect((error as InfluenceScoreError).message).toMatch(/directed/);
  });

  it('valid options still load', async () => {
    expect((await loadGraph(path, { format: 'csv', csv: { directed: false } })).type).toBe('undirected');
  });
});

describe('combine weights that overflow', () => {
  it('refuses finite weights whose sum is Infinity instead of scoring every node 0', () => {
    const error = thrown(() => combine({ parts: { a: [pagerank(), 1e308], b: [degree(), 1e308] } }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.message).toMatch(/weights sum to more than the largest number/);
  });
});

describe('misuse in the research toolkit and the context cache', () => {
  it('evaluate names a factory passed as a scorer before running any simulation', () => {
    const error = thrown(() => evaluate(graph, loose([degree(), pagerank]), { truth: { runs: 1 }, k: 1 }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].path).toEqual(['scorers', 1]);
    expect(error.message).toMatch(/call the factory/);
  });

  it('getScoringContext on something that is not a graph is a typed error', () => {
    expect(thrown(() => getScoringContext(loose({}))).code).toBe('INVALID_INPUT');
  });
});
