/**
 * Scores as node attributes: a copy of the graph whose nodes carry each computed score, and for a
 * composite each part (normalized, as combined) and the part's raw value, so a Gephi user sizes and
 * colours nodes by influence in one step after a GEXF or GraphML export.
 */
import type { AbstractGraph } from 'graphology-types';
import { InfluenceScoreError } from '../core/errors.js';
import type { ScoreVector } from '../core/score-vector.js';
import { argument, checkArguments } from '../core/argument-schemas.js';

/**
 * Returns a copy of `graph` with, for each named vector, the node attribute `name` (the score),
 * `name_part` (each part's normalized value) and `name_part_raw` (the part scorer's own value).
 * Nodes a vector does not cover keep no attribute for it. The input graph is not changed.
 *
 * @throws InfluenceScoreError `INVALID_INPUT` when an attribute name would overwrite an existing
 *   node attribute (pick another name).
 * @example
 * ```ts
 * const scored = withScores(graph, new Map([['influence', vector]]));
 * writeFileSync('scores.gexf', writeGexf(scored));
 * ```
 */
export function withScores(graph: AbstractGraph, vectors: ReadonlyMap<string, ScoreVector>): AbstractGraph {
  checkArguments('withScores', [graph, vectors], [['graph', argument.graph], ['vectors', argument.map]]);
  const copy = graph.copy();
  const columns: [string, ScoreVector][] = [];
  for (const [name, vector] of vectors) {
    columns.push([name, vector]);
    for (const [part, partVector] of Object.entries(vector.parts ?? {})) {
      columns.push([`${name}_${part}`, partVector]);
      const raw = partVector.meta.extra?.source as ScoreVector | undefined;
      if (raw) columns.push([`${name}_${part}_raw`, raw]);
    }
  }
  const clash = columns.find(([name]) => copy.someNode((_, attributes) => Object.hasOwn(attributes, name)));
  if (clash) {
    throw new InfluenceScoreError('INVALID_INPUT', `withScores: the nodes already have an attribute "${clash[0]}"`, [
      { path: [clash[0]], message: 'name the score differently so no node attribute is overwritten' },
    ]);
  }
  for (const [name, vector] of columns) {
    vector.keys.forEach((key, i) => {
      if (copy.hasNode(key)) copy.setNodeAttribute(key, name, vector.values[i]);
    });
  }
  return copy;
}
