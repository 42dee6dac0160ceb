"""Figures for Part 20: Random Projections and Fast Transforms.

Every projection drawn here is made with the reference solution of Part 20:
``gaussian_projection_matrix``, ``sparse_projection_matrix``, ``project``,
``max_distortion`` and ``jl_min_dim``; the random features and the randomised SVD draw their
Gaussian matrices with ``gaussian_projection_matrix``, the kernel comparison uses Part 19's
``rbf_kernel`` and kernel ridge, the randomised SVD is compared with Part 11's
``low_rank_approximation``, and every Walsh-Hadamard transform drawn or counted is checked
against the reference ``fwht``. The timing panel shows fixed numbers measured once (see
``MEASURED_KS``), because timings are not reproducible byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREY = "tab:blue", "tab:orange", "0.35"
N_POINTS, DIM = 100, 1000
KS = (20, 40, 80, 160, 320, 640)


def save(fig, path: Path) -> None:
    for ax in fig.axes:
        ax.minorticks_off()  # minor ticks on log axes weigh a lot in SVG and add little
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def jl_distortion(path: Path) -> None:
    """Worst distortion against target dimension, and the spread of the ratios."""
    sol = solution("part20_random_projections")
    X = np.random.default_rng(0).normal(size=(N_POINTS, DIM))
    worst = {"Gaussian": [], "sparse (Achlioptas)": []}
    for k in KS:
        for seed in range(3):
            for name, make in (
                ("Gaussian", sol.gaussian_projection_matrix),
                ("sparse (Achlioptas)", sol.sparse_projection_matrix),
            ):
                Z = sol.project(X, make(DIM, k, seed=seed))
                worst[name].append((k, sol.max_distortion(X, Z)))
    # The eps that the lemma promises for each k: the smallest eps with jl_min_dim <= k.
    grid = np.linspace(0.05, 0.99, 120)
    needed = np.array([sol.jl_min_dim(N_POINTS, float(e)) for e in grid])

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    styles = zip(worst.items(), (BLUE, ORANGE), ("o", "s"), strict=True)
    for (name, points), colour, marker in styles:
        ks, values = np.array(points).T
        offset = 0.96 if marker == "o" else 1.04  # side by side, not on top of each other
        left.scatter(ks * offset, values, color=colour, marker=marker, s=22, label=name)
    guarantee = "guarantee: eps with jl_min_dim = k"
    left.plot(needed, grid, color=GREY, lw=1.5, ls="--", label=guarantee)
    left.set_xscale("log")
    left.set_xticks(KS, labels=[str(k) for k in KS])
    left.set_xlim(14, 900)
    left.set_ylim(0, 1.6)
    left.set_xlabel("target dimension k (log scale)")
    left.set_ylabel("max_distortion over all 4950 pairs")
    left.set_title(f"{N_POINTS} points in d = {DIM}: worst pair, 3 seeds each")
    left.legend(loc="upper right", frameon=False)
    left.grid(alpha=0.3)

    bins = np.linspace(0.0, 2.5, 76)
    i, j = np.triu_indices(N_POINTS, k=1)
    before = np.sum((X[i] - X[j]) ** 2, axis=1)
    for k, colour in ((20, ORANGE), (320, BLUE)):
        Z = sol.project(X, sol.gaussian_projection_matrix(DIM, k, seed=0))
        ratio = np.sum((Z[i] - Z[j]) ** 2, axis=1) / before
        right.hist(
            ratio, bins=bins, color=colour, alpha=0.6, histtype="stepfilled", label=f"k = {k}"
        )
    right.axvline(1.0, color="black", lw=1)
    right.set_xlabel("squared distance after / before")
    right.set_ylabel("number of pairs")
    right.set_title("Gaussian projection: ratios concentrate at 1")
    right.legend(frameon=False)
    fig.tight_layout()
    save(fig, path)


def random_fourier_features(X, D, gamma, seed):
    """sqrt(2/D) cos(X W + b): W from the reference Gaussian matrix, rescaled to N(0, 2 gamma)."""
    sol = solution("part20_random_projections")
    W = sol.gaussian_projection_matrix(X.shape[1], D, seed=seed) * np.sqrt(2.0 * gamma * D)
    b = np.random.default_rng(seed + 1000).uniform(0.0, 2.0 * np.pi, size=D)
    return np.sqrt(2.0 / D) * np.cos(X @ W + b)


def random_features(path: Path) -> None:
    """Error of random Fourier features against D, and ridge on them against kernel ridge."""
    kernels = solution("part19_kernels")
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.1))

    X = np.random.default_rng(1).normal(size=(200, 5))
    gamma = 0.1
    K = kernels.rbf_kernel(X, X, gamma)
    Ds = np.array([10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000])
    for seed, marker in zip(range(3), ("o", "s", "^"), strict=True):
        rms = []
        for D in Ds:
            Z = random_fourier_features(X, int(D), gamma, seed)
            rms.append(np.sqrt(np.mean((Z @ Z.T - K) ** 2)))
        left.loglog(Ds, rms, marker=marker, ls="none", color=BLUE, ms=4, label=f"seed {seed}")
    left.fill_between(Ds, 1 / np.sqrt(2 * Ds), 1 / np.sqrt(Ds), color=GREY, alpha=0.2)
    left.loglog(Ds, 1 / np.sqrt(Ds), color=GREY, lw=1, label="1/sqrt(D) and 1/sqrt(2D)")
    left.loglog(Ds, 1 / np.sqrt(2 * Ds), color=GREY, lw=1)
    left.set_xlabel("number of random features D")
    left.set_ylabel("rms of Z Z^T - K over all entries")
    left.set_title("RBF kernel (gamma = 0.1) of 200 points in 5-D")
    left.legend(frameon=False, fontsize=9)
    left.grid(True, which="major", color="0.93")

    rng = np.random.default_rng(0)
    x = np.sort(rng.uniform(0.0, 6.0, size=200))
    y = np.sin(x) + 0.2 * rng.normal(size=x.size)
    grid = np.linspace(0.0, 6.0, 100)[:, None]
    alpha, gamma = 0.1, 2.0
    c = kernels.kernel_ridge_fit(kernels.rbf_kernel(x[:, None], x[:, None], gamma), y, alpha)
    exact = kernels.kernel_ridge_predict(kernels.rbf_kernel(grid, x[:, None], gamma), c)
    right.scatter(x[::4], y[::4], s=6, color="0.6", label="every 4th of 200 samples")
    right.plot(grid[:, 0], exact, color="black", lw=2.2, label="exact kernel ridge")
    for D, colour, style in ((10, ORANGE, "--"), (100, BLUE, "-")):
        Zx = random_fourier_features(x[:, None], D, gamma, seed=1)
        Zg = random_fourier_features(grid, D, gamma, seed=1)
        w = np.linalg.solve(Zx.T @ Zx + alpha * np.eye(D), Zx.T @ y)
        right.plot(grid[:, 0], Zg @ w, color=colour, lw=1.5, ls=style, label=f"D = {D} features")
    right.set_xlabel("x")
    right.set_ylabel("prediction")
    right.set_title("ridge on random features, alpha = 0.1, gamma = 2")
    right.legend(frameon=False, fontsize=9, loc="lower left")
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


def randomized_svd(sol, A, k, oversample, power_iters, seed):
    """Randomised SVD as in the lesson, with Omega from the reference solution ``sol``."""
    Omega = sol.gaussian_projection_matrix(A.shape[1], k + oversample, seed=seed)
    Q, _ = np.linalg.qr(A @ Omega)
    for _ in range(power_iters):
        Q, _ = np.linalg.qr(A.T @ Q)
        Q, _ = np.linalg.qr(A @ Q)
    U_small, s, Vt = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ U_small)[:, :k], s[:k], Vt[:k]


def randomized_svd_figure(path: Path) -> None:
    """Singular values found by the randomised SVD, and its error against the best rank k."""
    svd = solution("part11_svd")
    sol = solution("part20_random_projections")
    rng = np.random.default_rng(0)
    m, n = 600, 300
    U0, _ = np.linalg.qr(rng.normal(size=(m, n)))
    V0, _ = np.linalg.qr(rng.normal(size=(n, n)))
    sigma = 1.0 / np.sqrt(np.arange(1.0, n + 1))
    A = (U0 * sigma) @ V0.T
    s_exact = np.linalg.svd(A, compute_uv=False)
    colours = {0: ORANGE, 1: "tab:green", 2: BLUE}
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.1))

    left.plot(np.arange(1, 31), s_exact[:30], "k-", lw=1.5, label="np.linalg.svd")
    for q, marker in ((0, "s"), (1, "^"), (2, "o")):
        _, s, _ = randomized_svd(sol, A, 20, 10, q, seed=0)
        left.plot(
            np.arange(1, 21),
            s,
            marker=marker,
            ls="none",
            ms=4.5,
            color=colours[q],
            label=f"randomised, q = {q}",
        )
    left.axvline(20.5, color=GREY, lw=0.8, ls=":")
    left.set_xlabel("index i")
    left.set_ylabel("singular value")
    left.set_title("k = 20, oversampling p = 10")
    left.legend(frameon=False, fontsize=9)
    left.grid(True, color="0.93")

    # Eckart-Young: the best rank-k error in the 2-norm is sigma_(k+1); checked once on the
    # reference low_rank_approximation of Part 11.
    best_20 = np.linalg.norm(A - svd.low_rank_approximation(A, 20), 2)
    if not np.isclose(best_20, s_exact[20]):
        raise AssertionError("Eckart-Young: the best rank-20 error should be sigma_21")
    ks = np.array([5, 10, 20, 30, 40, 50])
    for q in (0, 1, 2):
        ratio = []
        for k in ks:
            U, s, Vt = randomized_svd(sol, A, int(k), 10, q, seed=0)
            ratio.append(np.linalg.norm(A - (U * s) @ Vt, 2) / s_exact[k])
        right.plot(ks, ratio, marker="o", ms=4, color=colours[q], label=f"q = {q}")
    right.axhline(1.0, color="black", lw=1)
    right.set_xlabel("rank k")
    right.set_ylabel("2-norm error / best rank-k error")
    right.set_title("randomised SVD against Eckart-Young")
    right.set_ylim(0.9, 2.3)
    right.legend(frameon=False, fontsize=9)
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


def fwht_counted(x):
    """Butterfly passes one pair at a time, counting additions and subtractions."""
    y = [float(v) for v in x]
    n, h, operations = len(y), 1, 0
    while h < n:
        for start in range(0, n, 2 * h):
            for i in range(start, start + h):
                a, b = y[i], y[i + h]
                y[i], y[i + h] = a + b, a - b
                operations += 2
        h *= 2
    return np.array(y), operations


def fwht_operations(path: Path) -> None:
    """The butterfly diagram for n = 8, and counted operations against n log2 n and n(n - 1)."""
    sol = solution("part20_random_projections")
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.4), width_ratios=(1.15, 1))

    x = np.array([4.0, 2.0, 1.0, 3.0, 0.0, 1.0, 2.0, 1.0])
    columns = [x]
    y, h = x.copy(), 1
    while h < 8:
        blocks = y.reshape(-1, 2, h)
        y = np.stack((blocks[:, 0] + blocks[:, 1], blocks[:, 0] - blocks[:, 1]), axis=1)
        y = y.reshape(8)
        columns.append(y)
        h *= 2
    if not np.allclose(columns[-1], sol.fwht(x)):
        raise AssertionError("the butterfly passes drawn must agree with the reference fwht")
    pass_colours = (BLUE, ORANGE, "tab:green")
    for p, h in enumerate((1, 2, 4)):
        xs, ys = [], []  # all lines of one pass as one path, separated by NaN
        for start in range(0, 8, 2 * h):
            for i in range(start, start + h):
                for a, b in ((i, i), (i + h, i + h), (i, i + h), (i + h, i)):
                    xs += [p, p + 1, np.nan]
                    ys += [-a, -b, np.nan]
        left.plot(xs, ys, color=pass_colours[p], lw=1.1, alpha=0.8)
    for p, values in enumerate(columns):
        for i, v in enumerate(values):
            left.text(
                p,
                -i,
                f"{v:g}",
                ha="center",
                va="center",
                fontsize=9,
                bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "0.5"},
            )
    for p, h in enumerate((1, 2, 4)):
        left.text(p + 0.5, 0.75, f"h = {h}", ha="center", color=pass_colours[p], fontsize=10)
    left.set_xlim(-0.4, 3.4)
    left.set_ylim(-7.6, 1.2)
    left.axis("off")
    left.set_title("butterflies: each pair (a, b) becomes (a + b, a - b)")

    ns = 2 ** np.arange(1, 15)
    counted = []
    for n in ns:
        v = np.random.default_rng(int(n)).normal(size=int(n))
        y, ops = fwht_counted(v)
        if not np.allclose(y, sol.fwht(v)):
            raise AssertionError("the counted transform must agree with the reference fwht")
        counted.append(ops)
    right.loglog(ns, ns * (ns - 1), color=ORANGE, lw=1.6, label="matrix product: n(n - 1)")
    right.loglog(ns, ns * np.log2(ns), color=GREY, lw=1.2, ls="--", label="n log2(n)")
    right.loglog(ns, counted, "o", color=BLUE, ms=4.5, label="counted in the butterfly passes")
    right.set_xlabel("length n")
    right.set_ylabel("additions and subtractions")
    right.set_title("the fast transform is O(n log n)")
    right.legend(frameon=False, fontsize=9)
    right.grid(True, which="major", color="0.93")
    fig.tight_layout()
    save(fig, path)


# Wall-clock times in milliseconds to project n = 1000 points of dimension d = 4096 to k
# dimensions, measured with measure_fast_jl_times() below on the machine where the lesson was
# written: Linux x86_64 (AMD EPYC, 2 cores shared with other jobs), Python 3.11, NumPy 2.4.6
# with OpenBLAS 0.3.31. time.perf_counter() was taken around X @ R (dense) and around the
# lesson's fast_jl (random signs, fwht_rows, sampling); the machine was busy with other work,
# so each number is the smallest of 36 timings from four sessions (best of 7, 7, 7 and 15).
# Timings are not reproducible byte for byte, so they are written here, not measured by
# make_figures.py.
MEASURED_KS = (16, 32, 64, 128, 256, 512, 1024, 2048)
MEASURED_DENSE_MS = (3.3, 5.1, 7.6, 23.4, 45.5, 88.0, 184.0, 354.1)
MEASURED_FAST_JL_MS = (198.5, 203.8, 200.7, 212.1, 210.7, 195.9, 222.1, 234.6)


def measure_fast_jl_times(repeats=7):
    """Re-measure MEASURED_DENSE_MS and MEASURED_FAST_JL_MS on this machine (not run by make)."""
    import time

    def fwht_rows(X):
        Y = np.array(X, dtype=float)
        n, d = Y.shape
        h = 1
        while h < d:
            blocks = Y.reshape(n, d // (2 * h), 2, h)
            a, b = blocks[:, :, 0, :], blocks[:, :, 1, :]
            Y = np.stack((a + b, a - b), axis=2).reshape(n, d)
            h *= 2
        return Y

    def fast_jl(X, k, seed=0):
        rng = np.random.default_rng(seed)
        d = X.shape[1]
        signs = rng.choice([-1.0, 1.0], size=d)
        rows = rng.choice(d, size=k, replace=False)
        return fwht_rows(X * signs)[:, rows] / np.sqrt(k)

    def best(run):
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        return 1000 * min(times)

    X = np.random.default_rng(0).normal(size=(1000, 4096))
    dense, fast = [], []
    for k in MEASURED_KS:
        R = np.random.default_rng(1).normal(0.0, 1.0 / np.sqrt(k), size=(4096, k))
        dense.append(round(best(lambda R=R: X @ R), 1))
        fast.append(round(best(lambda k=k: fast_jl(X, k)), 1))
    return tuple(dense), tuple(fast)


def fast_jl_cost(path: Path) -> None:
    """Operation counts per point, and the fixed measured times above, against k."""
    d = 4096
    ks = np.array(MEASURED_KS, dtype=float)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.1))
    k_model = np.logspace(0, np.log10(2048), 40)
    left.loglog(k_model, 2 * d * k_model, color=ORANGE, lw=1.8, label="dense projection: 2dk")
    fast = d * np.log2(d) + d + k_model
    left.loglog(k_model, fast, color=BLUE, lw=1.8, label="fast JL: d log2(d) + d + k")
    cross = (d * np.log2(d) + d) / (2 * d - 1)
    left.axvline(cross, color=GREY, lw=0.8, ls=":")
    left.text(cross * 1.15, 2e4, f"k = {cross:.1f}", color=GREY, fontsize=9)
    left.set_xlabel("target dimension k")
    left.set_ylabel("arithmetic operations per point")
    left.set_title(f"operation count, d = {d}")
    left.legend(frameon=False, fontsize=9, loc="upper left")
    left.grid(True, which="major", color="0.93")

    right.loglog(ks, MEASURED_DENSE_MS, "s-", color=ORANGE, ms=4.5, label="dense X @ R (BLAS)")
    right.loglog(ks, MEASURED_FAST_JL_MS, "o-", color=BLUE, ms=4.5, label="fast JL in NumPy")
    right.set_xlabel("target dimension k")
    right.set_ylabel("milliseconds for 1000 points")
    right.set_title(f"measured, d = {d} (numbers in the script)")
    right.legend(frameon=False, fontsize=9, loc="upper left")
    right.grid(True, which="major", color="0.93")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part20_jl_distortion.svg": jl_distortion,
    "part20_random_features.svg": random_features,
    "part20_randomized_svd.svg": randomized_svd_figure,
    "part20_fwht_operations.svg": fwht_operations,
    "part20_fast_jl_cost.svg": fast_jl_cost,
}
