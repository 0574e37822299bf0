/**
 * Per-account content counts for a topic: all items c_j and on-topic items o_j. Posts always count;
 * an interaction counts as content only when it carries topics (an untagged like or share says
 * nothing about what its author writes on).
 */
import type { ContentItems } from './content.js';

/** @internal Counts of {@link topicCounts}. */
export interface TopicCounts {
  /** c_j: items authored by j. */
  readonly total: Float64Array;
  /** o_j: items authored by j carrying one of the topics. */
  readonly onTopic: Float64Array;
  readonly counted: number;
  readonly onTopicItems: number;
}

/** @internal Whether an item carries one of `wanted` (normalized topics). */
export function onTopic(topics: readonly string[] | null, wanted: ReadonlySet<string>): boolean {
  if (!topics) return false;
  for (const t of topics) if (wanted.has(t)) return true;
  return false;
}

/** @internal c_j and o_j for every account. */
export function topicCounts(items: ContentItems, n: number, wanted: ReadonlySet<string>): TopicCounts {
  const total = new Float64Array(n);
  const hits = new Float64Array(n);
  let counted = 0;
  let onTopicItems = 0;
  for (let k = 0; k < items.length; k++) {
    const topics = items.topics[k];
    if (k >= items.posts && topics === null) continue;
    const a = items.author[k];
    total[a]++;
    counted++;
    if (onTopic(topics, wanted)) {
      hits[a]++;
      onTopicItems++;
    }
  }
  return { total, onTopic: hits, counted, onTopicItems };
}
