/**
 * `influence-score seeds <file>`: choose k seeds that maximize spread (IMM, CELF or degree
 * discount) and print them with their simulated spread.
 */
import { getScoringContext, type InfluenceMaximization, maximizeInfluence } from '../index.js';
import { refuseInapplicable } from './applicability.js';
import { type CliIO, type Command, EXIT, FILE_COMMAND_OPTIONS, openFileCommand, UsageError } from './command.js';
import { terminalText } from '../core/output-safety.js';
import { csvField } from './format.js';
import { loadInput } from './input.js';
import { describeModel, MODEL_HELP, MODEL_OPTIONS, MODEL_RENAMES, modelFrom } from './model-flags.js';
import { choiceOption, integerOption, numberOption } from './numbers.js';
import { createProgress } from './progress.js';
import { reportNotes, reportWarnings } from './warnings.js';

const METHODS = ['imm', 'celf', 'degree-discount'] as const;

const OPTIONS = {
  model: { type: 'string', short: 'm' },
  ...MODEL_OPTIONS,
  k: { type: 'string', short: 'k' },
  method: { type: 'string' },
  epsilon: { type: 'string' },
  ell: { type: 'string' },
  'reuse-rr-sets': { type: 'boolean' },
  runs: { type: 'string', short: 'r' },
  'evaluation-runs': { type: 'string' },
  seed: { type: 'string' },
  ...FILE_COMMAND_OPTIONS,
} as const;

function help(): string {
  return `Usage: influence-score seeds <file> -k <K> [options]

Chooses K seed nodes that maximize the expected spread, and prints them with that spread
(a fresh Monte Carlo estimate with its 95% confidence interval).

Options:
  -k <K>                      number of seeds (default 10)
      --method <m>            imm (default; Tang et al. 2015), celf (Leskovec et al. 2007) or
                              degree-discount (Chen et al. 2009)
  -m, --model <ic|lt|sir|si>  diffusion model (default ic); its parameters:
${MODEL_HELP}
      --epsilon <e>           IMM: approximation slack (default 0.1)
      --ell <l>               IMM: failure probability n^-l (default 1)
      --reuse-rr-sets         IMM: select from the sampling phase's RR sets, as published (faster;
                              by default fresh sets, Chen 2018's fix to IMM's proof)
  -r, --runs <R>              CELF: Monte Carlo runs per estimate (default 200)
      --evaluation-runs <R>   runs of the final spread estimate (default 2000)
      --seed <S>              PRNG seed (default 42)
  -f, --format <fmt>          table (default), csv or json
      --directed | --undirected, --meta <file.json> | --no-meta   as for rank
      --relations, --since, --until, --as-of, --half-life, --unweighted   as for rank
  -h, --help                  show this help

A progress bar goes to stderr when it is a terminal. Exit codes: 0 ok, 1 bad input, 2 bad usage.
Example: influence-score seeds data/email-Enron.csv.gz -k 50 --model ic --ic-p 0.01 --method imm
`;
}

