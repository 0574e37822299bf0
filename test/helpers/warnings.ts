import type { Warning } from '../../src/index.js';

/** The messages of `warnings`, in order (for matching text). */
export const messages = (warnings: readonly Warning[]): string[] => warnings.map((w) => w.message);

/** The codes of `warnings`, in order. */
export const codes = (warnings: readonly Warning[]): string[] => warnings.map((w) => w.code);
