/**
 * One source of truth for options (issue 12 §4): each factory documents its options in an interface
 * (TSDoc, @defaultValue) and validates them with a zod schema; `parseOptions` only compiles when the
 * two agree, so every factory's call to it is the check. These cases pin what the check catches;
 * `npm test` type-checks this file (tsc), and vitest runs its runtime half.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type OptionsAgree, parseOptions } from '../../src/core/options.js';

const schema = z.object({ alpha: z.number().default(0.85), mode: z.enum(['in', 'out']).optional(), pair: z.tuple([z.number(), z.number()]).optional() }).strict();
type Input = z.input<typeof schema>;

describe('options interfaces and zod schemas are checked against each other', () => {
  it('agree when keys and types match (readonly tuples count as tuples)', () => {
    interface Options {
      alpha?: number;
      mode?: 'in' | 'out';
      pair?: readonly [number, number];
    }
    expectTypeOf<OptionsAgree<Options, Input>>().toEqualTypeOf<unknown>();
    const options: Options = { alpha: 0.5 };
    expectTypeOf(parseOptions(schema, options, 'test')).toEqualTypeOf<z.output<typeof schema>>();
  });

  it('name the key when the interface lacks one, has an extra one, or types one differently', () => {
    expectTypeOf<OptionsAgree<{ alpha?: number; mode?: 'in' | 'out' }, Input>>().toEqualTypeOf<{ 'options interface and zod schema disagree on': 'pair' }>();
    expectTypeOf<OptionsAgree<{ alpha?: number; mode?: 'in' | 'out'; pair?: [number, number]; beta?: number }, Input>>().toEqualTypeOf<{ 'options interface and zod schema disagree on': 'beta' }>();
    expectTypeOf<OptionsAgree<{ alpha?: number; mode?: 'in' | 'out' | 'all'; pair?: [number, number] }, Input>>().toEqualTypeOf<{ 'options interface and zod schema disagree on': 'mode' }>();
    expectTypeOf<OptionsAgree<{ alpha?: string; mode?: 'in' | 'out'; pair?: [number, number] }, Input>>().toEqualTypeOf<{ 'options interface and zod schema disagree on': 'alpha' }>();
  });

  it('so a factory whose interface drifted from its schema does not compile', () => {
    const drifted: { alpha?: number; mode?: 'in' | 'out' | 'all' } = {};
    // @ts-expect-error: 'mode' allows 'all' in the interface but not in the schema, and 'pair' is undocumented
    expectTypeOf(() => parseOptions(schema, drifted, 'test')).toBeFunction();
  });
});
