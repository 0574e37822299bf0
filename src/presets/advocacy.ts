/**
 * Advocacy: who speaks for or against a brand, and how far their voice carries.
 *   advocacy(u) = stance(u) · reach(u)
 * stance is {@link brandStance} (Beta shrinkage toward neutral, in (−1, 1)) and reach the percentile
 * rank, in (0, 1), of a reach scorer (PageRank on the view by default). A strong advocate speaks
 * well of the brand often and is listened to; a quiet enthusiast and a loud neutral both stay near 0.
 * With `affiliation`, the brand's own people (accounts whose `affiliation` is the brand's) are ranked
 * apart as ambassadors: an employee's praise is not independent advocacy.
 */
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { isFlatWarning } from '../core/flat-scores.js';
import { parseOptions } from '../core/options.js';
import { type Scorer, scoreSteps } from '../scorers/scorer.js';
import type { RankedEntry } from '../core/score-vector.js';
import { percentile } from '../compose/percentile.js';
import { pagerank } from '../scorers/centrality/pagerank.js';
import { type BrandStanceExtra, type BrandStanceOptions, brandStance, brandStanceSchema, resolveBrand, type Stance } from '../scorers/brand/brand-stance.js';
import { createScorer } from '../scorers/create-scorer.js';
import { prefixWarning, type Warning, warning, withoutWarnings } from '../core/warnings.js';

const isScorer = (v: unknown): v is Scorer => typeof v === 'object' && v !== null && typeof (v as Scorer).score === 'function' && typeof (v as Scorer).id === 'string';

const schema = brandStanceSchema.extend({
  reach: z.custom<Scorer>(isScorer, { error: 'must be a Scorer, e.g. pagerank()' }).optional(),
  affiliation: z.union([z.literal(true), z.string().trim().min(1, { error: 'must be a non-empty string or true' })]).optional(),
});

/** Options of {@link advocacy}: the stance options, plus the reach scorer and the brand's affiliation. */
export interface AdvocacyOptions extends BrandStanceOptions {
  /** How far an account's voice carries; its percentile rank weighs the stance. @defaultValue `pagerank()` on the view */
  reach?: Scorer;
  /**
   * The `affiliation` value of the brand's own people (compared case-insensitively), or `true` for the
   * brand's account id: they are listed apart as `meta.extra.ambassadors`. @defaultValue none
   */
  affiliation?: string | true;
}

/** One row of an advocacy list. */
export interface AdvocateEntry extends RankedEntry {
  readonly stance: Stance;
  /** The smoothed stance in (−1, 1). */
  readonly smoothed: number;
  /** Pieces of evidence. */
  readonly evidence: number;
  /** Reach percentile in (0, 1). */
  readonly reach: number;
}

/** `meta.extra` of an advocacy vector: the stance evidence ({@link BrandStanceExtra}) plus reach and lists. */
export type AdvocacyExtra = BrandStanceExtra & {
  /** Reach percentile per account, in (0, 1). */
  readonly reach: Float64Array;
  /** 1 for the brand's own people (with `affiliation`), else 0. */
  readonly affiliated: Uint8Array;
  /** Outside advocates (not affiliated), strongest first. */
  readonly advocates: readonly AdvocateEntry[];
  /** Outside detractors, strongest (most negative) first. */
  readonly detractors: readonly AdvocateEntry[];
  /** With `affiliation`: the brand's own people with any evidence, best first; null otherwise. */
  readonly ambassadors: readonly AdvocateEntry[] | null;
};

/**
 * Advocacy toward a brand: a signed score in (−1, 1), higher = stronger advocate, lower = stronger
 * detractor (formula in the file header). `meta.extra.stance` labels each account (aligned with
 * `keys`), with evidence counts and the advocate, detractor and ambassador lists ({@link AdvocacyExtra}).
 * Throws `UNKNOWN_NODE` for a brand id that is not an account, `MISSING_DATA` when nothing names the brand.
 *
 * @example
 * ```ts
 * const v = advocacy({ brand: { id: 'acme', topics: ['acme'] }, affiliation: true }).score(graph);
 * const { advocates, ambassadors } = v.meta.extra as AdvocacyExtra;
 * advocates.slice(0, 5);   // outside advocates, each with stance, evidence and reach
 * ambassadors?.slice(0, 5); // acme's own people who carry the brand furthest
 * ```
 */
