/**
 * `--export <file>`: the graph with every computed score and part as node attributes, in the format
 * the extension names (.gexf for Gephi, .graphml, .json for graphology), so an analyst sizes and
 * colours nodes by influence in the tools they already use.
 */
import { writeFileSync } from 'node:fs';
import type Graph from 'graphology';
import { InfluenceScoreError, type ScoreVector } from '../index.js';
import { withScores, writeGexf, writeGraphml } from '../node.js';
import type { CliIO } from './command.js';
import { UsageError } from './usage-error.js';

/** parseArgs configuration of `--export`. */
export const EXPORT_OPTIONS = {
  export: { type: 'string' },
} as const;

/** Help lines for {@link EXPORT_OPTIONS}, aligned with the commands' other options. */
export const EXPORT_HELP = `      --export <file>      also write the graph with every computed score and part as node
                           attributes: .gexf (Gephi), .graphml or .json (graphology)`;

const WRITERS: readonly [string, (graph: Graph) => string][] = [
  ['.gexf', writeGexf],
  ['.graphml', writeGraphml],
  ['.json', (graph) => `${JSON.stringify(graph.export())}\n`],
];

/** The writer `--export`'s extension names; a {@link UsageError} for any other (checked before any work). */
export function exportWriter(path: string | undefined): ((graph: Graph) => string) | undefined {
  if (path === undefined) return undefined;
  const writer = WRITERS.find(([ext]) => path.toLowerCase().endsWith(ext));
  if (!writer) throw new UsageError(`--export must end in ${WRITERS.map(([e]) => e).join(', ')}, got ${JSON.stringify(path)}`);
  return writer[1];
}

/** Writes `text` to `path`; an unwritable path is an input error (exit 1) naming the file. */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new InfluenceScoreError('INVALID_INPUT', `Cannot write ${path}: ${(error as Error).message}`, [{ path: [path], message: (error as Error).message }]);
  }
}

/** Writes the export and says on stderr which attributes the nodes carry. */
export function writeExport(path: string, writer: (graph: Graph) => string, graph: Graph, vectors: ReadonlyMap<string, ScoreVector>, io: CliIO): void {
  const scored = withScores(graph, vectors);
  writeOutput(path, writer(scored));
  const names = [...vectors].flatMap(([name, v]) => [name, ...Object.keys(v.parts ?? {}).map((p) => `${name}_${p}`)]);
  io.stderr(`wrote ${path}: node attributes ${names.join(', ')}${names.length > vectors.size ? ' (and each part\'s _raw value)' : ''}\n`);
}
