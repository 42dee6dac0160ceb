"""Figures for Part 19: Kernel Methods and Feature Spaces.

The curves and the kernel matrix are computed with the reference solution of Part 19:
``rbf_kernel`` builds the matrices, ``kernel_ridge_fit`` and ``kernel_ridge_predict`` fit
and evaluate the regression, ``is_valid_kernel_matrix`` confirms the matrix shown is PSD.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def kernel_ridge(path: Path) -> None:
    """Kernel ridge regression with an RBF kernel for three length scales, and its Gram matrix."""
    kernels = solution("part19_kernels")
    rng = np.random.default_rng(0)
    x = np.sort(rng.uniform(0.0, 6.0, size=25))
    y = np.sin(x) + 0.25 * rng.normal(size=x.size)
    X, grid = x[:, None], np.linspace(0.0, 6.0, 400)[:, None]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.1), width_ratios=(1.45, 1))

    left.plot(grid[:, 0], np.sin(grid[:, 0]), color="0.6", lw=1.2, ls=":", label="true sin(x)")
    left.scatter(x, y, color="black", s=18, zorder=3, label="25 noisy samples")
    styles = [
        (0.05, "tab:blue", "gamma = 0.05: too smooth"),
        (2.0, "tab:green", "gamma = 2: about right"),
        (200.0, "tab:red", "gamma = 200: memorises the noise"),
    ]
    for gamma, colour, label in styles:
        c = kernels.kernel_ridge_fit(kernels.rbf_kernel(X, X, gamma), y, alpha=0.1)
        pred = kernels.kernel_ridge_predict(kernels.rbf_kernel(grid, X, gamma), c)
        left.plot(grid[:, 0], pred, color=colour, lw=1.8, label=label)
    left.set_xlim(0, 6)
    left.set_ylim(-2.6, 1.8)
    left.set_xlabel("x")
    left.set_ylabel("prediction")
    left.set_title("kernel ridge regression, RBF kernel, alpha = 0.1")
    left.legend(loc="lower left", frameon=False, fontsize=9)
    left.grid(True, color="0.93")

    K = kernels.rbf_kernel(X, X, 2.0)
    if not kernels.is_valid_kernel_matrix(K):
        raise AssertionError("the RBF Gram matrix should be symmetric PSD")
    image = right.imshow(K, cmap="viridis", vmin=0.0, vmax=1.0)
    right.set_title("Gram matrix K[i, j] = k(x_i, x_j), gamma = 2")
    right.set_xlabel("training point j (sorted by x)")
    right.set_ylabel("training point i (sorted by x)")
    fig.colorbar(image, ax=right, fraction=0.046, pad=0.04, label="similarity")
    fig.tight_layout()
    save(fig, path)


FIGURES = {"part19_kernels.svg": kernel_ridge}
