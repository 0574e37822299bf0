/**
 * Every exported function of the three entry points, called with wrong-typed arguments, either
 * returns or throws (or rejects with) an InfluenceScoreError with a code: never a TypeError or
 * RangeError from deep inside.
 */
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as node from '../../src/node.js';
import * as report from '../../src/report.js';
import { InfluenceScoreError, rankAsync } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

const WRONG: readonly unknown[] = [undefined, null, 42, 'x', { bogus: 1 }, Symbol('s'), [], () => 1, NaN, true];

/** Argument lists: each wrong value alone, and as the second and third argument after a wrong first. */
function argumentLists(): unknown[][] {
  const lists: unknown[][] = [[]];
  for (const w of WRONG) lists.push([w], [w, w], [{ bogus: 1 }, w], ['x', w, w]);
  return lists;
}

/** Exports that are classes or values rather than functions to call with arguments. */
const NOT_CALLED = new Set(['InfluenceScoreError', 'ColumnarGraph', 'ScoringContext']);

function functionsOf(entry: string, module: Record<string, unknown>): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && !NOT_CALLED.has(name))
    .map(([name, value]) => [`${entry}:${name}`, value as (...args: unknown[]) => unknown]);
}

const EXPORTS = [...functionsOf('index', root), ...functionsOf('node', node), ...functionsOf('report', report)];

/** What went wrong when `fn(...args)` ran, or undefined when it returned or threw a typed error. */
async function untyped(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string | undefined> {
  const check = (error: unknown): string | undefined =>
    error instanceof InfluenceScoreError && typeof error.code === 'string' && error.code.length > 0 ? undefined : `${(error as Error)?.name}: ${(error as Error)?.message}`;
  try {
    const result = fn(...args);
    const value = result instanceof Promise ? await result : result;
    // A thread pool made from a wrong-but-accepted argument is closed again.
    if (value && typeof value === 'object' && typeof (value as { close?: unknown }).close === 'function') await (value as { close(): unknown }).close();
    return undefined;
  } catch (error) {
    return check(error);
  }
}

const describeArgs = (args: unknown[]): string => `(${args.map((a) => (typeof a === 'symbol' ? 'Symbol' : typeof a === 'function' ? 'fn' : JSON.stringify(a) ?? String(a))).join(', ')})`;

describe('every export throws InfluenceScoreError on wrong-typed arguments', () => {
  it(`walks ${EXPORTS.length} functions of index, node and report`, () => {
    expect(EXPORTS.length).toBeGreaterThan(50);
  });

  it.each(EXPORTS)('%s', async (_name, fn) => {
    const problems: string[] = [];
    for (const args of argumentLists()) {
      const problem = await untyped(fn, args);
      if (problem !== undefined) problems.push(`${describeArgs(args)} → ${problem}`);
    }
    expect(problems.slice(0, 3).map((p) => p.slice(0, 300))).toEqual([]);
  });
});

describe('the cases issue #22 named', () => {
  const graph = root.parseEdgeCsv('source,target\na,b\n');
  const loose = <T>(value: unknown): T => value as T;

  it('rankAsync with an object that is no scorer rejects INVALID_OPTION instead of "scoreAsync is not a function"', async () => {
    const error = await rankAsync(graph, loose({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfluenceScoreError);
    expect((error as InfluenceScoreError).code).toBe('INVALID_OPTION');
    expect((error as InfluenceScoreError).message).toMatch(/rankAsync: the scorer: expected a Scorer/);
  });

  it('syntheticPopulation with an out-of-range option throws INVALID_OPTION naming it, not a RangeError', () => {
    const error = thrown(() => root.syntheticPopulation({ rate: { mean: 2 } }));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].path).toEqual(['rate', 'mean']);
  });

  it('brandWorld and syntheticPopulation reject unknown keys', () => {
    expect(thrown(() => root.brandWorld(loose({ bogus: 1 }))).issues[0].message).toMatch(/bogus/);
    expect(thrown(() => root.syntheticPopulation(loose({ bogus: 1 }))).code).toBe('INVALID_OPTION');
  });

  it('a wrong argument names the parameter', () => {
    const error = thrown(() => root.kendallTau(loose('x'), [1, 2]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0].field).toBe('a');
  });
});
