"""Figures for Part 6: Norms and Distances.

Every curve and arrow drawn here is computed with the reference solution of Part 6:
the unit circles are rows scaled by ``normalize_rows``, the regularised minima are
found by searching those circles, the clipped gradients come from ``clip_by_norm``
and the level sets of the three distances from ``pairwise_distances``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution
from matplotlib.ticker import MaxNLocator

BLUE, ORANGE, GREEN, RED, PURPLE = "tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple"
GREY = "0.45"


def plane(ax, limits, title):
    """Equal axes ``limits = (xmin, xmax, ymin, ymax)``, grey coordinate axes, a light grid."""
    ax.set_aspect("equal")
    ax.set_xlim(*limits[:2])
    ax.set_ylim(*limits[2:])
    ax.axhline(0, color="0.8", lw=0.8, zorder=0)
    ax.axvline(0, color="0.8", lw=0.8, zorder=0)
    ax.grid(True, color="0.93")
    ax.set_title(title)


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def directions(count=721):
    """Unit vectors (cos t, sin t) for ``count`` angles around the circle, as rows."""
    angles = np.linspace(0.0, 2.0 * np.pi, count)
    return np.column_stack([np.cos(angles), np.sin(angles)])


def unit_balls(path: Path) -> None:
    """Unit circles of several L^p norms, why L1 makes weights sparse, and gradient clipping."""
    norms = solution("part06_norms_distances")
    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(12, 4.1))

    # Left: the set ||x||_p = 1 is every direction scaled to unit p-norm.
    rays = directions()
    styles = [(1, BLUE, "p = 1"), (1.5, GREEN, "p = 1.5"), (2, ORANGE, "p = 2")]
    styles += [(4, PURPLE, "p = 4"), (np.inf, RED, "p = inf")]
    for p, colour, label in styles:
        circle = norms.normalize_rows(rays, p)
        left.plot(circle[:, 0], circle[:, 1], color=colour, lw=1.8, label=label)
    point = np.array([0.8, 0.6])
    left.scatter(*point, color="black", s=18, zorder=3)
    left.annotate(
        "x = (0.8, 0.6)\n"
        f"L1 {norms.lp_norm(point, 1):.1f}, L2 {norms.lp_norm(point, 2):.1f}, "
        f"max {norms.lp_norm(point, np.inf):.1f}",
        xy=point,
        xytext=(1.25, 0.95),
        fontsize=8.5,
        arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.8},
    )
    plane(left, (-1.3, 2.9, -1.3, 1.5), "unit circles: all x with ||x||_p = 1")
    left.legend(loc="lower right", fontsize=8.5, frameon=False)

    # Middle: minimise a quadratic loss on the L1 and on the L2 circle of radius 1.
    best = np.array([2.2, 0.9])
    H = np.array([[1.0, 0.55], [0.55, 0.9]])

    def loss(W):
        D = W - best
        return np.sum((D @ H) * D, axis=-1)

    xs, ys = np.meshgrid(np.linspace(-1.6, 3.2, 241), np.linspace(-1.6, 2.4, 201))
    values = loss(np.stack([xs, ys], axis=-1))
    middle.contour(xs, ys, values, levels=[0.3, 1, 2, 3.5, 5.5, 8], colors="0.7", linewidths=0.8)
    middle.scatter(*best, color="black", s=18, zorder=3)
    middle.annotate("loss minimum", xy=best, xytext=(6, 6), textcoords="offset points")
    fine = directions(7201)
    for p, colour, name in [(1, BLUE, "L1"), (2, ORANGE, "L2")]:
        boundary = norms.normalize_rows(fine, p)
        middle.plot(boundary[:, 0], boundary[:, 1], color=colour, lw=1.8)
        w = boundary[np.argmin(loss(boundary))]
        middle.scatter(*w, color=colour, s=45, zorder=4, edgecolor="white")
        middle.annotate(
            f"{name}-constrained best\nw = ({w[0]:.2f}, {w[1]:.2f})",
            xy=w,
            xytext=(1.0, -1.4) if name == "L1" else (-1.5, 1.7),
            color=colour,
            fontsize=8.5,
            fontweight="bold",
            arrowprops={"arrowstyle": "->", "color": colour, "lw": 0.9},
        )
    plane(middle, (-1.6, 3.2, -1.6, 2.4), "L1 finds a corner: a zero weight")

    # Right: clip_by_norm shrinks long gradients onto the circle, leaves short ones alone.
    rng = np.random.default_rng(3)
    gradients = rng.normal(scale=1.6, size=(9, 2))
    limit = 1.0
    ring = limit * rays
    right.plot(ring[:, 0], ring[:, 1], color=GREY, lw=1.0, ls="--")
    right.annotate("||g|| = max_norm = 1", xy=(0.0, -1.0), xytext=(-0.95, -1.3), color=GREY)
    for g in gradients:
        clipped = norms.clip_by_norm(g, limit)
        changed = not np.allclose(clipped, g)
        if changed:
            right.annotate(
                "",
                xy=g,
                xytext=(0, 0),
                arrowprops={"arrowstyle": "-|>", "color": "0.75", "lw": 1.0, "ls": "--"},
            )
        right.annotate(
            "",
            xy=clipped,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "-|>", "color": RED if changed else GREEN, "lw": 1.8},
        )
    right.plot([], [], color="0.75", ls="--", label="gradient before clipping")
    right.plot([], [], color=RED, label="clipped: same direction, norm 1")
    right.plot([], [], color=GREEN, label="short enough: unchanged")
    plane(right, (-2.6, 2.6, -1.6, 2.9), "clip_by_norm(g, 1.0)")
    right.legend(loc="upper left", fontsize=8, frameon=False)

    fig.tight_layout()
    save(fig, path)


def distance_contours(path: Path) -> None:
    """Level sets of the distance from one query point, for the three metrics."""
    norms = solution("part06_norms_distances")
    query = np.array([[1.5, 1.0]])
    # An even number of samples on [-3, 3] never hits the origin, where the cosine
    # distance is undefined; a regular grid lets contourf draw few, simple polygons.
    xs, ys = np.meshgrid(np.linspace(-3.0, 3.0, 160), np.linspace(-3.0, 3.0, 160))
    grid = np.column_stack([xs.ravel(), ys.ravel()])
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.9))
    panels = [
        ("euclidean", "Euclidean: circles", np.arange(0.5, 6.01, 0.5)),
        ("manhattan", "Manhattan: diamonds", np.arange(0.5, 8.01, 0.5)),
        ("cosine", "cosine: rays from the origin", np.arange(0.1, 2.0, 0.2)),
    ]
    for ax, (metric, title, levels) in zip(axes, panels, strict=True):
        distances = norms.pairwise_distances(grid, query, metric)[:, 0].reshape(xs.shape)
        # The colour field is a raster image inside the SVG; the level lines stay vectors.
        filled = ax.contourf(xs, ys, distances, levels=64, cmap="viridis_r", rasterized=True)
        ax.contour(xs, ys, distances, levels=levels, colors="white", linewidths=0.7)
        bar = fig.colorbar(filled, ax=ax, shrink=0.8, label=f"{metric} distance to q")
        bar.locator = MaxNLocator(5)
        bar.update_ticks()
        ax.scatter(*query[0], color=RED, marker="X", s=90, zorder=3, edgecolor="white")
        ax.annotate("q", xy=query[0], xytext=(8, 6), textcoords="offset points", weight="bold")
        ax.set_aspect("equal")
        ax.set_xlim(-3, 3)
        ax.set_ylim(-3, 3)
        ax.set_title(title)
    fig.suptitle("Points at equal distance from q = (1.5, 1) under each metric", y=0.98)
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part06_unit_balls.svg": unit_balls,
    "part06_distance_contours.svg": distance_contours,
}
