/**
 * Reciprocity: the share of the accounts that address an account (follow, reply to, mention it)
 * whom it addresses back.
 *   reciprocity(v) = |In(v) ∩ Out(v)| / |In(v)|,   0 when In(v) is empty
 * In(v) = distinct accounts u ≠ v with an edge u → v in the view; Out(v) likewise for v → u. Any
 * relation in the view returns any other (a reply returns a follow). Reciprocity as a trust cue:
 * Garlaschelli & Loffredo 2004 (reciprocity of directed networks); Hsu et al. 2006 on reciprocal
 * ties and trust in blog networks.
 */
import { z } from 'zod';
import { parseOptions } from '../../core/options.js';
import type { Scorer } from '../scorer.js';
import type { ViewOptions } from '../../context/view.js';
import { createScorer } from '../create-scorer.js';
import { scopedView } from './internal/shared.js';

const DEFAULT_RELATIONS: readonly string[] = ['follow', 'mention', 'reply'];

const schema = z
  .object({
    relations: z.union([z.array(z.string().min(1)).min(1), z.null()]).optional(),
    view: z.custom<ViewOptions>().optional(),
  })
  .strict();

/** Options of {@link reciprocity}. */
export interface ReciprocityOptions {
  /**
   * Relation types that count, `null` for every edge.
   * @defaultValue the view's relations if it has some, else `['follow', 'mention', 'reply']`
   */
  relations?: string[] | null;
  /** Time window, asOf and other view settings. @defaultValue every edge of the relations */
  view?: ViewOptions;
}

/**
 * Reciprocity: the share of an account's incoming relations it returns, in [0, 1].
 *
 * @example
 * ```ts
 * const r = reciprocity().score(graph);
 * r.get('ada'); // 0.4: ada follows, replies to or mentions back 40% of those who address her
 * reciprocity({ relations: ['follow'] }).score(graph); // follow-backs only
 * ```
 */
export function reciprocity(options: ReciprocityOptions = {}): Scorer {
  const { view, relations } = parseOptions(schema, options, 'reciprocity');
  const scoped = scopedView(view, relations, DEFAULT_RELATIONS);
  return createScorer({
    id: 'reciprocity',
    label: 'Reciprocity',
    description: '|In(v) ∩ Out(v)| / |In(v)|: share of accounts addressing v that v addresses back (0 without incoming). Garlaschelli & Loffredo 2004.',
    range: [0, 1],
    higherIsBetter: true,
    params: { relations: scoped.relations ?? null },
    view: scoped,
    compute(ctx, control) {
      const values = new Float64Array(ctx.n);
      const incoming = new Float64Array(ctx.n);
      const returned = new Float64Array(ctx.n);
      const { offsets: io, targets: it } = ctx.in;
      const { offsets: oo, targets: ot } = ctx.out;
      for (let v = 0; v < ctx.n; v++) {
        if ((v & 4095) === 0) control.tick(v, ctx.n);
        // Both rows are sorted by neighbour index (CSR build), so a merge counts the intersection.
        let a = io[v];
        let b = oo[v];
        let common = 0;
        while (a < io[v + 1] && b < oo[v + 1]) {
          if (it[a] === ot[b]) {
            common++;
            a++;
            b++;
          } else if (it[a] < ot[b]) a++;
          else b++;
        }
        const k = io[v + 1] - io[v];
        incoming[v] = k;
        returned[v] = common;
        values[v] = k > 0 ? common / k : 0;
      }
      control.finish(ctx.n);
      return { values, extra: { incoming, returned } };
    },
  });
}
