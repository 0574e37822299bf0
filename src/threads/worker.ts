/**
 * The worker thread of {@link createThreadPool}: receives a job (a chunk kind and its shared data)
 * once, then chunk indices one at a time, and answers each with the chunk's result.
 */
import { parentPort } from 'node:worker_threads';
import { InfluenceScoreError } from '../core/errors.js';
import { finishSync, runControl } from '../core/run.js';
import { CHUNK_KINDS } from './kinds.js';
import type { ToMain, ToWorker } from './messages.js';

const jobs = new Map<number, { kind: string; state: unknown; signal: AbortSignal }>();

/** An AbortSignal-like view of the job's shared cancel flag, so the chunk's checkpoints stop it (ABORTED) once the main thread gives up. */
function cancelSignal(cancel: Int32Array): AbortSignal {
  return {
    get aborted() {
      return Atomics.load(cancel, 0) === 1;
    },
    reason: 'the run was aborted or failed on the main thread',
  } as AbortSignal;
}

function buffersOf(value: unknown, into: ArrayBuffer[]): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !into.includes(value.buffer)) into.push(value.buffer);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) buffersOf(v, into);
  }
  return into;
}

function reply(message: ToMain, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'job') {
    jobs.set(message.id, { kind: message.kind, state: undefined, signal: cancelSignal(message.cancel) });
    const kind = CHUNK_KINDS.get(message.kind);
    try {
      if (!kind) throw new InfluenceScoreError('INTERNAL', `unknown chunk kind ${message.kind}`, [{ path: [], message: message.kind }]);
      jobs.get(message.id)!.state = kind.setup(message.data as never);
    } catch (error) {
      jobs.delete(message.id);
      failed(message.id, error);
    }
    return;
  }
  if (message.type === 'end') {
    jobs.delete(message.id);
    return;
  }
  const job = jobs.get(message.id);
  if (!job) return; // the job failed in setup or was cancelled
  try {
    const kind = CHUNK_KINDS.get(job.kind)!;
    const result = finishSync(kind.run(job.state, message.chunk, runControl({ signal: job.signal }, job.kind)));
    reply({ type: 'result', id: message.id, chunk: message.chunk, result }, buffersOf(result, []));
  } catch (error) {
    failed(message.id, error);
  }
});

function failed(id: number, error: unknown): void {
  const e = error as InfluenceScoreError;
  reply({ type: 'error', id, code: e?.code ?? 'INTERNAL', message: String(e?.message ?? error), issues: e?.issues ?? [] });
}
