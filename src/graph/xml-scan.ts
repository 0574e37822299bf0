/**
 * A linear pre-scan of an XML text, before any DOM is built: every tag closed by the same name in
 * order, nesting no deeper than {@link MAX_XML_DEPTH}, every `&` starting a character or entity
 * reference, and the `<node>` and `<edge>` elements counted against the read's limits. The DOM parser
 * (@xmldom/xmldom) accepts unclosed tags and bare `&` silently, and graphology's GEXF reader walks
 * deep documents through live node lists in quadratic time (4,000 nested `<node><nodes>` took 33 s);
 * this scan is one pass over the text with a stack of open tags, so neither reaches them.
 */
import { InfluenceScoreError } from '../core/errors.js';
import { tooLarge } from './edge-list/builder.js';
import type { ReadLimits } from './edge-list/edge-list.js';

/** Deepest element nesting a GEXF or GraphML document may have (real files nest 4 to 8 deep). */
export const MAX_XML_DEPTH = 64;

/** A character or entity reference, from its `&` (sticky: matched where it stands). */
const REFERENCE = /&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z_:][\w.:-]*);/y;
const NAME_END = /[\s/>]/g;

/** What the scan counted: `<node>` and `<edge>` start tags. */
export interface XmlCounts {
  nodes: number;
  edges: number;
}

/** 1-based line of offset `at` (only computed for a message). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let p = text.indexOf('\n'); p >= 0 && p < at; p = text.indexOf('\n', p + 1)) line++;
  return line;
}

function malformed(format: string, text: string, at: number, message: string): InfluenceScoreError {
  const line = lineAt(text, at);
  return new InfluenceScoreError('INVALID_INPUT', `Invalid ${format}: ${message} (line ${line})`, [{ path: [format], line, message }]);
}

/** Checks that every `&` in `text[from..to)` starts a reference. */
function checkAmpersands(format: string, text: string, from: number, to: number, amps: NextOf): void {
  for (let p = amps.at(from); p >= 0 && p < to; p = amps.at(p + 1)) {
    REFERENCE.lastIndex = p;
    if (!REFERENCE.test(text) || REFERENCE.lastIndex > to) throw malformed(format, text, p, 'a bare "&" (write &amp; for an ampersand)');
  }
}

/** The end of the construct `<!...`, `<?...` or comment starting at `lt`, past its closing text. */
function skipSpecial(format: string, text: string, lt: number): number {
  const close = text.startsWith('<!--', lt) ? '-->' : text.startsWith('<![CDATA[', lt) ? ']]>' : text.startsWith('<?', lt) ? '?>' : null;
  if (close !== null) {
    const end = text.indexOf(close, lt + 2);
    if (end < 0) throw malformed(format, text, lt, `${close === '-->' ? 'a comment' : close === '?>' ? 'a processing instruction' : 'a CDATA section'} that never ends`);
    return end + close.length;
  }
  // <!DOCTYPE ...>, possibly with an internal subset [ ... ] (its declarations are inert: see parseXml).
  const gt = text.indexOf('>', lt);
  const bracket = gt < 0 ? -1 : text.slice(lt, gt).indexOf('[');
  const end = bracket >= 0 ? text.indexOf(']', lt + bracket) : gt;
  const after = end < 0 ? -1 : text.indexOf('>', end);
  if (after < 0) throw malformed(format, text, lt, 'a declaration that never ends');
  return after + 1;
}

/** Scans `text` (see the file header); throws `INVALID_INPUT` or `TOO_LARGE`, returns the counts. */
export function scanXml(format: string, text: string, limits: ReadLimits = {}, hint = ''): XmlCounts {
  const names: string[] = [];
  const opened: number[] = [];
  const counts: XmlCounts = { nodes: 0, edges: 0 };
  const quotes = new NextQuote(text);
  const amps = new NextOf(text, '&');
  const maxNodes = limits.maxNodes ?? Number.POSITIVE_INFINITY;
  const maxEdges = limits.maxEdges ?? Number.POSITIVE_INFINITY;
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    checkAmpersands(format, text, i, lt < 0 ? text.length : lt, amps);
    if (lt < 0) break;
    if (text[lt + 1] === '!' || text[lt + 1] === '?') {
      i = skipSpecial(format, text, lt);
      continue;
    }
    const end = tagEnd(format, text, lt, quotes, amps);
    if (text[lt + 1] === '/') {
      const name = text.slice(lt + 2, end).trim();
      const open = names.pop();
      if (open === undefined) throw malformed(format, text, lt, `</${name}> closes no open element`);
      if (open !== name) throw malformed(format, text, lt, `</${name}> closes <${open}> (opened on line ${lineAt(text, opened[opened.length - 1])})`);
      opened.pop();
    } else {
      NAME_END.lastIndex = lt + 1;
      const nameEnd = NAME_END.exec(text)?.index ?? end;
      const name = text.slice(lt + 1, nameEnd);
      if (name === '') throw malformed(format, text, lt, 'a "<" that starts no tag (write &lt; for a less-than sign)');
      const local = name.slice(name.indexOf(':') + 1);
      if (local === 'node' && ++counts.nodes > maxNodes) tooLarge('nodes', maxNodes, hint);
      if (local === 'edge' && ++counts.edges > maxEdges) tooLarge('edges', maxEdges, hint);
      if (text[end - 1] !== '/') {
        names.push(name);
        opened.push(lt);
        if (names.length > MAX_XML_DEPTH) throw malformed(format, text, lt, `elements nest deeper than ${MAX_XML_DEPTH} levels`);
      }
    }
    i = end + 1;
  }
  if (names.length > 0) throw malformed(format, text, opened[opened.length - 1], `<${names[names.length - 1]}> is never closed`);
  return counts;
}

/**
 * The next occurrence of one character at or after a position. Positions only grow during a scan,
 * so each search resumes where the last one stopped: a text without `'` is searched for one once, not
 * once per tag (which would make the scan quadratic).
 */
class NextOf {
  private found = -2;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  at(p: number): number {
    if (this.found !== -1 && this.found < p) this.found = this.text.indexOf(this.char, p);
    return this.found;
  }
}

/** The next `"` or `'`. */
class NextQuote {
  private readonly dq: NextOf;
  private readonly sq: NextOf;
  constructor(text: string) {
    this.dq = new NextOf(text, '"');
    this.sq = new NextOf(text, "'");
  }

  at(p: number): number {
    const dq = this.dq.at(p);
    const sq = this.sq.at(p);
    return dq >= 0 && (sq < 0 || dq < sq) ? dq : sq;
  }
}

/** The offset of the `>` ending the tag at `lt` (quoted attribute values may hold `>`); checks `&` in values. */
function tagEnd(format: string, text: string, lt: number, quotes: NextQuote, amps: NextOf): number {
  let p = lt + 1;
  for (;;) {
    const gt = text.indexOf('>', p);
    const quote = quotes.at(p);
    if (gt < 0) throw malformed(format, text, lt, 'a tag that never ends');
    if (quote < 0 || gt < quote) return gt;
    const close = text.indexOf(text[quote], quote + 1);
    if (close < 0) throw malformed(format, text, quote, 'an attribute value that never ends');
    checkAmpersands(format, text, quote + 1, close, amps);
    p = close + 1;
  }
}
