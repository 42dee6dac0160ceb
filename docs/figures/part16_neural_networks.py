"""Figures for Part 16: Neural Networks as Matrix Functions.

Everything drawn here is computed with the reference solution of Part 16: the
networks come from ``init_mlp``, their outputs from ``mlp_forward``, ``softmax``,
``dense_forward`` and ``relu``, the training steps from ``mlp_gradients`` and the
losses from ``cross_entropy``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution
from matplotlib.colors import ListedColormap

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.45"
CLASS_COLOURS = [BLUE, ORANGE, GREEN]
REGION_COLOURS = ListedColormap(["#c6dbef", "#fdd9b5", "#c7e9c0"])


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def spiral(rng, per_class=80, classes=3):
    """Three interleaved spiral arms in the plane, one class per arm."""
    points, labels = [], []
    for k in range(classes):
        radius = np.linspace(0.1, 1.0, per_class)
        start = 2 * np.pi * k / classes
        angle = np.linspace(start, start + 3.2, per_class) + rng.normal(scale=0.2, size=per_class)
        points.append(np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]))
        labels.append(np.full(per_class, k))
    return np.vstack(points), np.concatenate(labels)


def train(nn, X, y, sizes, lr, steps):
    """Full-batch gradient descent; returns the parameters and the loss at every step."""
    params = nn.init_mlp(sizes, seed=0)
    initial = params
    losses = []
    for _ in range(steps):
        losses.append(nn.cross_entropy(nn.softmax(nn.mlp_forward(X, params)), y))
        grads = nn.mlp_gradients(X, y, params)
        params = [
            (W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads, strict=True)
        ]
    losses.append(nn.cross_entropy(nn.softmax(nn.mlp_forward(X, params)), y))
    return initial, params, np.array(losses)


def regions(ax, nn, params, X, y, title):
    """The class the network predicts at every point of a grid, with the data on top."""
    grid = np.linspace(-1.25, 1.25, 161)
    gx, gy = np.meshgrid(grid, grid)
    logits = nn.mlp_forward(np.column_stack([gx.ravel(), gy.ravel()]), params)
    predicted = logits.argmax(axis=1).reshape(gx.shape)
    # 161 x 161 cells would be 26 000 SVG paths: draw them as one embedded raster image.
    ax.pcolormesh(
        gx, gy, predicted, cmap=REGION_COLOURS, shading="auto", vmin=0, vmax=2, rasterized=True
    )
    for k, colour in enumerate(CLASS_COLOURS):
        ax.scatter(*X[y == k].T, s=11, color=colour, edgecolor="white", linewidth=0.3)
    accuracy = np.mean(nn.mlp_forward(X, params).argmax(axis=1) == y)
    ax.set_title(f"{title}\ntraining accuracy {accuracy:.0%}")
    ax.set_aspect("equal")
    ax.set_xticks([-1, 0, 1])
    ax.set_yticks([-1, 0, 1])
    ax.set_xlabel("feature 1")
    ax.set_ylabel("feature 2")


def training(path: Path) -> None:
    """A 2-32-32-3 ReLU network learning three spiral arms with full-batch gradient descent."""
    nn = solution("part16_neural_networks")
    X, y = spiral(np.random.default_rng(0))
    sizes, lr, steps = [2, 32, 32, 3], 0.5, 1000
    initial, trained, losses = train(nn, X, y, sizes, lr, steps)

    fig, (before, after, curve) = plt.subplots(
        1, 3, figsize=(11.5, 3.9), gridspec_kw={"width_ratios": [1, 1, 1.15]}
    )
    regions(before, nn, initial, X, y, "He initialisation, before training")
    regions(after, nn, trained, X, y, f"after {steps} gradient steps")

    curve.plot(np.arange(steps + 1), losses, color=RED, lw=1.8)
    curve.set_yscale("log")
    curve.axhline(np.log(3), color=GREY, lw=0.9, ls="--")
    curve.annotate(
        "ln 3: a uniform guess",
        xy=(steps, np.log(3)),
        xytext=(0, 5),
        textcoords="offset points",
        ha="right",
        color=GREY,
    )
    curve.set_xlabel("gradient step")
    curve.set_ylabel("mean cross-entropy (log scale)")
    curve.set_title(f"training loss, learning rate {lr}")
    curve.grid(True, color="0.92")
    fig.suptitle(
        "A multilayer perceptron is a few matrix products: "
        f"{sum(W.size + b.size for W, b in trained)} numbers draw these boundaries",
        y=0.99,
    )
    fig.tight_layout()
    save(fig, path)


def activation_scale(path: Path) -> None:
    """The size of the activations and of the backward signal through a deep ReLU network."""
    nn = solution("part16_neural_networks")
    depth, width, n = 30, 100, 128
    rng = np.random.default_rng(1)
    X = rng.normal(size=(n, width))
    labels = rng.integers(0, 10, size=n)
    he = nn.init_mlp([width] * (depth + 1) + [10], seed=0)
    choices = [
        ("Var(W) = 1 / fan_in  (He x 1/sqrt 2)", 1 / np.sqrt(2.0), BLUE),
        ("Var(W) = 2 / fan_in  (He, init_mlp)", 1.0, GREEN),
        ("Var(W) = 4 / fan_in  (He x sqrt 2)", np.sqrt(2.0), RED),
    ]
    layers = np.arange(1, depth + 1)
    fig, (forward, backward) = plt.subplots(1, 2, figsize=(11, 4.4))
    for label, factor, colour in choices:
        params = [(factor * W, b) for W, b in he]
        H, rms = X, []
        for W, b in params[:-1]:
            H = nn.relu(nn.dense_forward(H, W, b))
            rms.append(np.sqrt(np.mean(H**2)))
        grads = nn.mlp_gradients(X, labels, params)
        signal = [np.sqrt(np.mean(db**2)) for _, db in grads[:-1]]
        forward.plot(layers, rms, color=colour, lw=2, marker="o", ms=3, label=label)
        backward.plot(layers, signal, color=colour, lw=2, marker="o", ms=3, label=label)

    forward.set_title("forward: the activations keep their size only with He")
    forward.set_ylabel("RMS of the hidden layer's output")
    backward.set_title("backward: so does the gradient that flows back")
    backward.set_ylabel("RMS of the layer's bias gradient db")
    for ax in (forward, backward):
        ax.set_yscale("log")
        ax.set_xlabel(f"layer (width {width}, ReLU)")
        ax.grid(True, color="0.92")
    handles, names = forward.get_legend_handles_labels()
    fig.legend(handles, names, loc="lower center", ncol=3, frameon=False)
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    save(fig, path)


FIGURES = {
    "part16_training.svg": training,
    "part16_activation_scale.svg": activation_scale,
}
