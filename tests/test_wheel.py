"""The wheel students install: the grader and the 20 stubs, never the solutions or tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from grader.integrity import read_sums

from .conftest import EXERCISES, REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel pip builds from this checkout, as `pip install .` does."""
    output = tmp_path_factory.mktemp("wheel")
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(output)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    (path,) = output.glob("la4ml-*.whl")
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_wheel_carries_exactly_the_stubs_of_exercises(wheel):
    stubs = {n.removeprefix("grader/stubs/"): d for n, d in wheel.items() if "/stubs/" in n}
    expected = {p.name: p.read_bytes() for p in EXERCISES.glob("part[0-9][0-9]_*.py")}
    assert len(expected) == 20
    assert stubs == expected


def test_the_wheel_carries_no_solution_test_or_repository_file(wheel):
    for name in wheel:
        top = name.split("/")[0]
        assert top == "grader" or top.endswith(".dist-info"), name
        assert "solutions" not in name and not name.startswith("tests/"), name
        assert "__pycache__" not in name and not name.endswith(".pyc"), name
    solved = (REPO / "solutions" / "part01_vectors.py").read_bytes()
    assert solved not in wheel.values()


def test_the_wheel_carries_what_grading_and_delivery_need(wheel):
    for name in (
        "grader/suites/SHA256SUMS",
        "grader/course.yaml",
        "grader/pytest.ini",
        "grader/schemas/report.schema.json",
        "grader/schemas/gradescope-results.schema.json",
        "grader/schemas/classroom-result.schema.json",
        "grader/delivery/templates/workspace-README.md",
        "grader/delivery/templates/release-README.md",
        "grader/delivery/templates/gradescope/setup.sh",
        "grader/delivery/templates/gradescope/run_autograder",
    ):
        assert name in wheel, name
    recorded = set(read_sums())
    suites = {n.removeprefix("grader/") for n in wheel if n.startswith("grader/suites/test_")}
    assert suites and suites <= recorded


def test_ci_runs_the_readme_student_commands():
    """README's quick start is two commands from a fresh machine; .ci/run runs them."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("# Students:", 1)[1].split("\n\n", 1)[0]
    commands = [line for line in block.splitlines()[1:] if line.strip()]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install .",
        ".venv/bin/la4ml init ws && cd ws && ../.venv/bin/la4ml grade",
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert f'(cd "$student" && {commands[1]})' in ci
    assert 'python3 -m venv "$student/.venv" && "$student/.venv/bin/pip" install --quiet .' in ci
