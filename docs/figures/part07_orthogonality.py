"""Figures for Part 7: Orthogonality and Projections.

Every projection, residual and unit vector drawn here is computed with the reference
solution of Part 7 (``project_onto_vector``, ``decompose``, ``gram_schmidt``), so the
pictures show exactly what those functions return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.55"


def arrow(ax, start, end, colour, label=None, side=1.0, lw=2.0, style="-", at=0.5, gap=11):
    """An arrow from ``start`` to ``end``, labelled beside the point ``at`` of the way along.

    The label is pushed ``gap`` points off the arrow along its normal (to the left of the
    direction of travel for ``side=1``, to the right for ``side=-1``).
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
        xytext=gap * side * normal,
        textcoords="offset points",
        color=colour,
        ha="center",
        va="center",
        fontweight="bold",
    )


def right_angle(ax, corner, along, up, size=0.22, colour="0.3"):
    """A small square at ``corner`` between the unit directions ``along`` and ``up``."""
    along = np.asarray(along, dtype=float) / np.linalg.norm(along)
    up = np.asarray(up, dtype=float) / np.linalg.norm(up)
    points = np.array([corner + size * along, corner + size * (along + up), corner + size * up])
    ax.plot(points[:, 0], points[:, 1], color=colour, lw=0.9)


def plane(ax, limits, title):
    """Equal axes ``limits = (xmin, xmax, ymin, ymax)``, grey coordinate axes, a light grid."""
    ax.set_aspect("equal")
    ax.set_xlim(*limits[:2])
    ax.set_ylim(*limits[2:])
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.grid(True, color="0.94")
    ax.set_title(title)


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def projection(path: Path) -> None:
    """Left: v, its projection p onto the line of u and the residual. Right: p is the closest."""
    ortho = solution("part07_orthogonality")
    v, u = np.array([1.5, 3.0]), np.array([1.5, 0.5])
    p = ortho.project_onto_vector(v, u)
    residual = v - p
    t_best = float(p @ u / (u @ u))
    others = (0.6, 2.7)  # two other points t u of the line, farther from v than p
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.0), width_ratios=[1.15, 1])

    line = np.array([-0.8, 3.4])[:, None] * u
    left.plot(line[:, 0], line[:, 1], color="0.7", lw=1, ls=":", zorder=0)
    left.annotate(
        "the line spanned by u",
        xy=4.2 * np.array([1.0, 1 / 3]),
        xytext=(3.0, 0.25),
        color=GREY,
        arrowprops={"arrowstyle": "-", "color": "0.75", "lw": 0.8},
    )
    for t in others:
        left.plot(*np.column_stack([v, t * u]), color="0.7", lw=0.9, ls="--")
        left.scatter(*(t * u), color="0.6", s=14, zorder=3)
    arrow(left, (0, 0), p, ORANGE, "p", side=-1, at=0.95, gap=12, lw=3.2)
    arrow(left, (0, 0), u, BLUE, "u", side=-1, at=0.5, gap=11)
    arrow(left, (0, 0), v, GREEN, "v", side=1, at=0.55)
    arrow(left, p, v, RED, "v - p", side=-1, at=0.55, gap=22)
    right_angle(left, p, -u, residual)
    plane(left, (-1.2, 5.4, -0.9, 3.6), "the residual v - p is perpendicular to u")

    ts = np.linspace(-1.0, 3.6, 200)
    distances = np.linalg.norm(v[None, :] - ts[:, None] * u[None, :], axis=1)
    right.plot(ts, distances, color=GREEN, lw=2)
    for t in others:
        right.scatter(t, np.linalg.norm(v - t * u), color="0.6", s=14, zorder=3)
    best = float(np.linalg.norm(residual))
    right.scatter(t_best, best, color=ORANGE, s=40, zorder=4)
    right.plot([t_best, t_best], [0, best], color=ORANGE, lw=0.9, ls="--")
    right.annotate(
        f"minimum at t = v·u / u·u = {t_best:.2f}\n|v - p| = {best:.2f}",
        xy=(t_best, best),
        xytext=(t_best, 3.85),
        ha="center",
        color=ORANGE,
        fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": ORANGE, "lw": 0.9},
    )
    right.set_xlabel("t, for the point t u of the line")
    right.set_ylabel("distance |v - t u|")
    right.set_ylim(0, float(distances.max()) * 1.05)
    right.grid(True, color="0.94")
    right.set_title("no other point of the line is closer to v")
    fig.tight_layout()
    save(fig, path)


