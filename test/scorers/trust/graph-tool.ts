/** The graph-tool EigenTrust reference values (bench/python/eigentrust_reference.py). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface EigenTrustRun {
  iterations: number;
  values: number[];
}
export interface EigenTrustReference {
  nodes: number;
  edges: number;
  /** Exactly 100 iterations from 1/N. */
  fixed: EigenTrustRun;
  /** graph-tool's default stop: L1 change < epsilon. */
  default: EigenTrustRun & { epsilon: number };
}

const path = fileURLToPath(new URL('../../fixtures/eigentrust-references.json.gz', import.meta.url));
let cache: Record<string, EigenTrustReference> | undefined;

export function graphToolEigenTrust(name: string): EigenTrustReference {
  cache ??= (JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { networks: Record<string, EigenTrustReference> }).networks;
  return cache[name];
}

/** graph-tool 2.45 returns t_{k−1} when it stops after an odd number k of iterations. */
export const graphToolIterate = (k: number): number => 2 * Math.floor(k / 2);
