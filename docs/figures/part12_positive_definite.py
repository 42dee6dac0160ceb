"""Figures for Part 12: Positive Definite Matrices.

Every surface, factor and repaired matrix drawn here is computed with the reference
solution of Part 12 (``quadratic_form``, ``is_positive_definite``, ``cholesky``,
``nearest_psd``), so the pictures show what the exercises return. numpy's ``eigh`` only
supplies the axes drawn on top of the contours.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution
from matplotlib.colors import TwoSlopeNorm

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.55"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def matrix_text(A) -> str:
    """A small matrix as ``[[2, 0.8], [0.8, 1]]``."""
    return "[" + ", ".join("[" + ", ".join(f"{v:g}" for v in row) + "]" for row in A) + "]"


def quadratic_forms(path: Path) -> None:
    """Contours of x^T A x for a definite, a semi-definite and an indefinite matrix."""
    pd = solution("part12_positive_definite")
    cases = [
        ("positive definite: a bowl", [[2.0, 0.8], [0.8, 1.0]]),
        ("positive semi-definite: a valley", [[1.0, 1.0], [1.0, 1.0]]),
        ("indefinite: a saddle", [[1.0, 1.5], [1.5, -0.5]]),
    ]
    ticks = np.linspace(-2.0, 2.0, 41)
    grid_x, grid_y = np.meshgrid(ticks, ticks)
    norm = TwoSlopeNorm(vmin=-4.0, vcenter=0.0, vmax=8.0)
    levels = np.linspace(-4.0, 8.0, 25)
    fig, axes = plt.subplots(1, 3, figsize=(11.5, 4.3))
    for ax, (name, A) in zip(axes, cases, strict=True):
        values = np.array(
            [
                [pd.quadratic_form(A, [x, y]) for x, y in zip(row_x, row_y, strict=True)]
                for row_x, row_y in zip(grid_x, grid_y, strict=True)
            ]
        )
        # The colour field is a raster image inside the SVG; the level lines stay vectors.
        filled = ax.contourf(
            grid_x,
            grid_y,
            values,
            levels=levels,
            cmap="RdBu_r",
            norm=norm,
            extend="both",
            rasterized=True,
        )
        ax.contour(grid_x, grid_y, values, levels=levels, colors="white", linewidths=0.4)
        ax.contour(grid_x, grid_y, values, levels=[0.0], colors="black", linewidths=1.3)
        eigenvalues, eigenvectors = np.linalg.eigh(A)
        for value, vector in zip(eigenvalues, eigenvectors.T, strict=True):
            if vector[np.argmax(np.abs(vector))] < 0:
                vector = -vector
            colour = GREEN if value > 1e-12 else (GREY if value >= -1e-12 else ORANGE)
            ax.annotate(
                "",
                xy=1.3 * vector,
                xytext=(0, 0),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.2},
            )
            ax.text(
                *(1.68 * vector),
                f"λ = {value:.2g}",
                ha="center",
                va="center",
                fontsize=9,
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": colour},
            )
        verdict = pd.is_positive_definite(A)
        ax.set_title(f"{name}\nA = {matrix_text(A)}\nis_positive_definite(A): {verdict}")
        ax.set_aspect("equal")
        ax.set_xlim(-2, 2)
        ax.set_ylim(-2, 2)
        ax.set_xlabel("$x_1$")
    axes[0].set_ylabel("$x_2$")
    fig.subplots_adjust(left=0.065, right=0.88, bottom=0.11, top=0.8, wspace=0.22)
    bar = fig.colorbar(filled, cax=fig.add_axes((0.9, 0.14, 0.014, 0.62)))
    bar.set_label("$x^T A x$  (black line: the level 0)")
    bar.set_ticks([-4, -2, 0, 2, 4, 6, 8])
    save(fig, path)


def cholesky_sampling(path: Path) -> None:
    """White noise z, and L z with L the Cholesky factor of a covariance: correlated samples."""
    pd = solution("part12_positive_definite")
    cov = np.array([[4.0, 2.4], [2.4, 2.25]])  # standard deviations 2 and 1.5, correlation 0.8
    L = pd.cholesky(cov)
    rng = np.random.default_rng(0)
    z = rng.standard_normal((600, 2))
    x = z @ L.T  # each row is L @ z_i
    fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.4))

    angles = np.linspace(0.0, 2 * np.pi, 200)
    circle = np.column_stack([np.cos(angles), np.sin(angles)])
    for ax, points, colour in ((left, z, BLUE), (right, x, GREEN)):
        ax.scatter(points[:, 0], points[:, 1], s=6, color=colour, alpha=0.45, lw=0)
        ax.axhline(0, color="0.8", lw=0.8, zorder=0)
        ax.axvline(0, color="0.8", lw=0.8, zorder=0)
        ax.set_aspect("equal")
        ax.set_xlim(-6.5, 6.5)
        ax.set_ylim(-5.0, 5.0)
        ax.set_xlabel("first coordinate")
    for radius in (1.0, 2.0):
        left.plot(*(radius * circle).T, color=RED, lw=1.4)
        right.plot(*(radius * circle @ L.T).T, color=RED, lw=1.4)
    left.set_ylabel("second coordinate")
    left.set_title("z: independent N(0, 1) entries\n(covariance I, circles of radius 1 and 2)")
    empirical = np.cov(x, rowvar=False)
    right.set_title(
        "x = L z: covariance L Lᵀ = Σ\n(the circles become the ellipses xᵀΣ⁻¹x = 1 and 4)"
    )
    right.text(
        -6.2,
        4.6,
        f"L = [[{L[0, 0]:.1f}, 0], [{L[1, 0]:.1f}, {L[1, 1]:.1f}]]\n"
        f"Σ = [[4, 2.4], [2.4, 2.25]]\n"
        f"sample covariance of 600 draws:\n[[{empirical[0, 0]:.2f}, {empirical[0, 1]:.2f}], "
        f"[{empirical[1, 0]:.2f}, {empirical[1, 1]:.2f}]]",
        va="top",
        fontsize=8.5,
        bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": "0.7", "alpha": 0.92},
    )
    fig.tight_layout()
    save(fig, path)


def nearest_psd(path: Path) -> None:
    """A 'correlation matrix' assembled from pairwise estimates, before and after the repair."""
    pd = solution("part12_positive_definite")
    C = np.array(
        [
            [1.0, 0.8, 0.6, -0.3],
            [0.8, 1.0, 0.9, 0.2],
            [0.6, 0.9, 1.0, -0.6],
            [-0.3, 0.2, -0.6, 1.0],
        ]
    )
    B = pd.nearest_psd(C)
    before, after = np.linalg.eigvalsh(C), np.linalg.eigvalsh(B)
    fig, (bars, left, right) = plt.subplots(
        1, 3, figsize=(11.5, 3.7), gridspec_kw={"width_ratios": [1.25, 1, 1]}
    )
    positions = np.arange(4)
    bars.bar(positions - 0.2, before, width=0.38, color=ORANGE, label="eigenvalues of C")
    bars.bar(positions + 0.2, after, width=0.38, color=GREEN, label="after nearest_psd")
    bars.axhline(0, color="black", lw=0.8)
    bars.set_xticks(positions, [f"λ{i + 1}" for i in positions])
    bars.set_ylim(-0.5, 3.0)
    bars.legend(frameon=False, loc="upper left")
    bars.set_title("only the negative eigenvalue changes")
    bars.annotate(
        f"{before[0]:.3f} → 0 (clipped)",
        xy=(0, before[0]),
        xytext=(0.3, -0.3),
        fontsize=8.5,
        color=RED,
    )
    for ax, M, title in (
        (left, C, f"C: λ1 = {before[0]:.3f} < 0, so not PSD"),
        (right, B, f"B = nearest_psd(C):  ‖C − B‖_F = {np.linalg.norm(C - B):.3f}"),
    ):
        ax.imshow(M, cmap="RdBu_r", vmin=-1.0, vmax=1.0)
        for (i, j), value in np.ndenumerate(M):
            colour = "white" if abs(value) > 0.65 else "black"
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=8.5, color=colour)
        ax.set_xticks(positions, [f"f{i + 1}" for i in positions])
        ax.set_yticks(positions, [f"f{i + 1}" for i in positions])
        ax.set_title(title, fontsize=9.5)
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part12_quadratic_forms.svg": quadratic_forms,
    "part12_cholesky_sampling.svg": cholesky_sampling,
    "part12_nearest_psd.svg": nearest_psd,
}
