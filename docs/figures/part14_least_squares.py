"""Figures for Part 14: Least Squares and Linear Regression.

Every fit drawn here is computed with the reference solution of Part 14:
``add_intercept``, ``polynomial_features``, ``fit_lstsq``, ``fit_ridge`` and
``r2_score``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.45"


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def wave(n, rng):
    """n noisy samples of sin(2 pi x) on [0, 1]."""
    x = np.sort(rng.uniform(0.0, 1.0, size=n))
    return x, np.sin(2 * np.pi * x) + rng.normal(scale=0.25, size=n)


def fit_and_residuals(path: Path) -> None:
    """A line fitted by least squares with its residuals, and polynomials of rising degree."""
    ls = solution("part14_least_squares")
    rng = np.random.default_rng(3)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.8), layout="constrained")

    x = np.sort(rng.uniform(0.0, 10.0, size=12))
    y = 1.5 + 0.6 * x + rng.normal(scale=1.0, size=x.size)
    X = ls.add_intercept(x[:, None])
    w = ls.fit_lstsq(X, y)
    fitted = X @ w
    for xi, yi, fi in zip(x, y, fitted, strict=True):
        left.plot([xi, xi], [yi, fi], color=RED, lw=1.2, zorder=1)
    grid = np.linspace(0.0, 10.0, 2)
    left.plot(grid, w[0] + w[1] * grid, color=BLUE, lw=2, zorder=2, label="least-squares line")
    left.scatter(x, y, color="black", s=22, zorder=3, label="data")
    left.plot([], [], color=RED, lw=1.2, label="residuals y - Xw")
    r2 = ls.r2_score(y, fitted)
    left.text(
        0.97,
        0.05,
        f"w = ({w[0]:.2f}, {w[1]:.2f})\n$R^2$ = {r2:.3f}",
        transform=left.transAxes,
        ha="right",
        va="bottom",
    )
    left.set_xlabel("x")
    left.set_ylabel("y")
    left.set_title("the line minimising the sum of squared residuals")
    left.legend(loc="upper left", frameon=False)
    left.grid(True, color="0.93")

    x_train, y_train = wave(12, rng)
    x_test, y_test = wave(200, rng)
    dense = np.linspace(0.0, 1.0, 300)
    right.scatter(x_train, y_train, color="black", s=22, zorder=3, label="12 training points")
    right.plot(dense, np.sin(2 * np.pi * dense), color="0.75", lw=1, ls=":", label="true curve")
    for degree, colour in [(1, GREY), (3, GREEN), (11, ORANGE)]:
        w = ls.fit_lstsq(ls.polynomial_features(x_train, degree), y_train)
        train = ls.r2_score(y_train, ls.polynomial_features(x_train, degree) @ w)
        test = ls.r2_score(y_test, ls.polynomial_features(x_test, degree) @ w)
        right.plot(
            dense,
            ls.polynomial_features(dense, degree) @ w,
            color=colour,
            lw=2,
            label=f"degree {degree}: $R^2$ {train:.2f} train, {test:.2f} new",
        )
    right.set_ylim(-2.2, 2.6)
    right.set_xlabel("x")
    right.set_ylabel("y")
    right.set_title("polynomial features: underfit, good fit, overfit")
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2, frameon=False)
    right.grid(True, color="0.93")
    save(fig, path)


def ridge_paths(path: Path) -> None:
    """Ridge weights of a degree-9 polynomial shrinking with alpha, and R^2 on new data."""
    ls = solution("part14_least_squares")
    rng = np.random.default_rng(4)
    degree = 9
    x_train, y_train = wave(15, rng)
    x_test, y_test = wave(200, rng)
    X_train = ls.polynomial_features(x_train, degree)
    X_test = ls.polynomial_features(x_test, degree)
    alphas = np.logspace(-8, 2, 61)
    weights = np.array([ls.fit_ridge(X_train, y_train, a) for a in alphas])
    train = [ls.r2_score(y_train, X_train @ w) for w in weights]
    test = [ls.r2_score(y_test, X_test @ w) for w in weights]
    best = int(np.argmax(test))

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    colours = plt.cm.viridis(np.linspace(0.0, 0.9, degree + 1))
    for j in range(degree + 1):
        left.plot(alphas, weights[:, j], color=colours[j], lw=1.5)
    left.set_xscale("log")
    left.set_yscale("symlog", linthresh=1.0)
    left.axhline(0.0, color="0.6", lw=0.8)
    left.set_xlabel("alpha (log scale)")
    left.set_ylabel("weight $w_j$ (symmetric log scale)")
    left.set_title("ridge shrinks the 10 weights of a degree-9 fit")
    left.text(
        0.97,
        0.95,
        "one line per weight\n$w_0$ (dark) ... $w_9$ (light)",
        transform=left.transAxes,
        ha="right",
        va="top",
    )
    left.grid(True, color="0.93")

    right.plot(alphas, train, color=BLUE, lw=2, label="training data (15 points)")
    right.plot(alphas, test, color=ORANGE, lw=2, label="new data (200 points)")
    right.axvline(alphas[best], color="0.6", lw=1, ls="--")
    right.annotate(
        f"best on new data:\nalpha = {alphas[best]:.0e}",
        xy=(alphas[best], test[best]),
        xytext=(2e-8, 0.3),
        arrowprops={"arrowstyle": "->", "color": "0.4"},
    )
    right.set_xscale("log")
    right.set_ylim(0.0, 1.0)
    right.set_xlabel("alpha (log scale)")
    right.set_ylabel("$R^2$")
    right.set_title("too little penalty overfits, too much underfits")
    right.legend(loc="lower left", frameon=False)
    right.grid(True, color="0.93")
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part14_fit_and_residuals.svg": fit_and_residuals,
    "part14_ridge.svg": ridge_paths,
}
