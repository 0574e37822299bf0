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

/** What `promise` rejects with, typed as the library's error (callers assert the type and code); fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<InfluenceScoreError> {
  try {
    await promise;
  } catch (error) {
    return error as InfluenceScoreError;
  }
  throw new Error('expected the promise to reject');
}
