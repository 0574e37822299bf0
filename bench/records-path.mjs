// The records path (#20): NDJSON records (optionally with posts/accounts tables) through loadContext,
// in this process: wall time of the load and peak RSS. Run one process per measurement:
//
//   node bench/generate-records.mjs --tables          # writes bench/.cache/records-1000000.*
//   node bench/records-path.mjs bench/.cache/records-1000000.ndjson
//   node bench/records-path.mjs bench/.cache/records-1000000.ndjson --graph   # loadGraph instead
import { parseArgs } from 'node:util';
import { loadContext, loadGraph } from '../dist/node.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { graph: { type: 'boolean' }, posts: { type: 'string' }, accounts: { type: 'string' } } });
const file = positionals[0];
const tables = { ...(values.posts ? { posts: values.posts } : {}), ...(values.accounts ? { accounts: values.accounts } : {}) };
const started = performance.now();
const loaded = values.graph ? await loadGraph(file, tables) : await loadContext(file, tables);
const ms = performance.now() - started;
const nodes = values.graph ? loaded.order : loaded.n;
const edges = values.graph ? loaded.size : loaded.source.size;
console.log(JSON.stringify({ path: values.graph ? 'loadGraph' : 'loadContext', file, nodes, edges, seconds: +(ms / 1000).toFixed(2), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
