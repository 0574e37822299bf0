/** Issue 21 (1, 2, 14): line length and memory limits of the CSV readers, and line ends that change mid-file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseEdgeCsv } from '../../src/index.js';
import { loadContext } from '../../src/node.js';
import { rejection, thrown } from '../helpers/errors.js';

/** A stream of `count` chunks of `size` bytes each, all 'x' (one line that never ends). */
function endlessLine(head: string, size: number, count: number): Readable {
  let sent = -1;
  return new Readable({
    read() {
      sent++;
      if (sent === 0) this.push(Buffer.from(head));
      else if (sent <= count) this.push(Buffer.alloc(size, 0x78));
      else this.push(null);
    },
  });
}

describe('long lines', () => {
  it('stops a line longer than limits.maxLineBytes with TOO_LARGE naming the line, however the stream splits it', async () => {
    const error = await rejection(loadContext(endlessLine('source,target\na,b\n', 1000, 50), { limits: { maxLineBytes: 20_000 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/Line 3 is longer than 20,000 bytes/);
    expect(error.issues[0].line).toBe(3);
  });

  it('reads lines up to the limit in chunks of one byte (the unfinished line is carried, not lost)', async () => {
    const text = `source,target\n${'a'.repeat(5000)},b\nb,c\n`;
    const chunks = [...Buffer.from(text)].map((b) => Buffer.from([b]));
    const ctx = await loadContext(Readable.from(chunks), { limits: { maxLineBytes: 5002 } });
    expect(ctx.keys).toEqual(['a'.repeat(5000), 'b', 'c']);
    const error = await rejection(loadContext(Readable.from(chunks), { limits: { maxLineBytes: 5001 } }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.issues[0].line).toBe(2);
  });

  it('caps a quoted record spanning lines in csv-parse as well (its max_record_size)', async () => {
    const field = `"${'word\n'.repeat(2000)}"`;
    const error = await rejection(loadContext(Readable.from([`source,target\n"q",b\n${field},c\n`]), { limits: { maxLineBytes: 4000 } }));
    expect(error.code).toBe('TOO_LARGE');
    // csv-parse names the line it had reached inside the record (which starts on line 3).
    expect(error.message).toMatch(/The record running through line \d+ is longer than 4,000 bytes/);
    expect(error.issues[0].line).toBeGreaterThan(3);
    expect(error.issues[0].line).toBeLessThan(2003);
  });

  it('gives parseEdgeCsv the default limit of 16 MiB', () => {
    const error = thrown(() => parseEdgeCsv(`source,target\n${'x'.repeat(16 * 1024 * 1024 + 1)}\n`));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.issues[0].line).toBe(2);
  });
});

describe('line ends', () => {
  it('reads a file whose first line ends in CRLF and the others in LF with the right field counts', () => {
    const graph = parseEdgeCsv('source,target,weight\r\na,b,1\nb,c,2\n"c",d,3\n');
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute('2', 'weight')).toBe(3);
  });

  it('reads LF first and CRLF later, quoted or not', () => {
    expect(parseEdgeCsv('source,target\na,b\r\n"b",c\r\nc,d\n').size).toBe(3);
  });
});

describe('memory', () => {
  it('counts array buffers (typed-array columns live outside the JS heap) against maxHeapBytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'influence-score-memory-'));
    const path = join(dir, 'rows.csv');
    writeFileSync(path, `source,target\n${Array.from({ length: 70_000 }, (_, i) => `${i % 100},${(i * 7) % 100}`).join('\n')}\n`);
    // Outside the heap: 256 MiB of array buffer. The heap itself stays far below the limit.
    const held = new Uint8Array(256 * 1024 * 1024);
    const limit = getHeapStatistics().used_heap_size + 128 * 1024 * 1024;
    const error = await rejection(loadContext(path, { limits: { maxHeapBytes: limit } }));
    expect(held.length).toBeGreaterThan(0);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/JS heap and array buffers/);
  });
});
