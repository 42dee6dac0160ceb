"""Figures for Part 10: Eigenvalues and Eigenvectors.

Every eigenvalue, eigenvector, covariance and spectral radius drawn here is
computed with the reference solution of Part 10: the pictures show what
``sorted_eigh``, ``power_iteration``, ``covariance_matrix``, ``spectral_radius``
and ``is_stable`` return.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from make_figures import solution

BLUE, ORANGE, GREEN, RED, GREY = "tab:blue", "tab:orange", "tab:green", "tab:red", "0.6"


def arrow(ax, end, colour, start=(0.0, 0.0), lw=2.0, style="-"):
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


def plane(ax, limit, title):
    ax.set_aspect("equal")
    ax.set_xlim(-limit, limit)
    ax.set_ylim(-limit, limit)
    ax.axhline(0, color="0.85", lw=0.8, zorder=0)
    ax.axvline(0, color="0.85", lw=0.8, zorder=0)
    ax.grid(True, color="0.94")
    ax.set_title(title)


def save(fig, path: Path) -> None:
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


def angle_to(vector, target):
    """The angle, in radians, between the lines through two vectors of the plane.

    ``arctan2`` of the sine and the cosine stays accurate for tiny angles, where
    ``arccos`` of a cosine next to 1 cannot resolve anything below about 1e-8.
    """
    sine = abs(vector[0] * target[1] - vector[1] * target[0])
    return float(np.arctan2(sine, abs(vector @ target)))


def eigen_directions(path: Path) -> None:
    """Most vectors turn under A, eigenvectors only stretch; power iteration finds the top one."""
    eigen = solution("part10_eigen")
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    values, vectors = eigen.sorted_eigh(A)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.6))

    t = np.linspace(0, 2 * np.pi, 200)
    circle = np.vstack([np.cos(t), np.sin(t)])
    ellipse = A @ circle
    left.plot(*circle, color=GREY, lw=1.0, ls="--", label="unit circle: all x with ||x|| = 1")
    left.plot(*ellipse, color="0.35", lw=1.2, label="its image: all A x")
    for angle in np.deg2rad([10, 75, 120, 165]):
        x = np.array([np.cos(angle), np.sin(angle)])
        arrow(left, x, GREY, lw=1.2)
        arrow(left, A @ x, GREY, start=x, lw=0.9, style=":")
        left.scatter(*(A @ x), color=GREY, s=10, zorder=3)
    for j, (colour, side) in enumerate([(BLUE, (8, -4)), (ORANGE, (10, -10))]):
        v = vectors[:, j]
        arrow(left, values[j] * v, colour, lw=2.2)
        arrow(left, v, "black", lw=1.4)
        left.annotate(
            f"A v{j + 1} = {values[j]:.2f} v{j + 1}",
            xy=values[j] * v,
            xytext=side,
            textcoords="offset points",
            color=colour,
            fontweight="bold",
            ha="left",
        )
    plane(left, 4.2, "A = [[2, 1], [1, 3]]: only eigenvectors keep their direction")
    left.legend(loc="lower left", frameon=False, fontsize=8.5)

    steps = np.arange(1, 41)
    for ratio, colour in [(0.5, BLUE), (0.9, ORANGE)]:
        S = np.diag([2.0, 2.0 * ratio])
        rotation = np.array([[np.cos(0.4), -np.sin(0.4)], [np.sin(0.4), np.cos(0.4)]])
        S = rotation @ S @ rotation.T
        _, top = eigen.sorted_eigh(S)
        errors = [
            angle_to(eigen.power_iteration(S, num_iters=int(k), tol=0.0, seed=1)[1], top[:, 0])
            for k in steps
        ]
        errors = np.maximum(errors, 1e-16)  # an exact 0 has no place on a log scale
        right.semilogy(steps, errors, "o-", ms=3, color=colour, label=f"|λ2 / λ1| = {ratio}")
        right.semilogy(
            steps, errors[0] * ratio ** (steps - 1.0), color="black", lw=0.8, ls="--", zorder=3
        )
    right.set_ylim(1e-14, 3)
    right.set_xlabel("step k of power iteration")
    right.set_ylabel("angle between x_k and v1 (radians)")
    right.set_title("power iteration: the error shrinks like |λ2 / λ1|^k")
    right.grid(True, color="0.93")
    right.legend(loc="lower left", frameon=False, title="dots: measured\ndashes: rate |λ2 / λ1|^k")
    fig.tight_layout()
    save(fig, path)


def covariance_and_stability(path: Path) -> None:
    """The covariance's eigenvectors are the data's axes; the spectral radius decides decay."""
    eigen = solution("part10_eigen")
    rng = np.random.default_rng(3)
    mixing = np.array([[2.0, 0.3], [1.0, 0.9]])
    X = rng.standard_normal((300, 2)) @ mixing.T + np.array([1.0, 0.5])
    C = eigen.covariance_matrix(X)
    values, vectors = eigen.sorted_eigh(C)
    mean = X.mean(axis=0)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10.5, 4.6))

    left.scatter(X[:, 0], X[:, 1], s=7, color=GREY, alpha=0.7, zorder=1)
    for j, (colour, side) in enumerate([(BLUE, (-10, 12)), (ORANGE, (-10, 10))]):
        end = mean + 2 * np.sqrt(values[j]) * vectors[:, j]
        arrow(left, end, colour, start=mean, lw=2.4)
        left.annotate(
            f"v{j + 1}, λ{j + 1} = {values[j]:.2f}",
            xy=end,
            xytext=side,
            textcoords="offset points",
            color=colour,
            fontweight="bold",
            ha="right",
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
        )
    left.scatter(*mean, color=RED, marker="X", s=70, zorder=3)
    left.set_aspect("equal")
    left.set_xlim(-6.5, 8.5)
    left.set_ylim(-5.5, 6.5)
    left.grid(True, color="0.94")
    left.set_xlabel("feature 1")
    left.set_ylabel("feature 2")
    left.set_title("covariance eigenvectors, drawn $2\\sqrt{\\lambda}$ long from the mean")

    def spiral(radius, angle):
        return radius * np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])

    for A, colour in [(spiral(0.9, 0.35), GREEN), (spiral(1.04, 0.35), RED)]:
        x = np.array([1.0, 0.0])
        path_points = [x]
        for _ in range(30):
            x = A @ x
            path_points.append(x)
        path_points = np.array(path_points)
        rho = eigen.spectral_radius(A)
        verdict = "stable" if eigen.is_stable(A) else "unstable"
        right.plot(
            path_points[:, 0],
            path_points[:, 1],
            "o-",
            ms=3,
            lw=1.0,
            color=colour,
            label=f"ρ(A) = {rho:.2f}: {verdict}",
        )
    right.scatter(1.0, 0.0, color="black", s=30, zorder=3)
    right.annotate("$x_0$", xy=(1.0, 0.0), xytext=(6, -12), textcoords="offset points")
    plane(right, 3.6, "$x_{t+1} = A\\,x_t$: 30 steps from the same $x_0$")
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=2, frameon=False)
    fig.tight_layout()
    save(fig, path)


FIGURES = {
    "part10_eigen_directions.svg": eigen_directions,
    "part10_covariance_stability.svg": covariance_and_stability,
}
