"""Figures for Part 2: Matrices as Data & Transformations.

Every number drawn here is computed with the reference solution of Part 2: the
grayscale values come from ``to_grayscale``, the data matrix from
``flatten_images``, and every transformed shape from ``transform_points`` with
matrices made by ``rotation_matrix`` and ``scaling_matrix``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

HEIGHT, WIDTH = 4, 5


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def small_rgb_images() -> list[np.ndarray]:
    """Three tiny 4x5 colour images (values 0-255): a sun in the sky, a flag, a diagonal."""
    rows, cols = np.mgrid[0:HEIGHT, 0:WIDTH]
    sunset = np.stack([40 + 60 * rows, 110 + 20 * rows, 230 - 60 * rows], axis=-1)
    sunset[1:3, 1:3] = (250, 200, 40)
    flag = np.zeros((HEIGHT, WIDTH, 3))
    flag[:, :2] = (30, 60, 200)
    flag[:, 2:] = (240, 240, 240)
    flag[:, 4] = (220, 30, 40)
    diagonal = np.full((HEIGHT, WIDTH, 3), 20.0)
    diagonal[rows == cols] = (40, 200, 90)
    return [sunset.astype(float), flag, diagonal]


def image_as_matrix(path: Path) -> None:
    """A colour image, its grayscale matrix with the numbers, and the data matrix of a stack."""
    matrices = solution("part02_matrices")
    rgbs = small_rgb_images()
    grays = np.stack([matrices.to_grayscale(rgb) for rgb in rgbs])
    X = matrices.flatten_images(grays)

    fig = plt.figure(figsize=(9.5, 5.6))
    grid = fig.add_gridspec(2, 2, height_ratios=[1.35, 1.0], hspace=0.45, wspace=0.15)
    colour, gray = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1])
    data = fig.add_subplot(grid[1, :])

    colour.imshow(rgbs[0].astype(np.uint8), interpolation="nearest")
    colour.set_title("a colour image: shape (4, 5, 3)")
    gray.imshow(grays[0], cmap="gray", vmin=0, vmax=255, interpolation="nearest")
    gray.set_title("to_grayscale: a (4, 5) matrix")
    for (r, c), value in np.ndenumerate(grays[0]):
        gray.text(
            c,
            r,
            f"{value:.0f}",
            ha="center",
            va="center",
            fontsize=9,
            color="black" if value > 128 else "white",
        )
    for ax in (colour, gray):
        ax.set_xticks(range(WIDTH))
        ax.set_yticks(range(HEIGHT))
        ax.set_xlabel("column j")
        ax.set_ylabel("row i")
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)

    data.imshow(X, cmap="gray", vmin=0, vmax=255, aspect="auto", interpolation="nearest")
    for boundary in range(1, HEIGHT):
        data.axvline(boundary * WIDTH - 0.5, color="tab:orange", lw=2)
    data.set_xticks([r * WIDTH + (WIDTH - 1) / 2 for r in range(HEIGHT)])
    data.set_xticklabels(
        [f"image row {r}\ncolumns {r * WIDTH}-{r * WIDTH + WIDTH - 1}" for r in range(HEIGHT)]
    )
    data.set_yticks(range(len(rgbs)))
    data.set_yticklabels([f"image {n}" for n in range(len(rgbs))])
    data.tick_params(length=0)
    data.set_title("flatten_images: three images become the rows of a (3, 20) data matrix")
    for spine in data.spines.values():
        spine.set_visible(False)
    save(fig, path)


def letter_f() -> np.ndarray:
    """The outline of a letter F, one point per row: it shows turns and mirror images."""
    return np.array(
        [
            [0, 0],
            [0.5, 0],
            [0.5, 1],
            [1.2, 1],
            [1.2, 1.4],
            [0.5, 1.4],
            [0.5, 2],
            [1.6, 2],
            [1.6, 2.4],
            [0, 2.4],
            [0, 0],
        ],
        dtype=float,
    )


def transformations(path: Path) -> None:
    """One shape under four matrices; the arrows are the columns of each matrix."""
    matrices = solution("part02_matrices")
    shape = letter_f()
    maps = [
        ("rotation_matrix(π/6)", matrices.rotation_matrix(np.pi / 6)),
        ("scaling_matrix([1.5, 0.5])", matrices.scaling_matrix([1.5, 0.5])),
        ("scaling_matrix([-1, 1]): a reflection", matrices.scaling_matrix([-1.0, 1.0])),
        ("[[1, 0.8], [0, 1]]: a shear", np.array([[1.0, 0.8], [0.0, 1.0]])),
    ]
    fig, axes = plt.subplots(1, len(maps), figsize=(11.5, 3.3))
    for ax, (title, A) in zip(axes, maps, strict=True):
        moved = matrices.transform_points(A, shape)
        ax.fill(shape[:, 0], shape[:, 1], color="0.85", zorder=1, label="points (the rows of P)")
        ax.fill(
            moved[:, 0],
            moved[:, 1],
            color="tab:blue",
            alpha=0.55,
            zorder=2,
            label="transform_points(A, P) = P Aᵀ",
        )
        for column, colour in [(0, "tab:red"), (1, "tab:green")]:
            tip = A[:, column]
            ax.annotate(
                "",
                xy=tip,
                xytext=(0, 0),
                arrowprops={
                    "arrowstyle": "-|>",
                    "color": colour,
                    "lw": 2,
                    "shrinkA": 0,
                    "shrinkB": 0,
                },
                zorder=3,
            )
            ax.annotate(
                rf"$A\,\mathbf{{e}}_{column + 1}$",
                xy=tip,
                xytext=14 * tip / np.hypot(*tip),
                textcoords="offset points",
                color=colour,
                ha="center",
                va="center",
                fontsize=11,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85},
                zorder=4,
            )
        ax.set_aspect("equal")
        ax.set_xlim(-2.2, 3.6)
        ax.set_ylim(-0.7, 3.2)
        ax.axhline(0, color="0.75", lw=0.8, zorder=0)
        ax.axvline(0, color="0.75", lw=0.8, zorder=0)
        ax.grid(True, color="0.93", zorder=0)
        ax.set_title(title, fontsize=10)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, frameon=False)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    save(fig, path)


FIGURES = {
    "part02_image_as_matrix.svg": image_as_matrix,
    "part02_transformations.svg": transformations,
}
