/**
 * Loading the graph a command works on, with its optional metadata sidecar (`karate.csv` →
 * `karate.json`: `directed`, `nodes`, `labels`; read by the library's loaders, so code and command
 * line agree). Edge tables (CSV, TSV, Parquet) take the columnar path (`loadContext`: no graphology
 * graph, tens of bytes per edge): every command scores them through the same views. NDJSON records
 * and graphology JSON are graphs and take `loadGraph`. `path` says which was taken.
 */
import type Graph from 'graphology';
import { type ColumnarGraph, type RunOptions, type ViewOptions } from '../index.js';
import type { DataFlags } from './data-flags.js';
import type { CliIO } from './command.js';
import { createProgress, type Progress, type ProgressMode } from './progress.js';
import { formatOf, loadContext, loadGraph, loadInfo, MAX_SIDECAR_NODES, siblingMeta } from '../node.js';

export { MAX_SIDECAR_NODES, siblingMeta };

/** How to load: the file, the direction flags and the sidecar choice. */
export interface InputOptions {
  /** From `--directed` (true) / `--undirected` (false); undefined = the file's or sidecar's own. */
  directed?: boolean;
  /** An explicit sidecar path, `false` to ignore sidecars, undefined to look for the sibling .json. */
  meta?: string | false;
  /** The view flags (relations, window, decay, as-of, unweighted). */
  view?: ViewOptions;
  /** The command needs a graphology graph (reports, exports): edge tables then take loadGraph too. */
  needsGraph?: boolean;
  /** `--columns`, `--posts`, `--accounts`. */
  data?: DataFlags;
  /** The load's progress and abort. */
  run?: RunOptions;
}

/** A loaded graph with what the commands print around it. */
export interface LoadedInput {
  /** The graph: a graphology graph, or the edge columns of the columnar path (both have `order` and `size`). */
  graph: Graph | ColumnarGraph;
  /** `'columns'` (no graphology graph was built) or `'graphology'`. */
  path: 'columns' | 'graphology';
  /** Node id → label, from the sidecar. */
  labels: ReadonlyMap<string, string> | null;
  /** The view every scorer gets: the view flags, plus `--directed`/`--undirected` for non-CSV input. */
  view: ViewOptions | undefined;
  /** The sidecar used, if any. */
  metaPath: string | null;
  /** Whether scorers read the graph as directed. */
  directed: boolean;
  /** How the direction was chosen, for people. */
  direction: string;
  /** Notes for stderr (e.g. an auto-detected sidecar that was ignored). */
  notes: string[];
}

/** Loads `file` for a command. Throws InfluenceScoreError (exit 1) on unreadable or invalid input. */
export async function loadInput(file: string, options: InputOptions = {}): Promise<LoadedInput> {
  const format = formatOf(file);
  const edgeTable = format === 'csv' || format === 'tsv' || format === 'parquet';
  const { columns: renames, posts, accounts } = options.data ?? {};
  const csv = { ...(options.directed === undefined ? {} : { directed: options.directed }), ...(renames ? { columns: renames } : {}) };
  const columns = edgeTable && !options.needsGraph;
  const load = { csv, meta: options.meta, ...(posts ? { posts } : {}), ...(accounts ? { accounts } : {}) };
  const graph = columns ? (await loadContext(file, load, options.run)).source : await loadGraph(file, load, options.run);
  const info = loadInfo(graph)!;
  // Edge tables take the direction when loaded; records and graphology JSON carry their own, so the flag becomes a view.
  const direction = !edgeTable && options.directed !== undefined ? { directed: options.directed } : undefined;
  const view = direction || options.view ? { ...options.view, ...direction } : undefined;
  return {
    graph: graph as Graph | ColumnarGraph,
    path: info.path,
    labels: info.labels,
    view,
    metaPath: info.metaPath,
    directed: view?.directed ?? info.directed,
    direction: direction ? `${direction.directed ? 'directed' : 'undirected'} (as the --${direction.directed ? '' : 'un'}directed flag says)` : info.direction.reason,
    notes: [...info.notes, ...(renames && !edgeTable ? [`--columns renames the columns of an edge table (CSV, TSV, Parquet); ${file} is not one, so it was not used`] : [])],
  };
}

/**
 * {@link loadInput} with progress on stderr (`loading <file>`, in bytes); the command then names its
 * scoring phases on the returned sink and calls `done()` before writing its output.
 */
export async function loadWithProgress(io: CliIO, file: string, options: Omit<InputOptions, 'run'>, mode: ProgressMode): Promise<{ input: LoadedInput; progress: Progress }> {
  const progress = createProgress(io, `loading ${file}`, mode);
  try {
    return { input: await loadInput(file, { ...options, run: progress.run }), progress };
  } catch (error) {
    progress.done();
    throw error;
  }
}

/** The graphology graph of an input loaded with `needsGraph: true`. */
export function graphOf(input: LoadedInput): Graph {
  if (input.path !== 'graphology') throw new Error('internal: the command loaded columns but needs a graphology graph (pass needsGraph)');
  return input.graph as Graph;
}
