/**
 * The social graph: a graphology MultiDirectedGraph whose nodes are accounts and whose edges are
 * follows and interactions (`u → v`: u pays attention to v), with the posts as a graph attribute.
 */
import type { AbstractGraph } from 'graphology-types';
import type { PostRecord } from './schemas/post.js';

/** Node attributes set by `buildSocialGraph` (from account records, plus `postCount`). */
export interface SocialNodeAttributes {
  /** Account creation, ms since the epoch. */
  createdAt?: number;
  followers?: number;
  following?: number;
  verified?: boolean;
  flags?: string[];
  /** Organisation the account belongs to (e.g. the brand an employee works for). */
  affiliation?: string;
  /** Posts authored, present on every node when posts were given. */
  postCount?: number;
  /** Anything from the account's `attributes`. */
  [attribute: string]: unknown;
}

/** Edge attributes set by `buildSocialGraph`. */
export interface SocialEdgeAttributes {
  /** `'follow'`, an interaction type, or a custom string. */
  type: string;
  /** ms since the epoch: a follow's `since`, an interaction's `time`. */
  time?: number;
  /** Interaction weight; absent means 1. */
  weight?: number;
  /** Post the interaction refers to. */
  post?: string;
  /** Hashtags, keywords or categories of the interaction. */
  topics?: string[];
  /** Sentiment in [−1, 1]. */
  sentiment?: number;
  [attribute: string]: unknown;
}

/** Graph attributes set by `buildSocialGraph`. */
export interface SocialGraphAttributes {
  /** The validated posts (times in ms), in input order; the engagement scorers read them. */
  posts?: PostRecord[];
  [attribute: string]: unknown;
}

/**
 * What `buildSocialGraph` returns: at run time a graphology `MultiDirectedGraph`. Typed with
 * `graphology-types` (as graphology's own classes are), which resolves under every module setting.
 */
export type SocialGraph = AbstractGraph<SocialNodeAttributes, SocialEdgeAttributes, SocialGraphAttributes>;
