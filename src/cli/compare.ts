/**
 * `influence-score compare <file>`: simulate spreading to get each node's spreading power, then rank
 * scorers by how well they predict it (Kendall tau, top-k overlap, seed-set spread, Kitsak's ε).
 */
import { epidemicThreshold, evaluate, InfluenceScoreError, type Leaderboard, type Scorer } from '../index.js';
import { type CliIO, type Command, EXIT, FILE_COMMAND_OPTIONS, fileCommandArgs, parseCommandArgs, UsageError } from './command.js';
import { csvField } from './format.js';
import { loadInput } from './input.js';
import { createProgress } from './progress.js';
import { SCORERS } from './scorers.js';
import { describeModel, MODEL_HELP, MODEL_OPTIONS, modelFrom, numberOption } from './seeds.js';

const { model: _model, ...TRUTH_MODEL_OPTIONS } = MODEL_OPTIONS;
const OPTIONS = {
  ...TRUTH_MODEL_OPTIONS,
  truth: { type: 'string', short: 't' },
  scorers: { type: 'string', short: 's' },
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
  -t, --truth <ic|lt|sir|si>  ground-truth model (default sir); its parameters:
${MODEL_HELP.split('\n').slice(2).join('\n')}
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
  const truthRow = ['(truth top-k)', '', '', '', '', fixed(board.truthSeedSet.mean, 2), fixed(board.truthSeedSet.stdError, 2), ...fractions.map(() => '')];
  if (format === 'csv') return `${[header, ...cells, truthRow].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
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
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help) {
      io.stdout(help());
      return EXIT.ok;
    }
    const { file, directed, format, meta, view: viewFlags } = fileCommandArgs('compare', values, positionals);
    const names = (values.scorers ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) throw new UsageError(`--scorers is required (known: ${[...SCORERS.keys()].join(', ')})`);
    for (const name of names) if (!SCORERS.has(name)) throw new UsageError(`unknown scorer ${JSON.stringify(name)}; known: ${[...SCORERS.keys()].join(', ')}`);
    const runs = numberOption('runs', values.runs, true) ?? 100;
    const sample = numberOption('sample', values.sample, true);
    const k = numberOption('k', values.k, true) ?? 10;
    const spreadRuns = numberOption('spread-runs', values['spread-runs'], true) ?? 1000;
    const seed = numberOption('seed', values.seed) ?? 42;

    const input = await loadInput(file, { directed, meta, view: viewFlags });
    const view = input.view;
    let betaNote: string | null = null;
    const model = modelFrom({ ...values, model: values.truth }, 'sir', () => {
      const { threshold, meanDegree, meanSquareDegree } = epidemicThreshold(input.graph, { view });
      const beta = Math.min(1, BETA_FACTOR * threshold);
      betaNote = `beta = ${BETA_FACTOR} × <k>/<k²> = ${BETA_FACTOR} × ${meanDegree.toFixed(3)}/${meanSquareDegree.toFixed(3)} = ${beta.toPrecision(4)}`;
      return beta;
    });
    const scorers: Record<string, Scorer> = {};
    for (const name of names) {
      try {
        scorers[name] = SCORERS.get(name)!.create({ params: {}, view });
      } catch (error) {
        if (error instanceof InfluenceScoreError && error.code === 'INVALID_OPTION') throw new UsageError(error.message);
        throw error;
      }
    }
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    if (betaNote) io.stderr(`note: ${betaNote}\n`);
    const progress = createProgress(io, `spreading power and ${names.length} scorer(s) on ${file}`);
    let board: Leaderboard;
    try {
      board = evaluate(
        input.graph,
        scorers,
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
    io.stderr(
      `compare on ${file}: ${input.graph.order} nodes, ${input.graph.size} edges; truth ${describeModel(board.spreadModel)}, ${runs} runs × ${board.truth.keys.length} nodes, seed ${seed}; ${(board.elapsedMs / 1000).toFixed(1)} s\n`,
    );
    const info = { input: { file, path: input.path, nodes: input.graph.order, edges: input.graph.size, directed: input.directed }, truth: { model: board.spreadModel, runs, nodes: board.truth.keys.length, seed }, spreadRuns };
    io.stdout(render(board, format, info));
    return EXIT.ok;
  },
};
