/**
 * influence-score: composable, explainable social-influence scoring on graphology graphs.
 * This file is the whole public API; everything else is internal.
 *
 * @module influence-score
 */

// core
export { InfluenceScoreError } from './core/errors.js';
export { fromGraphKey, toGraphKey } from './core/graph-key.js';
export type { ErrorCode, ErrorIssue } from './core/errors.js';
export { WARNING_CODES } from './core/warnings.js';
export type { Warning, WarningCode } from './core/warnings.js';
export { parseDuration } from './core/duration.js';
export type { Duration, DurationUnit } from './core/duration.js';
export type { RunOptions, ThreadPool } from './core/run.js';
export { createRng, deriveSeed } from './core/rng.js';
export type { Rng } from './core/rng.js';
export type { Scorer, ScoreInput } from './scorers/scorer.js';
export { createScoreVector } from './core/score-vector.js';
export type { ScoreVector, ScoreVectorInit, ScoreMeta, RankedEntry, RankRow } from './core/score-vector.js';

// context
export { ScoringContext } from './context/context.js';
export { CONTEXT_CACHE_SIZE, getScoringContext } from './context/cache.js';
export { contextFromColumns, MAX_INTERNED_IDS } from './context/from-columns.js';
export type { ContextFromColumnsOptions, EdgeColumnsInput, IdColumn } from './context/from-columns.js';
export { ColumnarGraph } from './context/columnar-graph.js';
export type { ContextSource } from './context/context.js';
export { viewSchema } from './context/view.js';
export type { ViewOptions, ResolvedView } from './context/view.js';
export type { Csr } from './context/csr.js';
export type { EdgeColumns } from './context/edges.js';

// scorers: centrality
export { degree } from './scorers/centrality/degree.js';
export type { DegreeOptions } from './scorers/centrality/degree.js';
export { pagerank } from './scorers/centrality/pagerank.js';
export type { PageRankOptions } from './scorers/centrality/pagerank.js';
export type { PageRankSolver } from './scorers/shared/pagerank-solve.js';
export type { NodeWeights } from './scorers/shared/node-weights.js';
// centrality
export { eigenvector } from './scorers/centrality/eigenvector.js';
export type { EigenvectorOptions } from './scorers/centrality/eigenvector.js';
export { katz } from './scorers/centrality/katz.js';
export type { KatzOptions } from './scorers/centrality/katz.js';
export { hits } from './scorers/centrality/hits.js';
export type { HitsOptions } from './scorers/centrality/hits.js';
export { betweenness } from './scorers/centrality/betweenness.js';
export type { BetweennessOptions } from './scorers/centrality/betweenness.js';
export { closeness } from './scorers/centrality/closeness.js';
export type { ClosenessOptions } from './scorers/centrality/closeness.js';
export { harmonic } from './scorers/centrality/harmonic.js';
export type { HarmonicOptions } from './scorers/centrality/harmonic.js';
export { coreness } from './scorers/centrality/coreness.js';
export type { CorenessOptions } from './scorers/centrality/coreness.js';
export { voteRank } from './scorers/centrality/voterank.js';
export type { VoteRankOptions } from './scorers/centrality/voterank.js';
export { collectiveInfluence } from './scorers/centrality/collective-influence.js';
export type { CollectiveInfluenceOptions } from './scorers/centrality/collective-influence.js';

// weak-ties
export type { EdgeScores, EdgeScoresMeta, EdgeScoreEntry } from './scorers/weak-ties/edge-scores.js';
export type { EdgeScorer } from './scorers/weak-ties/edge-scorer.js';
export { edgeOverlap } from './scorers/weak-ties/overlap.js';
export type { EdgeOverlapOptions } from './scorers/weak-ties/overlap.js';
export { embeddedness } from './scorers/weak-ties/embeddedness.js';
export type { EmbeddednessOptions } from './scorers/weak-ties/embeddedness.js';
export { simmelianStrength } from './scorers/weak-ties/simmelian-strength.js';
export type { SimmelianStrengthOptions } from './scorers/weak-ties/simmelian-strength.js';
export { interactionStrength } from './scorers/weak-ties/interaction-strength.js';
export type { InteractionStrengthOptions } from './scorers/weak-ties/interaction-strength.js';
export { tieStrength } from './scorers/weak-ties/tie-strength.js';
export type { TieStrength, TieStrengthOptions, TieClasses } from './scorers/weak-ties/tie-strength.js';
export type { TieMeasure, TieThreshold } from './scorers/weak-ties/tie-strength.js';
export { weakTieReach, DENSE_REACH_LIMIT_BYTES } from './scorers/weak-ties/weak-tie-reach.js';
export type { WeakTieReachOptions } from './scorers/weak-ties/weak-tie-reach.js';
export type { ReachDirection } from './scorers/weak-ties/weak-tie-reach.js';
export { constraint, ISOLATE_CONSTRAINT } from './scorers/weak-ties/constraint.js';
export type { ConstraintOptions } from './scorers/weak-ties/constraint.js';
export { effectiveSize } from './scorers/weak-ties/effective-size.js';
export type { EffectiveSizeOptions } from './scorers/weak-ties/effective-size.js';
export { hierarchy } from './scorers/weak-ties/hierarchy.js';
export type { HierarchyOptions } from './scorers/weak-ties/hierarchy.js';
export { bridging } from './scorers/weak-ties/bridging.js';
export type { BridgingOptions } from './scorers/weak-ties/bridging.js';
export type { CommunitySource, CommunityResolution } from './scorers/weak-ties/bridging.js';

