"""Figures for Part 19: Kernel Methods and Feature Spaces.

Everything drawn is computed with the reference solution of Part 19: ``rbf_kernel`` builds
the matrices, ``kernel_ridge_fit`` and ``kernel_ridge_predict`` fit and evaluate the
regression, ``center_kernel`` centres the matrix for kernel PCA, and
``is_valid_kernel_matrix`` confirms that the matrices shown are PSD. The SVM is trained by
the dual coordinate ascent of the lesson, on ``rbf_kernel(...) + 1``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution


def save(fig, path: Path) -> None:
    for ax in fig.axes:
        ax.minorticks_off()  # minor ticks on log axes weigh a lot in SVG and add little
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def kernel_ridge(path: Path) -> None:
    """Kernel ridge regression with an RBF kernel for three length scales, and its Gram matrix."""
    kernels = solution("part19_kernels")
    rng = np.random.default_rng(0)
    x = np.sort(rng.uniform(0.0, 6.0, size=25))
    y = np.sin(x) + 0.25 * rng.normal(size=x.size)
    X, grid = x[:, None], np.linspace(0.0, 6.0, 150)[:, None]
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


def rbf_features(path: Path) -> None:
    """Truncated Taylor features of the 1-D RBF kernel, and Mercer eigenvalues from K / n."""
    kernels = solution("part19_kernels")
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.9))

    gamma = 0.5
    x = np.linspace(-2.0, 2.0, 41)
    exact = kernels.rbf_kernel(x[:, None], x[:, None], gamma)
    counts = np.arange(1, 29)
    errors = []
    for m in counts:
        j = np.arange(m)
        j_factorial = np.cumprod(np.concatenate([[1.0], np.arange(1.0, m)]))
        weights = np.sqrt((2 * gamma) ** j / j_factorial)
        features = np.exp(-gamma * x[:, None] ** 2) * weights * x[:, None] ** j
        errors.append(np.max(np.abs(features @ features.T - exact)))
    left.semilogy(counts, errors, "o-", color="tab:blue", ms=3.5, lw=1.4)
    left.set_xlabel("number of Taylor features m")
    left.set_ylabel("largest |features @ features.T - K|")
    left.set_title("m Taylor features, RBF kernel, gamma = 0.5")
    left.grid(True, color="0.93")

    styles = ((100, "tab:orange", "s"), (200, "tab:green", "^"), (400, "tab:blue", "o"))
    for n, colour, marker in styles:
        pts = np.random.default_rng(0).uniform(-1.0, 1.0, size=(n, 1))
        K = kernels.rbf_kernel(pts, pts, 2.0)
        if not kernels.is_valid_kernel_matrix(K):
            raise AssertionError("the RBF Gram matrix should be symmetric PSD")
        lam = np.linalg.eigvalsh(K)[::-1][:10] / n
        index = np.arange(1, 11)
        right.semilogy(index, lam, marker=marker, color=colour, ls="none", ms=5, label=f"n = {n}")
    right.set_xlabel("index i")
    right.set_ylabel("i-th eigenvalue of K / n")
    right.set_title("estimates of the Mercer eigenvalues, gamma = 2")
    right.set_xticks(range(1, 11))
    right.set_ylim(1e-8, 2)
    right.legend(frameon=False)
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


def kernel_pca(path: Path) -> None:
    """Two concentric rings: the data, ordinary PCA scores and RBF kernel PCA scores."""
    kernels = solution("part19_kernels")
    rng = np.random.default_rng(0)
    n = 200
    inner = np.arange(n) < n // 2
    angle = rng.uniform(0.0, 2 * np.pi, n)
    radius = np.where(inner, 0.3, 1.0) + 0.05 * rng.normal(size=n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])

    Xc = X - X.mean(axis=0)
    _, _, Vt = np.linalg.svd(Xc, full_matrices=False)
    Z_linear = Xc @ Vt.T
    K = kernels.rbf_kernel(X, X, 4.0)
    lam, alpha = np.linalg.eigh(kernels.center_kernel(K))
    alpha = alpha[:, ::-1][:, :2]
    alpha = alpha * np.sign(alpha[np.argmax(np.abs(alpha), axis=0), [0, 1]])  # sign convention
    Z_kernel = alpha * np.sqrt(lam[::-1][:2])

    fig, axes = plt.subplots(1, 2, figsize=(9, 4.3))
    panels = (
        (Z_linear, "ordinary PCA scores: the rings, rotated", "component 1", "component 2"),
        (Z_kernel, "kernel PCA scores, RBF, gamma = 4", "component 1", "component 2"),
    )
    for ax, (Z, title, xlabel, ylabel) in zip(axes, panels, strict=True):
        ax.scatter(*Z[inner].T, s=12, color="tab:blue", label="inner ring")
        ax.scatter(*Z[~inner].T, s=12, color="tab:orange", marker="s", label="outer ring")
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.grid(True, color="0.93")
    axes[0].set_aspect("equal", adjustable="datalim")
    gap = (Z_kernel[inner, 0].max() + Z_kernel[~inner, 0].min()) / 2
    if not Z_kernel[inner, 0].max() < Z_kernel[~inner, 0].min():
        gap = (Z_kernel[~inner, 0].max() + Z_kernel[inner, 0].min()) / 2
    axes[1].axvline(gap, color="0.3", lw=1, ls="--", label="one threshold")
    handles, labels = axes[1].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=3, frameon=False)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    save(fig, path)


def svm_dual_ascent(K, y, C, sweeps=200):
    """Maximise sum(a) - a @ Q @ a / 2 over 0 <= a <= C, one coordinate at a time."""
    Q = y[:, None] * K * y[None, :]
    a = np.zeros(len(y))
    for _ in range(sweeps):
        for i in range(len(y)):
            a[i] = np.clip(a[i] + (1.0 - Q[i] @ a) / Q[i, i], 0.0, C)
    return a


def svm(path: Path) -> None:
    """The hinge loss, and an RBF-kernel SVM on two noisy rings with its support vectors."""
    kernels = solution("part19_kernels")
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), width_ratios=(1, 1.5))

    m = np.linspace(-2.0, 3.0, 51)
    hinge = "hinge max(0, 1 - m)"
    left.plot([-2.0, 1.0, 3.0], [3.0, 0.0, 0.0], color="tab:blue", lw=2, label=hinge)
    left.plot([-2, 0, 0, 3], [1, 1, 0, 0], color="0.3", lw=1.5, ls=":", label="0-1 loss (m < 0)")
    left.plot(m, (1.0 - m) ** 2, color="tab:orange", lw=1.5, ls="--", label="squared (1 - m)^2")
    left.axvline(1.0, color="0.6", lw=0.8)
    left.set_ylim(-0.1, 3.2)
    left.set_xlim(-2, 3)
    left.set_xlabel("margin value m = y f(x)")
    left.set_ylabel("loss")
    left.set_title("losses of a single point")
    left.legend(frameon=False, fontsize=9, loc="upper right")
    left.grid(True, color="0.93")

    rng = np.random.default_rng(0)
    n = 100
    is_inner = np.arange(n) < n // 2
    angle = rng.uniform(0.0, 2 * np.pi, n)
    radius = np.where(is_inner, 0.6, 1.4) + 0.25 * rng.normal(size=n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    y = np.where(is_inner, 1.0, -1.0)
    gamma, C = 1.0, 1.0
    K = kernels.rbf_kernel(X, X, gamma) + 1.0
    if not kernels.is_valid_kernel_matrix(K):
        raise AssertionError("K + 1 should be symmetric PSD")
    a = svm_dual_ascent(K, y, C)

    ticks = np.linspace(-2.6, 2.6, 61)
    g1, g2 = np.meshgrid(ticks, ticks)
    grid = np.column_stack([g1.ravel(), g2.ravel()])
    f = ((kernels.rbf_kernel(grid, X, gamma) + 1.0) @ (a * y)).reshape(g1.shape)
    right.contourf(g1, g2, f, levels=[-50, 0, 50], colors=["#fde9d9", "#dceaf7"])
    right.contour(g1, g2, f, levels=[0.0], colors="black", linewidths=1.6)
    right.contour(g1, g2, f, levels=[-1.0, 1.0], colors="0.35", linewidths=1, linestyles="--")
    right.scatter(*X[is_inner].T, s=16, color="tab:blue", label="label +1 (inner)")
    right.scatter(*X[~is_inner].T, s=16, color="tab:orange", marker="s", label="label -1 (outer)")
    at_bound = a > C - 1e-8
    on_margin = (a > 1e-8) & ~at_bound
    right.scatter(
        *X[on_margin].T,
        s=90,
        facecolors="none",
        edgecolors="black",
        lw=1.2,
        label=f"support vector, 0 < a < C ({on_margin.sum()})",
    )
    right.scatter(
        *X[at_bound].T,
        s=90,
        facecolors="none",
        edgecolors="tab:red",
        lw=1.2,
        label=f"support vector, a = C ({at_bound.sum()})",
    )
    right.set_aspect("equal")
    right.set_xlim(-2.6, 2.6)
    right.set_ylim(-2.6, 2.6)
    right.set_xlabel("x1")
    right.set_ylabel("x2")
    right.set_title("RBF SVM, gamma = 1, C = 1: f = 0 solid, f = -1 and +1 dashed")
    right.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part19_kernels.svg": kernel_ridge,
    "part19_rbf_features.svg": rbf_features,
    "part19_kernel_pca.svg": kernel_pca,
    "part19_svm.svg": svm,
}
