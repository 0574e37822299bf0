/**
 * `--param key=value` flags as scorer options: values are JSON when they parse, text otherwise.
 */
import { UsageError } from './usage-error.js';

/** The options `--param` flags spell (`alpha=0.9` → `{ alpha: 0.9 }`). */
export function parseParams(values: string[] | undefined): Record<string, unknown> {
  const entries = (values ?? []).map((kv): [string, unknown] => {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param expects key=value, got ${JSON.stringify(kv)}`);
    const raw = kv.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // not JSON: keep the text
    }
    return [kv.slice(0, eq), value];
  });
  return Object.fromEntries(entries);
}