export function advocacy(options: AdvocacyOptions): Scorer {
  const { reach, affiliation, ...stanceOptions } = parseOptions(schema, options, 'advocacy');
  const stanceScorer = brandStance(stanceOptions as BrandStanceOptions);
  const reachScorer = reach ?? pagerank();
  const brand = resolveBrand(stanceOptions.brand);
  const affiliationValue = affiliation === true ? brand.id : (affiliation ?? null);
  if (affiliation === true && brand.id === null) {
    throw new InfluenceScoreError('INVALID_OPTION', 'Invalid options for advocacy', [
      { path: ['affiliation'], field: 'affiliation', message: 'affiliation: true means "the brand\'s id", but the brand has no id: give the affiliation value' },
    ]);
  }
  return createScorer({
    id: 'advocacy',
    label: 'Advocacy',
    description: 'brand stance (Beta shrinkage toward neutral) × reach percentile; signed, higher = stronger advocate.',
    range: [-1, 1],
    higherIsBetter: true,
    params: { ...stanceScorer.params, reach: reachScorer.id, affiliation: affiliationValue },
    view: stanceOptions.view,
    *compute(ctx, _control, run) {
      const stanceVector = yield* scoreSteps(stanceScorer, ctx, run);
      const reachVector = percentile(yield* scoreSteps(reachScorer, ctx, run));
      const extra = stanceVector.meta.extra as BrandStanceExtra;
      const n = ctx.n;
      const values = new Float64Array(n);
      for (let u = 0; u < n; u++) values[u] = stanceVector.values[u] * reachVector.values[u];
      // A part's flat-result warning is about the part (a flat reach still ranks by stance): say whose it is.
      const fromPart = (name: string, w: Warning): Warning => (isFlatWarning(w) ? prefixWarning(name, w) : w);
      const warnings = withoutWarnings([...stanceVector.meta.warnings.map((w) => fromPart('stance', w)), ...reachVector.meta.warnings.map((w) => fromPart('reach', w))], ctx.warnings);
      const affiliated = new Uint8Array(n);
      if (affiliationValue !== null) {
        const wanted = affiliationValue.trim().toLowerCase();
        for (let u = 0; u < n; u++) {
          const a = ctx.nodeAttribute(u, 'affiliation');
          if (typeof a === 'string' && a.trim().toLowerCase() === wanted) affiliated[u] = 1;
        }
        if (!affiliated.some((x) => x === 1)) warnings.push(warning('NO_MATCH', `no account has affiliation "${affiliationValue}": no ambassadors`));
      }
      const entry = (u: number, rank: number): AdvocateEntry => ({ key: ctx.keys[u], value: values[u], rank, stance: extra.stance[u], smoothed: extra.smoothed[u], evidence: extra.evidence[u], reach: reachVector.values[u] });
      const list = (keep: (u: number) => boolean, sign: 1 | -1): AdvocateEntry[] => {
        const chosen: number[] = [];
        for (let u = 0; u < n; u++) if (keep(u)) chosen.push(u);
        chosen.sort((a, b) => sign * (values[b] - values[a]) || a - b);
        return chosen.map((u, r) => entry(u, r + 1));
      };
      const brandIndex = brand.id === null ? -1 : ctx.index.get(brand.id)!;
      const result: AdvocacyExtra = {
        ...extra,
        reach: reachVector.values,
        affiliated,
        advocates: list((u) => !affiliated[u] && extra.stance[u] === 'advocate', 1),
        detractors: list((u) => !affiliated[u] && extra.stance[u] === 'detractor', -1),
        ambassadors: affiliationValue === null ? null : list((u) => affiliated[u] === 1 && u !== brandIndex && extra.evidence[u] > 0, 1),
      };
      return { values, warnings, extra: result, parts: { stance: stanceVector, reach: reachVector }, params: stanceVector.meta.params };
    },
  });
}
