/**
 * One hostile case in a child process: runs it and prints one JSON line on stdout, the outcome
 * (`error` with the code of an InfluenceScoreError, `ok` and whether the result checks out, or
 * `other` for anything else thrown) and the resident memory at the end.
 */
import { InfluenceScoreError } from '../../src/index.js';
import { cases } from './cases.js';

const name = process.argv[2];
const hostile = cases[name];

async function outcome(): Promise<object> {
  if (!hostile) return { outcome: 'other', message: `no case ${JSON.stringify(name)}` };
  try {
    const result = await hostile.run();
    return { outcome: 'ok', checked: hostile.check ? hostile.check(result) : true };
  } catch (error) {
    if (error instanceof InfluenceScoreError) return { outcome: 'error', code: error.code, message: error.message.slice(0, 300) };
    const e = error as { code?: unknown; name?: string; message?: string };
    // The CLI case throws a plain error carrying the code its error line shows.
    if (typeof e.code === 'string' && name.includes('CLI')) return { outcome: 'error', code: e.code, message: String(e.message).slice(0, 300) };
    return { outcome: 'other', message: `${e.name}: ${String(e.message).slice(0, 300)}` };
  }
}

const result = await outcome();
process.stdout.write(`${JSON.stringify({ ...result, rssMB: Math.round(process.memoryUsage.rss() / 1048576) })}\n`);
process.exit(0);
