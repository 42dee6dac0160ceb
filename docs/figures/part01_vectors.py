"""Figures for Part 1: Vectors, Scalars, and Spaces."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from make_figures import solution


def arrow(ax, start, end, colour, label, offset=(-6, 6)):
    """An arrow from ``start`` to ``end`` with its label beside the midpoint."""
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2, "shrinkA": 0, "shrinkB": 0},
    )
    ax.annotate(
        label,
        xy=0.5 * (start + end),
        xytext=offset,
        textcoords="offset points",
        color=colour,
        ha="right",
        fontweight="bold",
    )


def vector_addition(path: Path) -> None:
    """Vector addition as head-to-tail arrows, and a linear combination of two vectors."""
    vectors = solution("part01_vectors")
    u, v = vectors.as_vector([3.0, 1.0]), vectors.as_vector([1.0, 2.0])
    total = vectors.add(u, v)
    combination = vectors.linear_combination([1.5, -1.0], [u, v])
    origin = vectors.scale(0.0, u)
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6))
    arrow(left, origin, u, "tab:blue", "u")
    arrow(left, u, total, "tab:orange", "v", offset=(8, -4))
    arrow(left, origin, total, "tab:green", "u + v")
    left.set_title("u + v: put v's tail at u's head")
    arrow(right, origin, vectors.scale(1.5, u), "tab:blue", "1.5 u")
    arrow(right, vectors.scale(1.5, u), combination, "tab:orange", "-v", offset=(16, 0))
    arrow(right, origin, combination, "tab:green", "1.5 u - v", offset=(10, -16))
    right.set_title("a linear combination: 1.5 u - v")
    for ax in (left, right):
        ax.set_aspect("equal")
        ax.set_xlim(-0.5, 5)
        ax.set_ylim(-1.5, 3.5)
        ax.axhline(0, color="0.8", lw=0.8)
        ax.axvline(0, color="0.8", lw=0.8)
        ax.grid(True, color="0.93")
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


FIGURES = {"part01_vectors.svg": vector_addition}
