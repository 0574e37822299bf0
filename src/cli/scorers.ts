/**
 * The scorers the CLI knows by name. To add one, import its factory and add one line to SCORERS.
 * `params` come from `--param key=value` and are validated by the factory's own schema.
 */
import {
  advocacy,
  betweenness,
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
  ['trustrank', entry('TrustRank from seeds picked by inverse PageRank', trustRank as Factory)],
  ['eigentrust', entry('EigenTrust (Kamvar et al. 2003)', eigenTrust as Factory)],
  ['engagement', entry('smoothed engagement rate (needs posts or interactions)', engagementRate as Factory)],
  ['influence', entry('0-100 influence score: reach, amplification, network, trust (+ relevance with --topic)', influenceScore as Factory)],
  ['topical-influence', entry('TwitterRank on a topic (needs --topic and posts with topics)', topicalInfluence as Factory)],
  ['advocacy', entry('signed advocacy toward a brand, stance x reach (needs --brand)', advocacy as unknown as Factory)],
]);

/** The default of `--scorer`. */
export const DEFAULT_SCORER = 'pagerank';
