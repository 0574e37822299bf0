/**
 * `influence-score rank <file>`: load a graph, score it with a named scorer, print the top nodes.
 */
import { rank, type RankRow, type Scorer, type ScoreVector } from '../index.js';
import { type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, parseTop } from './command.js';
import { EXPORT_HELP, EXPORT_OPTIONS, exportWriter, writeExport } from './export-flag.js';
import { formatRanked } from './format.js';
import { graphOf, loadInput } from './input.js';
import { reportNotes, reportWarnings } from './warnings.js';
import { VIEW_HELP } from './view-flags.js';
import { BRAND_HELP, BRAND_OPTIONS, brandParams } from './brand-flags.js';
import { PARAM_OPTIONS, parseParams } from './scorer-flags.js';
import { createNamedScorer, DEFAULT_SCORER, resolveScorerName, SCORERS } from './scorers.js';

const OPTIONS = {
  scorer: { type: 'string', short: 's' },
  top: { type: 'string', short: 'n' },
  ...PARAM_OPTIONS,
  ...EXPORT_OPTIONS,
  ...BRAND_OPTIONS,
  ...FILE_COMMAND_OPTIONS,
} as const;

const DEFAULT_TOP = 10;

function help(): string {
  const names = [...SCORERS].map(([name, s]) => `    ${name.padEnd(16)}${s.description}${name === DEFAULT_SCORER ? ' (default)' : ''}`);
  return `Usage: influence-score rank <file> [options]

Ranks the nodes of a graph file by influence and prints the top ones.
<file>: .csv/.tsv edge list with a header (source,target[,weight][,type][,time]),
        .ndjson/.jsonl records, or .json graphology export; any of them may be .gz.

Options:
  -s, --scorer <name>      scorer to rank by (see below; the API spelling, e.g. trustRank, works too)
  -n, --top <k|all>        rows to print (default ${DEFAULT_TOP})
  -f, --format <fmt>       table (default), csv or json
      --directed           read edges as directed (source pays attention to target)
      --undirected         read edges as undirected
  -p, --param <key=value>  scorer option, repeatable; values are JSON when they parse (alpha=0.9)
      --meta <file.json>   metadata sidecar: {"directed", "nodes", "labels"}; by default a CSV's
                           sibling .json (karate.csv → karate.json) is used when present
      --no-meta            ignore the sibling .json
${EXPORT_HELP} (every node, not only the top)
${BRAND_HELP}
${VIEW_HELP}
  -h, --help               show this help

Scorers:
${names.join('\n')}

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score rank data/polblogs.csv.gz --directed --scorer pagerank --top 10
`;
}

/** Wraps a scorer to keep the vector `rank` computes, for its warnings and convergence. */
function capturing(scorer: Scorer): { scorer: Scorer; vector: () => ScoreVector | undefined } {
  let last: ScoreVector | undefined;
  return {
    scorer: { ...scorer, score: (input, run) => (last = scorer.score(input, run)) },
    vector: () => last,
  };
}

/** The `rank` command. */
export const rankCommand: Command = {
  name: 'rank',
  summary: 'rank the nodes of a graph file by a scorer and print the top ones',
  help,
  async run(args, io) {
    const opened = openFileCommand('rank', args, OPTIONS, help, io);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view: viewFlags } = opened;
    const name = resolveScorerName(values.scorer ?? DEFAULT_SCORER);
    const top = parseTop(values.top, DEFAULT_TOP);
    const params = { ...parseParams(values.param), ...brandParams(name, values) };
    const exporter = exportWriter(values.export);

    const input = await loadInput(file, { directed, meta, view: viewFlags, needsGraph: values.export !== undefined });
    const scorer = createNamedScorer(name, params, input.view);
    const captured = capturing(scorer);
    const rows: RankRow[] = rank(input.graph, captured.scorer, Number.isFinite(top) ? { top } : {});
    const vector = captured.vector();

    reportNotes(io, input.notes);
    const { order, size } = input.graph;
    io.stderr(`${scorer.label} on ${file}: ${order} nodes, ${size} edges, ${input.directed ? 'directed' : 'undirected'}${input.metaPath ? ` (metadata: ${input.metaPath})` : ''}\n`);
    reportWarnings(io, vector?.meta.warnings ?? []);
    const info = {
      scorer: { id: scorer.id, label: scorer.label, params: scorer.params },
      meta: { converged: vector?.meta.converged ?? null, iterations: vector?.meta.iterations ?? null, warnings: vector?.meta.warnings ?? [] },
      input: { file, path: input.path, nodes: order, edges: size, directed: input.directed, metadata: input.metaPath, view: input.view ?? null },
    };
    io.stdout(formatRanked({ rows, labels: input.labels, info }, format));
    if (exporter && vector) writeExport(values.export!, exporter, graphOf(input), new Map([[scorer.id.replaceAll('-', '_'), vector]]), io);
    return EXIT.ok;
  },
};
