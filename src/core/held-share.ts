/**
 * Progress for work whose total is only estimated, or grows as the run learns it (IMM's RR-set
 * targets, Louvain's levels): the reported share of the total never falls. When the total grows,
 * the shown count is held at the share already reported until the real count catches up.
 */

/** @internal A reporter of `(done, total)` pairs: returns the count to show, at least `done` and never a smaller share than before. */
export function heldShare(): (done: number, total: number) => number {
  let share = 0;
  return (done, total) => {
    const shown = Math.min(total, Math.max(done, Math.ceil(share * total)));
    share = total > 0 ? shown / total : 0;
    return shown;
  };
}
