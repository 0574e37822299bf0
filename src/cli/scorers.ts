/**
 * The scorers the CLI knows by name. To add one, import its factory and add one line to SCORERS.
 * `params` come from `--param key=value` and are validated by the factory's own schema.
 *
 * Names: a CLI name is the scorer's `id` (kebab-case: `trust-rank`, `eigen-trust`), so `--format json`
 * reports the name that was asked for. The API's factory spelling (`trustRank`, `voteRank`) and any
 * spelling that differs only in case, `-` or `_` are accepted too ({@link resolveScorerName}).
 */
import {
  advocacy,
  audienceQuality,
  betweenness,
  InfluenceScoreError,
  bridging,
  closeness,
  collectiveInfluence,
  constraint,
  coreness,
  degree,
  effectiveSize,
  eigenTrust,
  eigenvector,
  engagementRate,
  harmonic,
  hits,
  influenceScore,
  katz,
  pagerank,
  reciprocity,
  type Scorer,
  tenure,
  topicalInfluence,
  trustRank,
  type ViewOptions,
  voteRank,
  weakTieReach,
} from '../index.js';
import { closest } from '../core/suggest.js';
import { UsageError } from './usage-error.js';

type Factory = (options: Record<string, unknown>) => Scorer;

/** An entry for a factory whose options accept `view`. */
const entry = (description: string, factory: Factory): CliScorer => ({
  description,
  create: ({ params, view }) => factory(withView(params, view)),
});

/** What a CLI scorer entry receives. */
export interface CliScorerInput {
  /** From `--param key=value` (values parsed as JSON when they are JSON, else strings). */
  params: Record<string, unknown>;
  /** Set when `--directed`/`--undirected` must override a non-CSV graph's own type. */
  view: ViewOptions | undefined;
}

/** One entry of the registry. */
export interface CliScorer {
  /** One line for `--help`. */
  readonly description: string;
  readonly create: (input: CliScorerInput) => Scorer;
}

/** Adds `view` only when set, so strict option schemas never see `view: undefined`. */
export const withView = (params: Record<string, unknown>, view: ViewOptions | undefined): Record<string, unknown> =>
  view === undefined ? params : { ...params, view };

/** Name → scorer. One line per scorer. */
export const SCORERS: ReadonlyMap<string, CliScorer> = new Map<string, CliScorer>([
  ['pagerank', entry('PageRank (alpha 0.85): authority from incoming attention', pagerank as Factory)],
  ['degree', entry('in-degree centrality (NetworkX normalization)', degree as Factory)],
  ['eigenvector', entry('eigenvector centrality (in-edges on directed graphs)', eigenvector as Factory)],
  ['katz', entry('Katz centrality (alpha = 0.5 / spectral radius)', katz as Factory)],
  ['hits', entry('HITS authority (--param part="hub" for hubs)', hits as Factory)],
  ['betweenness', entry('betweenness centrality, exact Brandes (--param approximate=... to sample)', betweenness as Factory)],
  ['closeness', entry('closeness centrality (Wasserman-Faust improved)', closeness as Factory)],
  ['harmonic', entry('harmonic centrality', harmonic as Factory)],
  ['coreness', entry('k-core number', coreness as Factory)],
  ['voterank', entry('VoteRank: elected spreaders first', voteRank as Factory)],
  ['collective-influence', entry('collective influence (Morone & Makse 2015)', collectiveInfluence as Factory)],
  ['constraint', entry("Burt's constraint (lower = more brokerage)", constraint as Factory)],
  ['effective-size', entry("Burt's effective size", effectiveSize as Factory)],
  ['weak-tie-reach', entry('accounts reached only through weak ties, within 2 hops', weakTieReach as Factory)],
  ['bridging', entry('participation coefficient over Louvain communities', bridging as Factory)],
  ['reciprocity', entry('share of incoming follows, mentions and replies returned (--param relations=null: any edge)', reciprocity as Factory)],
  ['tenure', entry('account age through a saturating curve (needs createdAt)', tenure as Factory)],
  ['trust-rank', entry('TrustRank from seeds picked by inverse PageRank', trustRank as Factory)],
  ['eigen-trust', entry('EigenTrust (Kamvar et al. 2003)', eigenTrust as Factory)],
  ['audience-quality', entry('smoothed share of the audience that is real (--param audience="engagers" for engagers)', audienceQuality as Factory)],
  ['engagement-rate', entry('smoothed engagement rate (needs posts or interactions)', engagementRate as Factory)],
  ['influence-score', entry('0-100 influence score: reach, amplification, network, trust (+ relevance with --topic)', influenceScore as Factory)],
  ['topical-influence', entry("attention from a topic's readers to accounts writing on it (needs --topic and posts with topics; -p formula=twitterrank for TwitterRank)", topicalInfluence as Factory)],
  ['advocacy', entry('signed advocacy toward a brand, stance x reach (needs --brand)', advocacy as unknown as Factory)],
]);

/** The default of `--scorer`. */
export const DEFAULT_SCORER = 'pagerank';

/** Earlier CLI names that differ from the scheme by more than case and separators. */
const LEGACY_NAMES: ReadonlyMap<string, string> = new Map([
  ['engagement', 'engagement-rate'],
  ['influence', 'influence-score'],
]);

/** `trustRank`, `trust_rank`, `TRUSTRANK` → `trustrank`: the spelling-blind form names are compared in. */
const fold = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The registry name `name` refers to: the name itself, the API factory spelling (`voteRank`,
 * `trustRank`, `eigenTrust`) or any spelling differing in case, `-` or `_`. Throws a
 * {@link UsageError} listing the known names, with a "did you mean" when one is close.
 */
export function resolveScorerName(name: string, registry: ReadonlyMap<string, CliScorer> = SCORERS): string {
  if (registry.has(name)) return name;
  const folded = fold(name);
  for (const known of registry.keys()) if (fold(known) === folded) return known;
  const legacy = LEGACY_NAMES.get(folded);
  if (legacy !== undefined && registry.has(legacy)) return legacy;
  const byFold = new Map([...registry.keys()].map((k) => [fold(k), k]));
  const near = closest(folded, byFold.keys());
  const hint = near === undefined ? '' : `; did you mean ${JSON.stringify(byFold.get(near))}?`;
  throw new UsageError(`unknown scorer ${JSON.stringify(name)}${hint} (known: ${[...registry.keys()].join(', ')})`);
}

/** Builds registry scorer `name` (already resolved) with `params`; a rejected option is bad usage (exit 2). */
export function createNamedScorer(name: string, params: Record<string, unknown>, view: ViewOptions | undefined): Scorer {
  try {
    return SCORERS.get(name)!.create({ params, view });
  } catch (error) {
    if (error instanceof InfluenceScoreError && error.code === 'INVALID_OPTION') throw new UsageError(error.message);
    throw error;
  }
}
