/**
 * Flags shared by the audience commands (`overlap`, `slate`): which audience, and comma lists of ids.
 */
import type { AudienceKind } from '../index.js';
import { choiceOption } from './numbers.js';
import { UsageError } from './usage-error.js';

/** `--audience followers|engagers`. */
export const AUDIENCE_OPTIONS = { audience: { type: 'string' } } as const;

export const AUDIENCE_HELP = `      --audience <kind>        followers (default: follow edges into the account) or engagers
                               (mentions, replies, shares, quotes, comments, likes)`;

/** The audience flag, validated. */
export function audienceFlag(value: string | undefined): AudienceKind {
  return choiceOption('audience', value ?? 'followers', ['followers', 'engagers'] as const);
}

/** A comma list of ids (`a,b,c`), trimmed, empties dropped; `flag` names it in the error. */
export function idList(flag: string, value: string | undefined, min: number): string[] {
  const ids = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length < min) throw new UsageError(`--${flag} needs at least ${min} comma-separated account id${min === 1 ? '' : 's'}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`);
  return ids;
}