// engagement
export { engagementRate } from './scorers/engagement/engagement-rate.js';
export type { EngagementScorer, EngagementExtra } from './scorers/engagement/engagement-rate.js';
export { DEFAULT_ENGAGEMENT_WEIGHTS, DEFAULT_IGNORED_TYPES, DEFAULT_TIERS } from './scorers/engagement/options.js';
export type { EngagementRateOptions, EngagementTier } from './scorers/engagement/options.js';
export type { EngagementColumns, EngagementPostColumns, EngagementInteractionColumns } from './scorers/engagement/columns.js';
export { fitBetaBinomial } from './scorers/engagement/beta-binomial.js';
export type { BetaPrior, FitBetaBinomialOptions } from './scorers/engagement/beta-binomial.js';
export type { EngagementPriorReport } from './scorers/engagement/smoothing.js';
export { syntheticPopulation } from './research/synthetic-population.js';
export type { SyntheticPopulation, SyntheticPopulationOptions, SyntheticRecords } from './research/synthetic-population.js';

// trust
export { reciprocity } from './scorers/trust/reciprocity.js';
export type { ReciprocityOptions } from './scorers/trust/reciprocity.js';
export { responsiveness } from './scorers/trust/responsiveness.js';
export type { ResponsivenessOptions } from './scorers/trust/responsiveness.js';
export { tenure } from './scorers/trust/tenure.js';
export type { TenureOptions } from './scorers/trust/tenure.js';
export { consistency } from './scorers/trust/consistency.js';
export type { ConsistencyOptions } from './scorers/trust/consistency.js';
export { trustRank } from './scorers/trust/trust-rank.js';
export type { TrustRankOptions } from './scorers/trust/trust-rank.js';
export { eigenTrust } from './scorers/trust/eigen-trust.js';
export type { EigenTrustOptions } from './scorers/trust/eigen-trust.js';
export { authenticity } from './scorers/trust/authenticity.js';
export type { AuthenticityOptions } from './scorers/trust/authenticity.js';
export { penalties } from './scorers/trust/penalties.js';
export type { PenaltiesOptions } from './scorers/trust/penalties.js';
export { audienceQuality } from './scorers/trust/audience-quality.js';
export type { AudienceQualityOptions, AudienceQualityExtra } from './scorers/trust/audience-quality.js';
export { trust } from './presets/trust.js';
export type { TrustOptions, TrustParts } from './presets/trust.js';

// brand
export { topicalInfluence } from './scorers/brand/topical-influence.js';
export type { TopicalInfluenceOptions, TopicalInfluenceExtra } from './scorers/brand/topical-influence.js';
export { brandStance } from './scorers/brand/brand-stance.js';
export type { BrandStanceOptions, BrandStanceExtra, BrandRef, Stance } from './scorers/brand/brand-stance.js';
export { advocacy } from './presets/advocacy.js';
export type { AdvocacyOptions, AdvocacyExtra, AdvocateEntry } from './presets/advocacy.js';
export { influenceScore, INFLUENCE_PARTS, DEFAULT_INFLUENCE_WEIGHTS, ENGAGEMENT_RELATIONS } from './presets/influence-score.js';
export type { InfluenceScoreOptions, InfluencePart, DroppedPart } from './presets/influence-score.js';
export { formatExplanation } from './compose/format-explanation.js';
export { trend } from './compose/trend.js';
export type { TrendOptions, TrendResult, TrendStatus } from './compose/trend.js';
export type { EventDirection } from './compose/attention-change.js';
export { brandWorld } from './research/brand-world.js';
export type { BrandWorld, BrandWorldOptions, BrandWorldRecords, BrandWorldTruth } from './research/brand-world.js';

