/** A scoring run's outcome, comparable with toEqual: its keys, its values bit for bit and its warnings, or the error's code and message. */
export function outcome(run: () => { values: Float64Array; keys: readonly string[]; meta: { warnings: readonly unknown[] } }): unknown {
  try {
    const v = run();
    return { keys: [...v.keys], bits: [...new Uint32Array(v.values.buffer, v.values.byteOffset, v.values.length * 2)], warnings: v.meta.warnings };
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
}
