/**
 * Names → dense codes 0, 1, 2, … in order of first sight: how relation types and community labels
 * become small integers for typed arrays, with the names kept to read them back.
 */

/**
 * @internal A growing name ↔ code table.
 *
 * @example
 * ```ts
 * const types = new NameCodes();
 * types.code('like'); // 0
 * types.code('share'); // 1
 * types.code('like'); // 0
 * types.names; // ['like', 'share']
 * ```
 */
export class NameCodes {
  /** Every name seen, at its code. */
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `name`; the next free one the first time it is seen. */
  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }
}
