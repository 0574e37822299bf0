/**
 * Issue collection for all-or-nothing loading: every problem is gathered (up to a cap, so a huge
 * broken file cannot exhaust memory) and thrown once, before anything is built.
 */
import type { z } from 'zod';
import { type ErrorCode, type ErrorIssue, InfluenceScoreError } from '../core/errors.js';

/** More issues than this are counted, not kept. */
export const MAX_ISSUES = 1000;

/** @internal Where a record came from: its collection index and, for text input, its 1-based line. */
export interface RecordLocation {
  record?: number;
  line?: number;
}

/** @internal Accumulates issues; {@link IssueList.throwIfAny} raises them together. */
export class IssueList {
  readonly items: ErrorIssue[] = [];
  private dropped = 0;
  private onlyUnknownNodes = true;

  add(issue: ErrorIssue, unknownNode = false): void {
    if (!unknownNode) this.onlyUnknownNodes = false;
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
    else this.dropped++;
  }

  /** Adds zod's issues for one value found at `base` (e.g. `['interactions', 3]`). */
  addZod(error: z.ZodError, base: readonly (string | number)[], where: RecordLocation): void {
    for (const issue of error.issues) {
      const sub = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
      const top = sub.find((p): p is string => typeof p === 'string');
      this.add({
        path: [...base, ...sub],
        ...where,
        field: keys ? keys.join(', ') : top,
        message: issue.message,
      });
    }
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  /** Throws `INVALID_INPUT` (or `UNKNOWN_NODE` when every issue is an unknown node) if anything was added. */
  throwIfAny(what: string): void {
    if (this.size === 0) return;
    const code: ErrorCode = this.onlyUnknownNodes ? 'UNKNOWN_NODE' : 'INVALID_INPUT';
    const more = this.dropped > 0 ? ` (first ${MAX_ISSUES} of ${this.size} shown)` : '';
    throw new InfluenceScoreError(code, `${what}: ${this.size} problem(s) found, nothing was loaded${more}`, this.items);
  }
}

/** @internal Sets an own, enumerable property, so keys such as `__proto__` stay ordinary data. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** @internal Throws `INVALID_INPUT` unless `text` is a string (a parser handed `null` or a Buffer says so, not "found null"). */
export function requireText(text: unknown, parser: string): asserts text is string {
  if (typeof text === 'string') return;
  const got = text === null ? 'null' : text instanceof Uint8Array ? 'bytes (decode them first, e.g. buffer.toString("utf8"))' : Array.isArray(text) ? 'an array' : typeof text;
  throw new InfluenceScoreError('INVALID_INPUT', `${parser} expects the text of the file, got ${got}`, [{ path: [], message: `expected a string, got ${got}` }]);
}
