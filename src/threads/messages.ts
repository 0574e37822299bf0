/** The messages between the main thread and a pool's workers. */
import type { ErrorCode, ErrorIssue } from '../core/errors.js';

/** @internal Main thread → worker. */
export type ToWorker =
  | { type: 'job'; id: number; kind: string; data: Record<string, unknown> }
  | { type: 'chunk'; id: number; chunk: number }
  | { type: 'end'; id: number };

/** @internal Worker → main thread. */
export type ToMain =
  | { type: 'result'; id: number; chunk: number; result: unknown }
  | { type: 'error'; id: number; code: ErrorCode; message: string; issues: readonly ErrorIssue[] };
