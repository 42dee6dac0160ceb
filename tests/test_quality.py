"""Project hygiene that CI must prove: lint, formatting, and the solutions' docstring examples."""

from __future__ import annotations

import doctest
import importlib.util
import subprocess
import sys

import pytest

from .conftest import REPO, SOLUTIONS


@pytest.mark.parametrize(
    "command", [["check", "."], ["format", "--check", "."]], ids=["ruff-check", "ruff-format"]
)
def test_ruff_is_clean(command):
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", *command], cwd=REPO, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize("path", sorted(SOLUTIONS.glob("part*.py")), ids=lambda p: p.stem)
def test_docstring_examples_hold_for_the_solution(path):
    spec = importlib.util.spec_from_file_location(f"solution_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failures, attempted = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert attempted >= len([n for n in vars(module) if not n.startswith("_")]) - 1
    assert failures == 0
