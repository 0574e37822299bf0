/**
 * Loading the graph a command works on, with its optional metadata sidecar: a JSON file next to a
 * CSV edge list (`karate.csv` → `karate.json`) that may declare `directed`, the node count `nodes`
 * (nodes "0".."n-1", so isolated ones are kept) and `labels` (array by node id, or object id → label).
 */
import { existsSync, readFileSync } from 'node:fs';
import type Graph from 'graphology';
import { z } from 'zod';
import { InfluenceScoreError, type ViewOptions } from '../index.js';
import { formatOf, loadGraph } from '../node.js';

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

/** How to load: the file, the direction flags and the sidecar choice. */
export interface InputOptions {
  /** From `--directed` (true) / `--undirected` (false); undefined = the file's or sidecar's own. */
  directed?: boolean;
  /** An explicit sidecar path, `false` to ignore sidecars, undefined to look for the sibling .json. */
  meta?: string | false;
  /** The view flags (relations, window, decay, as-of, unweighted). */
  view?: ViewOptions;
}

/** A loaded graph with what the commands print around it. */
export interface LoadedInput {
  graph: Graph;
  /** Node id → label, from the sidecar. */
  labels: ReadonlyMap<string, string> | null;
  /** The view every scorer gets: the view flags, plus `--directed`/`--undirected` for non-CSV input. */
  view: ViewOptions | undefined;
  /** The sidecar used, if any. */
  metaPath: string | null;
  /** Whether scorers read the graph as directed. */
  directed: boolean;
  /** Notes for stderr (e.g. an auto-detected sidecar that was ignored). */
  notes: string[];
}

/** `data/karate.csv.gz` → `data/karate.json`. */
export function siblingMeta(file: string): string {
  return file.replace(/\.gz$/i, '').replace(/\.(csv|tsv)$/i, '') + '.json';
}

function readMeta(path: string): z.output<typeof metaSchema> {
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

/** Loads `file` for a command. Throws InfluenceScoreError (exit 1) on unreadable or invalid input. */
export async function loadInput(file: string, options: InputOptions = {}): Promise<LoadedInput> {
  const format = formatOf(file);
  const isCsv = format === 'csv' || format === 'tsv';
  const notes: string[] = [];
  let meta: z.output<typeof metaSchema> | null = null;
  let metaPath: string | null = null;
  if (options.meta) {
    metaPath = options.meta;
    meta = readMeta(metaPath);
  } else if (options.meta === undefined && isCsv && existsSync(siblingMeta(file))) {
    try {
      meta = readMeta(siblingMeta(file));
      metaPath = siblingMeta(file);
    } catch (error) {
      notes.push(`ignoring ${siblingMeta(file)} (not a metadata file: ${(error as Error).message.split('\n')[0]}); pass --no-meta to silence`);
    }
  }
  const directedFlag = options.directed ?? meta?.directed;
  const nodes = isCsv && meta?.nodes !== undefined ? Array.from({ length: meta.nodes }, (_, i) => String(i)) : undefined;
  const graph = await loadGraph(file, { csv: { ...(directedFlag === undefined ? {} : { directed: directedFlag }), ...(nodes ? { nodes } : {}) } });
  let labels: Map<string, string> | null = null;
  if (meta?.labels) {
    labels = Array.isArray(meta.labels) ? new Map(meta.labels.map((l, i) => [String(i), l])) : new Map(Object.entries(meta.labels));
  }
  const direction = !isCsv && options.directed !== undefined ? { directed: options.directed } : undefined;
  const view = direction || options.view ? { ...options.view, ...direction } : undefined;
  const directed = view?.directed ?? graph.type !== 'undirected';
  return { graph, labels, view, metaPath, directed, notes };
}
