/**
 * Issue 21 (1): time to read one long CSV line streamed in 64 KiB chunks (a file stream's size),
 * old scanner vs new. Run with tsx from a tree whose src/ is the version to measure:
 *   nice npx tsx bench/long-lines.ts 16 64      (sizes in MB)
 * The new scanner gets maxLineBytes above the line, so both read the whole line; the line has no
 * delimiter, so both end with a field-count error after reading it.
 */
import { Readable } from 'node:stream';
import { loadContext } from '../src/node.js';

const KiB = 1024;
function line(mb: number): Readable {
  const chunk = Buffer.alloc(64 * KiB, 0x78);
  let left = Math.ceil((mb * 1024 * KiB) / chunk.length);
  let head = true;
  return new Readable({
    read() {
      if (head) {
        head = false;
        this.push(Buffer.from('source,target\na,b\n'));
      } else if (left-- > 0) this.push(chunk);
      else {
        this.push(Buffer.from('\n'));
        this.push(null);
      }
    },
  });
}

const withLimit = process.env.OLD ? {} : { limits: { maxLineBytes: 2 ** 30 } };
for (const mb of process.argv.slice(2).map(Number)) {
  const started = performance.now();
  let outcome = 'loaded';
  try {
    await loadContext(line(mb), withLimit as never);
  } catch (error) {
    outcome = (error as { code?: string }).code ?? String(error);
  }
  console.log(`${process.env.OLD ? 'old' : 'new'} ${mb} MB line: ${Math.round(performance.now() - started)} ms (${outcome})`);
}
