"""Grading in two lanes gives exactly the report of one lane."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time

from grader.lanes import partition
from grader.runner import GradeOptions, grade
from grader.sandbox.limits import Limits

from .conftest import REPO, SOLUTIONS, solution_source
from .test_class import processes_mentioning

HOSTILE = REPO / "tests" / "hostile"
WRONG = REPO / "tests" / "wrong"


def comparable(result) -> dict:
    data = result.to_dict()
    data["duration"] = 0
    return data


def test_two_lanes_report_exactly_what_one_lane_reports(course, tmp_path):
    """A mixed workspace: solutions, wrong answers, a crash, a loop and a syntax error."""
    workspace = tmp_path / "mixed"
    workspace.mkdir()
    for part in course.parts[:12]:
        source = solution_source(part.module)
        mistakes = sorted((WRONG / part.module).glob("*.py"))
        if part.number % 3 == 1 and mistakes:
            source += "\n\n" + mistakes[0].read_text()
        (workspace / part.filename).write_text(source)
    (workspace / course.part(1).filename).write_text(
        solution_source("part01_vectors") + "\n\n" + (HOSTILE / "os_exit_in_call.py").read_text()
    )
    (workspace / course.part(2).filename).write_text("def broken(:\n")
    options = GradeOptions(workspace, tuple(range(1, 16)), limits=Limits(call_timeout=1))
    one, two = grade(course, options), grade(course, options, lanes=2)
    assert comparable(two) == comparable(one)
    assert 0 < one.score < one.max_score
    assert {p.status for p in one.parts} >= {"complete", "partial", "error", "missing"}


def test_solutions_score_the_same_in_two_lanes(course):
    one = grade(course, GradeOptions(SOLUTIONS))
    two = grade(course, GradeOptions(SOLUTIONS), lanes=2)
    assert comparable(two) == comparable(one) and two.score == 318


def test_parts_are_split_into_groups_of_about_equal_cost(course):
    groups = partition(list(course.parts), 2)
    assert sorted(p.number for g in groups for p in g) == list(range(1, 21))
    sizes = [sum(p.suite_path.stat().st_size for p in g) for g in groups]
    assert max(sizes) - min(sizes) <= max(p.suite_path.stat().st_size for p in course.parts)


def test_only_functions_that_are_still_their_stub_skip_their_tests(course, tmp_path):
    """A stub is recorded not started without a call; anything else is graded as usual."""
    from grader.syntax import untouched_stubs

    part = course.part(1)
    stub = (REPO / "exercises" / part.filename).read_text()
    solved = solution_source("part01_vectors")
    assert untouched_stubs(stub, part) == {f.name for f in part.functions}
    assert untouched_stubs(solved, part) == set()
    rebound = stub + "\n\nadd = lambda u, v: u\n"
    assert "add" not in untouched_stubs(rebound, part)
    workspace = tmp_path / "partly"
    workspace.mkdir()
    # add is back to its stub (skipped, not started); centroid raises NotImplementedError
    # for data that starts with a zero (graded as usual: it earns what it passes).
    solved = solved.replace(
        "def add(u, v):", "def add(u, v):\n    raise NotImplementedError\n\n\ndef _add(u, v):", 1
    )
    solved = solved.replace(
        "def centroid(points):",
        "def centroid(points):\n"
        "    if np.asarray(points, dtype=float).flat[0] == 0.0:\n"
        "        raise NotImplementedError\n"
        "    return _centroid(points)\n\n\ndef _centroid(points):",
        1,
    )
    assert untouched_stubs(solved, part) == {"add"}
    (workspace / part.filename).write_text(solved)
    result = grade(course, GradeOptions(workspace, (1,)))
    functions = {f.name: f for f in result.parts[0].functions}
    assert functions["add"].status == "not_started"
    assert 0 < functions["centroid"].score < functions["centroid"].max_score
    assert all(functions[n].status == "passed" for n in ("as_vector", "scale", "standard_basis"))


def test_lanes_end_with_a_harness_killed_by_sigkill(tmp_path):
    """Killing only the command (not its group) leaves no lane running.

    The lanes wait on imports that take 8 s and send nothing meanwhile, so
    only the kernel (the parent-death signal) can end them sooner.
    """
    workspace = tmp_path / "killed-harness-workspace"
    shutil.copytree(SOLUTIONS, workspace, ignore=shutil.ignore_patterns("__pycache__"))
    for module in workspace.glob("part*.py"):
        module.write_text(module.read_text() + "\n\nimport time as _t\n_t.sleep(8)\n")
    command = [sys.executable, "-m", "grader", "grade", "--workspace", str(workspace),
               "--lanes", "2", "--import-timeout", "30", "--no-history"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while len(processes_mentioning(str(workspace), wait=0)) < 3:
            assert time.monotonic() < deadline, "the two lanes never started"
            time.sleep(0.05)
        time.sleep(0.5)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert not processes_mentioning(str(workspace), wait=3)
    finally:
        for pid in processes_mentioning(str(workspace), wait=0):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
