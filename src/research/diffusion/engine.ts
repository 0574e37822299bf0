/**
 * One Monte Carlo run of each model on a compiled {@link Propagation}. Runs share a scratch space:
 * an epoch-stamped mark array makes "inactive" O(1) to reset, so a run costs only what it touches.
 */
import type { Rng } from '../../core/rng.js';
import type { Propagation } from './propagation.js';

/** @internal Reusable per-thread buffers. */
export interface Scratch {
  mark: Int32Array;
  touched: Int32Array;
  epoch: number;
  queue: Int32Array;
  next: Int32Array;
  theta: Float64Array;
  acc: Float64Array;
  /** Edge activation attempts (coins flipped / weights added) since creation. */
  attempts: number;
}

/** @internal */
export function createScratch(n: number): Scratch {
  return {
    mark: new Int32Array(n),
    touched: new Int32Array(n),
    epoch: 0,
    queue: new Int32Array(n),
    next: new Int32Array(n),
    theta: new Float64Array(n),
    acc: new Float64Array(n),
    attempts: 0,
  };
}

function nextEpoch(s: Scratch): number {
  if (s.epoch >= 0x7ffffff0) {
    s.mark.fill(0);
    s.touched.fill(0);
    s.epoch = 0;
  }
  return ++s.epoch;
}

/** Marks the (deduplicated) seeds active into `list`; returns their count. */
function plant(seeds: Int32Array, s: Scratch, epoch: number, list: Int32Array): number {
  let count = 0;
  for (let i = 0; i < seeds.length; i++) {
    const v = seeds[i];
    if (s.mark[v] !== epoch) {
      s.mark[v] = epoch;
      list[count++] = v;
    }
  }
  return count;
}

function runIc(prop: Propagation, seeds: Int32Array, rng: Rng, s: Scratch): number {
  const { offsets, targets, cut } = prop.forward;
  const epoch = nextEpoch(s);
  const { mark, queue } = s;
  let tail = plant(seeds, s, epoch, queue);
  let attempts = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const u = targets[e];
      if (mark[u] === epoch) continue;
      attempts++;
      if (rng.nextUint32() < cut[e]) {
        mark[u] = epoch;
        queue[tail++] = u;
      }
    }
  }
  s.attempts += attempts;
  return tail;
}

function runLt(prop: Propagation, seeds: Int32Array, rng: Rng, s: Scratch): number {
  const { offsets, targets, prob } = prop.forward;
  const epoch = nextEpoch(s);
  const { mark, touched, queue, theta, acc } = s;
  let tail = plant(seeds, s, epoch, queue);
  let attempts = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
      const u = targets[e];
      if (mark[u] === epoch) continue;
      if (touched[u] !== epoch) {
        // Thresholds are drawn lazily, in (0, 1], the first time u feels any influence.
        touched[u] = epoch;
        theta[u] = 1 - rng.next();
        acc[u] = 0;
      }
      attempts++;
      acc[u] += prob[e];
      if (acc[u] >= theta[u]) {
        mark[u] = epoch;
        queue[tail++] = u;
      }
    }
  }
  s.attempts += attempts;
  return tail;
}

function runSir(prop: Propagation, seeds: Int32Array, rng: Rng, s: Scratch, beta: number, gamma: number, maxSteps: number): number {
  const { offsets, targets } = prop.forward;
  const cut = beta * 4294967296;
  const epoch = nextEpoch(s);
  const { mark } = s;
  let current = s.queue;
  let next = s.next;
  let infectious = plant(seeds, s, epoch, current);
  let total = infectious;
  let attempts = 0;
  for (let step = 0; step < maxSteps && infectious > 0; step++) {
    let count = 0;
    const before = attempts;
    for (let i = 0; i < infectious; i++) {
      const v = current[i];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const u = targets[e];
        if (mark[u] === epoch) continue;
        attempts++;
        if (rng.nextUint32() < cut) {
          mark[u] = epoch;
          next[count++] = u;
        }
      }
    }
    total += count;
    // Recovery after infecting: gamma = 1 keeps each node infectious for exactly one step.
    if (gamma < 1) {
      for (let i = 0; i < infectious; i++) if (gamma === 0 || rng.next() >= gamma) next[count++] = current[i];
    }
    if (gamma === 0 && attempts === before) break; // nobody left to infect, nobody recovers
    const t = current;
    current = next;
    next = t;
    infectious = count;
  }
  s.attempts += attempts;
  return total;
}

/** @internal One run from `seeds` (node indices); returns the number of nodes ever activated. */
export function runOnce(prop: Propagation, seeds: Int32Array, rng: Rng, s: Scratch): number {
  const m = prop.model;
  switch (m.type) {
    case 'ic':
      return runIc(prop, seeds, rng, s);
    case 'lt':
      return runLt(prop, seeds, rng, s);
    case 'sir':
      return runSir(prop, seeds, rng, s, m.beta, m.gamma, m.maxSteps ?? Infinity);
    case 'si':
      return runSir(prop, seeds, rng, s, m.beta, 0, m.steps);
  }
}
