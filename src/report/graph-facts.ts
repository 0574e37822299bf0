/**
 * What the report reads off the graph itself, before any scoring: display names, whether there is
 * engagement data, follower counts, the time span, and which exposure the posts carry.
 */
import type { AbstractGraph } from 'graphology-types';
import type { LabelOf } from './sections/section.js';

/** Display names: the given map, else the node's `label` or `name` attribute, else its id. */
export function labelsOf(graph: AbstractGraph, given: ReadonlyMap<string, string> | undefined): LabelOf {
  return (node) => {
    const fromMap = given?.get(node);
    if (fromMap !== undefined) return fromMap;
    if (!graph.hasNode(node)) return node;
    const attributes = graph.getNodeAttributes(node);
    const name = attributes.label ?? attributes.name;
    return typeof name === 'string' && name !== '' ? name : node;
  };
}

/** The `posts` graph attribute as an array ([] when absent). */
export function postsOf(graph: AbstractGraph): readonly unknown[] {
  const posts = graph.getAttribute('posts');
  return Array.isArray(posts) ? posts : [];
}

/** Whether the graph holds what an engagement rate reads: posts, or typed interaction edges. */
export function hasEngagementData(graph: AbstractGraph): boolean {
  if (postsOf(graph).length > 0) return true;
  return graph.someEdge((_, attributes) => typeof attributes.type === 'string' && attributes.type !== 'follow');
}

/** Follower counts from the nodes' `followers` attribute, or null when no node has one. */
export function followersOf(graph: AbstractGraph): Map<string, number> | null {
  const followers = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.followers === 'number' && Number.isFinite(attributes.followers)) followers.set(node, attributes.followers);
  });
  return followers.size ? followers : null;
}

/** The earliest and latest edge time, or null when fewer than two distinct times. */
export function timeSpanOf(graph: AbstractGraph): [number, number] | null {
  return spanOf(graph, () => true);
}

/**
 * The span of the events (edges other than `standing` relations), or of every edge when no event has
 * a time: a follow dated three years before the first interaction holds in every later window, but
 * windows over the years before any activity would score nothing but follows.
 */
export function eventSpanOf(graph: AbstractGraph, standing: readonly string[]): [number, number] | null {
  return spanOf(graph, (type) => typeof type !== 'string' || !standing.includes(type)) ?? timeSpanOf(graph);
}

function spanOf(graph: AbstractGraph, counts: (type: unknown) => boolean): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  graph.forEachEdge((_, attributes) => {
    const t = attributes.time;
    if (typeof t === 'number' && Number.isFinite(t) && counts(attributes.type)) {
      if (t < low) low = t;
      if (t > high) high = t;
    }
  });
  return low < high ? [low, high] : null;
}

/** The exposure an engagement rate divides by, and how many posts carry it. */
export interface Exposure {
  readonly denominator: 'impressions' | 'reach' | 'followers';
  /** Posts with a positive value of it (every post for followers, which come from the author). */
  readonly carried: number;
  readonly posts: number;
}

/**
 * The exposure the posts carry: impressions when at least half the posts have a positive count,
 * else reach under the same rule, else followers. Engagements per impression measure the response of
 * the people who saw a post; per follower, of an audience most of whom never saw it.
 */
export function exposureOf(graph: AbstractGraph): Exposure {
  const posts = postsOf(graph);
  const count = (field: 'impressions' | 'reach'): number => {
    let n = 0;
    for (const p of posts) {
      const value = (p as Record<string, unknown> | null)?.[field];
      if (typeof value === 'number' && value > 0) n++;
    }
    return n;
  };
  if (posts.length > 0) {
    const impressions = count('impressions');
    if (2 * impressions >= posts.length) return { denominator: 'impressions', carried: impressions, posts: posts.length };
    const reach = count('reach');
    if (2 * reach >= posts.length) return { denominator: 'reach', carried: reach, posts: posts.length };
  }
  return { denominator: 'followers', carried: posts.length, posts: posts.length };
}
