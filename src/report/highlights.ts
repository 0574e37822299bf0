/**
 * The findings shown first on the page, each one short sentence, from the sections that were drawn.
 */
import type { AdvocacyData } from './sections/advocacy.js';
import type { AudienceData } from './sections/audience.js';
import type { BridgesData } from './sections/bridges.js';
import type { Section } from './sections/section.js';
import type { TopAccountsData } from './sections/top-accounts.js';
import type { TrendsData } from './sections/trends.js';
import { formatNumber, rhoWords } from './views.js';

/** The sections the highlights read. */
export interface Findings {
  top: Section<TopAccountsData>;
  audience: Section<AudienceData>;
  bridges: Section<BridgesData>;
  trends: Section<TrendsData>;
  advocacy: Section<AdvocacyData>;
  /** Warning groups in "About this report". */
  warnings: number;
  scoreName: string;
}

const few = (names: string[]): string => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);

/** One sentence per finding, in page order. */
export function highlightsOf(found: Findings): string[] {
  const { top, audience, bridges, trends, advocacy } = found;
  const highlights: string[] = [];
  if (top.shown && top.data.rows[0]) highlights.push(`Top account: ${top.data.rows[0].label}, ${found.scoreName} ${formatNumber(top.data.rows[0].score)}.`);
  if (audience.shown && !Number.isNaN(audience.data.rho)) {
    highlights.push(`Audience size says ${rhoWords(audience.data.rho)} about engagement here (Spearman ${audience.data.rho.toFixed(2)}).`);
  }
  if (bridges.shown && bridges.data.rows[0]) highlights.push(`Strongest bridge: ${bridges.data.rows[0].label}, only #${bridges.data.rows[0].degreeRank} by connections.`);
  if (trends.shown) {
    const rising = trends.data.series.filter((s) => s.status === 'rising').map((s) => s.label);
    const fading = trends.data.series.filter((s) => s.status === 'fading').map((s) => s.label);
    if (rising.length || fading.length) highlights.push([rising.length ? `Rising: ${few(rising)}.` : '', fading.length ? `Fading: ${few(fading)}.` : ''].filter(Boolean).join(' '));
  }
  if (advocacy.shown) {
    const [advocate] = advocacy.data.advocates;
    const [detractor] = advocacy.data.detractors;
    const parts = [advocate ? `strongest advocate ${advocate.label}` : 'no advocate', detractor ? `strongest detractor ${detractor.label}` : 'no detractor'];
    highlights.push(`${advocacy.data.brand}: ${parts.join(', ')}.`);
  }
  if (found.warnings) highlights.push(`${found.warnings} thing${found.warnings === 1 ? '' : 's'} to keep in mind: see "About this report".`);
  return highlights;
}
