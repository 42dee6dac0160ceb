"""Shared fixtures: the course, and grading a module written into a temporary workspace."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from grader.manifest import load_course
from grader.runner import GradeOptions, grade
from grader.sandbox import isolation
from grader.sandbox.limits import Limits

from . import isolation_support
from .wrong_support import WrongAnswers

REPO = Path(__file__).resolve().parents[1]
SOLUTIONS = REPO / "solutions"
EXERCISES = REPO / "exercises"


@pytest.fixture(scope="session")
def course():
    return load_course()


def solution_source(module: str) -> str:
    return (SOLUTIONS / f"{module}.py").read_text(encoding="utf-8")


@pytest.fixture
def grade_source(course, tmp_path):
    """Grade one part with ``source`` as the student's module; returns the PartResult."""

    def run(source: str, part: int = 1, **limits):
        workspace = tmp_path / f"workspace-{len(list(tmp_path.iterdir()))}"
        workspace.mkdir()
        module = course.part(part).filename
        (workspace / module).write_text(source, encoding="utf-8")
        options = GradeOptions(workspace=workspace, parts=(part,), limits=Limits(**limits))
        return grade(course, options).parts[0]

    return run


@pytest.fixture(scope="session")
def wrong_answers(course, tmp_path_factory):
    """The tests/wrong answers, each graded once per session (a part at a time)."""
    return WrongAnswers(course, SOLUTIONS, tmp_path_factory.mktemp("wrong-answers"))


@pytest.fixture
def copy_of(tmp_path):
    """A copy of a repository directory that a test may change."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(REPO / name, target, ignore=shutil.ignore_patterns(".la4ml"))
        return target

    return copy


def isolation_level(level: str) -> isolation.Isolation:
    """The isolation ``level``; namespaces skip (with the install command) where unavailable."""
    if level == isolation.RLIMITS:
        return isolation.choose(isolation.RLIMITS)
    found = isolation.detect()
    if not found.strong:
        pytest.skip(f"namespaces are unavailable: {found.reason}")
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (from /proc), ``pid`` included."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        queue += children.get(current, [])
    return found


# ---------------------------------------------------------------- graders as root and as a user


@pytest.fixture(scope="session")
def runtime():
    """A world-readable copy of the grader's runtime, and the test user when root."""
    base = Path(tempfile.mkdtemp(prefix="la4ml-runtime-", dir="/tmp"))
    os.chmod(base, 0o755)
    user = None
    created = False
    if os.geteuid() == 0:
        uid, gid, created = isolation_support.ensure_user()
        user = (uid, gid)
        isolation_support.copy_runtime(base)
    yield base, user
    shutil.rmtree(base, ignore_errors=True)
    if created:
        subprocess.run(["userdel", "la4ml-test"], capture_output=True)


@pytest.fixture(params=["root", "user"])
def grader(request, runtime):
    base, user = runtime
    made = isolation_support.make_grader(request.param, base, user)
    yield made
    shutil.rmtree(made.scratch, ignore_errors=True)
