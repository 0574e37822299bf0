import { describe, expect, it } from 'vitest';
import { buildSocialGraph, parseNdjson } from '../../src/index.js';

const lines = [
  '{"kind":"account","id":"ada","followers":1200,"createdAt":"2019-03-01"}',
  '{"kind":"account","id":"bob"}',
  '',
  '{"kind":"follow","follower":"bob","followee":"ada","since":1672000000000}',
  '{"kind":"interaction","from":"bob","to":"ada","type":"share","time":"2024-05-01T09:00:00Z","post":"p1"}',
  '{"kind":"post","id":"p1","author":"ada","time":"2024-05-01T08:00:00Z","likes":3}',
];

describe('parseNdjson', () => {
  it('builds the same graph as buildSocialGraph on the same records', () => {
    const g = parseNdjson(lines.join('\n'));
    const expected = buildSocialGraph({
      accounts: [{ id: 'ada', followers: 1200, createdAt: '2019-03-01' }, { id: 'bob' }],
      follows: [{ follower: 'bob', followee: 'ada', since: 1672000000000 }],
      interactions: [{ from: 'bob', to: 'ada', type: 'share', time: '2024-05-01T09:00:00Z', post: 'p1' }],
      posts: [{ id: 'p1', author: 'ada', time: '2024-05-01T08:00:00Z', likes: 3 }],
    });
    expect(g.export()).toEqual(expected.export());
  });

  it('accepts CRLF, a BOM and records of any kind in any order', () => {
    const g = parseNdjson(`\ufeff${[...lines].reverse().join('\r\n')}\r\n`);
    expect(g.nodes()).toEqual(['bob', 'ada']);
    expect(g.getNodeAttribute('ada', 'followers')).toBe(1200);
    expect(g.getAttribute('posts')).toHaveLength(1);
  });

  it('passes the unknownNodes option on', () => {
    expect(() => parseNdjson('{"kind":"follow","follower":"a","followee":"b"}', { unknownNodes: 'error' })).toThrow(/unknown account "a"/);
  });
});
