// A seeded NDJSON records file for the records-path bench (#20 item 4/6): accounts, follows, posts and
// interactions, as a brand's data team exports them.
//
//   node bench/generate-records.mjs                        # 1M records: 100k accounts, 600k follows, 200k posts, 100k interactions
//   node bench/generate-records.mjs --accounts 20000 --follows 120000 --posts 40000 --interactions 20000 --out bench/.cache/r.ndjson
//   node bench/generate-records.mjs --tables               # also posts.csv and accounts.csv beside it (the --posts/--accounts tables)
//
// Followees and authors are Zipf-skewed (index ⌊n·u^(1/(1−0.8))⌋ of a random permutation), followers
// uniform; times spread over a year; posts carry topics (a few common, many rare), sentiment and counts;
// interactions point at posts. Randomness: the library's PRNG (createRng in dist/index.js); same seed,
// same file. Output goes to bench/.cache/ (git-ignored): do not commit the data.
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    follows: { type: 'string', default: '600000' },
    posts: { type: 'string', default: '200000' },
    interactions: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    tables: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const [A, F, P, I] = ['accounts', 'follows', 'posts', 'interactions'].map((k) => Number(args[k]));
const generator = createRng(Number(args.seed));
const rng = () => generator.next();
const out = args.out ?? fileURLToPath(new URL(`./.cache/records-${A + F + P + I}.ndjson`, import.meta.url));
mkdirSync(dirname(out), { recursive: true });

const perm = Array.from({ length: A }, (_, i) => i);
for (let i = A - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [perm[i], perm[j]] = [perm[j], perm[i]];
}
const skewedId = () => `u${perm[Math.min(A - 1, Math.floor(A * rng() ** 5))]}`;
const uniform = () => `u${Math.floor(rng() * A)}`;
const T0 = Date.UTC(2025, 0, 1);
const YEAR = 365 * 86_400_000;
const TOPICS = ['coffee', 'tea', 'acme', 'travel', 'ai', 'food', 'music', 'sport'];
const topics = () => {
  const k = Math.floor(rng() * 3);
  const list = new Set();
  for (let j = 0; j < k; j++) list.add(rng() < 0.8 ? TOPICS[Math.floor(rng() ** 2 * TOPICS.length)] : `tag${Math.floor(rng() * 5000)}`);
  return [...list];
};
const TYPES = ['like', 'comment', 'share', 'mention', 'reply'];

const file = createWriteStream(out);
const write = (line) => (file.write(line + '\n') ? undefined : new Promise((r) => file.once('drain', r)));
const postsCsv = args.tables ? createWriteStream(out.replace(/\.ndjson$/, '.posts.csv')) : null;
const accountsCsv = args.tables ? createWriteStream(out.replace(/\.ndjson$/, '.accounts.csv')) : null;
accountsCsv?.write('id,followers,createdAt,affiliation\n');
postsCsv?.write('id,author,time,topics,sentiment,likes,comments,shares,impressions\n');

for (let a = 0; a < A; a++) {
  const rec = { id: `u${a}`, followers: Math.floor(10 * (1 / (rng() + 1e-3))), createdAt: T0 - Math.floor(rng() * 5 * YEAR), ...(rng() < 0.01 ? { affiliation: 'acme' } : {}) };
  accountsCsv?.write(`${rec.id},${rec.followers},${rec.createdAt},${rec.affiliation ?? ''}\n`);
  await write(JSON.stringify({ kind: 'account', ...rec }));
}
for (let f = 0; f < F; f++) {
  const rec = { follower: uniform(), followee: skewedId() };
  if (rng() < 0.5) rec.since = T0 + Math.floor(rng() * YEAR);
  await write(JSON.stringify({ kind: 'follow', ...rec }));
}
for (let p = 0; p < P; p++) {
  const rec = { id: `p${p}`, author: skewedId(), time: T0 + Math.floor(rng() * YEAR), topics: topics(), sentiment: Math.round((rng() * 2 - 1) * 100) / 100, likes: Math.floor(rng() * 50), comments: Math.floor(rng() * 5), shares: Math.floor(rng() * 3), impressions: Math.floor(rng() * 2000) };
  postsCsv?.write(`${rec.id},${rec.author},${rec.time},${rec.topics.join(';')},${rec.sentiment},${rec.likes},${rec.comments},${rec.shares},${rec.impressions}\n`);
  await write(JSON.stringify({ kind: 'post', ...rec }));
}
for (let i = 0; i < I; i++) {
  const rec = { from: uniform(), to: skewedId(), type: TYPES[Math.floor(rng() * TYPES.length)], time: T0 + Math.floor(rng() * YEAR), post: `p${Math.floor(rng() * P)}` };
  if (rng() < 0.3) rec.topics = topics();
  if (rng() < 0.3) rec.sentiment = Math.round((rng() * 2 - 1) * 100) / 100;
  await write(JSON.stringify({ kind: 'interaction', ...rec }));
}
await new Promise((resolve) => file.end(resolve));
postsCsv?.end();
accountsCsv?.end();
console.log(`wrote ${out}: ${A} accounts, ${F} follows, ${P} posts, ${I} interactions`);
