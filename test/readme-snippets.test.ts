import { describe, expect, it } from 'vitest';
import { combine, constraint, degree, explain, InfluenceScoreError, log, pagerank, parseEdgeCsv, percentile, rank } from '../src/index.js';
import { loadGraph } from '../src/node.js';
import { programOf, readmeSection, readmeSnippets, runReadmeSnippet } from './helpers/readme.js';

const snippets = readmeSnippets();
const runnable = snippets.filter((s) => s.mode !== 'illustrative');
const silent = { log() {}, table() {}, error() {}, warn() {} };

describe('README code blocks run as written', () => {
  it('has its ts/js blocks either run or marked illustrative with a reason', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(11);
    for (const s of snippets) if (s.mode === 'illustrative') expect(s.reason, `README line ${s.line}`).toBeTruthy();
    for (const s of snippets) if (s.mode === 'continues') expect(snippets[snippets.indexOf(s) - 1]?.section, `README line ${s.line}`).toBe(s.section);
  });

  it.concurrent.each(runnable.map((s) => [`${s.section || 'top'}, line ${s.line}`, s] as const))('the block at %s runs', async (_where, snippet) => {
    await expect(runReadmeSnippet(programOf(snippet, snippets), silent)).resolves.toBeUndefined();
  });
});

describe('README figures are current', () => {
  it('the CSV error block prints the error it shows', async () => {
    const block = snippets.find((s) => s.section === 'graph' && s.code.includes('parseEdgeCsv(text)'))!;
    const printed: unknown[][] = [];
    await runReadmeSnippet(programOf(block, snippets), { ...silent, error: (...args: unknown[]) => printed.push(args) });
    const shown = /\/\/ (Invalid CSV[^\n]*)\n\/\/ ( {2}- [^\n]*)\n\/\/ ( {2}- [^\n]*)/.exec(block.code)!;
    expect(printed[0][0]).toBe(shown.slice(1).join('\n'));
    expect(printed[1]).toEqual([3, 'weight', 'weight -2 is negative; weights must be ≥ 0']);
    expect(() => parseEdgeCsv('source,target,weight\na,b,1\nb,c,-2\nc,d,1\nd,,1\n')).toThrow(InfluenceScoreError);
  });

  it('the compose section shows what karate gives', async () => {
    const section = readmeSection('compose');
    const graph = await loadGraph('data/karate.csv', { csv: { directed: false } });
    expect(percentile(pagerank().score(graph)).get('33')!.toFixed(3)).toBe('0.985');
    expect(section).toContain("get('33');             // 0.985: above 98.5% of members");
    expect(log(degree({ normalized: false }).score(graph)).get('33')).toBe(Math.log(18));
    expect(section).toContain('// 2.89 = ln(1 + 17)');
    const influence = combine({
      parts: { reach: [pagerank(), 3], audience: [degree({ direction: 'in' }), 1], bridges: [constraint(), 1] },
      normalize: 'percentile',
      aggregate: 'arithmetic',
      scale: [0, 100],
    });
    const top = rank(graph, influence, { top: 3 })[0];
    const shownRow = `{ rank: 1, node: '${top.key}', score: ${top.score.toFixed(1)}, parts: { reach: ${top.parts!.reach.toFixed(3)}, audience: ${top.parts!.audience.toFixed(3)}, bridges: ${top.parts!.bridges.toFixed(3)} } }`;
    expect(section).toContain(shownRow);
    expect(section).toContain(`v.get('33');                  // ${influence.score(graph).get('33')!.toFixed(1)} on the 0–100 scale`);
    const reach = explain(influence.score(graph), '33').parts[0];
    expect(section).toContain(`{ name: 'reach', weight: ${reach.weight}, value: ${reach.value.toFixed(3)}, contribution: ${reach.contribution.toFixed(1)}, share: ${reach.share.toFixed(1)}, … }`);
  });
});
