import { InfluenceScoreError } from '../../src/index.js';

/** The error `fn` throws, asserting it is an InfluenceScoreError (and that it throws at all). */
export function thrown(fn: () => unknown): InfluenceScoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InfluenceScoreError) return error;
    throw error;
  }
  throw new Error('expected an InfluenceScoreError');
}
