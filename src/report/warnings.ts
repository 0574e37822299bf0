/**
 * The report's warnings, each said once. The report runs some scorers twice on the same data (the
 * engagement rate of the audience chart is also the score's amplification part; every trend window
 * reruns the score), so one data problem arrives under several prefixes: `amplification: 1 post(s)
 * have more engagements than impressions` from the part, the same sentence bare from the chart's own
 * run, and `window 3: amplification: …` from a trend window. The reader gets it once.
 */
import { prefixWarning, type Warning } from '../core/warnings.js';
import { checkArguments } from '../core/argument-schemas.js';
import { z } from 'zod';

/** Whether `a` and `b` say the same thing: same code, and equal messages or one the other behind a `source: ` prefix. */
function sameWarning(a: Warning, b: Warning): boolean {
  if (a.code !== b.code) return false;
  return a.message === b.message || a.message.endsWith(`: ${b.message}`) || b.message.endsWith(`: ${a.message}`);
}

/**
 * The warnings without repeats, in the order they arose: a warning that repeats an earlier one, or
 * repeats it with a `source: ` prefix added or removed, is dropped.
 *
 * @example
 * ```ts
 * const lack = (message: string) => ({ code: 'MISSING_DATA', message }) as const;
 * distinctWarnings([lack('amplification: 2 posts lack impressions'), lack('2 posts lack impressions')]);
 * // [{ code: 'MISSING_DATA', message: 'amplification: 2 posts lack impressions' }]
 * ```
 */
export function distinctWarnings(warnings: Iterable<Warning>): Warning[] {
  const kept: Warning[] = [];
  for (const warning of warnings) if (!kept.some((k) => sameWarning(k, warning))) kept.push(warning);
  return kept;
}

const WINDOW_PREFIX = /^window (\d+): /;

