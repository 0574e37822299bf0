/**
 * Option validation: every factory parses its options with a zod schema once, at construction,
 * and turns zod's issues into {@link InfluenceScoreError} issues with the same paths.
 */
import type { z } from 'zod';
import { InfluenceScoreError } from './errors.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** @internal `true` when A and B are mutually assignable (for compile-time checks: `true satisfies TypesAgree<A, B>`). */
export type TypesAgree<A, B> = Same<A, B>;
/** Readonly and mutable arrays and tuples count as the same option type (a factory only reads them). */
type Loose<T> = T extends readonly unknown[] ? { -readonly [K in keyof T]: T[K] } : T;

/** Keys whose types differ between an options interface `O` and a schema's input `I` (or that only one has). */
type Disagreeing<O, I> = {
  [K in keyof O | keyof I]-?: K extends keyof O ? (K extends keyof I ? (Same<Loose<NonNullable<O[K]>>, Loose<NonNullable<I[K]>>> extends true ? never : K) : K) : K;
}[keyof O | keyof I];

/**
 * @internal `unknown` when the options interface `O` a factory declares (with its TSDoc and
 * `@defaultValue`s) and the input type of its zod schema `I` have the same keys with the same types;
 * otherwise a type naming the keys that drifted, so the factory's call to {@link parseOptions} fails to
 * compile. Inputs typed `unknown` are not checked.
 */
export type OptionsAgree<O, I> = unknown extends O
  ? unknown
  : [Disagreeing<NonNullable<O>, I>] extends [never]
    ? unknown
    : { 'options interface and zod schema disagree on': Disagreeing<NonNullable<O>, I> };

/**
 * @internal Parses `input` with `schema`, or throws `INVALID_OPTION` naming every bad path. The
 * input's declared type must agree with the schema (see {@link OptionsAgree}): the interface keeps the
 * documentation, the schema the validation and defaults, and the compiler keeps them in step.
 */
export function parseOptions<S extends z.ZodType, O = unknown>(schema: S, input: O & OptionsAgree<O, z.input<S>>, owner: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new InfluenceScoreError(
    'INVALID_OPTION',
    `Invalid options for ${owner}`,
    result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      field: issue.path.length > 0 ? String(issue.path[issue.path.length - 1]) : undefined,
      message: issue.message,
    })),
  );
}
