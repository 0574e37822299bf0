/**
 * What one load may hold, and the checks that stop it with a typed `TOO_LARGE` error before V8 runs
 * out of memory and aborts the process (which no catch can handle).
 */
import { getHeapStatistics } from 'node:v8';
import { InfluenceScoreError } from '../core/errors.js';
import { DEFAULT_MAX_LINE_BYTES } from '../graph/edge-list/csv-scan.js';
import type { ReadLimits } from '../graph/edge-list/edge-list.js';

/**
 * Limits of `loadGraph` and `loadContext`. Past one, the load stops with `TOO_LARGE`, naming the
 * limit and what to do.
 */
export interface LoadLimits extends ReadLimits {
  /** Most bytes read after decompression (a gzip bomb stops here). @defaultValue 17,179,869,184 (16 GiB) */
  maxBytes?: number;
  /**
   * Most memory in use while loading: the JS heap plus array buffers (the typed-array columns live
   * outside the JS heap, so a heap-only check would let them grow until the machine swaps). Checked
   * every 65,536 rows. @defaultValue 85% of the heap limit (`--max-old-space-size`)
   */
  maxHeapBytes?: number;
}

/** Default decompressed-byte cap: 16 GiB. */
export const DEFAULT_MAX_BYTES = 2 ** 34;

/** @internal Limits with defaults resolved. */
export interface ResolvedLimits {
  readonly maxEdges: number;
  readonly maxNodes: number;
  readonly maxLineBytes: number;
  readonly maxBytes: number;
  readonly maxHeapBytes: number;
}

/** @internal Fills in the defaults. */
export function resolveLimits(limits: LoadLimits | undefined): ResolvedLimits {
  return {
    maxEdges: limits?.maxEdges ?? 0x7fffffff,
    maxNodes: limits?.maxNodes ?? 16_777_216,
    maxLineBytes: limits?.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    maxBytes: limits?.maxBytes ?? DEFAULT_MAX_BYTES,
    maxHeapBytes: limits?.maxHeapBytes ?? Math.floor(getHeapStatistics().heap_size_limit * 0.85),
  };
}

const MB = 1024 * 1024;

/** @internal What to do when a graphology load runs out of room. */
export const GRAPH_HINT =
  'a graphology graph costs hundreds of bytes per edge: load the file with loadContext (influence-score/node; columns, tens of bytes per edge), or give Node more heap: node --max-old-space-size=16384 (MB)';

/** @internal What to do when a columnar load runs out of room. */
export const COLUMNS_HINT = 'give Node more heap (node --max-old-space-size=16384, in MB), or split the input';

/** @internal Memory a load holds: the JS heap in use plus array buffers (typed-array columns, byte chunks). */
export function memoryInUse(): number {
  return getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;
}

/** @internal A memory check for the readers: throws `TOO_LARGE` once heap + array buffers pass the limit. */
export function heapCheck(limits: ResolvedLimits, hint: string, unit = 'rows'): (rows: number) => void {
  return (rows) => {
    const used = memoryInUse();
    if (used > limits.maxHeapBytes) {
      throw new InfluenceScoreError('TOO_LARGE', `Out of memory for this process: ${Math.round(used / MB)} MB of JS heap and array buffers in use after ${rows.toLocaleString('en-US')} ${unit}, past the limit of ${Math.round(limits.maxHeapBytes / MB)} MB (limits.maxHeapBytes)`, [
        { path: [], message: hint },
      ]);
    }
  };
}

/**
 * @internal Runs `load`, turning an allocation failure (a typed array or string past what the
 * process can hold: a RangeError, which V8 throws before it would abort) into `TOO_LARGE`.
 */
export async function guardAllocation<T>(load: () => Promise<T>, hint: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof RangeError && /allocation|Invalid (typed )?array length|Array buffer|string longer|Invalid string length|maximum size/i.test(error.message)) {
      throw new InfluenceScoreError('TOO_LARGE', `The input does not fit in this process: ${error.message}`, [{ path: [], message: hint }]);
    }
    throw error;
  }
}
