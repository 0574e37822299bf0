/**
 * Issue 21: the hostile corpus (cases.ts), one case per child process under a time limit and a
 * memory limit (`--max-old-space-size` for the heap, and an RSS watchdog for the rest: typed arrays,
 * buffers, native memory). A case that hangs or floods memory is killed and fails here, not the run.
 * Each must end with the typed error it names, or a correct result, within both limits.
 *
 * The children run a bundle of the sources made here with esbuild (no dependence on a stale dist).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases } from './cases.js';

/** Each case's limits: wall time (generous: the machine may be loaded), JS heap, resident memory. */
const TIME_LIMIT_MS = 45_000;
const HEAP_MB = 256;
const RSS_LIMIT_MB = 1024;
const PARALLEL = 2;

interface Outcome {
  outcome: 'ok' | 'error' | 'other' | 'killed';
  code?: string;
  checked?: boolean;
  message?: string;
  rssMB?: number;
  peakRssMB: number;
  ms: number;
}

const bundle = fileURLToPath(new URL('../../node_modules/.cache/influence-score-hostile/child.js', import.meta.url));

/** Resident memory of `pid` in MB (Linux /proc; elsewhere `ps`), or 0 once it is gone. */
function rssMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function runCase(name: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [`--max-old-space-size=${cases[name].heapMB ?? HEAP_MB}`, bundle, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let killed: string | null = null;
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const kill = (why: string): void => {
      killed ??= why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(`no answer within ${TIME_LIMIT_MS} ms`), TIME_LIMIT_MS);
    const watchdog = setInterval(() => {
      peak = Math.max(peak, rssMB(child.pid!));
      if (peak > RSS_LIMIT_MB) kill(`resident memory passed ${RSS_LIMIT_MB} MB`);
    }, 25);
    child.on('close', (exit, signal) => {
      clearTimeout(timer);
      clearInterval(watchdog);
      const ms = Math.round(performance.now() - started);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (killed !== null || !line.startsWith('{')) {
        resolve({ outcome: 'killed', message: killed ?? `exit ${exit ?? signal}: ${stderr.slice(-500)}`, peakRssMB: Math.round(peak), ms });
        return;
      }
      const reported = JSON.parse(line) as Outcome;
      resolve({ ...reported, peakRssMB: Math.round(Math.max(peak, reported.rssMB ?? 0)), ms });
    });
  });
}

const names = Object.keys(cases);
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  mkdirSync(new URL('../../node_modules/.cache/influence-score-hostile/', import.meta.url), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('./child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    splitting: true,
    outdir: dirname(bundle),
    logLevel: 'error',
  });
  const queue = [...names];
  const worker = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) outcomes.set(name, await runCase(name));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (process.env.HOSTILE_REPORT) {
    for (const name of names) {
      const o = outcomes.get(name)!;
      console.log(`${name.padEnd(62)} ${String(o.code ?? o.outcome).padEnd(14)} ${String(o.ms).padStart(6)} ms ${String(o.peakRssMB).padStart(5)} MB`);
    }
  }
}, 240_000);

describe('the hostile corpus', () => {
  it('has at least 30 cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it.each(names)('%s', (name) => {
    const o = outcomes.get(name)!;
    const expected = cases[name].expect;
    expect(o.outcome, o.message).not.toBe('killed');
    expect(o.outcome, o.message).not.toBe('other');
    expect(o.peakRssMB).toBeLessThanOrEqual(RSS_LIMIT_MB);
    if (expected === 'ok') {
      expect(o.outcome, o.message).toBe('ok');
      expect(o.checked).toBe(true);
    } else {
      expect(o.outcome).toBe('error');
      expect(expected.split('|'), o.message).toContain(o.code);
    }
  });
});
