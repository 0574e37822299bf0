import { describe, expect, it } from 'vitest';
import { degree, fromGraphologyJSON, log, logNormalize, parseEdgeCsv, parseGraphologyJson } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const graph = parseEdgeCsv('source,target\na,b\nc,b\nd,b\nb,a\n');

describe('renamed exports keep their old names for one minor version', () => {
  it('log is logNormalize with the same values and a DEPRECATED warning first', () => {
    const v = degree({ normalized: false }).score(graph);
    const renamed = logNormalize(v);
    const old = log(v);
    expect([...old.values]).toEqual([...renamed.values]);
    expect(old.keys).toEqual(renamed.keys);
    expect(renamed.meta.warnings).toEqual([]);
    expect(old.meta.warnings).toEqual([{ code: 'DEPRECATED', message: 'influence-score: the export log is deprecated, use logNormalize (same function)' }]);
    expect(old.meta.scorer).toBe(renamed.meta.scorer);
  });

  it('fromGraphologyJSON is parseGraphologyJson: same graph, same typed errors', () => {
    const json = JSON.stringify(graph.export());
    const renamed = parseGraphologyJson(json);
    const old = fromGraphologyJSON(json);
    expect(old.export()).toEqual(renamed.export());
    expect(thrown(() => fromGraphologyJSON('{nope')).code).toBe(thrown(() => parseGraphologyJson('{nope')).code);
    expect(thrown(() => parseGraphologyJson({ nodes: 3 }, { bogus: 1 } as never)).message).toMatch(/parseGraphologyJson/);
  });
});
