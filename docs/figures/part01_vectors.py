"""Figures for Part 1: Vectors, Scalars, and Spaces.

Every vector drawn here is computed with the reference solution of Part 1, so the
pictures show exactly what ``add``, ``scale``, ``linear_combination``, ``centroid``
and ``standard_basis`` return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED = "tab:blue", "tab:orange", "tab:green", "tab:red"
LIMITS = (-2.2, 6.4, -1.6, 3.6)


def arrow(ax, start, end, colour, label=None, side=1.0, lw=2.0, style="-", at=0.5):
    """An arrow from ``start`` to ``end``, labelled beside the point ``at`` of the way along.

    The label is pushed off the arrow along its normal (to the left of the direction of
    travel for ``side=1``, to the right for ``side=-1``), so it never sits on the line.
    """
    start, end = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={
            "arrowstyle": "-|>",
            "color": colour,
            "lw": lw,
            "linestyle": style,
            "shrinkA": 0,
            "shrinkB": 0,
        },
    )
    if label is None:
        return
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / np.hypot(*direction)
    ax.annotate(
        label,
        xy=start + at * direction,
        xytext=11 * side * normal,
        textcoords="offset points",
        color=colour,
        ha="center",
        va="center",
        fontweight="bold",
    )


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


def vector_addition(path: Path) -> None:
    """Addition (the parallelogram), scaling (one line through 0), and a linear combination."""
    vectors = solution("part01_vectors")
    u, v = vectors.as_vector([3.0, 1.0]), vectors.as_vector([1.0, 2.0])
    origin = vectors.scale(0.0, u)
    total = vectors.add(u, v)
    combination = vectors.linear_combination([1.5, -1.0], [u, v])
    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(11, 3.3))

    arrow(left, v, total, BLUE, lw=1.2, style="--")
    arrow(left, u, total, ORANGE, "v", side=-1)
    arrow(left, origin, v, ORANGE, lw=1.2, style="--")
    arrow(left, origin, u, BLUE, "u", side=-1)
    arrow(left, origin, total, GREEN, "u + v", side=-1, at=0.45)
    plane(left, LIMITS, "u + v: tail of v at the head of u")

    middle.plot([-6.0, 9.0], [-2.0, 3.0], color="0.7", lw=0.9, ls=":", zorder=0)
    arrow(middle, origin, vectors.scale(2.0, u), GREEN, "2 u", at=0.8)
    arrow(middle, origin, u, BLUE, "u", side=-1)
    arrow(middle, origin, vectors.scale(-0.5, u), RED, "-0.5 u", side=-1, at=0.7)
    plane(middle, LIMITS, "c u stays on the line through u")

    arrow(right, origin, vectors.scale(1.5, u), BLUE, "1.5 u")
    arrow(right, vectors.scale(1.5, u), combination, ORANGE, "-v", side=-1)
    arrow(right, origin, combination, GREEN, "1.5 u - v", side=-1)
    plane(right, LIMITS, "a linear combination: 1.5 u - v")

    fig.tight_layout()
    save(fig, path)


def basis_3d(path: Path) -> None:
    """A vector of R^3 reached by walking x1, x2, x3 steps along the standard basis vectors."""
    vectors = solution("part01_vectors")
    coords = vectors.as_vector([2.0, 3.0, 1.5])
    basis = [vectors.standard_basis(3, i) for i in range(3)]
    x = vectors.linear_combination(coords, basis)
    corners = [vectors.scale(0.0, x)]
    for c, e in zip(coords, basis, strict=True):
        corners.append(vectors.add(corners[-1], vectors.scale(c, e)))

    fig = plt.figure(figsize=(6.2, 4.6))
    ax = fig.add_subplot(projection="3d")
    ax.view_init(elev=20, azim=-55)
    colours = [BLUE, ORANGE, GREEN]
    steps = ["2 e1", "3 e2", "1.5 e3"]
    # where each label sits: basis labels past the arrow tips, step labels beside the path
    basis_at = [(0.75, -0.5, 0.0), (-0.35, 1.0, 0.15), (0.0, -0.25, 1.15)]
    step_at = [(1.75, -0.45, 0.0), (2.3, 1.9, 0.0), (2.1, 3.0, 0.75)]
    for i, colour in enumerate(colours):
        ax.quiver(0, 0, 0, *basis[i], color=colour, lw=2.5, arrow_length_ratio=0.25)
        ax.text(*basis_at[i], f"e{i + 1}", color=colour, fontweight="bold", ha="center")
        ax.plot(*np.column_stack([corners[i], corners[i + 1]]), color=colour, lw=1.4, ls="--")
        ax.text(*step_at[i], steps[i], color=colour)
    ax.quiver(0, 0, 0, *x, color="black", lw=2, arrow_length_ratio=0.08)
    ax.scatter(*x, color="black", s=14)
    ax.text(1.45, 3.0, 1.68, "x = (2, 3, 1.5)", color="black", fontweight="bold", ha="center")
    ax.set_xlim(0, 3)
    ax.set_ylim(0, 3.5)
    ax.set_zlim(0, 2)
    ax.set_xticks([0, 1, 2, 3])
    ax.set_yticks([0, 1, 2, 3])
    ax.set_zticks([0, 1, 2])
    ax.set_box_aspect((3, 3.5, 2), zoom=1.05)
    ax.set_xlabel("coordinate 1")
    ax.set_ylabel("coordinate 2")
    ax.set_zlabel("coordinate 3")
    fig.suptitle("x = 2 e1 + 3 e2 + 1.5 e3: the coordinates are the coefficients", y=0.95)
    fig.subplots_adjust(left=0.04, right=0.94, bottom=0.04, top=1.02)
    save(fig, path)


def centroid(path: Path) -> None:
    """A small point cloud, its centroid, and the same cloud after centring."""
    vectors = solution("part01_vectors")
    rng = np.random.default_rng(1)
    points = rng.normal(loc=[3.0, 2.0], scale=[1.5, 1.0], size=(12, 2))
    mean = vectors.centroid(points)
    centred = np.array([vectors.add(p, vectors.scale(-1.0, mean)) for p in points])
    if not np.allclose(vectors.centroid(centred), 0.0, atol=1e-12):
        raise AssertionError("the centred points do not have mean zero")
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.9))

    for p in points:
        left.plot([mean[0], p[0]], [mean[1], p[1]], color="0.75", lw=0.8, zorder=1)
    left.scatter(points[:, 0], points[:, 1], color=BLUE, s=24, zorder=2, label="data points")
    left.scatter(*mean, color=RED, marker="X", s=120, zorder=3, label="centroid")
    left.annotate(
        f"({mean[0]:.2f}, {mean[1]:.2f})",
        xy=mean,
        xytext=(10, -20),
        textcoords="offset points",
        ha="left",
        color=RED,
        fontweight="bold",
    )
    plane(left, (-0.5, 6.5, -0.5, 4.5), "12 points and their centroid")
    left.legend(loc="upper left", frameon=False)

    for p in centred:
        arrow(right, (0.0, 0.0), p, "0.75", lw=0.8)
    right.scatter(centred[:, 0], centred[:, 1], color=GREEN, s=24, zorder=2)
    right.scatter(0, 0, color=RED, marker="X", s=120, zorder=3)
    right.annotate(
        "the deviations add up to 0:\ntheir centroid is the origin",
        xy=(0, 0),
        xytext=(-3.3, -2.3),
        color=RED,
        fontweight="bold",
    )
    plane(right, (-3.5, 3.5, -2.5, 2.5), "the same points minus the centroid")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part01_vectors.svg": vector_addition,
    "part01_basis3d.svg": basis_3d,
    "part01_centroid.svg": centroid,
}