// graph: schemas, buildSocialGraph, loaders
export { accountSchema } from './graph/schemas/account.js';
export type { AccountInput, AccountRecord } from './graph/schemas/account.js';
export { followSchema } from './graph/schemas/follow.js';
export type { FollowInput, FollowRecord } from './graph/schemas/follow.js';
export { interactionSchema, INTERACTION_TYPES } from './graph/schemas/interaction.js';
export type { InteractionInput, InteractionRecord, InteractionType } from './graph/schemas/interaction.js';
export { postSchema } from './graph/schemas/post.js';
export type { PostInput, PostRecord } from './graph/schemas/post.js';
export { socialRecordsSchema } from './graph/schemas/records.js';
export type { SocialRecords, SocialRecordsInput } from './graph/schemas/records.js';
export { idSchema, MAX_TIME_MS, timeSchema, topicsSchema, sentimentSchema } from './graph/schemas/fields.js';
export type { SocialGraph, SocialNodeAttributes, SocialEdgeAttributes, SocialGraphAttributes } from './graph/social-graph.js';
export { buildSocialGraph } from './graph/build-social-graph.js';
export type { BuildSocialGraphOptions } from './graph/build-social-graph.js';
export { parseEdgeCsv } from './graph/csv.js';
export type { EdgeCsvOptions } from './graph/csv.js';
export type { ReadLimits } from './graph/edge-list/edge-list.js';
export { parseNdjson } from './graph/ndjson.js';
export { fromGraphologyJSON, parseGraphologyJson } from './graph/graphology-json.js';
export type { GraphologyJsonOptions } from './graph/graphology-json.js';

// compose: normalize, combine, rank, explain
export { percentile } from './compose/percentile.js';
export { minmax } from './compose/minmax.js';
export { zscore } from './compose/zscore.js';
export { log, logNormalize } from './compose/log.js';
export { robust } from './compose/robust.js';
export { normalize, NORMALIZERS } from './compose/normalize.js';
export type { NormalizerName } from './compose/normalize.js';
export type { Aggregate } from './compose/aggregate.js';
export { combine } from './compose/combine.js';
export type { CombineOptions, CombinePart, CombineParts } from './compose/combine.js';
export { precomputed } from './compose/precomputed.js';
export type { PrecomputedOptions, PrecomputedValues, PrecomputedFill } from './compose/precomputed.js';
export { rank, rankAsync } from './compose/rank.js';
export type { RankOptions, RankRunOptions } from './compose/rank.js';
export { explain } from './compose/explain.js';
export type { Explanation, PartContribution } from './compose/explain.js';

// research
export { kendallTau } from './research/kendall-tau.js';
export { spearmanRho } from './research/spearman-rho.js';
export { topKOverlap } from './research/top-k-overlap.js';
export type { TopKOverlap } from './research/top-k-overlap.js';
export { rankBiasedOverlap } from './research/rank-biased-overlap.js';
export type { RankBiasedOverlap, RankBiasedOverlapOptions } from './research/rank-biased-overlap.js';
export { compareRankings } from './research/compare-rankings.js';
export type { CompareRankingsOptions, RankingComparison } from './research/compare-rankings.js';
export type { RankingInput } from './research/ranking-input.js';
export type { DiffusionModel, ResolvedModel } from './research/diffusion/model.js';
export type { SpreadEstimate } from './research/statistics.js';
export { simulate, simulateAsync } from './research/simulate.js';
export type { SimulateOptions, SimulationResult } from './research/simulate.js';
export { spreadingPower, spreadingPowerAsync } from './research/spreading-power.js';
export type { SpreadingPowerOptions, SpreadingPowerExtra } from './research/spreading-power.js';
export { imprecision } from './research/imprecision.js';
export { evaluate, evaluateAsync } from './research/evaluate.js';
export { edgeRemoval } from './research/edge-removal.js';
export type { EdgeRemoval, EdgeRemovalOptions, RemovalCurve } from './research/edge-removal.js';
export type { EvaluateOptions, Leaderboard, LeaderboardRow } from './research/evaluate.js';
export { maximizeInfluence, maximizeInfluenceAsync } from './research/maximize-influence.js';
export type { MaximizeInfluenceOptions, InfluenceMaximization } from './research/maximize-influence.js';
export { epidemicThreshold } from './research/epidemic-threshold.js';
export type { EpidemicThreshold } from './research/epidemic-threshold.js';

// audience analytics: overlap, unique reach, slates, why a graph score is what it is
export { audienceOverlap, AUTO_SKETCH_READS } from './research/audience/audience-overlap.js';
export type { AudienceOverlap, AudienceOverlapOptions, OverlapPair } from './research/audience/audience-overlap.js';
export { uniqueReach } from './research/audience/unique-reach.js';
export type { UniqueReach, UniqueReachOptions } from './research/audience/unique-reach.js';
export { pickSlate } from './research/audience/pick-slate.js';
export type { PickSlateOptions, Slate, SlatePick } from './research/audience/pick-slate.js';
export type { AudienceKind, AudienceOptions } from './research/audience/audiences.js';
export { explainScore } from './compose/explain-score.js';
export type { ExplainScoreOptions, ScoreExplanation, ScoreSource } from './compose/explain-score.js';
export { lookalikes } from './research/audience/lookalikes.js';
export type { Lookalike, Lookalikes, LookalikesOptions } from './research/audience/lookalikes.js';
