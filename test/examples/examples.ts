/** How each example is run by the tests: its arguments (small data) and what it must print. */
export const EXAMPLES: Record<string, { args?: string[]; prints: RegExp }> = {
  'load-and-rank': { prints: /│ 1 +│ 'ada' │/ },
  'compose-influencer-score': { prints: /^member \d+ — ties: \d+/m },
  'weak-ties-bridges': { prints: /^\d+ ties, \d+ weak/m },
  'engagement-million-follower': { prints: /^Kendall τ\(smoothed rate, true rate\) += 0\.\d+/m },
  'centrality-polblogs': { prints: /^pagerank +154, 54, 1050/m },
  // Enron by default; any undirected edge list works, and karate runs in a second.
  'research-kitsak': { args: ['34', '20', '1', '1.5', 'data/karate.csv'], prints: /^\| degree \| 0\.\d+ \|/m },
  'brand-dashboard': { prints: /^dashboard for acme on ai: top influencer ai-expert-\d+/m },
  'brand-weekly-advocates': { prints: /^week of 2024-12-25: \d+ advocates, \d+ detractors, 5 ambassadors/m },
  'brand-topical-vs-pagerank': { prints: /^topicalInfluence vs pagerank: Kendall τ/m },
  'precomputed-at-scale': { prints: /│ 0 +│ 1 +│ 'ada' │ '61\.9' │/ },
  'marketing-report': { prints: /^wrote .*influence-report\.html \(\d+ KB\) and .*\.gexf$/m },
  // Reads the 40k-key pgp-strong-2009 from bench/data even when limited to the first keys.
  'trust-pgp': { args: ['2000'], prints: /^pgp-strong-2009: 2000 keys/m },
};
