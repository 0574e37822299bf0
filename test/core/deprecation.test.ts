import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deprecation, parseOptionsWithRenames, renameOptions } from '../../src/core/deprecation.js';
import { thrown } from '../helpers/errors.js';

// As JavaScript callers and options typed by an interface pass them: not checked against the schema at compile time here.
const given = (options: unknown): unknown => options;

const schema = z
  .object({
    direction: z.enum(['in', 'out', 'both']).default('in'),
    typeWeights: z.record(z.string(), z.number()).default({}),
    weighted: z.boolean().default(false),
  })
  .strict();

const renames = {
  mode: { to: 'direction', values: { all: 'both', total: 'both' } },
  weights: { to: 'typeWeights' },
  direction: { values: { audience: 'in', sources: 'out' }, note: 'same meaning' },
};

describe('deprecated option names', () => {
  it('an old key keeps working, mapped to the new key, and adds one DEPRECATED warning naming both', () => {
    const { options, deprecations } = parseOptionsWithRenames(schema, given({ weights: { like: 2 } }), 'engagementRate', renames);
    expect(options.typeWeights).toEqual({ like: 2 });
    expect(deprecations).toEqual([{ code: 'DEPRECATED', message: 'engagementRate: weights is deprecated, use typeWeights' }]);
  });

  it('an old key with an old value maps both, and the warning shows the old and the new value', () => {
    const { options, deprecations } = parseOptionsWithRenames(schema, given({ mode: 'total' }), 'degree', renames);
    expect(options.direction).toBe('both');
    expect(deprecations).toHaveLength(1);
    expect(deprecations[0].code).toBe('DEPRECATED');
    expect(deprecations[0].message).toBe("degree: mode: 'total' is deprecated, use direction: 'both'");
  });

  it('an old value of a kept key is mapped and warned about; a current value passes silently', () => {
    const old = parseOptionsWithRenames(schema, given({ direction: 'audience' }), 'weakTieReach', renames);
    expect(old.options.direction).toBe('in');
    expect(old.deprecations[0].message).toBe("weakTieReach: direction: 'audience' is deprecated, use direction: 'in' (same meaning)");
    const current = parseOptionsWithRenames(schema, given({ direction: 'out' }), 'weakTieReach', renames);
    expect(current.options.direction).toBe('out');
    expect(current.deprecations).toEqual([]);
  });

  it('the new vocabulary alone gives no warning and the defaults', () => {
    expect(parseOptionsWithRenames(schema, given(undefined), 'degree', renames)).toEqual({ options: { direction: 'in', typeWeights: {}, weighted: false }, deprecations: [] });
  });

  it('giving an old key and its new key together is an INVALID_OPTION error naming the old key', () => {
    const error = thrown(() => parseOptionsWithRenames(schema, given({ mode: 'in', direction: 'out' }), 'degree', renames));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].field).toBe('mode');
    expect(error.message).toMatch(/give direction only/);
  });

  it('a bad value under an old key is reported under the old key the caller wrote', () => {
    const error = thrown(() => parseOptionsWithRenames(schema, given({ mode: 'sideways' }), 'degree', renames));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.issues[0].path).toEqual(['mode']);
    expect(error.issues[0].message).toMatch(/mode is the deprecated name of direction/);
  });

  it('unknown keys are still rejected (the schema stays strict)', () => {
    expect(thrown(() => parseOptionsWithRenames(schema, given({ bogus: 1 }), 'degree', renames)).code).toBe('INVALID_OPTION');
  });

  it('renameOptions leaves the input untouched (same object) when nothing is deprecated, and copies it otherwise', () => {
    const input = { direction: 'in' };
    expect(renameOptions(input, 'x', renames).options).toBe(input);
    const old = { weights: { a: 1 } };
    const renamed = renameOptions(old, 'x', renames);
    expect(renamed.options).toEqual({ typeWeights: { a: 1 } });
    expect(old).toEqual({ weights: { a: 1 } });
  });

  it('convert maps a value a table cannot list, e.g. a null weight attribute to weighted: false', () => {
    const { options, deprecations } = parseOptionsWithRenames(schema, given({ weight: null }), 'pagerank', { weight: { to: 'weighted', convert: (v) => v !== null } });
    expect(options.weighted).toBe(false);
    expect(deprecations[0].message).toBe('pagerank: weight is deprecated, use weighted: false');
  });

  it('deprecation() formats owner, old, new and note', () => {
    expect(deprecation('index', 'log', 'logNormalize', 'same function')).toEqual({ code: 'DEPRECATED', message: 'index: log is deprecated, use logNormalize (same function)' });
  });
});

describe('parseOptionsWithRenames type checks', () => {
  interface DegreeLikeOptions {
    direction?: 'in' | 'out' | 'both';
    typeWeights?: Record<string, number>;
    weighted?: boolean;
    /** @deprecated use direction */
    mode?: 'in' | 'out' | 'all' | 'total';
  }

  it('an options interface that declares the old key compiles when the old key is named in Old', () => {
    const options: DegreeLikeOptions = { mode: 'all' };
    const parsed = parseOptionsWithRenames<typeof schema, DegreeLikeOptions, 'mode'>(schema, options, 'degree', renames);
    expect(parsed.options.direction).toBe('both');
    // Without naming the old key the interface and the schema disagree, and the call does not compile.
    // @ts-expect-error mode is not in the schema
    expect(() => parseOptionsWithRenames<typeof schema, DegreeLikeOptions>(schema, options, 'degree', renames)).not.toThrow();
  });
});
