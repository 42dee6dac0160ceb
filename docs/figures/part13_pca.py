"""Figures for Part 13: Principal Component Analysis.

Every component, score, reconstruction and ratio drawn here is computed with the
reference solution of Part 13, so the pictures show exactly what ``pca_fit``,
``pca_transform``, ``pca_inverse_transform``, ``explained_variance_ratio``,
``n_components_for_variance`` and ``reconstruction_error`` return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import ROOT, solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.6"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def correlated_cloud() -> np.ndarray:
    """40 points in the plane, stretched along a tilted axis and moved off the origin."""
    rng = np.random.default_rng(7)
    latent = rng.normal(size=(40, 2)) * [2.0, 0.6]
    angle = np.deg2rad(30.0)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return latent @ rotation.T + [5.0, 3.0]


def axes_arrow(ax, start, end, colour, label, offset):
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.2, "shrinkA": 0, "shrinkB": 0},
    )
    ax.annotate(
        label,
        xy=end,
        xytext=offset,
        textcoords="offset points",
        color=colour,
        fontweight="bold",
        ha="center",
        va="center",
    )


def plane(ax, title, xlabel, ylabel):
    ax.set_aspect("equal")
    ax.grid(True, color="0.93")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)


def pca_steps(path: Path) -> None:
    """Fit (the axes of the cloud), transform (the cloud in its own axes), reconstruct (k=1)."""
    pca = solution("part13_pca")
    X = correlated_cloud()
    mean, components, variance = pca.pca_fit(X, 2)
    scores = pca.pca_transform(X, mean, components)
    mean1, first, _ = pca.pca_fit(X, 1)
    restored = pca.pca_inverse_transform(pca.pca_transform(X, mean1, first), mean1, first)
    error = pca.reconstruction_error(X, 1)
    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(12, 4.1))

    left.scatter(X[:, 0], X[:, 1], color=BLUE, s=16, alpha=0.75, zorder=2)
    left.scatter(*mean, color=RED, marker="X", s=90, zorder=4)
    for i, (colour, offset) in enumerate([(ORANGE, (8, 12)), (GREEN, (-16, 6))]):
        tip = mean + 2.0 * np.sqrt(variance[i]) * components[i]
        axes_arrow(left, mean, tip, colour, f"w{i + 1}", offset)
    left.annotate(
        "mean", xy=mean, xytext=(6, -16), textcoords="offset points", color=RED, fontweight="bold"
    )
    left.set_xlim(-0.5, 10.5)
    left.set_ylim(-1.0, 7.0)
    plane(left, "1. fit: mean and principal axes", "feature 1", "feature 2")
    left.text(
        0.02,
        0.97,
        f"variances {variance[0]:.2f} and {variance[1]:.2f}\n(arrows: 2 standard deviations)",
        transform=left.transAxes,
        va="top",
        fontsize=8.5,
        color="0.3",
    )

    middle.axhline(0, color=GREEN, lw=1.2, zorder=1)
    middle.axvline(0, color=ORANGE, lw=1.2, zorder=1)
    middle.scatter(scores[:, 0], scores[:, 1], color=BLUE, s=16, alpha=0.75, zorder=2)
    middle.set_xlim(-5.5, 5.5)
    middle.set_ylim(-4.0, 4.0)
    plane(middle, "2. transform: the cloud in its own axes", "score on w1", "score on w2")
    middle.text(
        0.02,
        0.97,
        "centred, rotated,\nuncorrelated scores",
        transform=middle.transAxes,
        va="top",
        fontsize=8.5,
        color="0.3",
    )

    ends = np.array([mean1 - 6.0 * first[0], mean1 + 6.0 * first[0]])
    right.plot(ends[:, 0], ends[:, 1], color=ORANGE, lw=1.2, zorder=1)
    for x, r in zip(X, restored, strict=True):
        right.plot([x[0], r[0]], [x[1], r[1]], color=GREY, lw=0.8, zorder=1)
    right.scatter(X[:, 0], X[:, 1], color=BLUE, s=16, alpha=0.75, zorder=2, label="data")
    right.scatter(
        restored[:, 0], restored[:, 1], color=ORANGE, s=14, zorder=3, label="reconstruction, k = 1"
    )
    right.set_xlim(-0.5, 10.5)
    right.set_ylim(-1.0, 7.0)
    plane(right, "3. inverse transform with k = 1", "feature 1", "feature 2")
    right.legend(loc="lower right", frameon=False, fontsize=8.5)
    right.text(
        0.02,
        0.97,
        f"grey: residuals, mean squared\nerror per entry {error:.3f}",
        transform=right.transAxes,
        va="top",
        fontsize=8.5,
        color="0.3",
    )
    fig.tight_layout()
    save(fig, path)


def factor_data() -> np.ndarray:
    """200 samples of 10 features driven by 3 hidden factors plus a little noise."""
    rng = np.random.default_rng(3)
    factors = rng.normal(size=(200, 3)) * [3.0, 2.0, 1.2]
    loadings = rng.normal(size=(3, 10))
    return factors @ loadings + 0.5 * rng.normal(size=(200, 10)) + 20.0


def scree(path: Path) -> None:
    """Explained variance ratios, their running total, and the error as k grows."""
    pca = solution("part13_pca")
    X = factor_data()
    ratios = pca.explained_variance_ratio(X)
    cumulative = np.cumsum(ratios)
    threshold = 0.95
    k = pca.n_components_for_variance(X, threshold)
    ks = np.arange(1, len(ratios) + 1)
    errors = [pca.reconstruction_error(X, int(j)) for j in ks]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 3.9))

    left.bar(ks, ratios, color=BLUE, alpha=0.8, label="ratio of component i")
    left.plot(ks, cumulative, color=ORANGE, marker="o", ms=4, label="running total")
    left.axhline(threshold, color=RED, lw=1, ls="--")
    left.text(10.4, threshold - 0.035, "threshold 0.95", color=RED, ha="right", va="top")
    left.annotate(
        f"k = {k} reaches {cumulative[k - 1]:.3f}",
        xy=(k, cumulative[k - 1]),
        xytext=(k + 1.6, 0.62),
        color=ORANGE,
        fontweight="bold",
        arrowprops={"arrowstyle": "->", "color": ORANGE},
    )
    left.set_xticks(ks)
    left.set_ylim(0, 1.08)
    left.set_xlabel("component i")
    left.set_ylabel("fraction of the total variance")
    left.set_title("10 features, 3 hidden factors: the scree plot")
    left.legend(loc="center right", frameon=False, bbox_to_anchor=(1.0, 0.38))
    left.grid(True, axis="y", color="0.93")
    left.set_axisbelow(True)

    right.plot(ks, errors, color=GREEN, marker="o", ms=4)
    right.axvline(k, color=RED, lw=1, ls="--")
    right.text(k + 0.2, max(errors) * 0.9, f"k = {k}", color=RED)
    right.set_ylim(bottom=0)
    right.set_xticks(ks)
    right.set_xlabel("components kept, k")
    right.set_ylabel("mean squared error per entry")
    right.set_title("reconstruction error falls as k grows")
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


def digits() -> tuple[np.ndarray, np.ndarray]:
    """The 1,797 UCI digits shipped in docs/data: pixels as rows of 64 floats, and labels."""
    with np.load(ROOT / "docs" / "data" / "digits.npz") as archive:
        images, target = archive["images"], archive["target"]
    return images.reshape(len(images), -1).astype(float), target


def digits_scatter(path: Path) -> None:
    """Every digit image projected on the first two principal components, coloured by label."""
    pca = solution("part13_pca")
    X, target = digits()
    mean, components, _ = pca.pca_fit(X, 2)
    scores = pca.pca_transform(X, mean, components)
    ratios = pca.explained_variance_ratio(X)
    colours = plt.get_cmap("tab10")
    fig, ax = plt.subplots(figsize=(7.2, 6.0))
    for digit in range(10):
        chosen = scores[target == digit]
        ax.plot(chosen[:, 0], chosen[:, 1], "o", ms=2.2, mew=0, color=colours(digit), alpha=0.55)
    for digit in range(10):
        centre = scores[target == digit].mean(axis=0)
        ax.text(
            centre[0],
            centre[1],
            str(digit),
            fontsize=17,
            fontweight="bold",
            ha="center",
            va="center",
            color=colours(digit),
            bbox={"boxstyle": "circle,pad=0.2", "fc": "white", "ec": colours(digit), "alpha": 0.9},
        )
    ax.set_xlabel(f"score on component 1 ({ratios[0]:.1%} of the variance)")
    ax.set_ylabel(f"score on component 2 ({ratios[1]:.1%} of the variance)")
    ax.set_title("1,797 handwritten digits, 64 pixels each, seen through 2 components")
    ax.grid(True, color="0.93")
    ax.set_axisbelow(True)
    fig.tight_layout()
    save(fig, path)


def digits_components(path: Path) -> None:
    """The mean digit, the first five components as 8 x 8 images, and reconstructions."""
    pca = solution("part13_pca")
    X, _ = digits()
    mean, components, _ = pca.pca_fit(X, 5)
    ratios = pca.explained_variance_ratio(X)
    example = X[0]  # the first image of the file, a zero
    ks = [2, 5, 10, 21, 41]
    fig, axes = plt.subplots(2, 6, figsize=(10.5, 4.9))
    axes[0, 0].imshow(mean.reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
    axes[0, 0].set_title("mean image")
    limit = np.abs(components).max()
    for i in range(5):
        axes[0, i + 1].imshow(components[i].reshape(8, 8), cmap="RdBu_r", vmin=-limit, vmax=limit)
        axes[0, i + 1].set_title(f"component {i + 1}\n{ratios[i]:.1%} of variance", fontsize=9)
    axes[1, 0].imshow(example.reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
    axes[1, 0].set_title("an image")
    for ax, k in zip(axes[1, 1:], ks, strict=True):
        mean_k, components_k, _ = pca.pca_fit(X, k)
        scores = pca.pca_transform(example[None, :], mean_k, components_k)
        restored = pca.pca_inverse_transform(scores, mean_k, components_k)[0]
        kept = np.sum(ratios[:k])
        ax.imshow(np.clip(restored, 0, 16).reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
        ax.set_title(f"k = {k}\n{kept:.0%} of variance", fontsize=9)
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
    fig.text(
        0.5,
        0.02,
        "top: the mean and the first five components (red pixels positive, blue negative);"
        " bottom: one image and its reconstructions from k components",
        ha="center",
        fontsize=8.5,
    )
    fig.tight_layout(rect=(0, 0.05, 1, 1), h_pad=2.0)
    save(fig, path)


FIGURES = {
    "part13_pca_steps.svg": pca_steps,
    "part13_scree.svg": scree,
    "part13_digits_scatter.svg": digits_scatter,
    "part13_digits_components.svg": digits_components,
}
