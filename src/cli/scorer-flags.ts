/**
 * The scorer flags of every command that runs registry scorers: `-s/--scorer(s)` names them and
 * `-p/--param key=value` passes their options. `-p` means `--param` in every command.
 */
import type { Scorer, ViewOptions } from '../index.js';
import { createNamedScorer, resolveScorerName } from './scorers.js';
import { UsageError } from './usage-error.js';

/** parseArgs configuration of `-p, --param` (repeatable). */
export const PARAM_OPTIONS = {
  param: { type: 'string', short: 'p', multiple: true },
} as const;

/** Help line for {@link PARAM_OPTIONS}, aligned with the commands' other options. */
export const PARAM_HELP = `  -p, --param <key=value>     scorer option, repeatable; values are JSON when they parse (alpha=0.9)`;

/** One `--param`: the scorer it is scoped to (`pagerank.alpha=0.9`), or every scorer. */
interface Param {
  scorer: string | undefined;
  key: string;
  value: unknown;
}

function parseParam(text: string, scoped: boolean): Param {
  const eq = text.indexOf('=');
  if (eq <= 0) {
    const hint = Number.isFinite(Number(text)) ? ' (the IC activation probability is --ic-p)' : '';
    throw new UsageError(`--param expects ${scoped ? '[scorer.]' : ''}key=value, got ${JSON.stringify(text)}${hint}`);
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  const name = text.slice(0, eq);
  const dot = scoped ? name.indexOf('.') : -1;
  return dot > 0 ? { scorer: name.slice(0, dot), key: name.slice(dot + 1), value } : { scorer: undefined, key: name, value };
}

/** `--param key=value` values of a one-scorer command, as the scorer's options. */
export function parseParams(values: readonly string[] | undefined): Record<string, unknown> {
  return Object.fromEntries((values ?? []).map((text) => parseParam(text, false)).map((p) => [p.key, p.value]));
}

/**
 * Builds the named registry scorers with their `--param`s: `scorer.key=value` goes to that scorer
 * (resolved like `--scorers` names), a bare `key=value` to every one of them; a scorer that rejects
 * an option is bad usage. Returns canonical name → scorer, in the order given.
 */
export function scorersFromFlags(names: readonly string[], params: readonly string[] | undefined, view: ViewOptions | undefined): Map<string, Scorer> {
  const canonical = names.map((name) => resolveScorerName(name));
  const parsed = (params ?? []).map((text) => parseParam(text, true));
  for (const p of parsed) {
    if (p.scorer === undefined) continue;
    const target = resolveScorerName(p.scorer);
    if (!canonical.includes(target)) throw new UsageError(`--param ${p.scorer}.${p.key}: ${target} is not among the scorers (${canonical.join(', ')})`);
    p.scorer = target;
  }
  const scorers = new Map<string, Scorer>();
  for (const name of canonical) {
    const own = Object.fromEntries(parsed.filter((p) => p.scorer === undefined || p.scorer === name).map((p) => [p.key, p.value]));
    scorers.set(name, createNamedScorer(name, own, view));
  }
  return scorers;
}
