/**
 * Hostile inputs, generated on the fly and streamed (never held whole, never committed): endless
 * lines, gzip bombs made of repeated gzip members, deep XML.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

const MiB = 1024 * 1024;

/** `head`, then `count` copies of `chunk`, then `tail`, as a stream (each copy made when read). */
export function repeated(head: string | Uint8Array, chunk: Uint8Array, count: number, tail: string | Uint8Array = ''): Readable {
  let sent = -1;
  return new Readable({
    read() {
      sent++;
      if (sent === 0) this.push(Buffer.from(head));
      else if (sent <= count) this.push(chunk);
      else {
        if (tail.length > 0) this.push(Buffer.from(tail));
        this.push(null);
      }
    },
  });
}

/** One line of `bytes` 'x' bytes after a header, streamed in 1 MiB chunks. */
export function longLine(bytes: number, start = 'source,target\na,b\n', prefix = ''): Readable {
  return repeated(start + prefix, Buffer.alloc(MiB, 0x78), Math.ceil(bytes / MiB), '\n');
}

/**
 * A gzip bomb: a header member, then `gib` GiB of `a,b` lines as 16 MiB gzip members repeated
 * (gunzip reads concatenated members as one stream; each 16 MiB member compresses to about 16 KB).
 */
export function gzipBomb(gib: number): Buffer[] {
  const member = gzipSync(Buffer.alloc(16 * MiB, 'a,b\n'), { level: 9 });
  return [gzipSync('source,target\n'), ...Array.from({ length: gib * 64 }, () => member)];
}

let dir: string | null = null;

/** A temporary file holding `content`. */
export function tempFile(name: string, content: string | Uint8Array | readonly Uint8Array[]): string {
  dir ??= mkdtempSync(join(tmpdir(), 'influence-score-hostile-'));
  const path = join(dir, name);
  writeFileSync(path, Array.isArray(content) ? Buffer.concat(content as Uint8Array[]) : (content as string | Uint8Array));
  return path;
}

/** A GEXF document with `inner` inside `<nodes>` and `edges` inside `<edges>`. */
export function gexf(inner: string, edges = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2">\n<graph defaultedgetype="directed">\n<nodes>${inner}</nodes>\n<edges>${edges}</edges>\n</graph>\n</gexf>\n`;
}

/** A GraphML document with `body` inside `<graph>` and `keys` before it. */
export function graphml(body: string, keys = '', edgedefault = 'directed'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph edgedefault="${edgedefault}">\n${body}\n</graph>\n</graphml>\n`;
}

/** `<node id="n0"/>` … for `count` nodes. */
export function xmlNodes(count: number, label = false): string {
  return Array.from({ length: count }, (_, i) => `<node id="n${i}"${label ? ` label="n${i}"` : ''}/>`).join('\n');
}
