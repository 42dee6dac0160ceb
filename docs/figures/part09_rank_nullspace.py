"""Figures for Part 9: Rank, Nullspace, and the Fundamental Theorem.

Every subspace, rank and classification drawn here is computed with the
reference solution of Part 9: ``null_space``, ``column_space``, ``rank`` and
``classify_system``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.45"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def plane(ax, limits, title):
    """Equal axes ``limits = (xmin, xmax, ymin, ymax)``, grey coordinate axes, a light grid."""
    ax.set_aspect("equal")
    ax.set_xlim(*limits[:2])
    ax.set_ylim(*limits[2:])
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.grid(True, color="0.94")
    ax.set_axisbelow(True)
    ax.set_title(title)


def line(ax, direction, colour, through=(0.0, 0.0), style="-", lw=2.2, label=None):
    """The line ``through + t * direction``, long enough to cross the axes box."""
    t = np.array([-20.0, 20.0])
    points = np.asarray(through) + np.outer(t, direction)
    ax.plot(points[:, 0], points[:, 1], color=colour, ls=style, lw=lw, label=label, zorder=1)


def arrow(ax, start, end, colour, lw=1.8):
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": lw, "shrinkA": 0, "shrinkB": 0},
        zorder=3,
    )


def point(ax, at, colour, text, offset, ha="left"):
    ax.scatter(*at, color=colour, s=36, zorder=4)
    ax.annotate(
        text,
        xy=at,
        xytext=offset,
        textcoords="offset points",
        color=colour,
        ha=ha,
        fontweight="bold",
    )


def four_subspaces(path: Path) -> None:
    """A rank-1 2 x 2 matrix: row space and nullspace on the left, what A reaches on the right."""
    part = solution("part09_rank_nullspace")
    A = np.array([[1.0, 1.0], [2.0, 2.0]])
    r = part.rank(A)
    row_space = part.column_space(A.T)[:, 0]
    null = part.null_space(A)[:, 0]
    column = part.column_space(A)[:, 0]
    left_null = part.null_space(A.T)[:, 0]
    x = np.array([1.5, -0.5])
    x_row = row_space * (row_space @ x)  # the projection of x onto the row space
    b = A @ x
    unreachable = np.array([2.0, 1.0])
    if not (np.allclose(A @ x_row, b) and part.classify_system(A, b) == "infinite"):
        raise AssertionError("x and its row-space part should reach the same b")
    if part.classify_system(A, unreachable) != "none":
        raise AssertionError("b = (2, 1) should be off the column space")

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 5.0))
    limits = (-2.2, 3.6, -2.2, 2.6)

    line(left, row_space, BLUE, label="row space C(Aᵀ)")
    line(left, null, RED, label="nullspace N(A)")
    line(left, null, GREEN, through=x_row, style="--", lw=1.6, label="all x with A x = b = (1, 2)")
    arrow(left, x_row, x, RED, lw=1.4)
    point(left, x_row, BLUE, "row-space part (0.5, 0.5)", (9, 3))
    point(left, x, "black", "x = (1.5, -0.5)", (8, -4))
    left.annotate(
        "+ nullspace part (1, -1)",
        xy=(1.0, 0.0),
        xytext=(8, 2),
        textcoords="offset points",
        color=RED,
        fontweight="bold",
    )
    plane(left, limits, f"input space R²: dim C(Aᵀ) + dim N(A) = {r} + {len(null) - r} = 2")
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, fontsize=8.5)

    line(right, column, BLUE, label="column space C(A)")
    line(right, left_null, RED, label="left nullspace N(Aᵀ)")
    point(right, b, BLUE, 'b = A x = (1, 2): "infinite"', (-10, 4), ha="right")
    point(right, unreachable, ORANGE, '(2, 1): "none"', (8, -4))
    right.scatter(0, 0, color=RED, s=36, zorder=4)
    right.annotate(
        "A sends all of N(A) to 0",
        xy=(0.0, 0.0),
        xytext=(0.4, -1.9),
        color=RED,
        fontweight="bold",
        arrowprops={"arrowstyle": "-|>", "color": RED, "lw": 1.0},
    )
    plane(right, limits, "output space R²: A x always lands in C(A)")
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, fontsize=8.5)

    fig.suptitle("A = [[1, 1], [2, 2]] has rank 1: one direction is kept, one is lost", y=0.98)
    fig.tight_layout()
    save(fig, path)


def equation(row, rhs):
    """``a x + b y = c`` as text, with coefficients of 1 and signs written as by hand."""
    terms = []
    for coefficient, name in zip(row, ("x", "y"), strict=True):
        size = "" if abs(coefficient) == 1 else f"{abs(coefficient):g} "
        sign = "-" if coefficient < 0 else "+"
        terms.append((sign, f"{size}{name}"))
    first = ("-" if terms[0][0] == "-" else "") + terms[0][1]
    return f"{first} {terms[1][0]} {terms[1][1]} = {rhs:g}"


def three_systems(path: Path) -> None:
    """Two equations in two unknowns as two lines: one, infinitely many or no common point."""
    part = solution("part09_rank_nullspace")
    systems = [
        (np.array([[1.0, 1.0], [1.0, -1.0]]), np.array([2.0, 0.0])),
        (np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([2.0, 4.0])),
        (np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([2.0, 2.0])),
    ]
    fig, axes = plt.subplots(1, 3, figsize=(11, 4))
    xs = np.linspace(-1.0, 3.0, 2)
    for ax, (A, b) in zip(axes, systems, strict=True):
        verdict = part.classify_system(A, b)
        rank_A = part.rank(A)
        rank_augmented = part.rank(np.column_stack([A, b]))
        for row, rhs, colour, style in zip(A, b, (BLUE, ORANGE), ("-", "--"), strict=True):
            ys = (rhs - row[0] * xs) / row[1]
            width = 2.4 if style == "-" else 2.0
            ax.plot(xs, ys, color=colour, ls=style, lw=width, label=equation(row, rhs))
        if verdict == "unique":
            at = np.linalg.solve(A, b)
            ax.scatter(*at, color="black", s=40, zorder=4)
            ax.annotate(
                f"the one solution ({at[0]:g}, {at[1]:g})",
                xy=at,
                xytext=(1.0, -0.6),
                ha="center",
                fontweight="bold",
                arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.0},
            )
        else:
            remark = {
                "infinite": "every point of the line\nsolves both equations",
                "none": "parallel lines:\nno common point",
            }[verdict]
            ax.text(-0.85, -0.75, remark, fontweight="bold", color=GREY)
        plane(
            ax,
            (-1.0, 3.0, -1.0, 3.0),
            f'rank A = {rank_A}, rank [A | b] = {rank_augmented}\n→ "{verdict}"',
        )
        ax.legend(loc="upper right", fontsize=8.5, framealpha=0.95)
    fig.suptitle("Two equations in two unknowns are two lines: the ranks tell how they meet")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part09_four_subspaces.svg": four_subspaces,
    "part09_three_systems.svg": three_systems,
}
