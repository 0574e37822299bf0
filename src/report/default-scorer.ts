/**
 * The report's score when the caller names none: reach (PageRank), engagement (smoothed engagement
 * rate) and trust (the `trust()` composite), combined on 0–100. A part the data cannot feed (no posts,
 * no times) is dropped with a warning instead of failing the report.
 */
import { combine, engagementRate, InfluenceScoreError, pagerank, type Scorer, type ScoringContext, trust } from '../index.js';

/** The candidate parts and weights, in the order they appear in the table. */
const PARTS: readonly [name: string, make: () => Scorer, weight: number][] = [
  ['reach', () => pagerank(), 0.4],
  ['engagement', () => engagementRate(), 0.3],
  ['trust', () => trust(), 0.3],
];

/**
 * Builds the default composite for `ctx`, trying each part first; returns it with a warning per
 * dropped part. Throws `MISSING_DATA` when no part can be computed.
 */
export function defaultScorer(ctx: ScoringContext): { scorer: Scorer; warnings: string[] } {
  const warnings: string[] = [];
  const parts = new Map<string, readonly [Scorer, number]>();
  for (const [name, make, weight] of PARTS) {
    const scorer = make();
    try {
      scorer.score(ctx);
      parts.set(name, [scorer, weight]);
    } catch (error) {
      if (!(error instanceof InfluenceScoreError) || error.code === 'INTERNAL') throw error;
      warnings.push(`report: the ${name} part was left out of the score: ${error.message.split('\n')[0]}`);
    }
  }
  if (parts.size === 0) throw new InfluenceScoreError('MISSING_DATA', 'report: no part of the default score can be computed on this graph', []);
  return { scorer: combine({ parts, scale: [0, 100], id: 'report-score', label: 'Influence score' }), warnings };
}
