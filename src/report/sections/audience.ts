/**
 * Audience against response: each account's followers (or, without follower counts, its in-degree)
 * against its engagement rate, with the top accounts marked. Cha, Haddadi, Benevenuto & Gummadi
 * (ICWSM 2010) found that audience size says little about the response an account gets (the
 * "million-follower fallacy"); the Spearman correlation printed beside the chart says how much it
 * says here.
 */
import { spearmanRho, type ScoreVector } from '../../index.js';
import { type LabelOf, type Section, shown, skipped } from './section.js';
import { argument, checkArguments } from '../../core/argument-schemas.js';
import { z } from 'zod';
import { vectorOrReason, labelFn, nodeList } from './section-arguments.js';

/** One account on the chart. */
export interface AudiencePoint {
  readonly node: string;
  readonly label: string;
  /** Followers or in-degree. */
  readonly audience: number;
  /** Engagement rate (a fraction). */
  readonly rate: number;
  /** Whether the account is in the ranked table. */
  readonly top: boolean;
  /** Its rank in the ranked table, or null. */
  readonly rank: number | null;
}

/** Data of the audience chart. */
export interface AudienceData {
  /** Where `audience` comes from. */
  readonly source: 'followers' | 'in-degree';
  readonly points: readonly AudiencePoint[];
  /** Spearman's rho between audience and engagement rate over the points; NaN when undefined. */
  readonly rho: number;
  /** Accounts left out (no audience figure, or a non-finite rate). */
  readonly missing: number;
}

/** Inputs of {@link audienceData}. */
export interface AudienceOptions {
  /** Followers by node (from account records); nodes without one are left out. */
  followers: ReadonlyMap<string, number> | null;
  /** In-degree by node, used when fewer than half the accounts have a follower count. */
  inDegree: ScoreVector;
  /** The ranked table's nodes, best first. */
  topNodes: readonly string[];
  label: LabelOf;
}

/**
 * Builds the audience-against-engagement points from an engagement-rate vector; skipped with the
 * reason when there is no rate.
 *
 * @example
 * ```ts
 * audienceData(engagementRate().score(graph), { followers, inDegree, topNodes, label });
 * ```
 */
export function audienceData(engagement: ScoreVector | string, options: AudienceOptions): Section<AudienceData> {
  checkArguments('audienceData', [engagement, options], [['engagement', vectorOrReason], ['options', z.object({ followers: z.union([argument.map, z.null()]), inDegree: argument.vector, topNodes: nodeList, label: labelFn }).loose()]]);
  if (typeof engagement === 'string') return skipped(engagement);
  const { followers, inDegree, label } = options;
  const rankOf = new Map(options.topNodes.map((node, i) => [node, i + 1]));
  const useFollowers = followers !== null && followers.size * 2 >= engagement.keys.length;
  const points: AudiencePoint[] = [];
  engagement.keys.forEach((node, i) => {
    const audience = useFollowers ? followers.get(node) : inDegree.get(node);
    const rate = engagement.values[i];
    if (audience === undefined || !Number.isFinite(audience) || !Number.isFinite(rate)) return;
    const rank = rankOf.get(node) ?? null;
    points.push({ node, label: label(node), audience, rate, top: rank !== null, rank });
  });
  if (points.length < 3) return skipped(`only ${points.length} account(s) have both an audience and an engagement rate`);
  const rho = spearmanRho(
    points.map((p) => p.audience),
    points.map((p) => p.rate),
  );
  return shown({ source: useFollowers ? 'followers' : 'in-degree', points, rho, missing: engagement.keys.length - points.length });
}
