/**
 * The scorers the CLI knows by name. To add one, import its factory and add one line to SCORERS.
 * `params` come from `--param key=value` and are validated by the factory's own schema.
 */
import { degree, pagerank, type Scorer, type ViewOptions } from '../index.js';

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
  ['pagerank', { description: 'PageRank (alpha 0.85): authority from incoming attention', create: ({ params, view }) => pagerank(withView(params, view)) }],
  ['degree', { description: 'in-degree centrality (NetworkX normalization)', create: ({ params, view }) => degree(withView(params, view)) }],
]);

/** The default of `--scorer`. */
export const DEFAULT_SCORER = 'pagerank';
