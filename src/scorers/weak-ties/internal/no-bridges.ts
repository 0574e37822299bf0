/**
 * The warning of bridging and weak-tie reach when the communities leave no tie between two of them
 * (code NO_BRIDGES): every score is then 0, and the user is told why and what to do.
 */
import { type Warning, warning } from '../../../core/warnings.js';
import type { CommunitySource, Resolution } from './communities.js';

/** @internal The sentence: which communities, why every score is 0, and the remedies. */
export function noBridgesWarning(measure: string, count: number, source: CommunitySource, resolution: Resolution, remedy: string): Warning {
  const found =
    source === 'louvain'
      ? `Louvain (resolution ${resolution === 'auto' ? "'auto'" : resolution}) found ${count} communit${count === 1 ? 'y' : 'ies'}`
      : `the attribute "${source.attribute}" gives ${count} communit${count === 1 ? 'y' : 'ies'}`;
  return warning('NO_BRIDGES', `${measure}: ${found} and no tie joins two of them, so ${remedy}`);
}