def gram_schmidt_steps(path: Path) -> None:
    """The two steps of Gram-Schmidt on two columns, then the orthonormal result."""
    ortho = solution("part07_orthogonality")
    A = np.array([[2.0, 1.0], [0.5, 2.0]])
    a1, a2 = A[:, 0], A[:, 1]
    Q = ortho.gram_schmidt(A)
    q1, q2 = Q[:, 0], Q[:, 1]
    shadow = ortho.project_onto_vector(a2, q1)
    remainder = a2 - shadow
    if not ortho.is_orthonormal(Q):
        raise AssertionError("gram_schmidt did not return orthonormal columns")
    limits = (-1.3, 2.6, -0.6, 2.5)
    circle = np.linspace(0, 2 * np.pi, 200)
    fig, axes = plt.subplots(1, 3, figsize=(11.5, 3.5))

    for ax in axes:
        ax.plot(np.cos(circle), np.sin(circle), color="0.85", lw=0.8, zorder=0)
    first, second, third = axes
    arrow(first, (0, 0), a1, BLUE, "a1", side=1, at=0.8)
    arrow(first, (0, 0), a2, GREEN, "a2", side=1, at=0.6)
    arrow(first, (0, 0), q1, BLUE, "q1", side=-1, at=0.6, lw=3.2)
    plane(first, limits, "1. q1 = a1 / |a1|")

    arrow(second, (0, 0), a2, GREEN, "a2", side=1, at=0.6)
    arrow(second, (0, 0), shadow, ORANGE, "(a2·q1) q1", side=-1, at=0.6, gap=13)
    arrow(second, shadow, a2, RED, "w", side=-1, at=0.4)
    arrow(second, (0, 0), remainder, RED, "w", side=1, at=0.6, lw=1.2, style="--")
    right_angle(second, shadow, -q1, remainder, size=0.15)
    plane(second, limits, "2. w = a2 - (a2·q1) q1")

    arrow(third, (0, 0), q1, BLUE, "q1", side=-1, at=0.6)
    arrow(third, (0, 0), q2, RED, "q2", side=1, at=0.6)
    right_angle(third, np.zeros(2), q1, q2, size=0.15)
    third.annotate(
        "q1·q2 = 0,  |q1| = |q2| = 1\nspan{q1} = span{a1}\nspan{q1, q2} = span{a1, a2}",
        xy=(0.05, 1.5),
        color="0.25",
        fontsize=9,
    )
    plane(third, limits, "3. q2 = w / |w|")
    fig.tight_layout()
    save(fig, path)


def plane_decomposition(path: Path) -> None:
    """A vector of R^3 split by ``decompose`` into its part in a plane and the rest."""
    ortho = solution("part07_orthogonality")
    A = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.25]])
    v = np.array([0.3, 1.2, 2.0])
    parallel, perpendicular = ortho.decompose(v, A)
    if abs(float(parallel @ perpendicular)) > 1e-12:
        raise AssertionError("decompose returned parts that are not orthogonal")

    fig = plt.figure(figsize=(6.4, 5.2))
    ax = fig.add_subplot(projection="3d")
    ax.view_init(elev=22, azim=-58)
    s, t = np.meshgrid(np.linspace(-0.3, 1.7, 2), np.linspace(-0.3, 1.9, 2))
    surface = A[:, 0, None, None] * s + A[:, 1, None, None] * t
    ax.plot_surface(*surface, color=BLUE, alpha=0.15, linewidth=0)
    ax.text(*(A @ [1.75, -0.25]), "column space of A", color=BLUE)
    for j, (name, offset) in enumerate([("a1", (0.02, -0.08, -0.12)), ("a2", (-0.22, 0, 0.02))]):
        ax.quiver(0, 0, 0, *A[:, j], color=BLUE, lw=2, arrow_length_ratio=0.15)
        ax.text(*(A[:, j] + offset), name, color=BLUE, fontweight="bold")
    ax.quiver(0, 0, 0, *v, color=GREEN, lw=2.2, arrow_length_ratio=0.08)
    ax.text(*(0.55 * v + [-0.2, 0.0, 0.05]), "v", color=GREEN, fontweight="bold")
    ax.quiver(0, 0, 0, *parallel, color=ORANGE, lw=2.2, arrow_length_ratio=0.1)
    ax.text(*(0.6 * parallel + [0.08, 0.0, -0.2]), "parallel", color=ORANGE, fontweight="bold")
    ax.quiver(*parallel, *perpendicular, color=RED, lw=2.2, arrow_length_ratio=0.1)
    ax.text(
        *(parallel + 0.55 * perpendicular + [0.1, 0.0, 0.0]),
        "perpendicular",
        color=RED,
        fontweight="bold",
    )
    along = -parallel / np.linalg.norm(parallel)
    up = perpendicular / np.linalg.norm(perpendicular)
    corner = np.array(
        [parallel + 0.12 * along, parallel + 0.12 * (along + up), parallel + 0.12 * up]
    )
    ax.plot(*corner.T, color="0.3", lw=0.9)
    ax.set_xlim(-0.4, 1.8)
    ax.set_ylim(-0.4, 1.9)
    ax.set_zlim(-0.3, 2.1)
    ax.set_xticks([0, 0.5, 1, 1.5])
    ax.set_yticks([0, 0.5, 1, 1.5])
    ax.set_zticks([0, 1, 2])
    ax.set_box_aspect((1, 1.05, 1.05))
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_zlabel("z")
    ax.set_title("decompose(v, A): v = parallel + perpendicular")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part07_projection.svg": projection,
    "part07_gram_schmidt.svg": gram_schmidt_steps,
    "part07_decompose3d.svg": plane_decomposition,
}
