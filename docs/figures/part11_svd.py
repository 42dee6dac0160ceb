"""Figures for Part 11: Singular Value Decomposition.

The pictures are computed with the reference solution of Part 11: the rank-1 image
of the circle comes from ``low_rank_approximation``, the compressed pictures and
their captions from ``low_rank_approximation``, ``energy_retained`` and
``compression_ratio``, the marked ranks from ``rank_for_energy``, and the
similarity matrices from ``lsa_similarity``. The singular vectors that are drawn as
arrows come from ``np.linalg.svd``, with the course's sign convention.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import ROOT, solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.55"
MATRIX = np.array([[1.28, 1.22], [0.08, 1.17]])  # about R(30°) diag(2, 0.7) R(55°)ᵀ

TERMS = ["cat", "dog", "pet", "vet", "stock", "market", "price", "trade"]
DOCUMENTS = ["d1 cats", "d2 dogs", "d3 vet bill", "d4 stocks", "d5 trading", "d6 markets"]
# counts of each term (rows) in each document (columns): two topics, pets and finance.
# d1 and d2 share no word, nor do d4 and d5; "price" in the vet's bill links the topics.
COUNTS = np.array(
    [
        [2, 0, 1, 0, 0, 0],
        [0, 3, 1, 0, 0, 0],
        [1, 0, 0, 0, 0, 0],
        [0, 0, 2, 0, 0, 0],
        [0, 0, 0, 2, 0, 1],
        [0, 0, 0, 1, 0, 1],
        [0, 0, 1, 0, 1, 1],
        [0, 0, 0, 0, 2, 1],
    ],
    dtype=float,
)


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def sign_convention(U, Vt):
    """Flip singular pairs so that each column of U has its largest-magnitude entry positive."""
    signs = np.sign(U[np.argmax(np.abs(U), axis=0), np.arange(U.shape[1])])
    return U * signs, Vt * signs[:, np.newaxis]


def arrow(ax, end, colour, label, offset):
    ax.annotate(
        "",
        xy=end,
        xytext=(0, 0),
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.0, "shrinkA": 0, "shrinkB": 0},
    )
    ax.annotate(
        label,
        xy=end,
        xytext=offset,
        textcoords="offset points",
        color=colour,
        fontweight="bold",
        ha="center",
        va="center",
    )


def plane(ax, title, limit=2.3):
    ax.set_aspect("equal")
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-limit, limit)
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.set_xticks([-2, -1, 0, 1, 2])
    ax.set_yticks([-2, -1, 0, 1, 2])
    ax.grid(True, color="0.94")
    ax.set_title(title, fontsize=10)


def geometry(path: Path) -> None:
    """The unit circle under Vt, then diag(s), then U: A maps it to an ellipse."""
    svd = solution("part11_svd")
    U, s, Vt = np.linalg.svd(MATRIX)
    U, Vt = sign_convention(U, Vt)
    A1 = svd.low_rank_approximation(MATRIX, 1)
    angles = np.linspace(0.0, 2.0 * np.pi, 400)
    circle = np.vstack([np.cos(angles), np.sin(angles)])  # points as columns
    stages = [circle, Vt @ circle, s[:, np.newaxis] * (Vt @ circle), MATRIX @ circle]
    v1, v2 = Vt[0], Vt[1]
    arrows = [
        [(v1, "v1", BLUE), (v2, "v2", ORANGE)],
        [(Vt @ v1, "Vᵀv1 = e1", BLUE), (Vt @ v2, "Vᵀv2 = e2", ORANGE)],
        [(s[0] * Vt @ v1, "σ1 e1", BLUE), (s[1] * Vt @ v2, "σ2 e2", ORANGE)],
        [(MATRIX @ v1, "A v1 = σ1 u1", BLUE), (MATRIX @ v2, "A v2 = σ2 u2", ORANGE)],
    ]
    offsets = [
        [(12, 8), (-10, 10)],
        [(28, -14), (36, 4)],
        [(12, -13), (24, 6)],
        [(-6, 14), (-28, 12)],
    ]
    titles = [
        "1. the unit circle and\nthe right singular vectors",
        "2. after Vᵀ: a rotation\n(v1, v2 land on the axes)",
        f"3. after Σ: stretched by\nσ1 = {s[0]:.2f} and σ2 = {s[1]:.2f}",
        "4. after U: the ellipse A·circle;\nthe rank-1 A₁ flattens it (dashed)",
    ]
    fig, axes = plt.subplots(1, 4, figsize=(12.5, 3.7))
    for ax, points, marks, where, title in zip(axes, stages, arrows, offsets, titles, strict=True):
        ax.plot(points[0], points[1], color=GREY, lw=1.4)
        ax.fill(points[0], points[1], color="0.9", zorder=0)
        for (end, label, colour), offset in zip(marks, where, strict=True):
            arrow(ax, end, colour, label, offset)
        plane(ax, title)
    flat = A1 @ circle
    axes[3].plot(flat[0], flat[1], color=RED, lw=2.4, ls="--", zorder=1)
    fig.tight_layout()
    save(fig, path)


def synthetic_picture(rng) -> np.ndarray:
    """A 120 x 160 grayscale scene in [0, 1]: sky, sun, house, roof, striped field, noise."""
    rows, cols = np.mgrid[0:120, 0:160].astype(float)
    picture = 0.85 - 0.4 * rows / 120  # sky: a vertical gradient
    picture[(rows - 30) ** 2 + (cols - 125) ** 2 < 15**2] = 0.98  # the sun
    picture[80:, :] = 0.35 + 0.12 * (np.floor(cols[80:, :] / 8) % 2)  # a striped field
    picture[55:95, 30:80] = 0.2  # the house
    picture[62:75, 40:52] = 0.9  # a window
    roof = (rows >= 30) & (rows < 55) & (np.abs(cols - 55) < (rows - 30) * 1.2)
    picture[roof] = 0.5
    picture += rng.normal(scale=0.03, size=picture.shape)  # sensor noise
    return np.clip(picture, 0.0, 1.0)


def compression(path: Path) -> None:
    """A picture at ranks 1, 5 and 20, its singular values and the energy they keep."""
    svd = solution("part11_svd")
    picture = synthetic_picture(np.random.default_rng(0))
    s = np.linalg.svd(picture, compute_uv=False)
    ranks = [1, 5, 20]

    fig = plt.figure(figsize=(10, 5.3))
    grid = fig.add_gridspec(2, 4, height_ratios=[0.8, 1.0], hspace=0.45, wspace=0.35)
    images = [fig.add_subplot(grid[0, i]) for i in range(4)]
    images[0].imshow(picture, cmap="gray", vmin=0, vmax=1, interpolation="nearest")
    images[0].set_title(f"original, {picture.shape[0]} x {picture.shape[1]}\n(rank 120)")
    for ax, k in zip(images[1:], ranks, strict=True):
        approx = svd.low_rank_approximation(picture, k)
        energy = svd.energy_retained(s, k)
        ratio = svd.compression_ratio(picture.shape, k)
        ax.imshow(np.clip(approx, 0, 1), cmap="gray", vmin=0, vmax=1, interpolation="nearest")
        ax.set_title(f"rank {k}: {energy:.1%} energy,\n{ratio:.1%} storage")
    for ax in images:
        ax.set_xticks([])
        ax.set_yticks([])

    values = fig.add_subplot(grid[1, :2])
    index = np.arange(1, s.size + 1)
    values.semilogy(index, s, "o", ms=3, color=BLUE)
    values.set_xlabel("index i")
    values.set_ylabel("σi (log scale)")
    values.set_title("a few large values, then a noise floor")
    values.grid(True, color="0.93")

    energy = fig.add_subplot(grid[1, 2:])
    lost = 1.0 - np.array([svd.energy_retained(s, k) for k in index[:-1]])
    energy.semilogy(index[:-1], lost, color=GREEN, lw=2)
    for threshold, colour in [(0.99, ORANGE), (0.999, RED)]:
        k = svd.rank_for_energy(picture, threshold)
        energy.axhline(1.0 - threshold, color=colour, ls=":", lw=1.0)
        energy.plot([k, k], [lost[-1] / 3, 1.0 - threshold], color=colour, ls="--", lw=1.2)
        energy.annotate(
            f"rank_for_energy(·, {threshold}) = {k}",
            xy=(k, 1.0 - threshold),
            xytext=(8, 5),
            textcoords="offset points",
            color=colour,
            fontweight="bold",
        )
    energy.set_xlim(0, s.size + 1)
    energy.set_ylim(lost[-1] / 3, 0.1)
    energy.set_xlabel("rank k")
    energy.set_ylabel("1 − energy_retained(s, k)")
    energy.set_title("energy a rank-k copy leaves out")
    energy.grid(True, color="0.93")
    fig.subplots_adjust(left=0.08, right=0.98, top=0.91, bottom=0.09)
    save(fig, path)


def lsa(path: Path) -> None:
    """Document similarities of a toy corpus: raw word counts against a 2-topic LSA space."""
    svd = solution("part11_svd")
    full = svd.lsa_similarity(COUNTS, min(COUNTS.shape))  # all dimensions: the raw cosines
    latent = svd.lsa_similarity(COUNTS, 2)
    fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.6))
    titles = ["k = 6, all dimensions: the raw word counts", "k = 2: two latent topics (LSA)"]
    for ax, matrix, title in zip(axes, [full, latent], titles, strict=True):
        picture = ax.imshow(matrix, cmap="RdBu_r", vmin=-1, vmax=1)
        for (i, j), value in np.ndenumerate(matrix):
            ax.text(
                j,
                i,
                f"{value if abs(value) >= 0.005 else 0.0:.2f}",  # no "-0.00"
                ha="center",
                va="center",
                fontsize=8,
                color="white" if abs(value) > 0.6 else "black",
            )
        ax.set_xticks(range(len(DOCUMENTS)))
        ax.set_xticklabels(DOCUMENTS, rotation=40, ha="right")
        ax.set_yticks(range(len(DOCUMENTS)))
        ax.set_yticklabels(DOCUMENTS)
        ax.set_title(title)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
    fig.subplots_adjust(left=0.1, right=0.88, bottom=0.2, top=0.92, wspace=0.45)
    fig.colorbar(picture, cax=fig.add_axes((0.9, 0.2, 0.015, 0.72)), label="cosine similarity")
    save(fig, path)


STOP_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "be",
    "before",
    "by",
    "can",
    "does",
    "every",
    "few",
    "for",
    "from",
    "in",
    "is",
    "it",
    "its",
    "like",
    "not",
    "of",
    "on",
    "once",
    "our",
    "so",
    "than",
    "the",
    "then",
    "this",
    "to",
    "until",
    "with",
    "you",
}  # the stop words of the lesson's LSA example


def corpus_term_doc() -> tuple[np.ndarray, list[str]]:
    """The term-document counts of docs/data/corpus.csv, built as in the lesson."""
    with open(ROOT / "docs" / "data" / "corpus.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    documents = [
        [word for word in re.findall(r"[a-z]+", row["text"].lower()) if word not in STOP_WORDS]
        for row in rows
    ]
    spread = Counter(word for words in documents for word in set(words))
    vocabulary = sorted(word for word, count in spread.items() if count >= 2)
    row_of = {word: i for i, word in enumerate(vocabulary)}
    counts = np.zeros((len(vocabulary), len(rows)))
    for j, words in enumerate(documents):
        for word in words:
            if word in row_of:
                counts[row_of[word], j] += 1
    return counts, [row["topic"] for row in rows]


def lsa_corpus(path: Path) -> None:
    """The 30 x 30 document similarities of the shipped corpus: raw counts against k = 3."""
    svd = solution("part11_svd")
    counts, topics = corpus_term_doc()
    full = svd.lsa_similarity(counts, min(counts.shape))  # all dimensions: the raw cosines
    latent = svd.lsa_similarity(counts, 3)
    names = list(dict.fromkeys(topics))
    starts = [topics.index(name) for name in names]
    fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.9))
    titles = ["raw word counts (all 30 dimensions)", "LSA with k = 3 latent dimensions"]
    for ax, matrix, title in zip(axes, [full, latent], titles, strict=True):
        picture = ax.imshow(matrix, cmap="RdBu_r", vmin=-1, vmax=1, interpolation="nearest")
        for start in starts[1:]:
            ax.axhline(start - 0.5, color="0.2", lw=0.8)
            ax.axvline(start - 0.5, color="0.2", lw=0.8)
        centres = [start + 4.5 for start in starts]
        ax.set_xticks(centres)
        ax.set_xticklabels(names)
        ax.set_yticks(centres)
        ax.set_yticklabels(names, rotation=90, va="center")
        ax.tick_params(length=0)
        ax.set_title(title)
        for spine in ax.spines.values():
            spine.set_visible(False)
    fig.subplots_adjust(left=0.06, right=0.88, bottom=0.1, top=0.92, wspace=0.25)
    fig.colorbar(picture, cax=fig.add_axes((0.9, 0.1, 0.015, 0.82)), label="cosine similarity")
    save(fig, path)


FIGURES = {
    "part11_svd_geometry.svg": geometry,
    "part11_svd_compression.svg": compression,
    "part11_lsa.svg": lsa,
    "part11_lsa_corpus.svg": lsa_corpus,
}
