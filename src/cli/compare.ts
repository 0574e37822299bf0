/**
 * `influence-score compare <file>`: simulate spreading to get each node's spreading power, then rank
 * scorers by how well they predict it (Kendall tau, top-k overlap, seed-set spread, Kitsak's ε).
 */
import { epidemicThreshold, evaluate, getScoringContext, InfluenceScoreError, type Leaderboard } from '../index.js';
import { type CliIO, type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, UsageError } from './command.js';
import { csvField } from './format.js';
import { loadInput } from './input.js';
import { describeModel, MODEL_HELP, MODEL_OPTIONS, MODEL_RENAMES, modelFrom } from './model-flags.js';
import { integerOption, numberOption } from './numbers.js';
import { createProgress } from './progress.js';
import { PARAM_HELP, PARAM_OPTIONS, scorersFromFlags } from './scorer-flags.js';
import { SCORERS } from './scorers.js';
import { namedWarnings, reportWarnings } from './warnings.js';
import { warning } from '../core/warnings.js';

const OPTIONS = {
  ...MODEL_OPTIONS,
  truth: { type: 'string', short: 't' },
  scorers: { type: 'string', short: 's' },
  ...PARAM_OPTIONS,
  runs: { type: 'string', short: 'r' },
  sample: { type: 'string' },
  k: { type: 'string', short: 'k' },
  'spread-runs': { type: 'string' },
  seed: { type: 'string' },
  ...FILE_COMMAND_OPTIONS,
} as const;

const BETA_FACTOR = 1.5;

function help(): string {
  return `Usage: influence-score compare <file> --scorers a,b,c [options]

Simulates spreading from every node (or a sample) to measure its spreading power, then ranks the
scorers by how well they predict it: Kendall tau and Spearman rho against it, overlap of top-k sets,
the simulated spread of each scorer's top-k as a seed set, and Kitsak's imprecision ε(1%, 5%, 10%).

Options:
  -s, --scorers <a,b,c>       scorers to compare (known: ${[...SCORERS.keys()].join(', ')})
${PARAM_HELP}
                              key=value goes to every scorer, scorer.key=value to one (pagerank.alpha=0.9)
  -t, --truth <ic|lt|sir|si>  ground-truth model (default sir); its parameters:
${MODEL_HELP}
                              SIR without --beta uses ${BETA_FACTOR} × <k>/<k²> (near the epidemic threshold)
  -r, --runs <R>              simulations per node (default 100)
      --sample <N>            measure N random nodes instead of all
  -k <K>                      top-k size (default 10)
      --spread-runs <R>       simulations per top-k seed set (default 1000)
      --seed <S>              PRNG seed (default 42)
  -f, --format <fmt>          table (default), csv or json
      --directed | --undirected, --meta <file.json> | --no-meta   as for rank
      --relations, --since, --until, --as-of, --half-life, --unweighted   as for rank
  -h, --help                  show this help

A progress bar goes to stderr when it is a terminal. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score compare data/karate.csv --scorers degree,pagerank --truth sir --beta 0.1 --runs 1000 --seed 1
`;
}

const fixed = (x: number, d = 3): string => (Number.isNaN(x) ? 'NaN' : x.toFixed(d));
/** CSV cells: every digit of the double (`String` round-trips), NaN spelled out. */
const full = (x: number): string => String(x);

