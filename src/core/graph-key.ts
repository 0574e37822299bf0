import { argument, checkArguments } from './argument-schemas.js';
/**
 * Node ids inside graphology. graphology 0.26 keeps each node's neighbours in a plain `{}` keyed by
 * neighbour key, so a node named after an `Object.prototype` member (`__proto__`, `constructor`,
 * `toString`, ...) corrupts the graph. The library's builders and loaders therefore store such ids
 * under an escaped key (a leading U+0000), and the ScoringContext unescapes them: every ScoreVector,
 * rank row and lookup uses the user's id unchanged. Ids that are ordinary strings are stored as is.
 */

const ESCAPE = '\u0000';
const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The graphology key that stores node id `id`. Use it when you add such ids to a graph yourself.
 *
 * @example
 * ```ts
 * graph.addNode(toGraphKey('constructor')); // safe
 * toGraphKey('alice'); // 'alice'
 * ```
 */
export function toGraphKey(id: string): string {
  if (typeof id !== 'string') checkArguments('toGraphKey', [id], [['id', argument.string]]);
  return RESERVED.has(id) || id.startsWith(ESCAPE) ? ESCAPE + id : id;
}

/**
 * The node id stored under graphology key `key` (the inverse of {@link toGraphKey}).
 *
 * @example
 * ```ts
 * fromGraphKey(toGraphKey('__proto__')); // '__proto__'
 * ```
 */
export function fromGraphKey(key: string): string {
  if (typeof key !== 'string') checkArguments('fromGraphKey', [key], [['key', argument.string]]);
  return key.startsWith(ESCAPE) ? key.slice(1) : key;
}

/** @internal Whether a graphology key is an escaped id. */
export function isEscapedKey(key: string): boolean {
  return key.startsWith(ESCAPE);
}

/**
 * @internal The graphology key of an id read from a file: a key the library already escaped (U+0000
 * followed by an id that needs escaping, as in its own exports) is kept as it is; any other id is
 * escaped by {@link toGraphKey}, so `'\u0000a'` (not an escape: 'a' needs none) stays apart from `'a'`.
 */
export function keyFromFile(id: string): string {
  return id.startsWith(ESCAPE) && toGraphKey(fromGraphKey(id)) === id ? id : toGraphKey(id);
}