function render(result: InfluenceMaximization, labels: ReadonlyMap<string, string> | null, format: string, info: Record<string, unknown>): string {
  const { spread } = result;
  const prefix = result.details.prefixSpreads as number[] | undefined;
  if (format === 'json') return `${JSON.stringify({ ...info, seeds: result.seeds, spread, details: result.details }, null, 2)}\n`;
  if (format === 'csv') {
    // The set's spread is one figure for all k seeds: repeated on every row, so each row stands alone.
    const setSpread = [spread.mean, spread.stdError, spread.ci[0], spread.ci[1], spread.runs].map(String);
    const head = ['rank', 'node', ...(labels ? ['label'] : []), ...(prefix ? ['celf_spread'] : []), 'set_spread', 'set_spread_se', 'set_spread_ci_low', 'set_spread_ci_high', 'set_spread_runs'].join(',');
    const lines = result.seeds.map((s, i) => [String(i + 1), csvField(s), ...(labels ? [csvField(labels.get(s) ?? '')] : []), ...(prefix ? [String(prefix[i])] : []), ...setSpread].join(','));
    return `${[head, ...lines].join('\n')}\n`;
  }
  const shown = result.seeds.map(terminalText);
  const width = Math.max(4, ...shown.map((s) => s.length));
  const header = `rank  ${'node'.padEnd(width)}${labels ? '  label' : ''}`.trimEnd();
  const rows = result.seeds.map((s, i) =>
    `${String(i + 1).padStart(4)}  ${shown[i].padEnd(width)}${labels ? `  ${terminalText(labels.get(s) ?? '')}` : ''}${prefix ? `  (CELF spread after this pick: ${prefix[i].toFixed(2)})` : ''}`.trimEnd(),
  );
  const ci = `${spread.ci[0].toFixed(2)}–${spread.ci[1].toFixed(2)}`;
  return `${header}\n${rows.join('\n')}\n\nspread ${spread.mean.toFixed(2)} ± ${spread.stdError.toFixed(2)} (${Math.round(spread.confidence * 100)}% CI ${ci}, ${spread.runs} runs)\n`;
}

/** The `seeds` command. */
export const seedsCommand: Command = {
  name: 'seeds',
  summary: 'choose k seeds that maximize spread (IMM, CELF, degree discount) and print their spread',
  help,
  async run(args: string[], io: CliIO) {
    const opened = openFileCommand('seeds', args, OPTIONS, help, io, MODEL_RENAMES);
    if (opened === null) return EXIT.ok;
    const { values, file, directed, format, meta, view: viewFlags } = opened;
    const method = choiceOption('method', values.method ?? 'imm', METHODS);
    refuseInapplicable(values, [
      { flags: ['epsilon', 'ell', 'reuse-rr-sets'], applies: method === 'imm', reason: `to --method ${method} (only to imm)` },
      { flags: ['runs'], applies: method === 'celf', reason: `to --method ${method} (only to celf)` },
    ]);
    const k = integerOption('k', values.k) ?? 10;
    const model = modelFrom('model', values.model ?? 'ic', values);
    const input = await loadInput(file, { directed, meta, view: viewFlags });
    const ctx = getScoringContext(input.graph, input.view);
    if (k > ctx.n) throw new UsageError(`-k ${k} exceeds the ${ctx.n} nodes of ${file}: at most ${ctx.n} seeds can be chosen`);
    const progress = createProgress(io, `${method} on ${file}`);
    const num = (name: keyof typeof values, integer = false): Record<string, number> => {
      const v = numberOption(name, values[name] as string | undefined, integer);
      const key = name === 'evaluation-runs' ? 'evaluationRuns' : name;
      return v === undefined ? {} : { [key]: v };
    };
    let result: InfluenceMaximization;
    try {
      result = maximizeInfluence(
        input.graph,
        k,
        {
          model,
          method: method as 'imm',
          ...num('epsilon'),
          ...num('ell'),
          ...(values['reuse-rr-sets'] ? { reuseRrSets: true } : {}),
          ...num('runs', true),
          ...num('evaluation-runs', true),
          ...num('seed'),
          ...(input.view ? { view: input.view } : {}),
        },
        progress.run,
      );
    } finally {
      progress.done();
    }
    reportNotes(io, input.notes);
    reportWarnings(io, ctx.warnings);
    io.stderr(`${method} on ${file}: ${input.graph.order} nodes, ${input.graph.size} edges, ${describeModel(result.model)}, ${(result.elapsedMs / 1000).toFixed(1)} s\n`);
    const info = { input: { file, path: input.path, nodes: input.graph.order, edges: input.graph.size, directed: input.directed, view: input.view ?? null }, method, model: result.model, k, warnings: [...ctx.warnings] };
    io.stdout(render(result, input.labels, format, info));
    return EXIT.ok;
  },
};
