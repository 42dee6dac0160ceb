"""Make every figure of the course site as SVG, from real computations with the solutions.

Each part's figures live in ``docs/figures/partNN_<topic>.py``, which defines
``FIGURES = {"name.svg": function}``; every function takes the SVG path to write.

    python docs/figures/make_figures.py            # writes docs/figures/*.svg
    python docs/figures/make_figures.py --out DIR  # writes them somewhere else

The output is stable (no dates, fixed ids, text as paths), so the tests can check
that the committed figures are exactly what this script makes.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the part modules import helpers from this script
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


def discover() -> dict:
    """Every figure: the FIGURES of each ``partNN_*.py`` module beside this script."""
    figures = {}
    for path in sorted(HERE.glob("part[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(f"figures_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, make in module.FIGURES.items():
            if name in figures:
                raise ValueError(f"{path.name} makes {name}, which another module makes too")
            figures[name] = make
    return figures


def main(out: Path = HERE) -> list[Path]:
    """Write every figure into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with plt.rc_context(STYLE):
        for name, make in discover().items():
            make(out / name)
            written.append(out / name)
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="directory for the SVG files")
    for path in main(parser.parse_args().out):
        print(path)
