/**
 * The report's scorers: the ranked score (the default influence score with the exposure the posts
 * carry), the bridge measure with its fallback, advocacy, and the sentences of the ranked table.
 */
import {
  advocacy,
  bridging,
  explain,
  formatExplanation,
  InfluenceScoreError,
  influenceScore,
  type RunOptions,
  type Scorer,
  type ScoreVector,
  type ScoringContext,
  type ViewOptions,
  weakTieReach,
} from '../index.js';
import type { Exposure } from './graph-facts.js';
import { explanationSentence, standing } from './sentence.js';

/** The first line of an error's message. */
export const firstLine = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Runs `compute`, turning a data error into the reason a section is skipped. */
export function attempt<T>(what: string, compute: () => T): T | string {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InfluenceScoreError && error.code !== 'INTERNAL' && error.code !== 'ABORTED') return `${what}: ${firstLine(error)}`;
    throw error;
  }
}

/** What the default score is built from. */
export interface DefaultScore {
  topic: string | string[] | undefined;
  view: ViewOptions | undefined;
  exposure: Exposure;
  /** Parts to leave out (weight 0), e.g. the parts some trend window lacks. @defaultValue none */
  without?: readonly string[];
  /** Trust signals to leave out (weight 0): those the whole data lacks, so each window need not find out again. @defaultValue none */
  trustWithout?: readonly string[];
}

/** The report's default score: `influenceScore` with amplification per the exposure the posts carry. */
export function defaultScorer({ topic, view, exposure, without = [], trustWithout = [] }: DefaultScore): Scorer {
  const parts = {
    ...(exposure.denominator === 'followers' ? {} : { amplification: { denominator: exposure.denominator } }),
    ...(trustWithout.length ? { trust: { weights: Object.fromEntries(trustWithout.map((signal) => [signal, 0])) } } : {}),
  };
  return influenceScore({
    ...(topic === undefined ? {} : { topic }),
    ...(view ? { view } : {}),
    ...(Object.keys(parts).length ? { parts } : {}),
    ...(without.length ? { weights: Object.fromEntries(without.map((part) => [part, 0])) } : {}),
  });
}

/**
 * The trust signals the default score left out for want of data (its `trust: <signal> left out`
 * notes). Data missing from the whole graph is missing from every window: the trend windows skip
 * them up front instead of probing each signal again (a probe runs trust once per signal).
 */
export function trustSignalsLeftOut(vector: ScoreVector): string[] {
  return vector.meta.warnings.flatMap((w) => /^trust: (\w+) left out \(/.exec(w.message)?.[1] ?? []);
}

/**
 * The bridge measure: `weak-tie-reach` (ties between communities); when its communities give no
 * weak tie (one community, or none joined), weak-tie reach with ties told by strength (the remedy its
 * warning names), then bridging (participation across communities), each with the reason; or
 * `bridging` when asked. The measure's name and, when known, the community count come back
 * for the section's text.
 */
export function bridgeVectorOf(ctx: ScoringContext, which: 'weak-tie-reach' | 'bridging', run: Pick<RunOptions, 'signal'>): { vector: ScoreVector | string; measure: string; note: string | null } {
  if (which === 'weak-tie-reach') {
    const reach = attempt('no weak-tie reach', () => weakTieReach().score(ctx, run));
    if (typeof reach !== 'string' && reach.values.some((v) => v > 0)) return { vector: reach, measure: 'Weak-tie reach', note: communitiesNote(reach) };
    const why = typeof reach === 'string' ? reach : 'weak-tie reach is 0 for every account (its communities leave no tie between groups)';
    // The remedy the NO_BRIDGES warning names: weak ties told by tie strength (few shared neighbours), not by communities.
    const byStrength = attempt('no weak-tie reach', () => weakTieReach({ ties: 'strength' }).score(ctx, run));
    if (typeof byStrength !== 'string' && byStrength.values.some((v) => v > 0)) {
      return { vector: byStrength, measure: 'Weak-tie reach', note: `Weak ties told by tie strength (ties with few shared contacts), because the community detection ${typeof reach === 'string' ? `failed (${reach})` : 'found no tie between groups'}.` };
    }
    const fallback = attempt('no bridging', () => bridging().score(ctx, run));
    if (typeof fallback !== 'string' && fallback.values.some((v) => v > 0)) return { vector: fallback, measure: 'Bridging', note: `Bridging, because ${why}.` };
    return { vector: typeof reach === 'string' ? reach : `${why}; bridging finds no account between communities either`, measure: 'Weak-tie reach', note: null };
  }
  const vector = attempt('no bridging', () => bridging().score(ctx, run));
  return { vector, measure: 'Bridging', note: typeof vector === 'string' ? null : communitiesNote(vector) };
}

function communitiesNote(vector: ScoreVector): string | null {
  const communities = vector.meta.extra?.communities;
  return typeof communities === 'number' && communities > 1 ? `Over ${communities.toLocaleString('en-US')} communities found in the network.` : null;
}

/**
 * Advocacy towards `brand` (an account id), or why there is none. A brand that is not an account is
 * the caller's mistake and throws (UNKNOWN_NODE); a brand nobody talks about skips the section.
 */
export function advocacyOf(ctx: ScoringContext, brand: string, run: Pick<RunOptions, 'signal'>): ScoreVector | string {
  try {
    return advocacy({ brand, affiliation: true }).score(ctx, run);
  } catch (error) {
    if (error instanceof InfluenceScoreError && error.code === 'MISSING_DATA') return `no evidence: nothing in the data names ${brand}: ${firstLine(error)}`;
    throw error;
  }
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The table's "why": which parts carry a composite, or where a plain score stands. */
export function explanationOf(vector: ScoreVector, scorerLabel: string): (node: string, standing: { beats: number }) => string {
  if (vector.meta.extra?.composition) return (node) => explanationSentence(explain(vector, node));
  return (_, { beats }) => `${capitalized(standing(beats))} by ${scorerLabel}.`;
}

/** Every part's numbers for one account (`formatExplanation`), for the table's expandable detail. */
export function detailOf(vector: ScoreVector): ((node: string) => string) | undefined {
  if (!vector.meta.extra?.composition) return undefined;
  return (node) => formatExplanation(explain(vector, node));
}
