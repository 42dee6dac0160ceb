"""Figures for Part 17: Tensors and Higher-Order Generalizations.

The attention weights are computed with ``scaled_dot_product_attention`` and the
standardised pixels with ``standardize_channels`` of the reference solution, so the
pictures show exactly what those functions return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

TOKENS = ["the", "cat", "sat", "on", "the", "mat"]
CHANNELS = [("red", "tab:red"), ("green", "tab:green"), ("blue", "tab:blue")]


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def heatmap(ax, values, title, masked=None):
    """A query-by-key table of values with its numbers written in the cells."""
    shown = np.ma.masked_where(masked, values) if masked is not None else values
    ax.imshow(shown, cmap="Blues", vmin=0.0, vmax=1.0)
    ax.set_facecolor("0.88")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if masked is not None and masked[i, j]:
                continue
            colour = "white" if values[i, j] > 0.55 else "black"
            ax.text(
                j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=7.5, color=colour
            )
    labels = [f"{k}:{t}" for k, t in enumerate(TOKENS)]
    ax.set_xticks(range(len(TOKENS)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(TOKENS)), labels)
    ax.set_xlabel("key (attended to)")
    ax.set_title(title)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)


def attention_weights(path: Path) -> None:
    """The weights of one attention head over a six-token sentence, without and with a mask."""
    tensors = solution("part17_tensors")
    rng = np.random.default_rng(7)
    d_model, d_k = 8, 4
    X = rng.normal(size=(len(TOKENS), d_model))
    X[4] = X[0]  # the two "the" tokens share an embedding
    W_q, W_k, W_v = (rng.normal(size=(d_model, d_k)) for _ in range(3))
    Q, K, V = X @ W_q, X @ W_k, X @ W_v
    _, full = tensors.scaled_dot_product_attention(Q, K, V)
    causal = np.tril(np.ones((len(TOKENS), len(TOKENS)), dtype=bool))
    _, masked = tensors.scaled_dot_product_attention(Q, K, V, mask=causal)
    if not np.allclose(masked.sum(axis=1), 1.0) or masked[~causal].any():
        raise AssertionError("masked attention rows must sum to 1 with zeros above the diagonal")

    fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.6))
    heatmap(left, full, "no mask: every token sees every token")
    left.set_ylabel("query (attending)")
    heatmap(right, masked, "causal mask: only earlier tokens", masked=~causal)
    fig.suptitle("softmax(Q Kᵀ / √d_k): each row is a probability distribution over the keys")
    fig.tight_layout()
    save(fig, path)


def channel_statistics(path: Path) -> None:
    """Pixel values per channel of a batch of images, before and after standardisation."""
    tensors = solution("part17_tensors")
    rng = np.random.default_rng(3)
    centres, spreads = np.array([150.0, 90.0, 40.0]), np.array([35.0, 18.0, 8.0])
    images = np.clip(centres + spreads * rng.normal(size=(16, 12, 12, 3)), 0, 255)
    standard = tensors.standardize_channels(images)

    fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 3.6))
    for c, (name, colour) in enumerate(CHANNELS):
        raw, std = images[..., c].ravel(), standard[..., c].ravel()
        left.hist(
            raw,
            bins=40,
            color=colour,
            alpha=0.45,
            label=f"{name}: mean {raw.mean():.0f}, std {raw.std():.0f}",
        )
        mean = round(float(std.mean()), 2) + 0.0  # no "-0.00"
        right.hist(
            std,
            bins=40,
            color=colour,
            histtype="step",
            lw=1.6,
            label=f"{name}: mean {mean:.2f}, std {std.std():.2f}",
        )
    left.set_xlabel("pixel value")
    left.set_ylabel("number of pixels")
    left.set_title("images (N, H, W, C): three channels, three scales")
    left.legend(frameon=False, fontsize=8)
    right.set_xlabel("standardised value")
    right.set_title("after standardize_channels: one scale")
    right.legend(frameon=False, fontsize=8, loc="upper right")
    right.set_xlim(-4.5, 8.5)
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part17_attention.svg": attention_weights,
    "part17_channels.svg": channel_statistics,
}
