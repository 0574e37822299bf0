/**
 * The follower rules of fake-follower audits (Cresci et al. 2015, "Fame for sale"), shared by
 * authenticity and audienceQuality: which accounts look suspicious as audience members.
 *   noPosts     the account has authored no post (needs posts in the graph)
 *   massFollow  following > minFollowing and following > ratio · max(followers, 1)
 *   burst       ≥ minAccounts accounts (it included) were created within ±window of its creation
 *   flagged     it carries one of the listed flags
 * Follower and following counts are the node attributes `followers` / `following` when present, else
 * the follow edges of the context given.
 */
import { z } from 'zod';
import type { ScoringContext } from '../../../context/context.js';
import { readFlags } from './shared.js';
import { warning, type Warning } from '../../../core/warnings.js';

const MINUTE = 60_000;
const positive = z.number().positive().refine(Number.isFinite, 'must be finite');

/** @internal The massFollow rule's settings. */
export const massSchema = z.object({ minFollowing: z.number().nonnegative().default(1500), ratio: z.number().nonnegative().default(10) }).strict();
/** @internal The burst rule's settings. */
export const burstSchema = z.object({ window: positive.default(10 * MINUTE), minAccounts: z.number().int().min(2).default(20) }).strict();
/** @internal Flags that make an account suspicious by default. */
export const DEFAULT_FLAGS = ['bot', 'spam', 'fake', 'suspended', 'reported', 'revoked'];

/** @internal The rules' schema (every rule on by default). */
export const rulesSchema = z
  .object({
    noPosts: z.boolean().default(true),
    massFollow: z.union([z.literal(false), massSchema]).prefault({}),
    burst: z.union([z.literal(false), burstSchema]).prefault({}),
    flagged: z.union([z.literal(false), z.array(z.string().min(1))]).default(DEFAULT_FLAGS),
  })
  .strict()
  .prefault({});

/** @internal Resolved rules. */
export type Rules = z.output<typeof rulesSchema>;

function postCounts(ctx: ScoringContext): Float64Array | null {
  const posts = ctx.graphAttribute('posts');
  if (Array.isArray(posts)) {
    const counts = new Float64Array(ctx.n);
    for (const p of posts as { author?: unknown }[]) {
      const v = typeof p?.author === 'string' ? ctx.index.get(p.author) : undefined;
      if (v !== undefined) counts[v]++;
    }
    return counts;
  }
  const column = ctx.column('postCount');
  return column.some((c) => !Number.isNaN(c)) ? column.map((c) => (Number.isNaN(c) ? 0 : c)) : null;
}

function burstCreated(created: Float64Array, rule: { window: number; minAccounts: number }): Uint8Array {
  const order = [...created.keys()].filter((i) => !Number.isNaN(created[i])).sort((a, b) => created[a] - created[b]);
  const out = new Uint8Array(created.length);
  let lo = 0;
  let hi = 0;
  for (const i of order) {
    const t = created[i];
    while (created[order[lo]] < t - rule.window) lo++;
    while (hi < order.length && created[order[hi]] <= t + rule.window) hi++;
    if (hi - lo >= rule.minAccounts) out[i] = 1;
  }
  return out;
}

/** @internal Per node: which rules it fails (bit per rule), and the warnings for skipped rules. */
export function suspicion(ctx: ScoringContext, rules: Rules, warnings: Warning[]): { bits: Uint8Array; names: string[] } {
  const bits = new Uint8Array(ctx.n);
  const names: string[] = [];
  const mark = (name: string, fires: (v: number) => boolean): void => {
    const bit = 1 << names.length;
    names.push(name);
    for (let v = 0; v < ctx.n; v++) if (fires(v)) bits[v] |= bit;
  };
  if (rules.noPosts) {
    const posts = postCounts(ctx);
    if (posts) mark('noPosts', (v) => posts[v] === 0);
    else warnings.push(warning('RULE_SKIPPED', 'rule noPosts skipped: the graph has no posts'));
  }
  if (rules.massFollow) {
    const { minFollowing, ratio } = rules.massFollow;
    const followers = ctx.column('followers');
    const following = ctx.column('following');
    const degree = (csr: typeof ctx.in, v: number): number => csr.offsets[v + 1] - csr.offsets[v];
    mark('massFollow', (v) => {
      const out = Number.isNaN(following[v]) ? degree(ctx.out, v) : following[v];
      const inn = Number.isNaN(followers[v]) ? degree(ctx.in, v) : followers[v];
      return out > minFollowing && out > ratio * Math.max(inn, 1);
    });
  }
  if (rules.burst) {
    const created = ctx.column('createdAt');
    if (created.some((c) => !Number.isNaN(c))) {
      const burst = burstCreated(created, rules.burst);
      mark('burst', (v) => burst[v] === 1);
    } else warnings.push(warning('RULE_SKIPPED', 'rule burst skipped: no account has createdAt'));
  }
  if (rules.flagged) {
    const listed = new Set(rules.flagged);
    const flags = readFlags(ctx, 'flags');
    mark('flagged', (v) => flags[v].some((f) => listed.has(f)));
  }
  return { bits, names };
}