function render(board: Leaderboard, format: string, info: Record<string, unknown>): string {
  if (format === 'json') {
    return `${JSON.stringify({ ...info, k: board.k, rows: board.rows, truthSeedSet: board.truthSeedSet }, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2)}\n`;
  }
  const fractions = board.rows[0]?.imprecision.map((e) => e.fraction) ?? [];
  const header = ['scorer', 'kendall_tau', 'spearman_rho', `top${board.k}_overlap`, `top${board.k}_jaccard`, `top${board.k}_spread`, 'spread_se', ...fractions.map((f) => `eps_${+(f * 100).toFixed(2)}pct`)];
  const cells = board.rows.map((r) => [
    r.name,
    fixed(r.kendallTau),
    fixed(r.spearmanRho),
    String(r.topK.intersection),
    fixed(r.topK.jaccard),
    fixed(r.seedSet.mean, 2),
    fixed(r.seedSet.stdError, 2),
    ...r.imprecision.map((e) => fixed(e.epsilon)),
  ]);
  if (format === 'csv') {
    // Data rows only, every digit: the truth's own top-k spread is in the JSON output and on stderr.
    const data = board.rows.map((r) => [r.name, full(r.kendallTau), full(r.spearmanRho), String(r.topK.intersection), full(r.topK.jaccard), full(r.seedSet.mean), full(r.seedSet.stdError), ...r.imprecision.map((e) => full(e.epsilon))]);
    return `${[header, ...data].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
  }
  const truthRow = ['(truth top-k)', '', '', '', '', fixed(board.truthSeedSet.mean, 2), fixed(board.truthSeedSet.stdError, 2), ...fractions.map(() => '')];
  const all = [header, ...cells, truthRow];
  const widths = header.map((_, j) => Math.max(...all.map((row) => row[j].length)));
  const line = (row: string[]): string => row.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ').trimEnd();
  return `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), line(truthRow)].join('\n')}\n`;
}

/** The `compare` command. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'rank scorers against simulated spreading power (Kendall tau, top-k, seed spread, ε)',
  help,
  async run(args: string[], io: CliIO) {
    const opened = openFileCommand('compare', args, OPTIONS, help, io, MODEL_RENAMES);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view: viewFlags } = opened;
    const names = (values.scorers ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) throw new UsageError(`--scorers is required (known: ${[...SCORERS.keys()].join(', ')})`);
    const runs = integerOption('runs', values.runs) ?? 100;
    const sample = integerOption('sample', values.sample);
    const k = integerOption('k', values.k) ?? 10;
    const spreadRuns = integerOption('spread-runs', values['spread-runs']) ?? 1000;
    const seed = numberOption('seed', values.seed) ?? 42;
    // Names, parameters and model flags are checked before the (possibly large) file is read.
    scorersFromFlags(names, values.param, viewFlags);
    const truthType = values.truth ?? 'sir';
    modelFrom('truth', truthType, values, () => 0.5); // the real default beta needs the graph (below)

    const input = await loadInput(file, { directed, meta, view: viewFlags });
    const view = input.view;
    const scorers = scorersFromFlags(names, values.param, view);
    const ctx = getScoringContext(input.graph, view);
    if (ctx.edges.length === 0) {
      throw new InfluenceScoreError('INVALID_INPUT', `compare needs edges: ${ctx.warnings.length > 0 ? ctx.warnings.map((w) => w.message).join('; ') : `${file} has no edges`}. Without an edge every node spreads to itself alone, so there is no spreading power to rank by`, [
        { path: [file], message: `0 edges in the view (${input.graph.size} in the file)` },
      ]);
    }
    if (k > ctx.n) throw new UsageError(`-k ${k} exceeds the ${ctx.n} nodes of ${file}`);
    if (sample !== undefined && sample > ctx.n) throw new UsageError(`--sample ${sample} exceeds the ${ctx.n} nodes of ${file}`);
    let betaNote: string | null = null;
    const model = modelFrom('truth', truthType, values, () => {
      const { threshold, meanDegree, meanSquareDegree } = epidemicThreshold(input.graph, { view });
      const beta = Math.min(1, BETA_FACTOR * threshold);
      betaNote = `beta = ${BETA_FACTOR} × <k>/<k²> = ${BETA_FACTOR} × ${meanDegree.toFixed(3)}/${meanSquareDegree.toFixed(3)} = ${beta.toPrecision(4)}`;
      return beta;
    });
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    if (betaNote) io.stderr(`note: ${betaNote}\n`);
    // Scored here, so their own warnings (non-convergence, filled values) can be reported by name.
    const vectors = new Map([...scorers].map(([name, scorer]) => [name, scorer.score(ctx)]));
    const progress = createProgress(io, `spreading power and ${names.length} scorer(s) on ${file}`);
    let board: Leaderboard;
    try {
      board = evaluate(
        input.graph,
        Object.fromEntries(vectors),
        {
          truth: { model, runs, seed, ...(sample !== undefined ? { sample } : {}) },
          k,
          spread: { runs: spreadRuns, seed },
          ...(view ? { view } : {}),
        },
        progress.run,
      );
    } finally {
      progress.done();
    }
    const warnings = [...board.truth.meta.warnings, ...namedWarnings(vectors, ctx.warnings)];
    if (board.rows.some((r) => Number.isNaN(r.kendallTau))) {
      const spread = board.truth.values;
      const constant = spread.every((v) => v === spread[0]);
      warnings.push(warning('UNDEFINED_STATISTIC', constant
          ? `every node has the same spreading power (${spread[0]}), so Kendall tau and Spearman rho are undefined (NaN); try a larger --beta or --ic-p`
          : 'some scorers give every node the same score, so their Kendall tau and Spearman rho are undefined (NaN)',));
    }
    reportWarnings(io, warnings);
    io.stderr(
      `compare on ${file}: ${input.graph.order} nodes, ${input.graph.size} edges; truth ${describeModel(board.spreadModel)}, ${runs} runs × ${board.truth.keys.length} nodes, seed ${seed}; ${(board.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    const info = {
      input: { file, path: input.path, nodes: input.graph.order, edges: input.graph.size, directed: input.directed, view: view ?? null },
      truth: { model: board.spreadModel, runs, nodes: board.truth.keys.length, seed },
      scorers: Object.fromEntries([...scorers].map(([name, s]) => [name, { id: s.id, params: s.params }])),
      spreadRuns,
      warnings,
    };
    io.stdout(render(board, format, info));
    return EXIT.ok;
  },
};
