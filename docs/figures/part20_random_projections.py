"""Figures for Part 20: Random Projections and Fast Transforms.

Every projection drawn here is made with the reference solution of Part 20:
``gaussian_projection_matrix``, ``sparse_projection_matrix``, ``project``,
``max_distortion`` and ``jl_min_dim``.
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
    grid = np.linspace(0.05, 0.99, 400)
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
        right.hist(ratio, bins=bins, color=colour, alpha=0.6, label=f"k = {k}")
    right.axvline(1.0, color="black", lw=1)
    right.set_xlabel("squared distance after / before")
    right.set_ylabel("number of pairs")
    right.set_title("Gaussian projection: ratios concentrate at 1")
    right.legend(frameon=False)
    fig.tight_layout()
    save(fig, path)


FIGURES = {"part20_jl_distortion.svg": jl_distortion}
