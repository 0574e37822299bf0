/**
 * Progress helpers for runs whose total is estimated or made of phases with units of their own:
 * a share that never falls when an estimated total grows (IMM's RR-set targets, Louvain's levels),
 * and a phase's progress placed in its slice of the run (communities, then the scorer's own loop).
 */
import type { RunControl } from './run.js';

/** @internal A reporter of `(done, total)` pairs: returns the count to show, at least `done` and never a smaller share than before. */
export function heldShare(): (done: number, total: number) => number {
  let share = 0;
  return (done, total) => {
    const shown = Math.min(total, Math.max(done, Math.ceil(share * total)));
    share = total > 0 ? shown / total : 0;
    return shown;
  };
}

/**
 * @internal `control` for phase `index` of `phases`, each worth `unit` (usually the node count):
 * the phase's `(done, total)`, whatever its units, is reported as `index · unit + ⌊unit · done / total⌋`
 * of `phases · unit`, so consecutive phases never go back. Pauses and aborts pass through.
 */
export function phaseControl(control: RunControl, index: number, phases: number, unit: number): RunControl {
  const place = (done: number, total: number): number => index * unit + Math.floor((unit * Math.min(done, total)) / Math.max(1, total));
  return {
    ...control,
    tick: (done, total) => control.tick(place(done, total), phases * unit),
    report: (done, total) => control.report(place(done, total), phases * unit),
    finish: () => control.report((index + 1) * unit, phases * unit),
  };
}
