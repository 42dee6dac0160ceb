"""Make every figure of the course site as SVG, from real computations with the solutions.

    python docs/figures/make_figures.py            # writes docs/figures/*.svg
    python docs/figures/make_figures.py --out DIR  # writes them somewhere else

The output is stable (no dates, fixed ids, text as paths), so the tests can check
that the committed figures are exactly what this script makes.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
STYLE = {
    "svg.hashsalt": "la4ml",
    "svg.fonttype": "path",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def solution(module: str):
    """Import a reference solution from solutions/ by file path."""
    spec = importlib.util.spec_from_file_location(
        f"solution_{module}", ROOT / "solutions" / f"{module}.py"
    )
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def arrow(ax, start, end, colour, label, offset=(-6, 6)):
    """An arrow from ``start`` to ``end`` with its label beside the midpoint."""
    ax.annotate(
        "",
        xy=end,
        xytext=start,
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2, "shrinkA": 0, "shrinkB": 0},
    )
    ax.annotate(
        label,
        xy=0.5 * (start + end),
        xytext=offset,
        textcoords="offset points",
        color=colour,
        ha="right",
        fontweight="bold",
    )


def part01_vectors(path: Path) -> None:
    """Vector addition as head-to-tail arrows, and a linear combination of two vectors."""
    vectors = solution("part01_vectors")
    u, v = vectors.as_vector([3.0, 1.0]), vectors.as_vector([1.0, 2.0])
    total = vectors.add(u, v)
    combination = vectors.linear_combination([1.5, -1.0], [u, v])
    origin = vectors.scale(0.0, u)
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6))
    arrow(left, origin, u, "tab:blue", "u")
    arrow(left, u, total, "tab:orange", "v", offset=(8, -4))
    arrow(left, origin, total, "tab:green", "u + v")
    left.set_title("u + v: put v's tail at u's head")
    arrow(right, origin, vectors.scale(1.5, u), "tab:blue", "1.5 u")
    arrow(right, vectors.scale(1.5, u), combination, "tab:orange", "-v", offset=(16, 0))
    arrow(right, origin, combination, "tab:green", "1.5 u - v", offset=(10, -16))
    right.set_title("a linear combination: 1.5 u - v")
    for ax in (left, right):
        ax.set_aspect("equal")
        ax.set_xlim(-0.5, 5)
        ax.set_ylim(-1.5, 3.5)
        ax.axhline(0, color="0.8", lw=0.8)
        ax.axvline(0, color="0.8", lw=0.8)
        ax.grid(True, color="0.93")
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)


FIGURES = {"part01_vectors.svg": part01_vectors}


def main(out: Path = HERE) -> list[Path]:
    """Write every figure into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with plt.rc_context(STYLE):
        for name, make in FIGURES.items():
            make(out / name)
            written.append(out / name)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="directory for the SVG files")
    for path in main(parser.parse_args().out):
        print(path)
