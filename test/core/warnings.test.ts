import { describe, expect, it } from 'vitest';
import { WARNING_CODES, type Warning } from '../../src/index.js';
import { distinctWarnings, prefixWarning, warning, withoutWarnings } from '../../src/core/warnings.js';
import { degree, pagerank, parseEdgeCsv } from '../../src/index.js';

describe('warnings are objects with a stable code', () => {
  it('every code is UPPER_SNAKE and says in one line what it means', () => {
    for (const [code, meaning] of Object.entries(WARNING_CODES)) {
      expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(meaning.length).toBeGreaterThan(10);
      expect(meaning).not.toMatch(/\n/);
    }
  });

  it('a scorer reports non-convergence as NOT_CONVERGED with a message for people', () => {
    const g = parseEdgeCsv('source,target\na,b\nb,c\nc,a\nc,b\n');
    const v = pagerank({ maxIterations: 1 }).score(g);
    expect(v.meta.warnings).toEqual([{ code: 'NOT_CONVERGED', message: expect.stringMatching(/did not converge in 1 iterations/) }]);
    expect(JSON.parse(JSON.stringify(v.toJSON())).meta.warnings).toEqual([...v.meta.warnings]);
  });

  it('a deprecated option value is a DEPRECATED warning, first in meta.warnings', () => {
    // Degrees 1, 2, 1: not flat, so DEPRECATED is the only warning (a flat result would add ALL_EQUAL).
    const g = parseEdgeCsv('source,target\na,b\nb,c\n');
    expect(degree({ mode: 'total' }).score(g).meta.warnings).toEqual([{ code: 'DEPRECATED', message: "degree: mode: 'total' is deprecated, use direction: 'both'" }]);
  });

  it('dedupes by code and message, keeps first-seen order, and keeps one text under two codes apart', () => {
    const a = warning('UNDATED', 'x');
    const b = warning('MISSING_DATA', 'x');
    expect(distinctWarnings([a, b, { ...a }, b])).toEqual([a, b]);
  });

  it('prefixes keep the code; known warnings are left out by code and message', () => {
    const w: Warning = warning('FILLED', '2 node(s) got 0');
    expect(prefixWarning('part', w)).toEqual({ code: 'FILLED', message: 'part: 2 node(s) got 0' });
    expect(withoutWarnings([w, warning('UNDATED', 'y')], [{ ...w }])).toEqual([warning('UNDATED', 'y')]);
  });
});
