"""Figures for Part 8: Matrix Inverses and Systems of Equations.

Every solution and condition number drawn here is computed with the reference
solution of Part 8 (``solve``, ``condition_number``), so the pictures show what
the exercises return. The only other elimination is the deliberately naive one
without row swaps, written out below to show what partial pivoting prevents.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.55"
EPS = np.finfo(float).eps


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def row_picture(ax, systems, A, b, shifts, limits, title):
    """The two lines of a 2x2 system, their bands under a perturbed b, and the solutions."""
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    xs = np.linspace(limits[0], limits[1], 200)
    radius = float(np.max(np.abs(shifts)))
    for row, colour in zip(range(2), (BLUE, ORANGE), strict=True):
        a1, a2 = A[row]
        # the line a1 x + a2 y = b[row], and the band b[row] +- radius around it
        lower = (b[row] - radius - a1 * xs) / a2
        upper = (b[row] + radius - a1 * xs) / a2
        ax.fill_between(xs, lower, upper, color=colour, alpha=0.15, lw=0)
        ax.plot(xs, (b[row] - a1 * xs) / a2, color=colour, lw=1.8, label=f"row {row + 1}")
    # every perturbed right-hand side at once, as the columns of one (2, m) array
    solutions = systems.solve(A, b[:, None] + shifts)
    exact = systems.solve(A, b)
    ax.scatter(*solutions, s=6, color=GREEN, alpha=0.6, zorder=3, label="x for perturbed b")
    ax.scatter(*exact, s=60, color=RED, marker="X", zorder=4, label="x for b")
    ax.set_xlim(*limits[:2])
    ax.set_ylim(*limits[2:])
    ax.set_aspect("equal")
    ax.grid(True, color="0.93")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    kappa = systems.condition_number(A)
    spread = np.max(np.linalg.norm(solutions - exact[:, None], axis=0))
    ax.set_title(f"{title}\n$\\kappa(A)$ = {kappa:.1f}, x moves by up to {spread:.2f}")


def conditioning(path: Path) -> None:
    """The row picture of a well-conditioned and an ill-conditioned 2x2 system."""
    systems = solution("part08_inverses_systems")
    rng = np.random.default_rng(8)
    angles = rng.uniform(0.0, 2.0 * np.pi, size=300)
    radii = 0.1 * np.sqrt(rng.uniform(0.0, 1.0, size=300))
    shifts = radii * np.vstack([np.cos(angles), np.sin(angles)])  # |delta b| <= 0.1

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.6))
    row_picture(
        left,
        systems,
        [[1.0, 1.0], [1.0, -1.0]],
        [2.0, 0.0],
        shifts,
        (-0.5, 2.5, -0.5, 2.5),
        "lines that cross at a right angle",
    )
    row_picture(
        right,
        systems,
        [[1.0, 1.0], [1.0, 1.15]],
        [2.0, 2.15],
        shifts,
        (-0.5, 2.5, -0.5, 2.5),
        "nearly parallel lines",
    )
    left.legend(loc="upper right", fontsize=8, framealpha=0.9)
    fig.suptitle("The same perturbation of b (|δb| ≤ 0.1) moves the solution very differently")
    fig.tight_layout()
    save(fig, path)


def naive_solve_2x2(A, b):
    """Elimination without any row swap: divide by A[0, 0], however small it is."""
    (a, c), (d, e) = A
    factor = d / a
    x2 = (b[1] - factor * b[0]) / (e - factor * c)
    return np.array([(b[0] - c * x2) / a, x2])


def error_amplification(path: Path) -> None:
    """Left: why pivot. Right: how the condition number bounds the error of solve."""
    systems = solution("part08_inverses_systems")
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.2))

    epsilons = np.logspace(-1, -18, 35)
    b = np.array([1.0, 2.0])
    naive, pivoted = [], []
    for eps in epsilons:
        A = np.array([[eps, 1.0], [1.0, 1.0]])
        exact = np.array([1.0 / (1.0 - eps), (1.0 - 2.0 * eps) / (1.0 - eps)])
        for errors, x in ((naive, naive_solve_2x2(A, b)), (pivoted, systems.solve(A, b))):
            error = np.linalg.norm(x - exact) / np.linalg.norm(exact)
            errors.append(max(error, 1e-17))  # an exact answer is drawn on the floor
    left.loglog(epsilons, naive, "o-", color=RED, ms=3.5, label="no row swap")
    left.loglog(epsilons, pivoted, "s-", color=GREEN, ms=3.5, label="partial pivoting (solve)")
    left.loglog(epsilons, np.minimum(EPS / epsilons, 1.0), ":", color=GREY, label="eps / ε")
    left.invert_xaxis()
    left.set_ylim(5e-18, 10.0)
    left.set_xlabel("ε, the entry A[0, 0] of A = [[ε, 1], [1, 1]]")
    left.set_ylabel("relative error of x")
    left.set_title("a tiny pivot ruins elimination without a swap")
    left.legend(loc="center left", fontsize=8, frameon=False)
    left.grid(True, which="major", color="0.93")

    kappas, errors, refused = [], [], []
    for n in range(2, 13):
        i = np.arange(n)
        H = 1.0 / (i[:, None] + i[None, :] + 1.0)  # the Hilbert matrix of order n
        kappa = systems.condition_number(H)
        try:
            x = systems.solve(H, H @ np.ones(n))
        except np.linalg.LinAlgError:
            refused.append((n, kappa))
            continue
        kappas.append(kappa)
        errors.append(np.linalg.norm(x - 1.0) / np.sqrt(n))
        right.annotate(
            f"n={n}",
            (kappa, errors[-1]),
            xytext=(6, -3),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=7,
            color=BLUE,
        )
    reference = np.logspace(0, 17, 50)
    right.loglog(reference, np.minimum(reference * EPS, 10.0), ":", color=GREY, label="κ · eps")
    right.loglog(kappas, errors, "o", color=BLUE, label="solve(H, H @ 1)")
    for n, kappa in refused:
        right.scatter(kappa, 3.0, marker="x", color=RED, zorder=3)
        right.annotate(
            f"n={n}",
            (kappa, 3.0),
            xytext=(0, -14),
            textcoords="offset points",
            ha="center",
            fontsize=7,
            color=RED,
        )
    right.scatter([], [], marker="x", color=RED, label="solve raises LinAlgError")
    right.set_xlim(1.0, 1e18)
    right.set_ylim(1e-17, 30.0)
    right.set_xlabel("κ(H), condition number of the Hilbert matrix of order n")
    right.set_ylabel("relative error of x")
    right.set_title("you lose about log10 κ of your 16 digits")
    right.legend(loc="upper left", fontsize=8, frameon=False)
    right.grid(True, which="major", color="0.93")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part08_conditioning.svg": conditioning,
    "part08_error_amplification.svg": error_amplification,
}
