/**
 * A report section's outcome: shown with its data, or skipped with the reason the report prints
 * ("the edges carry no times", "no --brand given"), so nothing disappears silently.
 */

/** A section that has data to show. */
export interface ShownSection<T> {
  readonly shown: true;
  readonly data: T;
}

/** A section the data does not allow, with the reason in one sentence. */
export interface SkippedSection {
  readonly shown: false;
  readonly reason: string;
}

/** Outcome of a section builder. */
export type Section<T> = ShownSection<T> | SkippedSection;

/** A shown section. */
export const shown = <T>(data: T): ShownSection<T> => ({ shown: true, data });

/** A skipped section. */
export const skipped = (reason: string): SkippedSection => ({ shown: false, reason });

/** Node id → display label (the id itself when there is none). */
export type LabelOf = (node: string) => string;
