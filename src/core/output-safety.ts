/**
 * Output safety: the one place that decides how a user's string (an id, a label, a relation type)
 * is written where another program would execute or misread it. Ids come from the user's data, so
 * an id can be a spreadsheet formula, a terminal escape sequence, a bidirectional override or a
 * character XML cannot hold; each writer passes every user string through the function for its medium:
 *
 * - CSV (spreadsheets): {@link csvCell}, OWASP's "CSV injection" rule: a text cell that starts with
 *   `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, unless the text is a number.
 * - Terminal (aligned tables, stderr): {@link terminalText}, control characters (C0, DEL, C1) and
 *   bidirectional controls shown as visible escapes (`\x1b`, `\t`, `\u202e`).
 * - HTML report: {@link stripBidiControls} (explicit embeddings, overrides and isolates removed).
 * - XML export (GEXF, GraphML): {@link xmlInvalidCharacters} and {@link replaceXmlInvalid}, the XML 1.0
 *   `Char` production (W3C XML 1.0 §2.2).
 *
 * Layer: core (pure string functions, no imports), so the graph writers, the report and the CLI share them.
 */

/** The characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Decimal numbers as spreadsheets read them: `-5`, `+1.5`, `.5`, `2e-3`. Such a cell is data, not a formula. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Fields that need RFC 4180 quotes: a delimiter, quote or line break, or edge whitespace a reader would trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: numbers at full precision; text that a
 * spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or carriage return and
 * is not a number) prefixed with `'`, as OWASP recommends; quotes added when the field needs them.
 * `null` is an empty field.
 *
 * @example
 * ```ts
 * csvCell('=SUM(1+9)'); // "'=SUM(1+9)"
 * csvCell('-5');        // '-5' (a number: left alone)
 * csvCell('a,b');       // '"a,b"'
 * csvCell(0.25);        // '0.25'
 * ```
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Bidirectional formatting characters: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), so a
 * user string cannot reverse the text around it ("Trojan Source", CVE-2021-42574). Letters of
 * right-to-left scripts and the marks LRM/RLM are kept: names in Arabic or Hebrew still read right.
 *
 * @example
 * ```ts
 * stripBidiControls('\u202Eacme-official'); // 'acme-official'
 * ```
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** What a terminal would act on: C0 controls, DEL, C1 controls, bidirectional controls, line and paragraph separators. */
const TERMINAL_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visibleEscape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * Text safe to print on a terminal in one line: every control character (C0 including tab and line
 * breaks, DEL, C1 such as the 8-bit CSI U+009B), every bidirectional control and U+2028/U+2029
 * becomes a visible escape (`\x1b`, `\t`, `\n`, `\u202e`), so an id can neither drive the terminal
 * (colours, cursor moves, window titles, BEL) nor break a table's rows and columns.
 * Backslashes are left as they are, so ordinary ids read unchanged.
 *
 * @example
 * ```ts
 * terminalText('evil\x1b[2J'); // 'evil\\x1b[2J'
 * terminalText('a\tb');        // 'a\\tb'
 * ```
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, visibleEscape);
}

/**
 * {@link terminalText} for a message of several lines (an error with its list of issues): line
 * breaks are kept, every other unsafe character is escaped.
 *
 * @example
 * ```ts
 * terminalLines('bad id "a\x07"\n  - line 2'); // 'bad id "a\\x07"\n  - line 2'
 * ```
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/**
 * Characters outside XML 1.0's `Char` production: C0 controls other than tab, LF and CR (U+0000 among
 * them), lone surrogates, U+FFFE and U+FFFF. A conforming parser (expat in Python and Gephi's
 * readers) rejects a document that holds one, even as a character reference.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The characters of `text` that XML 1.0 forbids (W3C XML 1.0 §2.2, production [2] `Char`), in order.
 *
 * @example
 * ```ts
 * xmlInvalidCharacters('a\u0000b\u0007'); // ['\u0000', '\u0007']
 * xmlInvalidCharacters('tab\tok');       // []
 * ```
 */
export function xmlInvalidCharacters(text: string): string[] {
  return text.match(XML_INVALID) ?? [];
}

/**
 * `text` with every character XML 1.0 forbids replaced by U+FFFD, the Unicode replacement character.
 *
 * @example
 * ```ts
 * replaceXmlInvalid('bell\u0007'); // 'bell\uFFFD'
 * ```
 */
export function replaceXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD');
}

/**
 * @internal `U+0007` for a character: how warnings and errors name a character they cannot show.
 *
 * @example
 * ```ts
 * codePointName('\u0007'); // 'U+0007'
 * ```
 */
export function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
