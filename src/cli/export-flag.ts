/**
 * `--export <file>`: the graph with every computed score and part as node attributes, in the format
 * the extension names (.gexf for Gephi, .graphml, .json for graphology), so an analyst sizes and
 * colours nodes by influence in the tools they already use.
 */
import { writeFileSync } from 'node:fs';
import type Graph from 'graphology';
import { InfluenceScoreError, type ScoreVector, type Warning } from '../index.js';
import { withScores, writeGexf, writeGraphml, type XmlWriteOptions } from '../node.js';
import type { CliIO } from './command.js';
import { UsageError } from './usage-error.js';
import { reportWarnings } from './warnings.js';

/** How a writer is called: XML writers replace the characters XML 1.0 forbids and warn. */
type Writer = (graph: Graph, options: XmlWriteOptions) => string;

/** parseArgs configuration of `--export`. */
export const EXPORT_OPTIONS = {
  export: { type: 'string' },
} as const;

/** Help lines for {@link EXPORT_OPTIONS}, aligned with the commands' other options. */
export const EXPORT_HELP = `      --export <file>      also write the graph with every computed score and part as node
                           attributes: .gexf (Gephi), .graphml or .json (graphology)`;

const WRITERS: readonly [string, Writer][] = [
  ['.gexf', writeGexf],
  ['.graphml', writeGraphml],
  ['.json', (graph) => `${JSON.stringify(graph.export())}\n`],
];

/** The writer `--export`'s extension names; a {@link UsageError} for any other (checked before any work). */
export function exportWriter(path: string | undefined): Writer | undefined {
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
export function writeExport(path: string, writer: Writer, graph: Graph, vectors: ReadonlyMap<string, ScoreVector>, io: CliIO): void {
  const scored = withScores(graph, vectors);
  // The CLI writes a file every tool reads: a character XML 1.0 forbids becomes U+FFFD, with a warning.
  const warnings: Warning[] = [];
  writeOutput(path, writer(scored, { invalidCharacters: 'replace', onWarning: (w) => warnings.push(w) }));
  reportWarnings(io, warnings);
  const names = [...vectors].flatMap(([name, v]) => [name, ...Object.keys(v.parts ?? {}).map((p) => `${name}_${p}`)]);
  io.stderr(`wrote ${path}: node attributes ${names.join(', ')}${names.length > vectors.size ? ' (and each part\'s _raw value)' : ''}\n`);
}
