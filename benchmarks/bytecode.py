"""Byte-compile the grader before timing it, as `pip install` does for an installed copy.

The floor imports numpy, pytest, click and yaml from compiled files; la4ml
must be measured the same way. In a checkout (an editable install) the
bytecode is written on first use, except where PYTHONDONTWRITEBYTECODE is
set: then every run would compile the hidden suites again (about 0.08 s).
"""

from __future__ import annotations

import compileall
from pathlib import Path

GRADER = Path(__file__).resolve().parents[1] / "grader"


def compile_grader() -> None:
    """Write the grader's bytecode (a no-op where it is already up to date)."""
    if not compileall.compile_dir(GRADER, quiet=1):
        raise SystemExit(f"could not byte-compile {GRADER}")
