/**
 * The LoadInfo registry: what each load did (path, format, direction and why, sidecar, counts),
 * kept in a WeakMap beside the graph or columns it produced.
 */
import type { AbstractGraph } from 'graphology-types';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import type { ColumnarGraph } from '../../context/columnar-graph.js';
import type { ScoringContext } from '../../context/context.js';
import { type Direction, sidecarLabels } from '../sidecar.js';
import type { GraphFileFormat } from './format.js';
import type { Prepared } from './options.js';

/** What a load did: which path it took, how it chose the direction, what it read. */
export interface LoadInfo {
  /** `'graphology'` (loadGraph) or `'columns'` (loadContext: no graphology graph). */
  readonly path: 'graphology' | 'columns';
  readonly format: GraphFileFormat;
  /** The file, or "the input stream". */
  readonly source: string;
  readonly directed: boolean;
  /** How the direction was chosen (option, sidecar, the format itself, or the default). */
  readonly direction: Direction;
  readonly metaPath: string | null;
  /** Node id → label, from the sidecar. */
  readonly labels: ReadonlyMap<string, string> | null;
  readonly nodes: number;
  readonly edges: number;
  /** For CSV/TSV: the line from which csv-parse took over from the fast path, or null (fast path throughout). */
  readonly fallbackLine: number | null;
  readonly elapsedMs: number;
  /** Notes for people (e.g. a sibling .json that is not a sidecar). */
  readonly notes: readonly string[];
}

const infos = new WeakMap<object, LoadInfo>();

/**
 * What the load that produced `loaded` (a graph from loadGraph, a context from loadContext) did:
 * the path, the direction and why, the sidecar, the counts.
 *
 * @example
 * ```ts
 * const ctx = await loadContext('follows.csv');
 * loadInfo(ctx)?.direction.reason; // 'directed (as follows.json says)'
 * ```
 */
export function loadInfo(loaded: AbstractGraph | ScoringContext | ColumnarGraph): LoadInfo | undefined {
  checkArguments('loadInfo', [loaded], [['loaded', argument.object]]);
  return infos.get(loaded) ?? ('source' in loaded && loaded.source ? infos.get(loaded.source) : undefined);
}

/** What one load found, besides what `prepare` resolved before reading. */
export type LoadOutcome = Pick<LoadInfo, 'path' | 'direction' | 'nodes' | 'edges' | 'fallbackLine'> & { notes?: readonly string[] };

/** Records the {@link LoadInfo} of `loaded`: the outcome, the prepared settings, the time since `started`. */
/** @internal */
export function register<T extends object>(loaded: T, p: Prepared, outcome: LoadOutcome, started: number): T {
  infos.set(loaded, {
    ...outcome,
    format: p.format,
    source: p.label,
    directed: outcome.direction.directed,
    metaPath: p.lookup.metaPath,
    labels: sidecarLabels(p.lookup),
    elapsedMs: performance.now() - started,
    notes: [...p.lookup.notes, ...(outcome.notes ?? [])],
  });
  return loaded;
}

