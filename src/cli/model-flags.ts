/**
 * The diffusion-model flags shared by `seeds` (`--model`) and `compare` (`--truth`): each flag is
 * read only by the models it belongs to, and refused with the others.
 */
import type { DiffusionModel } from '../index.js';
import { refuseInapplicable } from './applicability.js';
import { choiceOption, numberOption } from './numbers.js';
import { UsageError } from './usage-error.js';

/** The model types the flags can build. */
export const MODEL_TYPES = ['ic', 'lt', 'sir', 'si'] as const;
type ModelType = (typeof MODEL_TYPES)[number];

/** parseArgs configuration of the model parameters (the model selector is the command's own flag). */
export const MODEL_OPTIONS = {
  'ic-p': { type: 'string' },
  probability: { type: 'string' },
  attribute: { type: 'string' },
  weights: { type: 'string' },
  beta: { type: 'string' },
  gamma: { type: 'string' },
  steps: { type: 'string' },
} as const;

/** Which models read each flag of {@link MODEL_OPTIONS}. */
const MODELS_OF: Record<keyof typeof MODEL_OPTIONS, readonly ModelType[]> = {
  'ic-p': ['ic'],
  probability: ['ic'],
  attribute: ['ic'],
  weights: ['lt'],
  beta: ['sir', 'si'],
  gamma: ['sir'],
  steps: ['sir', 'si'],
};

/** Flags renamed when `-p` became `--param` everywhere: the old spelling gets a pointer to the new. */
export const MODEL_RENAMES: ReadonlyMap<string, string> = new Map([
  ['--p', '--ic-p'],
  ['-p', '--ic-p'],
]);

/** Help lines for {@link MODEL_OPTIONS}. */
export const MODEL_HELP = `      --ic-p <prob>           IC: uniform activation probability (default 0.1)
      --probability <kind>    IC: uniform (default), weighted-cascade (1 / in-degree) or attribute
      --attribute <name>      IC with --probability attribute: edge attribute holding the probability
                              (default probability)
      --weights <kind>        LT: uniform (default) or weighted
      --beta <prob>           SIR/SI: infection probability per step
      --gamma <prob>          SIR: recovery probability per step (default 1, Kitsak's setting)
      --steps <n>             SI: steps simulated; SIR: optional step limit
                              Influence flows against attention: if u follows v (edge u → v), v can activate u.
                              A flag of another model than the chosen one is refused.`;

/** The values parseArgs returns for {@link MODEL_OPTIONS}. */
export type ModelValues = { [K in keyof typeof MODEL_OPTIONS]?: string };

/**
 * Builds the model `type` (from `selector`, e.g. `--model`) with the flags in `values`, refusing
 * flags of other models; the library's schema validates the values themselves.
 */
export function modelFrom(selector: string, type: string, values: ModelValues, defaultBeta?: () => number): DiffusionModel {
  const model = choiceOption(selector, type, MODEL_TYPES);
  refuseInapplicable(
    values,
    (Object.keys(MODELS_OF) as (keyof ModelValues)[]).map((flag) => ({
      flags: [flag],
      applies: MODELS_OF[flag].includes(model),
      reason: `to --${selector} ${model} (only to ${MODELS_OF[flag].join(', ')})`,
    })),
  );
  const num = (name: keyof ModelValues, integer = false): number | undefined => numberOption(name, values[name], integer);
  switch (model) {
    case 'ic': {
      const probability = values.probability ?? 'uniform';
      refuseInapplicable(values, [
        { flags: ['ic-p'], applies: probability === 'uniform', reason: `to --probability ${probability} (only to uniform)` },
        { flags: ['attribute'], applies: probability === 'attribute', reason: `to --probability ${probability} (only to attribute)` },
      ]);
      return {
        type: 'ic',
        ...(values['ic-p'] !== undefined ? { p: num('ic-p') } : {}),
        ...(values.probability !== undefined ? { probability: values.probability as 'uniform' } : {}),
        ...(values.attribute !== undefined ? { attribute: values.attribute } : {}),
      };
    }
    case 'lt':
      return { type: 'lt', ...(values.weights !== undefined ? { weights: values.weights as 'uniform' } : {}) };
    case 'sir': {
      const beta = num('beta') ?? defaultBeta?.();
      if (beta === undefined) throw new UsageError(`--${selector} sir needs --beta`);
      return { type: 'sir', beta, ...(values.gamma !== undefined ? { gamma: num('gamma') } : {}), ...(values.steps !== undefined ? { maxSteps: num('steps', true) } : {}) };
    }
    case 'si': {
      const beta = num('beta');
      const steps = num('steps', true);
      if (beta === undefined || steps === undefined) throw new UsageError(`--${selector} si needs --beta and --steps`);
      return { type: 'si', beta, steps };
    }
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
