"""Figures for Part 5: Linear Independence & Span."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED = "tab:blue", "tab:orange", "tab:green", "tab:red"


def arrow(ax, end, colour, label, start=(0.0, 0.0), offset=(6, 4)):
    """An arrow from ``start`` to ``end``, labelled near its head."""
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2, "shrinkA": 0, "shrinkB": 0},
    )
    ax.annotate(
        label,
        xy=end,
        xytext=offset,
        textcoords="offset points",
        color=colour,
        fontweight="bold",
    )


def combinations(u, v, coefficients):
    """Every c1 * u + c2 * v with c1, c2 taken from ``coefficients``, as rows."""
    c1, c2 = np.meshgrid(coefficients, coefficients)
    return np.outer(c1.ravel(), u) + np.outer(c2.ravel(), v)


def span_pictures(path: Path) -> None:
    """Two independent vectors span the plane; two dependent ones only a line; a distance."""
    part = solution("part05_independence_span")
    u, v = np.array([2.0, 1.0]), np.array([0.5, 1.5])
    w = -0.5 * u
    target = np.array([0.5, 2.5])
    coefficients = np.linspace(-2, 2, 9)
    fig, axes = plt.subplots(1, 3, figsize=(11, 4))
    left, middle, right = axes

    points = combinations(u, v, coefficients)
    left.scatter(points[:, 0], points[:, 1], s=9, color="0.55", zorder=1)
    arrow(left, u, BLUE, "u", offset=(4, -12))
    arrow(left, v, ORANGE, "v", offset=(-4, 6))
    rank = part.span_dimension([u, v])
    left.set_title(f"independent: span = the plane\nspan_dimension = {rank}")

    points = combinations(u, w, coefficients)
    middle.plot(points[:, 0], points[:, 1], ".", ms=6, color="0.55", zorder=1)
    arrow(middle, u, BLUE, "u", offset=(4, -12))
    arrow(middle, w, ORANGE, "w = -0.5 u", offset=(-20, -16))
    rank = part.span_dimension([u, w])
    independent = part.are_independent([u, w])
    middle.set_title(
        f"dependent (are_independent = {independent}):\nspan = a line, dimension {rank}"
    )

    line = np.linspace(-2.2, 2.2, 2)
    right.plot(line * u[0], line * u[1], color="0.55", lw=1.5, label="span of u")
    foot = (target @ u) / (u @ u) * u  # the closest point of the line
    right.plot(*zip(foot, target, strict=True), color=RED, ls="--", lw=1.5)
    distance = float(np.linalg.norm(target - foot))
    right.annotate(
        f"distance {distance:.2f}",
        xy=0.5 * (foot + target),
        xytext=(8, 0),
        textcoords="offset points",
        color=RED,
    )
    arrow(right, u, BLUE, "u", offset=(4, -12))
    arrow(right, target, GREEN, "x", offset=(-14, 2))
    inside = part.in_span(target, [u])
    right.set_title(f"in_span(x, [u]) = {inside}:\nthe least-squares residual is not zero")
    right.legend(loc="lower right", frameon=False)

    for ax in axes:
        ax.set_aspect("equal")
        ax.set_xlim(-4.5, 4.5)
        ax.set_ylim(-3.5, 3.5)
        ax.axhline(0, color="0.85", lw=0.8, zorder=0)
        ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


FEATURES = ["area m²", "rooms", "area ft²", "bathrooms", "age", "rooms+baths"]


def housing_features(rng: np.random.Generator, m: int = 40) -> np.ndarray:
    """A small made-up housing table with two redundant columns (2 and 5)."""
    area = rng.uniform(40, 200, size=m)
    rooms = np.clip(np.round(area / 35 + rng.normal(scale=0.7, size=m)), 1, None)
    bathrooms = rng.integers(1, 4, size=m).astype(float)
    age = rng.uniform(0, 80, size=m)
    return np.column_stack([area, rooms, 10.7639 * area, bathrooms, age, rooms + bathrooms])


def redundant_features_picture(path: Path) -> None:
    """Correlations see the copied column but not the sum; singular values see both."""
    part = solution("part05_independence_span")
    X = housing_features(np.random.default_rng(5))
    Z = (X - X.mean(axis=0)) / X.std(axis=0)  # standardised: entries of order 1
    G = part.gram_matrix(Z.T)  # one entry per pair of columns
    scale = np.sqrt(np.diag(G))
    cosines = G / np.outer(scale, scale)
    redundant = part.redundant_features(Z).tolist()
    singular_values = np.linalg.svd(Z, compute_uv=False)
    tol = 1e-10

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.4), width_ratios=[1.05, 1])
    image = left.imshow(cosines, cmap="RdBu_r", vmin=-1, vmax=1)
    for i in range(len(FEATURES)):
        for j in range(len(FEATURES)):
            value = cosines[i, j]
            left.text(
                j,
                i,
                f"{value:.2f}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if abs(value) > 0.6 else "black",
            )
    ticks = range(len(FEATURES))
    left.set_xticks(ticks, FEATURES, rotation=35, ha="right")
    left.set_yticks(ticks, FEATURES)
    for labels in (left.get_xticklabels(), left.get_yticklabels()):
        for index in redundant:
            labels[index].set_color(RED)
            labels[index].set_fontweight("bold")
    left.spines[:].set_visible(False)
    left.set_title("cosines between standardised columns\n(Gram matrix of Zᵀ, normalised)")
    fig.colorbar(image, ax=left, shrink=0.8)

    positions = np.arange(1, len(singular_values) + 1)
    zero = singular_values <= tol
    right.semilogy(positions[~zero], singular_values[~zero], "o", color=BLUE, label="kept")
    right.semilogy(positions[zero], singular_values[zero], "o", color=RED, label="≤ tol: zero")
    right.axhline(tol, color="0.4", ls="--", lw=1)
    right.annotate(
        "tol = 1e-10", xy=(1, tol), xytext=(0, 5), textcoords="offset points", color="0.3"
    )
    right.set_xticks(positions)
    right.set_xlabel("singular value number")
    right.set_ylabel("singular value of the standardised data")
    right.set_ylim(1e-17, 1e2)
    rank = part.span_dimension(Z)
    names = ", ".join(FEATURES[i] for i in redundant)
    right.set_title(f"rank {rank} of {Z.shape[1]} columns\nredundant_features: {names}")
    right.legend(loc="center right", frameon=False)
    right.grid(True, color="0.93", which="major")
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


FIGURES = {
    "part05_span.svg": span_pictures,
    "part05_redundant_features.svg": redundant_features_picture,
}
