/**
 * formatExplanation: an {@link Explanation} as plain sentences, one per part, for reports, tooltips
 * and logs. The numbers are the explanation's own (see `explain` for their definitions).
 */
import type { Explanation, PartContribution } from './explain.js';
import type { ScoreExplanation } from './explain-score.js';
import { argument, checkArguments, explanationShape } from '../core/argument-schemas.js';

const percent = (x: number): string => `${Math.round(100 * x)}%`;

function fixed(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a !== 0 && (a < 0.001 || a >= 1e6) ? x.toExponential(2) : String(+x.toFixed(a < 1 ? 4 : 1));
}

function standing(part: PartContribution, normalize: Explanation['normalize']): string {
  switch (normalize) {
    case 'percentile':
      return `ranks above ${percent(part.value)} of accounts`;
    case 'minmax':
      return `sits ${percent(part.value)} of the way from the lowest to the highest`;
    case 'zscore':
      return `is ${fixed(part.value)} standard deviations from the mean`;
    case 'robust':
      return `is ${fixed(part.value)} median absolute deviations from the median`;
    default:
      return `normalizes to ${fixed(part.value)}`;
  }
}

function effect(part: PartContribution, e: Explanation): string {
  if (e.aggregate === 'arithmetic') return `adds ${fixed(part.contribution)} points (${percent(Math.abs(part.share))} of the score)`;
  return `accounts for ${percent(part.share)} of what holds the score below the top`;
}

/**
 * A composite's explanation (from `explain`): one sentence for the score, then one per part: its standing among accounts, its raw value, its
 * weight and what it adds. Nested composites (such as trust) get their parts' sentences indented.
 *
 * @example
 * ```ts
 * console.log(formatExplanation(explain(influenceScore().score(graph), 'ada')));
 * // ada scores 81.2 on a 0–100 scale (arithmetic mean of 4 parts, percentile-normalized).
 * // - reach (weight 33%): ranks above 92% of accounts (raw 0.0123); adds 30.7 points (38% of the score).
 * // ...
 * ```
 */
export function formatExplanation(explanation: Explanation | ScoreExplanation, indent = ''): string {
  if (typeof explanation === 'object' && explanation !== null && 'kind' in explanation && typeof explanation.kind === 'string') {
    return explanation.kind === 'composite' && explanation.composite ? formatExplanation(explanation.composite, indent) : formatSources(explanation, indent);
  }
  checkArguments('formatExplanation', [explanation, indent], [['explanation', explanationShape], ['indent', argument.string, 'optional']]);
  const e = explanation as Explanation;
  const scale = e.scale ? `on a ${fixed(e.scale[0])}–${fixed(e.scale[1])} scale` : 'on a 0–1 scale';
  const lines = [`${indent}${e.node} scores ${fixed(e.score)} ${scale} (${e.aggregate} mean of ${e.parts.length} part${e.parts.length === 1 ? '' : 's'}, ${e.normalize}-normalized).`];
  for (const part of e.parts) {
    const raw = part.raw === part.value ? '' : ` (raw ${fixed(part.raw)})`;
    if (part.weight === 0) {
      lines.push(`${indent}- ${part.name} (not weighted, shown for reference): value ${fixed(part.value)}${raw}.`);
      continue;
    }
    lines.push(`${indent}- ${part.name} (weight ${percent(part.weight)}): ${standing(part, e.normalize)}${raw}; ${effect(part, e)}.`);
    if (part.explanation) lines.push(formatExplanation(part.explanation, `${indent}    `));
  }
  return lines.join('\n');
}

/**
 * An {@link ScoreExplanation} of a walk or an edge sum in one or two sentences: the share the listed
 * sources bring, each source's share, and (for walks) the teleport's share.
 */
function formatSources(e: ScoreExplanation, indent: string): string {
  const listedShare = e.sources.reduce((s, x) => s + x.share, 0);
  const whose = `${e.node}'s ${e.scorer.label}`;
  if (e.sources.length === 0) return `${indent}${whose} (${fixed(e.score)}) comes from no other account${e.kind === 'walk' ? ': all of it arrives by teleport' : ''}.`;
  const names = e.sources.map((x) => `${x.key} (${percent(x.share)})`).join(', ');
  const count = `${e.sources.length} account${e.sources.length === 1 ? '' : 's'}`;
  const lines = [`${indent}${percent(listedShare)} of ${whose} (${fixed(e.score)}) comes from ${count}: ${names}.`];
  const rest: string[] = [];
  if (e.others.count > 0) rest.push(`${percent(e.score !== 0 ? e.others.value / e.score : 0)} from ${e.others.count} other account${e.others.count === 1 ? '' : 's'}`);
  if (e.kind === 'walk') rest.push(`${percent(e.score !== 0 ? e.teleport / e.score : 0)} arrives by teleport`);
  if (rest.length > 0) lines.push(`${indent}${rest.join('; ')}.`);
  return lines.join(' ');
}
