/**
 * parseGraphologyJson: graphology's serialization format (`graph.export()`) → a graph, validated
 * before anything is built. Edge weights and times are checked as the loaders check them, and
 * times are normalized to ms so every view reads them the same way on every machine.
 */
import { showValue } from '../core/arguments.js';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { InfluenceScoreError } from '../core/errors.js';
import { parseOptions } from '../core/options.js';
import { fromGraphKey, keyFromFile } from '../core/graph-key.js';
import { tooLarge } from './edge-list/builder.js';
import type { ReadLimits } from './edge-list/edge-list.js';
import { IssueList, setOwn } from './issues.js';
import { attributesSchema, idSchema, recordIdSchema, timeSchema } from './schemas/fields.js';

// Keys exported from a graph the library built are already escaped: such a key (U+0000 + an id that
// needs escaping) is kept as it is. Every other key is an id and is escaped, so `'\u0000a'` (not an
// escape: 'a' needs none) stays apart from `'a'`. The one clash left, an escaped key beside its own
// plain id (`'\u0000__proto__'` and `'__proto__'`), is reported as a duplicate.
const graphKey = keyFromFile;

const nodeSchema = z.strictObject({ key: idSchema, attributes: attributesSchema.optional() });
const edgeSchema = z.strictObject({
  key: recordIdSchema.optional(),
  source: idSchema,
  target: idSchema,
  attributes: attributesSchema.optional(),
  undirected: z.boolean().optional(),
});
const serializedSchema = z.strictObject({
  options: z
    .strictObject({
      type: z.enum(['directed', 'undirected', 'mixed']).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  attributes: attributesSchema.optional(),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()).optional(),
});

const optionsSchema = z.strictObject({
  weightAttribute: z.string().min(1).nullable().default('weight'),
  timeAttribute: z.string().min(1).nullable().default('time'),
});

/** Options of {@link parseGraphologyJson}. */
export interface GraphologyJsonOptions {
  /** Edge attribute checked as a weight (finite, ≥ 0), or `null` not to check. @defaultValue `'weight'` */
  weightAttribute?: string | null;
  /** Edge attribute read as a time (ms, or ISO 8601 → ms), or `null` to leave as is. @defaultValue `'time'` */
  timeAttribute?: string | null;
}

type Edge = z.output<typeof edgeSchema>;

function copy(attributes: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (attributes) for (const [k, v] of Object.entries(attributes)) setOwn(out, k, v);
  return out;
}

/**
 * Builds a graph from graphology's serialized JSON (an object, or its text): `{ options?, attributes?,
 * nodes: [{ key, attributes? }], edges?: [{ key?, source, target, attributes?, undirected? }] }`.
 * The graph type comes from `options` (graphology's defaults: mixed, not multi, self-loops allowed).
 *
 * All or nothing: each problem is an issue with its path (e.g. `['edges', 4, 'attributes', 'weight']`):
 * malformed entries, duplicate node or edge keys, edges to undeclared nodes, a parallel edge in a
 * simple graph, a self-loop where the options forbid them, an undirected edge in a directed graph,
 * a weight that is not a finite number ≥ 0, an unreadable time. `limits` (`maxNodes`, `maxEdges`;
 * loadGraph passes its own) stop it with `TOO_LARGE` before anything is built.
 *
 * @example
 * ```ts
 * const graph = parseGraphologyJson(JSON.stringify(otherGraph.export()));
 * ```
 */
export function parseGraphologyJson(json: string | object, options?: GraphologyJsonOptions, limits?: ReadLimits): AbstractGraph {
  const opts = parseOptions(optionsSchema, options, 'parseGraphologyJson');
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new InfluenceScoreError('INVALID_INPUT', 'Invalid graphology JSON', [{ path: [], message: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const issues = new IssueList();
  const top = serializedSchema.safeParse(data);
  if (!top.success) {
    issues.addZod(top.error, [], {});
    issues.throwIfAny('Invalid graphology JSON');
  }
  const doc = top.data!;
  const hint = 'split the graph, or export it as CSV or Parquet and use loadContext';
  if (limits?.maxNodes !== undefined && doc.nodes.length > limits.maxNodes) tooLarge('nodes', limits.maxNodes, hint);
  if (limits?.maxEdges !== undefined && (doc.edges?.length ?? 0) > limits.maxEdges) tooLarge('edges', limits.maxEdges, hint);
  const type = doc.options?.type ?? 'mixed';
  const multi = doc.options?.multi ?? false;
  const allowSelfLoops = doc.options?.allowSelfLoops ?? true;

  const nodeKeys = new Map<string, number>();
  const storedKeys = new Map<string, number>();
  const nodes: z.output<typeof nodeSchema>[] = [];
  doc.nodes.forEach((raw, i) => {
    const r = nodeSchema.safeParse(raw);
    if (!r.success) return issues.addZod(r.error, ['nodes', i], { record: i });
    const stored = graphKey(r.data.key);
    if (nodeKeys.has(r.data.key)) {
      issues.add({ path: ['nodes', i, 'key'], record: i, field: 'key', message: `duplicate node key ${JSON.stringify(r.data.key)} (first at nodes[${nodeKeys.get(r.data.key)}])` });
    } else if (storedKeys.has(stored)) {
      const first = storedKeys.get(stored)!;
      issues.add({ path: ['nodes', i, 'key'], record: i, field: 'key', message: `node key ${JSON.stringify(r.data.key)} and nodes[${first}] (${JSON.stringify(nodes[first]?.key)}) are the same id ${JSON.stringify(fromGraphKey(stored))}, once escaped and once not` });
    } else {
      nodeKeys.set(r.data.key, i);
      storedKeys.set(stored, i);
    }
    nodes.push(r.data);
  });

  const edges: Edge[] = [];
  const edgeKeys = new Map<string, number>();
  const pairs = new Set<string>();
  (doc.edges ?? []).forEach((raw, i) => {
    const r = edgeSchema.safeParse(raw);
    if (!r.success) return issues.addZod(r.error, ['edges', i], { record: i });
    const e = r.data;
    const at = (field: string, message: string, unknownNode = false): void =>
      issues.add({ path: ['edges', i, field], record: i, field, message }, unknownNode);
    for (const end of ['source', 'target'] as const) {
      if (!nodeKeys.has(e[end])) at(end, `${end} ${JSON.stringify(e[end])} is not among the nodes`, true);
    }
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) at('key', `duplicate edge key ${JSON.stringify(e.key)} (first at edges[${edgeKeys.get(e.key)}])`);
      else edgeKeys.set(e.key, i);
    }
    const undirected = type === 'undirected' || (type === 'mixed' && e.undirected === true);
    if (type === 'directed' && e.undirected === true) at('undirected', 'an undirected edge in a directed graph');
    if (!allowSelfLoops && e.source === e.target) at('target', `self-loop on ${JSON.stringify(e.source)}, but options.allowSelfLoops is false`);
    if (!multi) {
      const [a, b] = undirected && e.source > e.target ? [e.target, e.source] : [e.source, e.target];
      const pair = `${undirected ? 'u' : 'd'}\u0000${a}\u0000${b}`;
      if (pairs.has(pair)) at('target', `a second edge ${e.source} → ${e.target}, but options.multi is false`);
      pairs.add(pair);
    }
    const attrs = e.attributes ?? {};
    if (opts.weightAttribute !== null && Object.hasOwn(attrs, opts.weightAttribute)) {
      const w = attrs[opts.weightAttribute];
      if (w !== null && !(typeof w === 'number' && Number.isFinite(w) && w >= 0)) {
        issues.add({ path: ['edges', i, 'attributes', opts.weightAttribute], record: i, field: opts.weightAttribute, message: `weight ${showValue(w)} must be a finite number ≥ 0` });
      }
    }
    if (opts.timeAttribute !== null && Object.hasOwn(attrs, opts.timeAttribute) && attrs[opts.timeAttribute] !== null) {
      const t = timeSchema.safeParse(attrs[opts.timeAttribute]);
      if (!t.success) issues.addZod(t.error, ['edges', i, 'attributes', opts.timeAttribute], { record: i });
      else e.attributes = { ...copy(attrs), [opts.timeAttribute]: t.data };
    }
    edges.push({ ...e, undirected });
  });
  issues.throwIfAny('Invalid graphology JSON');

  const graph = new Graph({ type, multi, allowSelfLoops });
  if (doc.attributes) graph.replaceAttributes(copy(doc.attributes));
  for (const n of nodes) graph.addNode(graphKey(n.key), copy(n.attributes));
  for (const e of edges) {
    const attrs = copy(e.attributes);
    const [source, target] = [graphKey(e.source), graphKey(e.target)];
    if (e.key !== undefined) {
      if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, source, target, attrs);
      else graph.addDirectedEdgeWithKey(e.key, source, target, attrs);
    } else if (e.undirected) graph.addUndirectedEdge(source, target, attrs);
    else graph.addDirectedEdge(source, target, attrs);
  }
  return graph;
}

/**
 * The former name of {@link parseGraphologyJson}, kept for one minor version (it returns a graph,
 * which has no `meta.warnings`, so only the type checker and this notice say it is deprecated).
 *
 * @deprecated Use {@link parseGraphologyJson}, named like `parseEdgeCsv`, `parseNdjson` and `parseGexf`.
 * @example
 * ```ts
 * const graph = fromGraphologyJSON({ nodes: [{ key: 'a' }] }); // same as parseGraphologyJson
 * ```
 */
export const fromGraphologyJSON: typeof parseGraphologyJson = (json, options) => parseGraphologyJson(json, options);
