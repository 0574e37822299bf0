import { describe, expect, it } from 'vitest';
import { buildSocialGraph } from '../../src/index.js';
import { renderReport } from '../../src/report.js';
import { socialWorld } from '../helpers/social-world.js';

describe('a report of a 10,000-account graph', () => {
  it('stays under 2 MB, because big scatter plots become hexagonal bins', () => {
    const graph = buildSocialGraph(socialWorld({ accounts: 10_000, seed: 11 }));
    expect(graph.order).toBe(10_000);
    const html = renderReport(graph, { date: new Date('2024-05-01T00:00:00Z') });
    const bytes = Buffer.byteLength(html);
    console.log(`10k-account report: ${(bytes / 1024).toFixed(0)} KB, ${graph.size} edges`);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    expect(html).toContain('id="top-table"');
    expect(html).not.toContain('Not shown: the edges carry no times');
  });
});