/** `1–3, 5` from sorted window numbers. */
function spans(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(j === i ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * `trend`'s warnings (`window k: …`) with each sentence once, naming the windows it arose in:
 * `trends, windows 1–3: relevance left out: …`.
 *
 * @example
 * ```ts
 * const w = (message: string) => ({ code: 'FALLBACK', message }) as const;
 * trendWarnings([w('window 1: x'), w('window 2: x'), w('window 2: y')]);
 * // [{ code: 'FALLBACK', message: 'trends, windows 1–2: x' }, { code: 'FALLBACK', message: 'trends, window 2: y' }]
 * ```
 */
export function trendWarnings(warnings: readonly Warning[]): Warning[] {
  // Keyed by code and the sentence with its dates, ids and figures masked: each window's "the view
  // keeps 0 of 3501 edges (1358 outside the window 2021-01-01… )" is one warning, said once with
  // the first window's figures. One sentence under two codes stays two warnings.
  const byShape = new Map<string, { bare: Warning; windows: number[]; texts: Set<string> }>();
  for (const warning of warnings) {
    const match = WINDOW_PREFIX.exec(warning.message);
    const bare = { code: warning.code, message: match ? warning.message.slice(match[0].length) : warning.message };
    const key = `${bare.code}\u0000${shapeOf(bare.message)}`;
    const entry = byShape.get(key) ?? { bare, windows: [], texts: new Set<string>() };
    entry.texts.add(bare.message);
    if (match) entry.windows.push(Number(match[1]));
    byShape.set(key, entry);
  }
  return [...byShape.values()].map(({ bare, windows, texts }) => {
    const sorted = [...new Set(windows)].sort((a, b) => a - b);
    if (sorted.length === 0) return prefixWarning('trends', bare);
    const figures = texts.size > 1 ? { ...bare, message: `${bare.message} (figures of window ${sorted[0]}; the other windows' differ)` } : bare;
    return prefixWarning(`trends, window${sorted.length === 1 ? '' : 's'} ${spans(sorted)}`, figures);
  });
}

/** A warning with its ISO dates, quoted ids and numbers masked: two windows' versions of one warning share it. */
function shapeOf(text: string): string {
  return text
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, '<date>')
    .replace(/"[^"]*"/g, '<id>')
    .replace(/\d+(?:\.\d+)?/g, '#');
}

/** A group of warnings, said for a reader who is not a data engineer; `details` are the warnings themselves. */
export interface WarningGroup {
  /** Stable code of the group, e.g. `PARTS_LEFT_OUT`. */
  readonly code: string;
  readonly title: string;
  /** What it means for the reader, in one or two plain sentences. */
  readonly summary: string;
  /** The technical warnings, deduplicated. */
  readonly details: readonly Warning[];
}

/** The groups, in the order shown: the first whose pattern matches a warning's code and message takes it. */
const GROUPS: readonly { code: string; title: string; summary: string; test: RegExp }[] = [
  {
    code: 'PARTS_LEFT_OUT',
    title: 'Parts of the score the data could not feed',
    summary: 'Some measures were left out because the data lacks what they read (for example dated replies, post topics or a reference date). The ranking rests on the other measures.',
    test: /^(PART_DROPPED|RULE_SKIPPED|FALLBACK) |left out|cannot be computed|trends use|trends leave out|has no data/i,
  },
  {
    code: 'PERIODS_THIN',
    title: 'Periods with little data',
    summary: 'Some time periods hold little or no activity, or accounts that did not exist yet. Trends over those periods are less certain.',
    test: /^(EMPTY_VIEW|AFTER_AS_OF|UNDATED|UNDATED_DROPPED) |window|did not exist yet|keeps 0 of/i,
  },
  {
    code: 'POST_FIGURES',
    title: 'Post figures that do not add up',
    summary: 'Some posts report more engagements than views, or no views at all. They were counted as given, capped or skipped, as each note says.',
    test: /^(INCONSISTENT_DATA|PRIOR_FIT|UNRATED) |post\(s\)|impressions|engagements|capped|rate above/i,
  },
  {
    code: 'COMMUNITIES',
    title: 'Communities and bridges',
    summary: 'The network splits into groups less clearly than the bridge measure needs, so bridges are fewer or weaker than they may be.',
    test: /communit|weak tie|louvain|resolution/i,
  },
  {
    code: 'ACCURACY',
    title: 'Calculations that stopped early',
    summary: 'A calculation stopped before it fully settled. Scores are close, but the order of near-equal accounts may differ slightly.',
    test: /^(NOT_CONVERGED|TRUNCATED) |converge/i,
  },
];

/**
 * The report's warnings in groups a marketer can read: a title, what it means, and the technical
 * warnings behind it (for the page's disclosure). Warnings matching no group come last as "Other notes".
 *
 * @example
 * ```ts
 * groupWarnings([{ code: 'INCONSISTENT_DATA', message: 'amplification: 1 post(s) have more engagements than impressions' }]);
 * // [{ code: 'POST_FIGURES', title: 'Post figures that do not add up', summary: '…', details: [{ code: 'INCONSISTENT_DATA', … }] }]
 * ```
 */
export function groupWarnings(warnings: readonly Warning[]): WarningGroup[] {
  checkArguments('groupWarnings', [warnings], [['warnings', z.array(z.object({ code: z.string(), message: z.string() }).loose())]]);
  const details = new Map<string, Warning[]>();
  for (const w of distinctWarnings(warnings)) {
    const group = GROUPS.find((g) => g.test.test(`${w.code} ${w.message}`))?.code ?? 'OTHER';
    details.set(group, [...(details.get(group) ?? []), w]);
  }
  const groups: WarningGroup[] = [];
  for (const g of GROUPS) if (details.has(g.code)) groups.push({ code: g.code, title: g.title, summary: g.summary, details: details.get(g.code)! });
  if (details.has('OTHER')) groups.push({ code: 'OTHER', title: 'Other notes', summary: 'Further notes on how the data was read.', details: details.get('OTHER')! });
  return groups;
}
