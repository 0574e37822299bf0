/**
 * `--topic` and `--brand` for `rank`: shorthands for the `topic` option of the influence and
 * topical-influence scorers and the `brand` option of advocacy. Refused for scorers without them.
 */
import { UsageError } from './usage-error.js';

/** parseArgs configuration of the brand flags. */
export const BRAND_OPTIONS = {
  topic: { type: 'string' },
  brand: { type: 'string' },
} as const;

/** Help lines for {@link BRAND_OPTIONS}. */
export const BRAND_HELP = `      --topic <t[,t2]>     topic(s) for --scorer influence (adds relevance) or topical-influence
      --brand <id>         the brand's account id for --scorer advocacy`;

const TAKES_TOPIC = new Set(['influence-score', 'topical-influence']);

/** The options the flags set for scorer `name`; a usage error when the scorer has no such option. */
export function brandParams(name: string, values: { topic?: string; brand?: string }): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (values.topic !== undefined) {
    if (!TAKES_TOPIC.has(name)) throw new UsageError(`--topic applies to --scorer influence or topical-influence, not ${name}`);
    const topics = values.topic.split(',').map((t) => t.trim()).filter(Boolean);
    if (topics.length === 0) throw new UsageError('--topic needs a topic, e.g. --topic ai');
    if (name === 'influence-score') params.topic = topics.length === 1 ? topics[0] : topics;
    else Object.assign(params, topics.length === 1 ? { topic: topics[0] } : { topics });
  }
  if (values.brand !== undefined) {
    if (name !== 'advocacy') throw new UsageError(`--brand applies to --scorer advocacy, not ${name} (see also: influence-score advocates)`);
    params.brand = values.brand;
  }
  return params;
}
