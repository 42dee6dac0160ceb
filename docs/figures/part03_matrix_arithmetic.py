"""Figures for Part 3: Matrix Arithmetic: Add, Scale, Multiply."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution
from matplotlib.patches import Rectangle

HIGHLIGHT = "tab:orange"


def number(x: float) -> str:
    """A number as the figure prints it, with a true minus sign."""
    return f"{x:g}".replace("-", "\N{MINUS SIGN}")


def show_matrix(ax, M, title, rows=(), columns=(), cells=()):
    """A matrix as a grid of numbers, with chosen rows, columns and cells outlined."""
    m, n = M.shape
    ax.imshow(M, cmap="Blues", vmin=-8, vmax=30, aspect="equal")
    for i in range(m):
        for j in range(n):
            colour = "white" if M[i, j] > 15 else "black"
            ax.text(j, i, number(M[i, j]), ha="center", va="center", fontsize=11, color=colour)
    for i in rows:
        ax.add_patch(Rectangle((-0.5, i - 0.5), n, 1, fill=False, ec=HIGHLIGHT, lw=3))
    for j in columns:
        ax.add_patch(Rectangle((j - 0.5, -0.5), 1, m, fill=False, ec=HIGHLIGHT, lw=3))
    for i, j in cells:
        ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, ec=HIGHLIGHT, lw=3))
    ax.set_title(title)
    ax.set_xticks(range(n))
    ax.set_yticks(range(m))
    ax.tick_params(length=0, labelsize=8, colors="0.45")
    for spine in ax.spines.values():
        spine.set_visible(False)


def matmul_entry(path: Path) -> None:
    """Entry (1, 0) of A B is row 1 of A against column 0 of B, multiplied and summed."""
    arithmetic = solution("part03_matrix_arithmetic")
    A = np.array([[1.0, 0.0, 2.0, -1.0], [2.0, 1.0, -1.0, 3.0], [0.0, 4.0, 1.0, 1.0]])
    B = np.array([[1.0, 2.0], [3.0, 0.0], [2.0, -1.0], [0.0, 5.0]])
    C = arithmetic.matmul(A, B)
    i, j = 1, 0
    terms = arithmetic.hadamard(A[i : i + 1], B[:, j].reshape(1, -1))[0]
    fig, axes = plt.subplots(
        1, 3, figsize=(8.4, 3.9), gridspec_kw={"width_ratios": [4, 2, 2], "wspace": 0.5}
    )
    show_matrix(axes[0], A, "A  (3 × 4)", rows=[i])
    show_matrix(axes[1], B, "B  (4 × 2)", columns=[j])
    show_matrix(axes[2], C, "C = AB  (3 × 2)", cells=[(i, j)])
    fig.text(0.47, 0.5, "×", fontsize=20, ha="center", va="center")
    fig.text(0.715, 0.5, "=", fontsize=20, ha="center", va="center")
    products = " + ".join(
        f"({number(a)})({number(b)})" if min(a, b) < 0 else f"{number(a)}·{number(b)}"
        for a, b in zip(A[i], B[:, j], strict=True)
    )
    total = " + ".join(number(t) for t in terms).replace("+ \N{MINUS SIGN}", "\N{MINUS SIGN} ")
    fig.text(
        0.5,
        0.04,
        f"C[{i}, {j}] = row {i} of A · column {j} of B = {products} = {total} = {number(C[i, j])}",
        ha="center",
        color=HIGHLIGHT,
        fontsize=10.5,
    )
    fig.subplots_adjust(left=0.04, right=0.98, top=0.9, bottom=0.14)
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def products_used(k: int) -> int:
    """Products that repeated squaring needs for A^k (k >= 1), never multiplying by I.

    One squaring per binary digit after the leading one, and one product for every
    further digit 1 to combine the selected powers: 13 = 1101 in binary takes 3 + 2.
    """
    return (k.bit_length() - 1) + (bin(k).count("1") - 1)


def markov_powers(path: Path) -> None:
    """A Markov chain's state distribution p0 P^k for growing k, and the cost of A^k."""
    arithmetic = solution("part03_matrix_arithmetic")
    P = np.array([[0.8, 0.15, 0.05], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6]])
    start = np.array([[1.0, 0.0, 0.0]])
    steps = np.arange(0, 21)
    history = np.vstack([arithmetic.matmul(start, arithmetic.matrix_power(P, k)) for k in steps])
    limit = arithmetic.matmul(start, arithmetic.matrix_power(P, 1024))[0]
    fig, (left, right) = plt.subplots(1, 2, figsize=(8.4, 3.6))
    names = ["state 0", "state 1", "state 2"]
    colours = ["tab:blue", "tab:green", "tab:red"]
    for s in range(3):
        left.plot(steps, history[:, s], "o-", ms=3, color=colours[s], label=names[s])
        left.axhline(limit[s], color=colours[s], lw=0.8, ls="--")
    left.set_xlabel("step k")
    left.set_ylabel("probability")
    left.set_title("Distribution after k steps: $p_0 P^k$")
    left.set_ylim(0, 1.05)
    left.legend(frameon=False, loc="upper right")
    left.text(
        20,
        0.39,
        "dashed: the limit $p_0 P^{1024}$",
        ha="right",
        va="center",
        fontsize=8,
        color="0.3",
    )
    ks = np.arange(1, 65)
    fast = [products_used(int(k)) for k in ks]
    right.plot(ks, ks - 1, color="0.5", label="one product at a time: k − 1")
    right.plot(ks, fast, "o", ms=3, color=HIGHLIGHT, label="repeated squaring")
    right.annotate(
        f"k = 64:\n{fast[-1]} products, not 63",
        xy=(64, fast[-1]),
        xytext=(50, 27),
        arrowprops={"arrowstyle": "->", "color": "0.3"},
        ha="center",
        fontsize=9,
        color="0.3",
    )
    right.set_xlabel("exponent k")
    right.set_ylabel("matrix products for $A^k$")
    right.set_title("Cost of a matrix power")
    right.legend(frameon=False, loc="upper left")
    for ax in (left, right):
        ax.grid(True, color="0.93")
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


FIGURES = {
    "part03_matmul_entry.svg": matmul_entry,
    "part03_markov_powers.svg": markov_powers,
}
