/**
 * An edge table streamed into columns: CSV/TSV through the byte-level fast path, then csv-parse's
 * streaming parser from the first line the fast path cannot take (the same reader, options and
 * rules as `parseEdgeCsv`; see graph/edge-list/).
 */
import { parse } from 'csv-parse';
import { type BuilderSettings, EdgeListBuilder } from '../graph/edge-list/builder.js';
import { type CsvFallback, type CsvParseRow, CsvScanner, csvParseOptions, DEFAULT_MAX_LINE_BYTES, feedParsedRow } from '../graph/edge-list/csv-scan.js';
import type { EdgeList, ResolvedEdgeCsvOptions } from '../graph/edge-list/edge-list.js';
import { csvParseError } from '../graph/edge-list/read-text.js';
import { type InputSource, inputChunks } from './input-bytes.js';

/** @internal Streams a CSV/TSV edge list from `source` into columns. */
export async function readCsvEdgeList(
  source: InputSource,
  opts: ResolvedEdgeCsvOptions,
  settings: BuilderSettings & { fastPath?: boolean },
  maxBytes: number,
): Promise<EdgeList> {
  const builder = new EdgeListBuilder(opts, settings);
  const maxLineBytes = settings.limits?.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const scanner = new CsvScanner(builder, opts.delimiter, settings.fastPath ?? true, maxLineBytes);
  const chunks = inputChunks(source, maxBytes);
  let fallback: CsvFallback | null = null;
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    fallback = scanner.push(next.value);
    if (fallback) break;
  }
  fallback ??= scanner.end();
  if (fallback) await parseRest(builder, fallback, chunks, opts.delimiter, maxLineBytes);
  const list = builder.finish();
  list.fallbackLine = fallback ? fallback.lineOffset + 1 : null;
  return list;
}

/** csv-parse (streaming) over the rest: the bytes the fast path gave back, then the chunks still unread. */
async function parseRest(builder: EdgeListBuilder, fallback: CsvFallback, chunks: AsyncGenerator<Uint8Array>, delimiter: string, maxLineBytes: number): Promise<void> {
  const parser = parse(csvParseOptions(delimiter, maxLineBytes));
  let pumpError: unknown;
  const pump = (async () => {
    try {
      if (!parser.write(fallback.rest)) await drained(parser);
      while (!parser.destroyed) {
        const next = await chunks.next();
        if (next.done) break;
        if (!parser.write(next.value)) await drained(parser);
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      pumpError = error;
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const row of parser as AsyncIterable<CsvParseRow>) feedParsedRow(builder, row, fallback.lineOffset);
  } catch (error) {
    if (pumpError !== undefined) throw pumpError;
    throw csvParseError(error, fallback.lineOffset, maxLineBytes);
  } finally {
    parser.destroy();
    await pump;
  }
  if (pumpError !== undefined) throw pumpError;
}

/** Resolves when the parser wants more input, or is gone (destroyed parsers never drain). */
function drained(parser: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}
