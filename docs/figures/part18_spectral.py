"""Figures for Part 18: Spectral Methods in ML.

The graph, its Laplacian, its spectrum, its Fiedler vector and the two clusters are
all computed with the reference solution of Part 18 (``adjacency_from_edges``,
``graph_laplacian``, ``num_connected_components``, ``fiedler_vector`` and
``spectral_bipartition``), on a nearest-neighbour graph of two interleaved half moons.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREY = "tab:blue", "tab:orange", "0.75"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def two_moons(n_per_moon=50, noise=0.06, seed=0):
    """Points on two interleaved half circles, with a little Gaussian noise."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0.0, np.pi, n_per_moon)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    return np.vstack([upper, lower]) + rng.normal(scale=noise, size=(2 * n_per_moon, 2))


def knn_edges(points, k):
    """Undirected edges (i, j), i < j, joining each point to its k nearest neighbours."""
    distances = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=-1)
    np.fill_diagonal(distances, np.inf)
    nearest = np.argsort(distances, axis=1)[:, :k]
    edges = {(min(i, j), max(i, j)) for i, row in enumerate(nearest) for j in row.tolist()}
    edges = sorted(edges)
    lengths = np.array([distances[i, j] for i, j in edges])
    return edges, lengths


def moons_clustering(path: Path) -> None:
    """A k-NN graph of two moons, its Fiedler vector, and the Laplacian spectrum."""
    spectral = solution("part18_spectral")
    points = two_moons()
    n = len(points)
    edges, lengths = knn_edges(points, k=8)
    weights = np.exp(-(lengths**2) / (2 * 0.3**2))  # Gaussian similarity of neighbours
    A = spectral.adjacency_from_edges(n, edges, weights)
    labels = spectral.spectral_bipartition(A)
    f = spectral.fiedler_vector(A)
    spectrum = np.linalg.eigvalsh(spectral.graph_laplacian(A))

    half = n // 2
    within = [
        (e, w) for e, w in zip(edges, weights, strict=True) if (e[0] < half) == (e[1] < half)
    ]
    A_cut = spectral.adjacency_from_edges(n, [e for e, _ in within], [w for _, w in within])
    spectrum_cut = np.linalg.eigvalsh(spectral.graph_laplacian(A_cut))
    components = spectral.num_connected_components(A)
    components_cut = spectral.num_connected_components(A_cut)
    colours = np.where(labels == 0, BLUE, ORANGE)

    fig, (left, middle, right) = plt.subplots(
        1, 3, figsize=(12.5, 3.9), gridspec_kw={"width_ratios": [1.25, 1.0, 1.0]}
    )
    for (i, j), w in zip(edges, weights, strict=True):
        left.plot(*points[[i, j]].T, color=GREY, lw=0.4 + 1.2 * w, zorder=1)
    left.scatter(*points.T, c=colours, s=22, zorder=2, edgecolors="white", linewidths=0.4)
    left.set_aspect("equal")
    left.axis("off")
    left.set_title("8-nearest-neighbour graph, coloured by\nthe sign of the Fiedler vector")

    order = np.argsort(f)
    middle.bar(np.arange(n), f[order], color=colours[order], width=1.0)
    middle.axhline(0, color="black", lw=0.8)
    middle.set_xlabel("nodes, sorted by their Fiedler entry")
    middle.set_ylabel("Fiedler vector entry $f_i$")
    middle.set_title("the Fiedler vector: negative entries\nfor one moon, positive for the other")
    middle.set_xlim(-1, n)

    shown = np.arange(1, 7)
    right.plot(
        shown, spectrum[:6], "o-", color="black", label=f"graph as built ({components} comp.)"
    )
    right.plot(
        shown,
        spectrum_cut[:6],
        "s--",
        color="tab:green",
        mfc="white",
        label=f"bridging edges removed ({components_cut} comp.)",
    )
    right.annotate(
        f"$\\lambda_2 = {spectrum[1]:.3f}$: small, so\na cheap cut exists",
        xy=(2, spectrum[1]),
        xytext=(2.3, 0.45 * spectrum[5]),
        arrowprops={"arrowstyle": "->", "color": "0.3"},
    )
    right.set_xticks(shown)
    right.set_xlabel("index $j$ (ascending)")
    right.set_ylabel("eigenvalue $\\lambda_j$ of $L = D - A$")
    right.set_title("the smallest Laplacian eigenvalues:\nzeros count the components")
    right.legend(loc="upper left", frameon=False, fontsize=9)
    right.set_ylim(-0.03, 1.3 * spectrum[5])
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part18_spectral.svg": moons_clustering,
}
