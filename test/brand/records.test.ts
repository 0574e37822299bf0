import { describe, expect, it } from 'vitest';
import { buildSocialGraph, parseEdgeCsv, parseNdjson, postSchema, interactionSchema, accountSchema } from '../../src/index.js';
import { thrown } from '../helpers/errors.js';

describe('brand fields on records', () => {
  it('posts keep topics, sentiment and mentions; interactions keep topics and sentiment; accounts keep affiliation', () => {
    const graph = buildSocialGraph({
      accounts: [{ id: 'ada', affiliation: 'Acme' }, { id: 'acme' }],
      posts: [{ id: 'p1', author: 'ada', time: '2024-05-01', topics: ['AI', '#ethics'], sentiment: 0.5, mentions: ['acme'] }],
      interactions: [{ from: 'ada', to: 'acme', type: 'reply', time: '2024-05-02', topics: ['support'], sentiment: -0.25 }],
    });
    expect(graph.getNodeAttribute('ada', 'affiliation')).toBe('Acme');
    expect(graph.getAttribute('posts')?.[0]).toMatchObject({ topics: ['AI', '#ethics'], sentiment: 0.5, mentions: ['acme'] });
    expect(graph.getEdgeAttributes('interaction:0')).toMatchObject({ topics: ['support'], sentiment: -0.25 });
  });

  it('rejects sentiment outside [−1, 1], naming the record and the field', () => {
    const error = thrown(() => buildSocialGraph({ posts: [{ id: 'p1', author: 'ada', time: 0 }, { id: 'p2', author: 'ada', time: 0, sentiment: 1.5 }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({ path: ['posts', 1, 'sentiment'], record: 1, field: 'sentiment' });
  });

  it('rejects topics that are not strings, naming the record and the field', () => {
    const error = thrown(() => buildSocialGraph({ interactions: [{ from: 'a', to: 'b', type: 'reply', topics: ['ok', 42 as unknown as string] }] }));
    expect(error.issues[0]).toMatchObject({ record: 0, field: 'topics' });
    expect(error.issues[0].path).toEqual(['interactions', 0, 'topics', 1]);
    const notArray = thrown(() => buildSocialGraph({ posts: [{ id: 'p', author: 'a', time: 0, topics: 'ai' as unknown as string[] }] }));
    expect(notArray.issues[0]).toMatchObject({ record: 0, field: 'topics', path: ['posts', 0, 'topics'] });
  });

  it('rejects an empty affiliation and non-string mentions', () => {
    expect(accountSchema.safeParse({ id: 'a', affiliation: ' ' }).success).toBe(false);
    expect(postSchema.safeParse({ id: 'p', author: 'a', time: 0, mentions: [{}] }).success).toBe(false);
    expect(interactionSchema.safeParse({ from: 'a', to: 'b', type: 'reply', sentiment: Number.NaN }).success).toBe(false);
  });

  it('NDJSON errors name the line of a bad sentiment', () => {
    const text = ['{"kind":"account","id":"ada","affiliation":"acme"}', '{"kind":"post","id":"p","author":"ada","time":0,"sentiment":-2}'].join('\n');
    const error = thrown(() => parseNdjson(text));
    expect(error.issues[0]).toMatchObject({ line: 2, field: 'sentiment' });
  });

  it('CSV reads a topics column split on ";" or "|" and a numeric sentiment column', () => {
    const graph = parseEdgeCsv('source,target,type,topics,sentiment\nbob,acme,reply,AI; ethics |launch,0.75\nann,acme,share,,\n');
    expect(graph.getEdgeAttributes('0')).toMatchObject({ topics: ['AI', 'ethics', 'launch'], sentiment: 0.75 });
    expect(graph.getEdgeAttributes('1')).not.toHaveProperty('topics');
    expect(graph.getEdgeAttributes('1')).not.toHaveProperty('sentiment');
  });

  it('CSV rejects a sentiment that is outside [−1, 1] or not a number, naming the line', () => {
    const error = thrown(() => parseEdgeCsv('source,target,sentiment\na,b,0.2\na,c,-1.5\na,d,good\n'));
    expect(error.issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'sentiment'],
      [4, 'sentiment'],
    ]);
  });
});
