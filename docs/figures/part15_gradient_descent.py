"""Figures for Part 15: Gradient Descent in Linear Models.

Every path, loss and learning rate drawn here is computed with the reference solution
of Part 15: ``gradient_descent`` for the paths and loss curves,
``max_stable_learning_rate`` for the threshold the learning rates are measured
against, ``minibatch_sgd`` and ``mse_loss`` for the comparison of batch sizes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, PURPLE = "tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def elongated_problem():
    """Two correlated features of different scales: a long, narrow, tilted valley."""
    rng = np.random.default_rng(15)
    n = 40
    a = rng.normal(size=n)
    b = rng.normal(size=n)
    X = np.column_stack([a, 0.45 * a + 0.35 * b])
    y = X @ np.array([1.0, 2.0]) + 0.1 * rng.normal(size=n)
    return X, y


def learning_rates(path: Path) -> None:
    """Paths on the loss contours, and loss curves, for learning rates around 2 / lambda_max."""
    gd = solution("part15_gradient_descent")
    X, y = elongated_problem()
    lr_max = gd.max_stable_learning_rate(X)
    w_best = np.linalg.lstsq(X, y, rcond=None)[0]
    # start far along the valley floor and a little across it: the slow and the fast direction
    _, directions = np.linalg.eigh(2.0 / len(y) * X.T @ X)
    slow, fast = directions[:, 0] * np.sign(directions[0, 0]), directions[:, 1]
    w0 = w_best - 3.2 * slow + 0.5 * fast
    runs = [
        (0.2, BLUE, 30),
        (0.9, ORANGE, 30),
        (1.04, RED, 10),
    ]

    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.3))

    corners = np.array([w0, w_best])
    xlim = (corners[:, 0].min() - 1.2, corners[:, 0].max() + 1.2)
    ylim = (corners[:, 1].min() - 1.2, corners[:, 1].max() + 1.2)
    w1, w2 = np.meshgrid(np.linspace(*xlim, 241), np.linspace(*ylim, 241))
    grid = np.stack([w1.ravel(), w2.ravel()], axis=1)
    loss_grid = np.mean((grid @ X.T - y) ** 2, axis=1).reshape(w1.shape)
    levels = gd.mse_loss(X, y, w_best) + np.geomspace(0.02, 30, 12)
    left.contour(w1, w2, loss_grid, levels=levels, colors="0.75", linewidths=0.8)
    for fraction, colour, steps in runs:
        trail = [w0]
        for _ in range(steps):
            trail.append(gd.gradient_descent(X, y, fraction * lr_max, 1, trail[-1])[0])
        trail = np.array(trail)
        left.plot(
            trail[:, 0],
            trail[:, 1],
            "-o",
            color=colour,
            ms=2.5,
            lw=1.1,
            label=f"lr = {fraction:g} x 2/λmax",
        )
    left.scatter(*w0, color="black", s=25, zorder=4)
    left.annotate("start", xy=w0, xytext=(-8, 8), textcoords="offset points", ha="right")
    left.scatter(*w_best, color="black", marker="*", s=110, zorder=4)
    left.annotate("minimum", xy=w_best, xytext=(8, 4), textcoords="offset points")
    left.set_xlim(*xlim)
    left.set_ylim(*ylim)
    left.set_aspect("equal")
    left.set_xlabel("weight w1")
    left.set_ylabel("weight w2")
    left.set_title("descent paths on the loss contours")
    left.legend(loc="lower left", frameon=True, framealpha=0.9, fontsize=8.5)

    for fraction, colour in [(0.05, GREEN), (0.2, BLUE), (0.9, ORANGE), (1.04, RED)]:
        _, losses = gd.gradient_descent(X, y, fraction * lr_max, 60, w0)
        right.semilogy(
            losses - gd.mse_loss(X, y, w_best) + 1e-16,
            color=colour,
            lw=1.6,
            label=f"{fraction:g} x 2/λmax",
        )
    right.set_ylim(1e-6, 1e3)
    right.set_xlabel("step t")
    right.set_ylabel("loss - minimum loss")
    right.set_title(f"2/λmax = {lr_max:.3f}: below it converges, above it diverges")
    right.legend(loc="lower left", frameon=True, framealpha=0.9, fontsize=8.5, ncol=2)
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


def batch_sizes(path: Path) -> None:
    """Loss after each pass over the data, for full-batch, mini-batch and one-sample updates."""
    gd = solution("part15_gradient_descent")
    rng = np.random.default_rng(7)
    n, d = 200, 5
    X = rng.normal(size=(n, d))
    y = X @ rng.normal(size=d) + 0.5 * rng.normal(size=n)
    floor = gd.mse_loss(X, y, np.linalg.lstsq(X, y, rcond=None)[0])
    lr = 0.02
    epochs = np.arange(0, 31)
    fig, ax = plt.subplots(figsize=(7.2, 4.0))
    for batch_size, colour in [(n, BLUE), (20, ORANGE), (1, PURPLE)]:
        losses = [
            gd.mse_loss(X, y, gd.minibatch_sgd(X, y, lr, int(k), batch_size, seed=0))
            for k in epochs
        ]
        updates = -(-n // batch_size)
        label = (
            f"batch_size = {batch_size} ({updates} update{'s' if updates > 1 else ''} per epoch)"
        )
        ax.semilogy(
            epochs, np.array(losses) - floor + 1e-16, "-o", ms=2.5, color=colour, label=label
        )
    ax.set_ylim(1e-4, 30)
    ax.set_xlabel("epochs (passes over the 200 samples)")
    ax.set_ylabel("loss - least-squares loss")
    ax.set_title(f"Same learning rate {lr}, same data: smaller batches make more updates")
    ax.legend(loc="upper right", frameon=True, framealpha=0.9, fontsize=8.5)
    ax.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part15_learning_rates.svg": learning_rates,
    "part15_batch_sizes.svg": batch_sizes,
}
