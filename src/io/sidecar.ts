/**
 * The metadata sidecar of an edge table, and the direction rule every loader shares. A sidecar is a
 * JSON file next to a CSV/TSV/Parquet edge list (`karate.csv` → `karate.json`) that may declare
 * `directed`, the node count `nodes` (nodes "0".."n-1", so isolated ones are kept) and `labels`
 * (array by node id, or object id → label). `loadGraph`, `loadContext` and the CLI read it alike, so
 * one file ranks the same in code and on the command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/**
 * The most nodes a sidecar may declare. Each declared node is created up front (about 0.3 kB in a
 * graphology graph), so a typo such as `1e12` must fail at once instead of exhausting memory.
 */
export const MAX_SIDECAR_NODES = 10_000_000;

const metaSchema = z.looseObject({
  directed: z.boolean().optional(),
  nodes: z
    .number({ error: 'must be a number of nodes' })
    .int({ error: 'must be an integer' })
    .nonnegative({ error: 'must be ≥ 0' })
    .max(MAX_SIDECAR_NODES, { error: (issue) => `${Number(issue.input).toLocaleString('en-US')} nodes is more than the ${MAX_SIDECAR_NODES.toLocaleString('en-US')} a sidecar may declare` })
    .optional(),
  labels: z.union([z.array(z.string()), z.record(z.string(), z.string())]).optional(),
});

/** The fields of a sidecar the library reads. */
export type Sidecar = z.output<typeof metaSchema>;

/** How the direction of a loaded graph was chosen. */
export type DirectionSource = 'option' | 'sidecar' | 'format' | 'default';

/** The direction a loader chose, and why. */
export interface Direction {
  readonly directed: boolean;
  readonly by: DirectionSource;
  /** One line for people, e.g. `directed (the default for an edge list without a sidecar; pass directed: false …)`. */
  readonly reason: string;
}

/**
 * `data/karate.csv.gz` → `data/karate.json`.
 *
 * @example
 * ```ts
 * siblingMeta('data/karate.csv.gz'); // 'data/karate.json'
 * ```
 */
export function siblingMeta(file: string): string {
  checkArguments('siblingMeta', [file], [['file', argument.string]]);
  return file.replace(/\.gz$/i, '').replace(/\.(csv|tsv|parquet)$/i, '') + '.json';
}

/** @internal Reads and validates a sidecar; `INVALID_INPUT` naming the file and field otherwise. */
export function readSidecar(path: string): Sidecar {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot read metadata ${path}`, [{ path: [path], message: (error as Error).message }]);
  }
  const parsed = metaSchema.safeParse(data);
  if (!parsed.success) {
    throw new InfluenceScoreError(
      'INVALID_INPUT',
      `Invalid metadata ${path}`,
      parsed.error.issues.map((i) => ({ path: i.path.map(String), field: i.path.length ? String(i.path[0]) : undefined, message: i.message })),
    );
  }
  return parsed.data;
}

/** A sidecar found (or not) for an input, and notes for people. */
export interface SidecarLookup {
  readonly meta: Sidecar | null;
  readonly metaPath: string | null;
  readonly notes: string[];
}

/**
 * @internal The sidecar of `file`: `meta` names one explicitly, `false` ignores sidecars, undefined
 * looks for the sibling `.json` of an edge table (a sibling that is not a sidecar is noted and skipped).
 */
export function findSidecar(file: string | null, meta: string | false | undefined, isEdgeTable: boolean): SidecarLookup {
  if (meta) return { meta: readSidecar(meta), metaPath: meta, notes: [] };
  if (meta === false || file === null || !isEdgeTable) return { meta: null, metaPath: null, notes: [] };
  const sibling = siblingMeta(file);
  if (sibling === file || !existsSync(sibling)) return { meta: null, metaPath: null, notes: [] };
  try {
    return { meta: readSidecar(sibling), metaPath: sibling, notes: [] };
  } catch (error) {
    return { meta: null, metaPath: null, notes: [`ignoring ${sibling} (not a metadata file: ${(error as Error).message.split('\n')[0]}); pass meta: false (--no-meta) to silence`] };
  }
}

/**
 * @internal The direction rule of edge tables: an explicit option wins, then the sidecar's
 * `directed`, then the default (directed: `source → target` means source pays attention to target).
 */
export function chooseDirection(option: boolean | undefined, lookup: SidecarLookup): Direction {
  if (option !== undefined) return { directed: option, by: 'option', reason: `${option ? 'directed' : 'undirected'} (as the directed option says)` };
  if (lookup.meta?.directed !== undefined) {
    const directed = lookup.meta.directed;
    return { directed, by: 'sidecar', reason: `${directed ? 'directed' : 'undirected'} (as ${lookup.metaPath} says)` };
  }
  return {
    directed: true,
    by: 'default',
    reason: 'directed (the default for an edge list with no sidecar saying otherwise; pass directed: false / --undirected, or add {"directed": false} in a sidecar)',
  };
}

/** @internal The node ids a sidecar's `nodes` count declares ("0".."n-1"), refusing counts past `maxNodes`. */
export function sidecarNodes(lookup: SidecarLookup, maxNodes: number): string[] | undefined {
  const n = lookup.meta?.nodes;
  if (n === undefined) return undefined;
  if (n > maxNodes) {
    throw new InfluenceScoreError('TOO_LARGE', `${lookup.metaPath} declares ${n} nodes, more than the limit of ${maxNodes}`, [
      { path: [lookup.metaPath ?? 'meta', 'nodes'], field: 'nodes', message: 'fix the node count in the sidecar, or raise limits.maxNodes' },
    ]);
  }
  return Array.from({ length: n }, (_, i) => String(i));
}

/** @internal The sidecar's labels as a Map from node id. */
export function sidecarLabels(lookup: SidecarLookup): Map<string, string> | null {
  const labels = lookup.meta?.labels;
  if (!labels) return null;
  return Array.isArray(labels) ? new Map(labels.map((l, i) => [String(i), l])) : new Map(Object.entries(labels));
}
