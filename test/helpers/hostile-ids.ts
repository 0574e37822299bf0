/**
 * Ids an attacker can put in a social graph export to attack whoever reads the library's output:
 * spreadsheet formulas (OWASP CSV injection), terminal escape sequences, line breaks that break a
 * table, bidirectional overrides (Trojan Source) and characters XML 1.0 forbids.
 */
export const HOSTILE_IDS: readonly string[] = [
  "=HYPERLINK(\"http://evil.example\",\"click\")",
  "+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '-2+3+cmd|x',
  '\tleading-tab',
  '\rleading-cr',
  '\u001b]0;pwned\u0007title',
  '\u001b[31mred\u001b[0m',
  '\u009b2Jc1-csi',
  'two\nlines',
  'col\tumn',
  '\u202Eacme-official',
  'iso\u2067late\u2069d',
  'nul\u0000byte',
  'bell\u0007',
  'del\u007f',
];

/** Control characters a terminal acts on (C0 other than the line feed between lines, DEL, C1) and the bidirectional controls. */
export const TERMINAL_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

/** A cell a spreadsheet would run as a formula: starts with = + - @ tab or CR and is not a number. */
export const isFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell);
