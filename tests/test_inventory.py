"""Untouched stubs are reported from the suites' inventory: the same report, without pytest."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from grader import inventory, runner
from grader.delivery.sources import stub_sources
from grader.manifest import SUITES_DIR, load_course
from grader.plan import start_warm_parent
from grader.runner import GradeOptions, grade

from .conftest import EXERCISES, REPO, solution_source


def comparable(result) -> dict:
    data = result.to_dict()
    data["duration"] = 0
    return data


@pytest.fixture
def uninventoried(tmp_path):
    """The course with a copy of the suites that has no inventory: every part goes to pytest."""
    suites = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, suites, ignore=shutil.ignore_patterns("__pycache__"))
    (suites / inventory.FILENAME).unlink()
    return load_course(suites_dir=suites)


def test_the_shipped_inventory_is_what_pytest_collects(course):
    """A suite edited without `python -m grader.integrity --write` fails here."""
    shipped = (SUITES_DIR / inventory.FILENAME).read_text(encoding="utf-8")
    assert inventory.render_inventory(course, stub_sources(course)) == shipped
    for part in course.parts:
        tests = inventory.suite_tests(part)
        assert tests and {t.function for t in tests} == {f.name for f in part.functions}


def test_an_entry_is_used_only_for_the_suite_bytes_it_describes(course, tmp_path):
    suites = tmp_path / "suites"
    shutil.copytree(SUITES_DIR, suites, ignore=shutil.ignore_patterns("__pycache__"))
    copied = load_course(suites_dir=suites)
    assert inventory.suite_tests(copied.part(3)) is not None
    edited = copied.part(3).suite_path
    edited.write_text(edited.read_text() + "\n# edited\n")
    assert inventory.suite_tests(copied.part(3)) is None
    assert inventory.suite_tests(copied.part(4)) is not None


@pytest.mark.parametrize(
    "change",
    ["not json {", '{"format": 99, "suites": {}}', "listed-function", "zero-weight", "empty"],
)
def test_a_wrong_inventory_is_ignored(course, tmp_path, change):
    suites = tmp_path / change
    shutil.copytree(SUITES_DIR, suites, ignore=shutil.ignore_patterns("__pycache__"))
    path = suites / inventory.FILENAME
    data = json.loads(path.read_text())
    entry = data["suites"][course.part(1).suite_path.name]
    if change == "listed-function":
        entry["tests"][0][1] = "not_a_function_of_part_1"
    elif change == "zero-weight":
        entry["tests"][0][2] = 0
    elif change == "empty":
        entry["tests"] = []
    path.write_text(json.dumps(data) if change[0] not in "n{" else change)
    assert inventory.suite_tests(load_course(suites_dir=suites).part(1)) is None


def test_stubs_get_the_report_pytest_gives(course, uninventoried, tmp_path):
    """Untouched modules: plain, printing at import, failing at import, mixed with work."""
    workspace = tmp_path / "workspace"
    shutil.copytree(EXERCISES, workspace, ignore=shutil.ignore_patterns("__pycache__", "*.md"))
    for number in (1, 2):
        part = course.part(number)
        (workspace / part.filename).write_text(solution_source(part.module))
    printing = workspace / course.part(6).filename
    printing.write_text('print("loaded")\n' + printing.read_text())
    failing = workspace / course.part(7).filename
    failing.write_text("import a_module_that_does_not_exist\n" + failing.read_text())
    crashing = workspace / course.part(9).filename
    crashing.write_text(crashing.read_text() + "\n1 / 0\n")
    for lanes in (1, 2):
        options = GradeOptions(workspace)
        fast = grade(course, options, lanes=lanes)
        slow = grade(uninventoried, options, lanes=lanes)
        assert comparable(fast) == comparable(slow)
    statuses = {p.number: p.status for p in fast.parts}
    assert statuses[1] == statuses[2] == "complete"
    assert statuses[7] == statuses[9] == "error" and statuses[6] == statuses[20] == "not_started"
    assert "a_module_that_does_not_exist" in fast.parts[6].error


def test_every_stub_reports_each_test_as_pytest_would(course, uninventoried):
    progress = []
    fast = grade(course, GradeOptions(EXERCISES), lambda run, test: progress.append(test.name))
    slow = grade(uninventoried, GradeOptions(EXERCISES))
    assert comparable(fast) == comparable(slow) and fast.score == 0
    assert sorted(progress) == sorted(
        t.name for p in fast.parts for f in p.functions for t in f.tests
    )
    assert len(progress) == sum(len(inventory.suite_tests(p)) for p in course.parts)


def test_only_the_shipped_bytes_of_a_stub_count_as_shipped(course):
    part = course.part(5)
    shipped = (EXERCISES / part.filename).read_bytes()
    assert inventory.is_shipped_stub(part, shipped)
    assert not inventory.is_shipped_stub(course.part(6), shipped)
    for changed in (shipped + b"\n# a comment\n", shipped.replace(b"\n", b"\r\n"), b""):
        assert not inventory.is_shipped_stub(part, changed)


def test_shipped_stubs_start_no_sandbox(course, tmp_path, monkeypatch):
    """A fresh workspace needs no warm parent; a stub with a comment added is imported."""
    workspace = tmp_path / "fresh"
    shutil.copytree(EXERCISES, workspace, ignore=shutil.ignore_patterns("__pycache__", "*.md"))
    options = GradeOptions(workspace)
    assert start_warm_parent(course, options, lanes=2) is None

    def no_sandbox(*args, **kwargs):
        raise AssertionError("a warm parent was started for shipped stubs")

    monkeypatch.setattr(runner, "WarmParent", no_sandbox)
    result = grade(course, options)
    assert result.score == 0 and {p.status for p in result.parts} == {"not_started"}
    commented = workspace / course.part(4).filename
    commented.write_text("# my notes\n" + commented.read_text())
    with pytest.raises(AssertionError, match="warm parent was started"):
        grade(course, options)


def test_a_fresh_workspace_is_graded_without_loading_pytest():
    program = (
        "import sys; from click.testing import CliRunner; from grader.cli import main; "
        f"r = CliRunner().invoke(main, ['grade', '--workspace', {str(EXERCISES)!r}, "
        "'--no-history', '--format', 'json']); "
        "print(r.exit_code, 'pytest' in sys.modules, r.output.count('not_started') > 100)"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["0", "False", "True"], done.stderr
