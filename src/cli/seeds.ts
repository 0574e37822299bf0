/**
 * `influence-score seeds <file>`: choose k seeds that maximize spread (IMM, CELF or degree
 * discount) and print them with their simulated spread.
 */
import { type DiffusionModel, type InfluenceMaximization, maximizeInfluence } from '../index.js';
import { type CliIO, type Command, EXIT, FILE_COMMAND_OPTIONS, fileCommandArgs, parseCommandArgs, UsageError } from './command.js';
import { csvField } from './format.js';
import { loadInput } from './input.js';
import { createProgress } from './progress.js';

/** Options describing a diffusion model, shared with `compare`. */
export const MODEL_OPTIONS = {
  model: { type: 'string', short: 'm' },
  p: { type: 'string' },
  probability: { type: 'string' },
  attribute: { type: 'string' },
  weights: { type: 'string' },
  beta: { type: 'string' },
  gamma: { type: 'string' },
  steps: { type: 'string' },
} as const;

/** Help lines for {@link MODEL_OPTIONS}. */
export const MODEL_HELP = `  -m, --model <ic|lt|sir|si>  diffusion model (default ic). Influence flows against attention:
                              if u follows v (edge u → v), v can activate u
      --p <prob>              IC: uniform activation probability (default 0.1)
      --probability <kind>    IC: uniform (default), weighted-cascade (1 / in-degree) or attribute
      --attribute <name>      IC: edge attribute holding the probability (default probability)
      --weights <kind>        LT: uniform (default) or weighted
      --beta <prob>           SIR/SI: infection probability per step
      --gamma <prob>          SIR: recovery probability per step (default 1, Kitsak's setting)
      --steps <n>             SI: steps simulated; SIR: optional step limit`;

/** Parses a number option; `undefined` when absent. */
export function numberOption(name: string, raw: string | undefined, integer = false): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

type ModelValues = { [K in keyof typeof MODEL_OPTIONS]?: string };

/** Builds the model from {@link MODEL_OPTIONS}; the library's schema validates the values. */
export function modelFrom(values: ModelValues, fallback: 'ic' | 'sir' = 'ic', defaultBeta?: () => number): DiffusionModel {
  const type = values.model ?? fallback;
  const num = (name: keyof ModelValues, integer = false): number | undefined => numberOption(name, values[name], integer);
  switch (type) {
    case 'ic':
      return {
        type: 'ic',
        ...(values.p !== undefined ? { p: num('p') } : {}),
        ...(values.probability !== undefined ? { probability: values.probability as 'uniform' } : {}),
        ...(values.attribute !== undefined ? { attribute: values.attribute } : {}),
      };
    case 'lt':
      return { type: 'lt', ...(values.weights !== undefined ? { weights: values.weights as 'uniform' } : {}) };
    case 'sir': {
      const beta = num('beta') ?? defaultBeta?.();
      if (beta === undefined) throw new UsageError('--model sir needs --beta');
      return { type: 'sir', beta, ...(values.gamma !== undefined ? { gamma: num('gamma') } : {}), ...(values.steps !== undefined ? { maxSteps: num('steps', true) } : {}) };
    }
    case 'si': {
      const beta = num('beta');
      const steps = num('steps', true);
      if (beta === undefined || steps === undefined) throw new UsageError('--model si needs --beta and --steps');
      return { type: 'si', beta, steps };
    }
    default:
      throw new UsageError(`--model must be ic, lt, sir or si, got ${JSON.stringify(type)}`);
  }
}

/** Human summary of a model, e.g. `IC p=0.01` or `SIR beta=0.02 gamma=1`. */
export function describeModel(model: DiffusionModel): string {
  if (typeof model === 'string') return model.toUpperCase();
  const m = model;
  switch (m.type) {
    case 'ic':
      if (m.probability === 'weighted-cascade') return 'IC weighted cascade (p = 1/in-degree)';
      if (m.probability === 'attribute') return `IC p from edge attribute "${m.attribute ?? 'probability'}"`;
      return `IC p=${m.p ?? 0.1}`;
    case 'lt':
      return `LT weights=${m.weights ?? 'uniform'}`;
    case 'sir':
      return `SIR beta=${m.beta} gamma=${m.gamma ?? 1}${m.maxSteps !== undefined ? ` steps<=${m.maxSteps}` : ''}`;
    case 'si':
      return `SI beta=${m.beta} steps=${m.steps}`;
  }
}

const OPTIONS = {
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
Example: influence-score seeds data/email-Enron.csv.gz -k 50 --model ic --p 0.01 --method imm
`;
}

function render(result: InfluenceMaximization, labels: ReadonlyMap<string, string> | null, format: string, info: Record<string, unknown>): string {
  const { spread } = result;
  const prefix = result.details.prefixSpreads as number[] | undefined;
  if (format === 'json') return `${JSON.stringify({ ...info, seeds: result.seeds, spread, details: result.details }, null, 2)}\n`;
  if (format === 'csv') {
    const head = ['rank', 'node', ...(labels ? ['label'] : []), ...(prefix ? ['celf_spread'] : [])].join(',');
    const lines = result.seeds.map((s, i) => [String(i + 1), csvField(s), ...(labels ? [csvField(labels.get(s) ?? '')] : []), ...(prefix ? [String(prefix[i])] : [])].join(','));
    return `${[head, ...lines].join('\n')}\n`;
  }
  const width = Math.max(4, ...result.seeds.map((s) => s.length));
  const header = `rank  ${'node'.padEnd(width)}${labels ? '  label' : ''}`.trimEnd();
  const rows = result.seeds.map((s, i) =>
    `${String(i + 1).padStart(4)}  ${s.padEnd(width)}${labels ? `  ${labels.get(s) ?? ''}` : ''}${prefix ? `  (CELF spread after this pick: ${prefix[i].toFixed(2)})` : ''}`.trimEnd(),
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
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help) {
      io.stdout(help());
      return EXIT.ok;
    }
    const { file, directed, format, meta, view: viewFlags } = fileCommandArgs('seeds', values, positionals);
    const method = values.method ?? 'imm';
    if (!['imm', 'celf', 'degree-discount'].includes(method)) throw new UsageError(`--method must be imm, celf or degree-discount, got ${JSON.stringify(method)}`);
    const k = numberOption('k', values.k, true) ?? 10;
    if (k < 1) throw new UsageError('-k must be at least 1');
    const model = modelFrom(values);
    const input = await loadInput(file, { directed, meta, view: viewFlags });
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
    for (const note of input.notes) io.stderr(`note: ${note}\n`);
    io.stderr(`${method} on ${file}: ${input.graph.order} nodes, ${input.graph.size} edges, ${describeModel(result.model)}, ${(result.elapsedMs / 1000).toFixed(1)} s\n`);
    const info = { input: { file, path: input.path, nodes: input.graph.order, edges: input.graph.size, directed: input.directed }, method, model: result.model, k };
    io.stdout(render(result, input.labels, format, info));
    return EXIT.ok;
  },
};
