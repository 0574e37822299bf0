/**
 * Option validation: every factory parses its options with a zod schema once, at construction,
 * and turns zod's issues into {@link InfluenceScoreError} issues with the same paths.
 */
import type { z } from 'zod';
import { InfluenceScoreError } from './errors.js';

/** @internal Parses `input` with `schema`, or throws `INVALID_OPTION` naming every bad path. */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, owner: string): z.output<S> {
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
