/**
 * Test helper: scores of a node partition, computed from a plain tie list, independently of the
 * library's CSR and of its Louvain (src/scorers/weak-ties/internal/louvain.ts).
 */

/** An undirected tie u–v of weight w (u ≠ v; each pair once). */
export type Tie = readonly [u: number, v: number, w: number];

/**
 * Newman–Girvan modularity with resolution γ (Reichardt & Bornholdt 2006; NetworkX's
 * `modularity(G, communities, resolution=γ)`): Q = Σ_c [L_c / m − γ (d_c / 2m)²], L_c the tie
 * weight inside c, d_c the summed strength of c's nodes, m the total tie weight.
 */
export function modularityOf(ties: readonly Tie[], membership: ArrayLike<number>, resolution: number): number {
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  let m = 0;
  for (const [u, v, w] of ties) {
    m += w;
    const cu = membership[u];
    const cv = membership[v];
    degree.set(cu, (degree.get(cu) ?? 0) + w);
    degree.set(cv, (degree.get(cv) ?? 0) + w);
    if (cu === cv) inside.set(cu, (inside.get(cu) ?? 0) + w);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}

/** Normalised mutual information of two partitions, NMI = 2 I(A; B) / (H(A) + H(B)) (1 when both are one block). */
export function nmi(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const count = (labels: ArrayLike<number>): Map<number, number> => {
    const c = new Map<number, number>();
    for (let i = 0; i < n; i++) c.set(labels[i], (c.get(labels[i]) ?? 0) + 1);
    return c;
  };
  const ca = count(a);
  const cb = count(b);
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) joint.set(`${a[i]} ${b[i]}`, (joint.get(`${a[i]} ${b[i]}`) ?? 0) + 1);
  const entropy = (c: Map<number, number>): number => [...c.values()].reduce((h, k) => h - (k / n) * Math.log(k / n), 0);
  let mutual = 0;
  for (const [key, k] of joint) {
    const [x, y] = key.split(' ').map(Number);
    mutual += (k / n) * Math.log((k * n) / (ca.get(x)! * cb.get(y)!));
  }
  const h = entropy(ca) + entropy(cb);
  return h === 0 ? 1 : (2 * mutual) / h;
}
