import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, replaceXmlInvalid, stripBidiControls, terminalLines, terminalText, xmlInvalidCharacters } from '../../src/core/output-safety.js';
import { HOSTILE_IDS, isFormula, TERMINAL_UNSAFE } from '../helpers/hostile-ids.js';

/** Strings drawn from the characters that matter here: formula starts, controls, quotes, bidi, digits, letters. */
const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', '\u001b', '\u0007', '\u009b', '\u202e', '\u2066', '\u0000', '\ud800', '\udc00', '\ufffe', '1', '.', 'e', 'a', 'Z'), maxLength: 12 });

describe('csvCell (spreadsheet formula injection, OWASP)', () => {
  it('prefixes a quote to every text cell a spreadsheet would run, and reads back as the text behind the quote (1,000 generated strings and the hostile ids)', () => {
    const check = (text: string): void => {
      const [[cell]] = parse(`${csvCell(text)}\n`, { relax_column_count: true }) as string[][];
      expect(isFormula(cell), JSON.stringify(text)).toBe(false);
      expect(cell, JSON.stringify(text)).toBe(isFormula(text) ? `'${text}` : text);
    };
    for (const id of HOSTILE_IDS) check(id);
    // Lone surrogates left out: no UTF-8 file can hold them, so csv-parse would read U+FFFD.
    fc.assert(fc.property(tricky.filter((s) => s !== '' && !/[\ud800-\udfff]/.test(s)), check), { numRuns: 1000 });
  });

  it('leaves numbers alone, typed or as text: -5, +1.5, 2e-3 are data, not formulas', () => {
    expect([csvCell(-5), csvCell(-0.25), csvCell('-5'), csvCell('+1.5'), csvCell('2e-3'), csvCell('-.5')]).toEqual(['-5', '-0.25', '-5', '+1.5', '2e-3', '-.5']);
    expect([csvCell('-5a'), csvCell('=1'), csvCell('@a'), csvCell(null)]).toEqual(["'-5a", "'=1", "'@a", '']);
  });
});

describe('terminalText (escape sequences, BEL, line breaks)', () => {
  it('leaves no control or bidirectional character and no line break, for 1,000 generated strings and the hostile ids', () => {
    const check = (text: string): void => {
      const shown = terminalText(text);
      expect(TERMINAL_UNSAFE.test(shown) || shown.includes('\n'), JSON.stringify(shown)).toBe(false);
    };
    for (const id of HOSTILE_IDS) check(id);
    fc.assert(fc.property(tricky, check), { numRuns: 1000 });
  });

  it('shows what it escaped: \\x1b, \\t, \\n, \\u202e; printable text (backslashes too) unchanged', () => {
    expect(terminalText('\u001b[31mred\u0007')).toBe('\\x1b[31mred\\x07');
    expect(terminalText('a\tb\nc\r\u009b\u202e')).toBe('a\\tb\\nc\\r\\x9b\\u202e');
    expect(terminalText('ada\\lovelace é 日本 שלום')).toBe('ada\\lovelace é 日本 שלום');
    expect(terminalLines('first \u001b\nsecond')).toBe('first \\x1b\nsecond');
  });
});

describe('stripBidiControls (Trojan Source)', () => {
  it('removes U+202A–U+202E and U+2066–U+2069 and nothing else', () => {
    const all = Array.from({ length: 0x2070 - 0x2000 }, (_, i) => String.fromCharCode(0x2000 + i)).join('');
    const kept = stripBidiControls(all);
    expect(all.length - kept.length).toBe(9);
    expect(stripBidiControls('\u202Eacme-official')).toBe('acme-official');
    expect(stripBidiControls('\u200fשלום\u200e')).toBe('\u200fשלום\u200e');
  });
});

describe('XML 1.0 characters', () => {
  it('finds exactly the characters outside the Char production, and the replacement holds none (1,000 generated strings)', () => {
    // The Char production of W3C XML 1.0 §2.2, by code point.
    const allowed = (cp: number): boolean => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    const bad = (text: string): string[] => Array.from(text).filter((c) => !allowed(c.codePointAt(0)!));
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 12 })), (text) => {
        expect(xmlInvalidCharacters(text)).toEqual(bad(text));
        expect(bad(replaceXmlInvalid(text))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(xmlInvalidCharacters('😀 tab\t')).toEqual([]);
  });
});
