/**
 * Argument checks at the public entry points, for JavaScript callers and `any`-typed values: a
 * factory passed where its scorer belongs (`rank(graph, pagerank)`), a scorer where its vector
 * belongs (`percentile(pagerank())`), an object that is not a graph. Each becomes an
 * {@link InfluenceScoreError} that says what was expected and what came, instead of a TypeError deep
 * inside. The checks are structural, so this module depends on nothing but the error type.
 */
import { InfluenceScoreError } from './errors.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** @internal Whether `value` looks like a Scorer (an object with an `id` and a `score` method). */
export function isScorerLike(value: unknown): boolean {
  return isObject(value) && typeof value.score === 'function' && typeof value.id === 'string';
}

/** @internal Whether `value` looks like a ScoreVector (keys, Float64Array values and meta). */
export function isScoreVectorLike(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.keys) && value.values instanceof Float64Array && isObject(value.meta);
}

/** @internal Whether `value` looks like a graphology graph. */
export function isGraphLike(value: unknown): boolean {
  return isObject(value) && typeof value.order === 'number' && typeof value.forEachNode === 'function' && typeof value.on === 'function';
}

/** @internal What `value` is, in a few words, for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return `a function${value.name ? ` (${value.name})` : ''}`;
  if (isScorerLike(value)) return `a Scorer (${String((value as { id: unknown }).id)})`;
  if (isScoreVectorLike(value)) return 'a ScoreVector';
  if (typeof value === 'object') return 'an object that is none of these';
  return `${typeof value === 'undefined' ? '' : `a ${typeof value} `}${String(value)}`.trim();
}

/** @internal Why `value` is not a Scorer (undefined when it is one), e.g. for an issue message. */
export function scorerProblem(value: unknown): string | undefined {
  if (isScorerLike(value)) return undefined;
  if (typeof value === 'function') return `got ${describeValue(value)}: call the factory, e.g. ${value.name || 'pagerank'}()`;
  return `got ${describeValue(value)}`;
}

/**
 * @internal Throws `INVALID_OPTION` unless `value` is a Scorer.
 * @param where - the caller and argument, e.g. `'rank: the scorer'`.
 */
export function expectScorer(value: unknown, where: string): void {
  const problem = scorerProblem(value);
  if (problem === undefined) return;
  throw new InfluenceScoreError('INVALID_OPTION', `${where}: expected a Scorer such as pagerank(), ${problem}`, [{ path: ['scorer'], message: `expected a Scorer, ${problem}` }]);
}

/**
 * @internal Throws `INVALID_INPUT` unless `value` is a ScoreVector.
 * @param where - the caller, e.g. `'percentile'`.
 */
export function expectScoreVector(value: unknown, where: string): void {
  if (isScoreVectorLike(value)) return;
  const hint = isScorerLike(value) ? ': score first, e.g. percentile(pagerank().score(graph))' : '';
  throw new InfluenceScoreError('INVALID_INPUT', `${where}: expected a ScoreVector, got ${describeValue(value)}${hint}`, [
    { path: ['vector'], message: `expected a ScoreVector, got ${describeValue(value)}` },
  ]);
}

/**
 * @internal Throws `INVALID_INPUT` unless `value` is a graphology graph (a ScoringContext is
 * recognized by the caller before this check).
 */
export function expectGraph(value: unknown, where: string): void {
  if (isGraphLike(value)) return;
  throw new InfluenceScoreError('INVALID_INPUT', `${where}: expected a graphology graph or a ScoringContext, got ${describeValue(value)}`, [
    { path: ['input'], message: `expected a graphology graph or a ScoringContext, got ${describeValue(value)}` },
  ]);
}

/**
 * @internal A value as a message shows it: strings quoted, numbers as JavaScript prints them, so a
 * weight of `Infinity` or `NaN` reads as such (`JSON.stringify` would print `null`).
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'undefined' || typeof value === 'symbol') return String(value);
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
