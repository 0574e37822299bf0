#!/usr/bin/python3
"""Reference values for the rank comparisons (test/fixtures/scipy-rankings.json).

Kendall tau-b and Spearman rho come from scipy.stats; top-k overlap from a stable numpy sort
(best first, ties by index); RBO from a direct, deliberately naive reading of Webber et al. 2010
(set overlaps at every depth; the residual summed term by term to depth 20000), independent of the
TypeScript closed forms. Run: /usr/bin/python3 bench/python/scipy_rankings.py
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20240607)


def case(name, a, b, k, p):
    a = [float(x) for x in a]
    b = [float(x) for x in b]
    tau = stats.kendalltau(a, b).statistic
    rho = stats.spearmanr(a, b).statistic
    order_a = sorted(range(len(a)), key=lambda i: (-a[i], i))
    order_b = sorted(range(len(b)), key=lambda i: (-b[i], i))
    ka, kb = set(order_a[:k]), set(order_b[:k])
    inter = len(ka & kb)
    union = len(ka | kb)
    return {
        "name": name,
        "a": a,
        "b": b,
        "k": k,
        "p": p,
        "kendallTau": None if math.isnan(tau) else float(tau),
        "spearmanRho": None if math.isnan(rho) else float(rho),
        "topK": {"intersection": inter, "jaccard": inter / union if union else 1.0},
        "rbo": rbo_naive(order_a, order_b, p),
    }


def rbo_naive(S, T, p):
    s, l = sorted((len(S), len(T)))
    short, long_ = (S, T) if len(S) <= len(T) else (T, S)
    X = [0]
    for d in range(1, l + 1):
        X.append(len(set(long_[:d]) & set(short[: min(d, s)])))
    xs = X[s]
    # eq. 11 (min) as a literal sum: X_d = X_s for every d > s.
    rmin = (1 - p) * sum(p ** (d - 1) * X[d] / d for d in range(1, s + 1))
    rmin += (1 - p) * sum(p ** (d - 1) * xs / d for d in range(s + 1, 20000))
    # residual: beyond depth s each list adds one new item per rank; X_d ≤ min(d, X_s + 2(d − s)).
    res = (1 - p) * sum(p ** (d - 1) * (min(d, xs + 2 * (d - s)) - xs) / d for d in range(s + 1, 20000))
    # eq. 32
    sum1 = sum(X[d] / d * p ** d for d in range(1, l + 1))
    sum2 = sum(xs * (d - s) / (s * d) * p ** d for d in range(s + 1, l + 1))
    ext = (1 - p) / p * (sum1 + sum2) + ((X[l] - xs) / l + xs / s) * p ** l
    return {"min": rmin, "residual": res, "extrapolated": ext}


cases = [
    case("paper-like small with ties", [12, 2, 1, 12, 2], [1, 4, 7, 1, 0], 2, 0.9),
    case("heavy ties n=200", rng.integers(0, 5, 200), rng.integers(0, 5, 200), 20, 0.9),
    case("ties on one side n=300", rng.integers(0, 10, 300), rng.normal(size=300), 30, 0.95),
]
x = rng.normal(size=400)
case_noisy = x + rng.normal(scale=0.5, size=400)
cases.append(case("correlated, rounded to create ties n=400", np.round(x, 1), np.round(case_noisy, 1), 40, 0.98))
cases.append(case("anti-correlated with ties n=150", np.arange(150) // 3, -(np.arange(150) // 5), 15, 0.8))
cases.append(case("constant side is undefined", [1, 1, 1, 1], [1, 2, 3, 4], 2, 0.9))

# Ranked string lists of uneven length (RBO only).
lists = []
for S, T, p in [
    (list("abcdefg"), list("bacdxyz"), 0.9),
    (list("abcdefghij"), list("cbaxy"), 0.8),
    (list("abc"), list("defgh"), 0.9),
]:
    idx = {v: i for i, v in enumerate(sorted(set(S) | set(T)))}
    r = rbo_naive([idx[v] for v in S], [idx[v] for v in T], p)
    lists.append({"a": S, "b": T, "p": p, "rbo": r})

out = {
    "generator": "bench/python/scipy_rankings.py",
    "scipy": scipy.__version__,
    "numpy": np.__version__,
    "cases": cases,
    "lists": lists,
}
path = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "scipy-rankings.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path), "scipy", scipy.__version__)
