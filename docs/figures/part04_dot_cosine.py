"""Figures for Part 4: Dot Product and Cosine Similarity.

Every number drawn here is computed with the reference solution of Part 4: the
dot products, cosines and angles come from ``dot``, ``cosine_similarity`` and
``angle_between``, the rankings from ``top_k_similar``, the analogy's answer
from ``analogy`` and the heat map from ``cosine_similarity_matrix``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.45"

# Toy "word vectors" in three made-up dimensions (royalty, maleness, youth), for
# illustration only; the lesson uses the same eight rows.
WORDS = ["man", "woman", "king", "queen", "prince", "princess", "boy", "girl"]
EMBEDDINGS = np.array(
    [
        [0.1, 1.0, 0.2],
        [0.1, -1.0, 0.2],
        [1.5, 1.0, 0.1],
        [1.4, -0.9, 0.1],
        [0.9, 0.9, 1.0],
        [0.9, -0.8, 1.1],
        [0.1, 0.8, 1.2],
        [0.1, -0.8, 1.1],
    ]
)
# where each word's label sits, in points from its dot
LABEL_OFFSETS = {
    "man": (6, 5),
    "woman": (6, -13),
    "king": (6, 5),
    "queen": (8, 4),
    "prince": (6, -12),
    "princess": (0, 8),
    "boy": (6, -12),
    "girl": (6, 5),
}


def arrow(ax, start, end, colour, lw=2.0, style="-"):
    """An arrow from ``start`` to ``end``."""
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


def projection_and_ranking(path: Path) -> None:
    """Left: u . v as |u| times the shadow of v on u. Right: dot product and cosine disagree."""
    part = solution("part04_dot_cosine")
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.4))

    u, v = np.array([4.0, 1.0]), np.array([1.5, 2.5])
    theta = part.angle_between(u, v)
    u_len = np.sqrt(part.dot(u, u))
    shadow = part.dot(u, v) / u_len  # |v| cos(theta), the length of v's shadow on u
    foot = shadow * u / u_len
    left.plot(*np.column_stack([v, foot]), color=GREY, lw=1.0, ls=":")
    left.plot(*np.column_stack([[0.0, 0.0], foot]), color=GREEN, lw=6, alpha=0.45, zorder=1)
    arrow(left, (0, 0), u, BLUE)
    arrow(left, (0, 0), v, ORANGE)
    start = np.arctan2(u[1], u[0])
    arc = np.linspace(start, start + theta, 40)
    left.plot(0.7 * np.cos(arc), 0.7 * np.sin(arc), color="black", lw=1)
    middle = start + theta / 2
    left.text(0.95 * np.cos(middle), 0.95 * np.sin(middle), "θ", ha="center", va="center")
    left.text(4.1, 1.05, "u", color=BLUE, fontweight="bold", va="center")
    left.text(1.55, 2.6, "v", color=ORANGE, fontweight="bold")
    left.annotate(
        f"shadow of v on u:\n|v| cos θ = {shadow:.2f}",
        xy=foot * 0.6,
        xytext=(2.0, -0.9),
        color=GREEN,
        fontweight="bold",
        arrowprops={"arrowstyle": "-", "color": GREEN, "lw": 0.8},
    )
    left.text(
        -0.3,
        3.25,
        f"u · v = {part.dot(u, v):.2f} = |u| × shadow = {u_len:.2f} × {shadow:.2f}\n"
        f"cos θ = {part.cosine_similarity(u, v):.3f},  θ = {np.degrees(theta):.1f}°",
        va="top",
    )
    plane(left, (-0.5, 5.0, -1.4, 3.4), "the dot product: length times shadow")

    query = np.array([1.0, 0.3])
    candidates = np.array([[3.0, 3.2], [1.1, 0.5], [0.6, -0.45]])
    names = ["A (long)", "B (short)", "C"]
    by_cosine = part.top_k_similar(query, candidates, 3)
    by_dot = np.argsort([-part.dot(query, row) for row in candidates], kind="stable")
    arrow(right, (0, 0), query, "black", lw=2.5)
    right.text(0.85, 0.02, "query", fontweight="bold", va="top")
    colours = [RED, GREEN, GREY]
    offsets = [(0.1, 0.05), (0.08, 0.08), (0.08, -0.15)]
    for row, name, colour, (dx, dy) in zip(candidates, names, colours, offsets, strict=True):
        arrow(right, (0, 0), row, colour, lw=1.8)
        similarity = part.cosine_similarity(query, row)
        right.text(
            row[0] + dx,
            row[1] + dy,
            f"{name}\ndot {part.dot(query, row):.2f}, cos {similarity:.2f}",
            color=colour,
            fontsize=9,
            va="center",
        )
    ranking = "\n".join(
        [
            "ranked by dot product: " + ", ".join(names[i][0] for i in by_dot),
            "ranked by cosine:         " + ", ".join(names[i][0] for i in by_cosine),
        ]
    )
    right.text(-0.4, -1.15, ranking, va="top", fontsize=9.5, family="monospace")
    plane(right, (-0.5, 4.8, -2.0, 3.6), "length inflates the dot product, not the cosine")

    fig.tight_layout()
    save(fig, path)


def analogy_and_heatmap(path: Path) -> None:
    """Left: king - man + woman lands next to queen. Right: every pairwise cosine."""
    part = solution("part04_dot_cosine")
    index = {word: i for i, word in enumerate(WORDS)}
    a, b, c = index["man"], index["king"], index["woman"]
    answer = part.analogy(EMBEDDINGS, a, b, c)
    target = EMBEDDINGS[b] - EMBEDDINGS[a] + EMBEDDINGS[c]
    similarities = part.cosine_similarity_matrix(EMBEDDINGS)
    fig, (left, right) = plt.subplots(
        1, 2, figsize=(11, 4.8), gridspec_kw={"width_ratios": [1.0, 1.1]}
    )

    for i, (word, point) in enumerate(zip(WORDS, EMBEDDINGS, strict=True)):
        colour = GREEN if i == answer else (BLUE if i in (a, b, c) else GREY)
        left.scatter(*point[:2], color=colour, s=36, zorder=3)
        left.annotate(
            word,
            xy=point[:2],
            xytext=LABEL_OFFSETS[word],
            textcoords="offset points",
            ha={-1: "right", 0: "center", 1: "left"}[int(np.sign(LABEL_OFFSETS[word][0]))],
            color=colour,
            fontweight="bold" if colour != GREY else "normal",
        )
    offset = EMBEDDINGS[b] - EMBEDDINGS[a]
    arrow(left, EMBEDDINGS[a][:2], EMBEDDINGS[b][:2], ORANGE, lw=1.6)
    arrow(left, EMBEDDINGS[c][:2], (EMBEDDINGS[c] + offset)[:2], ORANGE, lw=1.6, style="--")
    left.scatter(*target[:2], marker="x", color=RED, s=70, zorder=4)
    left.annotate(
        "target = king − man + woman",
        xy=target[:2],
        xytext=(1.3, -1.6),
        color=RED,
        ha="center",
        arrowprops={"arrowstyle": "-", "color": RED, "lw": 0.8},
    )
    left.text(
        -0.15,
        1.72,
        f"closest row in cosine, man, king and woman excluded:\n{WORDS[answer]}, "
        f"cos {part.cosine_similarity(EMBEDDINGS[answer], target):.4f}",
        fontsize=9,
        va="top",
    )
    left.set_xlabel("dimension 1: royalty")
    left.set_ylabel("dimension 2: maleness")
    plane(left, (-0.2, 2.0, -1.85, 1.8), "toy word vectors (youth, dimension 3, not drawn)")

    image = right.imshow(similarities, cmap="RdBu_r", vmin=-1, vmax=1)
    right.set_xticks(range(len(WORDS)), WORDS, rotation=45, ha="right")
    right.set_yticks(range(len(WORDS)), WORDS)
    for i in range(len(WORDS)):
        for j in range(len(WORDS)):
            value = similarities[i, j]
            right.text(
                j,
                i,
                f"{value:.2f}",
                ha="center",
                va="center",
                fontsize=7.5,
                color="white" if abs(value) > 0.6 else "black",
            )
    right.set_title("cosine_similarity_matrix of the eight rows")
    right.spines[:].set_visible(False)
    fig.colorbar(image, ax=right, fraction=0.046, pad=0.04, label="cosine similarity")

    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part04_dot_cosine.svg": projection_and_ranking,
    "part04_analogy.svg": analogy_and_heatmap,
}
