import { describe, expect, it } from 'vitest';
import { combine, constraint, degree, explain, InfluenceScoreError, logNormalize, pagerank, parseEdgeCsv, percentile, rank } from '../../src/index.js';
import { loadGraph } from '../../src/node.js';
import { docFiles, docSnippets, docText, programOf, runSnippet } from '../helpers/docs.js';

const snippets = docSnippets();
const runnable = snippets.filter((s) => s.mode !== 'illustrative');
const silent = { log() {}, table() {}, error() {}, warn() {} };

describe('the code blocks of the README and of every page under docs/ run as written', () => {
  it('reads the README, the guides and the design notes', () => {
    const files = docFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('docs/guide/composing.md');
    expect(files.some((f) => f.startsWith('docs/reference/'))).toBe(false);
  });

  it('has its ts/js blocks either run or marked illustrative with a reason', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(11);
    for (const s of snippets) if (s.mode === 'illustrative') expect(s.reason, `${s.file}:${s.line}`).toBeTruthy();
    for (const s of snippets) if (s.mode === 'continues') expect(snippets[snippets.indexOf(s) - 1]?.file, `${s.file}:${s.line}`).toBe(s.file);
  });

  it.concurrent.each(runnable.map((s) => [`${s.file}:${s.line}`, s] as const))('the block at %s runs', async (_where, snippet) => {
    await expect(runSnippet(programOf(snippet, snippets), silent)).resolves.toBeUndefined();
  });
});

describe('the figures the guides show are current', () => {
  it('the CSV error block of the social-graph guide prints the error it shows', async () => {
    const block = snippets.find((s) => s.file === 'docs/guide/social-graph.md' && s.code.includes('parseEdgeCsv(text)'))!;
    const printed: unknown[][] = [];
    await runSnippet(programOf(block, snippets), { ...silent, error: (...args: unknown[]) => printed.push(args) });
    const shown = /\/\/ (Invalid CSV[^\n]*)\n\/\/ ( {2}- [^\n]*)\n\/\/ ( {2}- [^\n]*)/.exec(block.code)!;
    expect(printed[0][0]).toBe(shown.slice(1).join('\n'));
    expect(printed[1]).toEqual([3, 'weight', 'weight -2 is negative; weights must be ≥ 0']);
    expect(() => parseEdgeCsv('source,target,weight\na,b,1\nb,c,-2\nc,d,1\nd,,1\n')).toThrow(InfluenceScoreError);
  });

  it('the composing guide shows what karate gives', async () => {
    const page = docText('docs/guide/composing.md');
    const graph = await loadGraph('data/karate.csv', { csv: { directed: false } });
    expect(percentile(pagerank().score(graph)).get('33')!.toFixed(3)).toBe('0.985');
    expect(page).toContain("get('33');             // 0.985: above 98.5% of members");
    expect(logNormalize(degree({ normalized: false }).score(graph)).get('33')).toBe(Math.log(18));
    expect(page).toContain('// 2.89 = ln(1 + 17)');
    const influence = combine({
      parts: { reach: [pagerank(), 3], audience: [degree({ direction: 'in' }), 1], bridges: [constraint(), 1] },
      normalize: 'percentile',
      aggregate: 'arithmetic',
      scale: [0, 100],
    });
    const top = rank(graph, influence, { top: 3 })[0];
    const parts = top.parts!;
    const shownRow = `{ rank: 1, key: '${top.key}', score: ${top.score.toFixed(1)}, parts: { reach: ${parts.reach.toFixed(3)}, audience: ${parts.audience.toFixed(3)}, bridges: ${parts.bridges.toFixed(3)} } }`;
    expect(page).toContain(shownRow);
    expect(page).toContain(`v.get('33');                  // ${influence.score(graph).get('33')!.toFixed(1)} on the 0–100 scale`);
    const reach = explain(influence.score(graph), '33').parts[0];
    expect(page).toContain(`{ name: 'reach', weight: ${reach.weight}, value: ${reach.value.toFixed(3)}, contribution: ${reach.contribution.toFixed(1)}, share: ${reach.share.toFixed(1)}, … }`);
  });

  it("the README's brand example prints the sentence its comment quotes", async () => {
    const block = snippets.find((s) => s.file === 'README.md' && s.code.includes('formatExplanation('))!;
    const quoted = /console\.log\(formatExplanation[^\n]*\/\/ "([^"…]*)…"/.exec(block.code)![1];
    const printed: unknown[] = [];
    await runSnippet(programOf(block, snippets), { ...silent, log: (text: unknown) => printed.push(text) });
    expect(printed).toHaveLength(1);
    expect(String(printed[0]).startsWith(quoted.trimEnd()), String(printed[0]).split('\n')[0]).toBe(true);
  });

  it('the views example of the social-graph guide gives what its comments say', async () => {
    const block = snippets.find((s) => s.file === 'docs/guide/social-graph.md' && s.code.includes('const view = {'))!;
    // Each `expression; // comment` line prints its expression.
    const printing = block.code.replace(/^(.+?); +\/\/ .*$/gm, 'console.log($1);');
    const printed: unknown[] = [];
    await runSnippet(printing, { ...silent, log: (value: unknown) => printed.push(value) });
    expect(block.code).toContain('// bob: both shares and replies point to him');
    expect(block.code).toContain("// 0: the follow to ada is outside the view");
    expect((printed[0] as { key: string }[])[0].key).toBe('bob');
    expect(printed[1]).toBe(0);
  });
});
