/** The messages between the main thread and a pool's workers. */
import type { ErrorCode, ErrorIssue } from '../core/errors.js';

/** @internal Main thread → worker. `cancel[0]` turns 1 when the run is aborted or failed: the worker then stops mid-chunk. */
export type ToWorker =
  | { type: 'job'; id: number; kind: string; data: Record<string, unknown>; cancel: Int32Array }
  | { type: 'chunk'; id: number; chunk: number }
  | { type: 'end'; id: number };

/** @internal Worker → main thread. */
export type ToMain =
  | { type: 'result'; id: number; chunk: number; result: unknown }
  | { type: 'error'; id: number; code: ErrorCode; message: string; issues: readonly ErrorIssue[] };
