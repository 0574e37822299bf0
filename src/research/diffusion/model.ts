/**
 * Diffusion models of the research toolkit, validated in one place:
 * - Independent Cascade (Kempe, Kleinberg & Tardos 2003): each newly active node gets one chance to
 *   activate each inactive neighbour, with a uniform p, a per-edge probability attribute, or the
 *   weighted cascade p(v → u) = 1 / (number of nodes that can activate u);
 * - Linear Threshold (Kempe et al. 2003): u activates once the summed weights b(v, u) of its active
 *   in-neighbours reach a threshold θ_u ~ U[0, 1]; b = 1 / in-degree, or edge weights normalized;
 * - SIR in discrete time: each step infected nodes infect susceptible neighbours with probability
 *   beta, then recover with probability gamma (gamma = 1 is Kitsak et al. 2010's setting);
 * - SI: SIR without recovery, stopped after `steps` steps.
 *
 * Direction: influence flows along the REVERSE of attention. An edge u → v means u follows
 * (mentions, shares...) v, so v's activation can activate u; undirected edges work both ways.
 */
import { z } from 'zod';
import type { TypesAgree } from '../../core/options.js';

const probability = z.number().min(0).max(1);

const icSchema = z
  .object({
    type: z.literal('ic'),
    p: probability.default(0.1),
    probability: z.enum(['uniform', 'weighted-cascade', 'attribute']).default('uniform'),
    attribute: z.string().min(1).default('probability'),
  })
  .strict();
const ltSchema = z
  .object({
    type: z.literal('lt'),
    weights: z.enum(['uniform', 'weighted']).default('uniform'),
  })
  .strict();
const sirSchema = z
  .object({
    type: z.literal('sir'),
    beta: probability,
    gamma: probability.default(1),
    maxSteps: z.number().int().positive().optional(),
  })
  .strict();
const siSchema = z
  .object({
    type: z.literal('si'),
    beta: probability,
    steps: z.number().int().positive(),
  })
  .strict();

const modelObject = z.discriminatedUnion('type', [icSchema, ltSchema, sirSchema, siSchema]);

/**
 * @internal Schema of {@link DiffusionModel}; a bare `'ic'` or `'lt'` means that model with its
 * defaults. `z.preprocess` types its input as `unknown`, so the input type is stated here, and checked
 * against the object schemas below.
 */
export const modelSchema: z.ZodType<ResolvedModel, DiffusionModel> = z.preprocess((m) => (typeof m === 'string' ? { type: m } : m), modelObject);

/**
 * A diffusion model. Probabilities are per step and per edge.
 *
 * @example
 * ```ts
 * const ic: DiffusionModel = { type: 'ic', p: 0.05 };
 * const cascade: DiffusionModel = { type: 'ic', probability: 'weighted-cascade' };
 * const kitsak: DiffusionModel = { type: 'sir', beta: 0.02, gamma: 1 };
 * ```
 */
export type DiffusionModel =
  | 'ic'
  | 'lt'
  | {
      type: 'ic';
      /** Uniform activation probability (used when `probability` is `'uniform'`). @defaultValue `0.1` */
      p?: number;
      /**
       * Where edge probabilities come from: `uniform` (p), `weighted-cascade` (1 / the number of
       * nodes that can activate the target), or `attribute` (every edge's `attribute`, in [0, 1];
       * parallel edges combine as 1 − Π(1 − p); a view's decay scales it).
       * @defaultValue `'uniform'`
       */
      probability?: 'uniform' | 'weighted-cascade' | 'attribute';
      /** Edge attribute holding the probability. @defaultValue `'probability'` */
      attribute?: string;
    }
  | {
      type: 'lt';
      /** `uniform`: b(v, u) = 1 / in-degree(u); `weighted`: edge weight over u's total. @defaultValue `'uniform'` */
      weights?: 'uniform' | 'weighted';
    }
  | {
      type: 'sir';
      /** Infection probability per infected–susceptible edge per step. */
      beta: number;
      /** Recovery probability per step. @defaultValue `1` (infectious for exactly one step) */
      gamma?: number;
      /** Stop after this many steps. @defaultValue no limit */
      maxSteps?: number;
    }
  | {
      type: 'si';
      /** Infection probability per infected–susceptible edge per step. */
      beta: number;
      /** Number of steps simulated. */
      steps: number;
    };

/** A {@link DiffusionModel} with every default filled in (what a result's `model` field reports). */
export type ResolvedModel =
  | { type: 'ic'; p: number; probability: 'uniform' | 'weighted-cascade' | 'attribute'; attribute: string }
  | { type: 'lt'; weights: 'uniform' | 'weighted' }
  | { type: 'sir'; beta: number; gamma: number; maxSteps?: number }
  | { type: 'si'; beta: number; steps: number };

// The documented type and the schemas accept the same models (compile-time check).
true satisfies TypesAgree<DiffusionModel, 'ic' | 'lt' | z.input<typeof modelObject>>;
true satisfies TypesAgree<ResolvedModel, z.output<typeof modelObject>>;
