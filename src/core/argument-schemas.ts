/**
 * Arguments checked with the same machinery as options: each public function that takes more than
 * an options object names its parameters and a zod schema for each, and {@link checkArguments}
 * turns a mismatch into an {@link InfluenceScoreError} naming the parameter (`INVALID_OPTION` for
 * options, `INVALID_INPUT` for data). Structural schemas for the library's own objects (graph,
 * ScoreVector, Scorer) reuse the checks of `arguments.ts`.
 */
import { z } from 'zod';
import { describeValue, isGraphLike, isScorerLike, isScoreVectorLike } from './arguments.js';
import { InfluenceScoreError } from './errors.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isObjectLike = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isContextLike = (value: unknown): boolean => isPlainObject(value) && typeof value.n === 'number' && Array.isArray(value.keys) && isPlainObject(value.out);
const isColumnarLike = (value: unknown): boolean => isPlainObject(value) && Array.isArray(value.keys) && typeof value.table === 'function';

/** @internal Reusable argument schemas. */
export const argument = {
  /** Any string. */
  string: z.string(),
  /** A finite number. */
  finite: z.number().finite(),
  /** An integer. */
  integer: z.number().int(),
  /** An options object or nothing (its keys are checked by the function's own options schema). */
  options: z.custom<Record<string, unknown> | undefined>((v) => v === undefined || isPlainObject(v), { message: 'expected an options object or nothing' }),
  /** A plain object (a record of data). */
  object: z.custom<Record<string, unknown>>(isPlainObject, { message: 'expected an object' }),
  /** A graphology graph. */
  graph: z.custom<unknown>(isGraphLike, { message: 'expected a graphology graph' }),
  /** A graph, a ColumnarGraph or a ScoringContext: what a scorer scores. */
  scoreInput: z.custom<unknown>((v) => isGraphLike(v) || isContextLike(v) || isColumnarLike(v), { message: 'expected a graphology graph, a ColumnarGraph or a ScoringContext' }),
  /** A ScoreVector. */
  vector: z.custom<unknown>(isScoreVectorLike, { message: 'expected a ScoreVector' }),
  /** A Scorer such as `pagerank()`. */
  scorer: z.custom<unknown>(isScorerLike, { message: 'expected a Scorer such as pagerank()' }),
  /** An array or typed array of numbers. */
  numbers: z.custom<ArrayLike<number>>((v) => (Array.isArray(v) && v.every((x) => typeof x === 'number')) || (ArrayBuffer.isView(v) && !(v instanceof DataView)), {
    message: 'expected an array or typed array of numbers',
  }),
  /** A ScoreVector or an array of numbers (a ranking to compare). */
  ranking: z.custom<unknown>((v) => isScoreVectorLike(v) || (Array.isArray(v) && v.every((x) => typeof x === 'number')) || (ArrayBuffer.isView(v) && !(v instanceof DataView)), {
    message: 'expected a ScoreVector or an array of numbers',
  }),
  /** A ranking, or a list of ids best first. */
  rankingOrIds: z.custom<unknown>(
    (v) => isScoreVectorLike(v) || (Array.isArray(v) && (v.every((x) => typeof x === 'number') || v.every((x) => typeof x === 'string'))) || (ArrayBuffer.isView(v) && !(v instanceof DataView)),
    { message: 'expected a ScoreVector, an array of numbers or a list of ids' },
  ),
  /** A Map (from any realm: checked by its methods, not by `instanceof`). */
  map: z.custom<ReadonlyMap<unknown, unknown>>((v) => v instanceof Map || (isObjectLike(v) && typeof v.get === 'function' && typeof v.forEach === 'function' && typeof v.size === 'number'), {
    message: 'expected a Map',
  }),
  /** Where to read from: a path, a readable stream or an async iterable of chunks. */
  inputSource: z.custom<unknown>((v) => typeof v === 'string' || (typeof v === 'object' && v !== null && (typeof (v as { pipe?: unknown }).pipe === 'function' || Symbol.asyncIterator in v)), {
    message: 'expected a path, a readable stream or an async iterable of chunks',
  }),
  /** A function. */
  fn: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'expected a function' }),
} as const;

/** @internal The inputs of `createScoreVector` (keys, a Float64Array of values, meta). */
export const scoreVectorInit = z.custom<unknown>(
  (v) => isPlainObject(v) && Array.isArray(v.keys) && v.values instanceof Float64Array && isPlainObject(v.meta) && v.keys.length === v.values.length,
  { message: 'expected { keys, values: Float64Array of the same length, meta }' },
);

/** @internal An Explanation as `explain` returns it (node, score, parts). */
export const explanationShape = z
  .object({
    node: z.string(),
    score: z.number(),
    aggregate: z.string(),
    parts: z.array(z.object({ name: z.string(), value: z.number(), share: z.number(), weight: z.number() }).loose()),
  })
  .loose();

/** @internal EdgeScores as the edge scorers return them. */
export const edgeScoresShape = z.custom<unknown>(
  (v) => isPlainObject(v) && Array.isArray(v.keys) && typeof v.length === 'number' && ArrayBuffer.isView(v.source) && ArrayBuffer.isView(v.target) && ArrayBuffer.isView(v.values),
  { message: 'expected EdgeScores (from tieStrength(), edgeBetweenness()…)' },
);

/** One parameter: its name and schema; `optional` parameters may be `undefined`. */
export type ArgumentSpec = readonly [name: string, schema: z.ZodType, optional?: 'optional'];

/**
 * @internal Checks `args` against `specs`, or throws an {@link InfluenceScoreError} naming every bad
 * parameter: `INVALID_OPTION` when only options are bad, `INVALID_INPUT` otherwise.
 *
 * @example
 * ```ts
 * checkArguments('kendallTau', [a, b], [['a', argument.ranking], ['b', argument.ranking]]);
 * ```
 */
export function checkArguments(owner: string, args: ArrayLike<unknown>, specs: readonly ArgumentSpec[]): void {
  const issues: { path: (string | number)[]; field: string; message: string }[] = [];
  specs.forEach(([name, schema, optional], i) => {
    const value = args[i];
    if (value === undefined && optional) return;
    const result = schema.safeParse(value);
    if (result.success) return;
    const first = result.error.issues[0];
    const where = first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
    issues.push({ path: [name, ...first.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], field: name, message: `${first.message}${where}, got ${describeValue(value)}` });
  });
  if (issues.length === 0) return;
  const onlyOptions = issues.every((issue) => issue.field === 'options' || issue.field === 'run');
  throw new InfluenceScoreError(onlyOptions ? 'INVALID_OPTION' : 'INVALID_INPUT', `Invalid arguments for ${owner}`, issues);
}
