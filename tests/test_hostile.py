"""The hostile corpus: student modules that misbehave cost exactly the tests they should.

Each file in tests/hostile is appended to the Part 1 solution. Full marks are
14 points: as_vector 3, add 2, scale 2, linear_combination 3, centroid 2,
standard_basis 2. Every other function keeps its full score, grading finishes,
and the grader's own output stays clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.manifest import load_course
from grader.runner import GradeOptions, grade
from grader.sandbox.limits import Limits

from .conftest import REPO, solution_source

HOSTILE = Path(__file__).with_name("hostile")
FULL = {
    "as_vector": 3,
    "add": 2,
    "scale": 2,
    "linear_combination": 3,
    "centroid": 2,
    "standard_basis": 2,
}


def hostile_module(name: str) -> str:
    return solution_source("part01_vectors") + "\n\n" + (HOSTILE / f"{name}.py").read_text()


# name -> (functions that must score 0, message fragment of their first failure)
COSTS_FUNCTIONS = {
    "os_exit_in_call": ({"add"}, "exited with status 0"),
    "loop_in_call": ({"scale"}, "did not finish within"),
    "memory_bomb": ({"centroid", "standard_basis"}, "MemoryError"),
    "segfault": ({"linear_combination"}, "SIGSEGV"),
    "returns_objects": ({"add", "scale"}, "expected a numpy array"),
    "kills_its_parent": ({"add"}, ""),
    "forks_and_threads": ({"add", "scale"}, ""),
}


@pytest.mark.parametrize("name", sorted(COSTS_FUNCTIONS))
def test_misbehaving_function_costs_only_itself(grade_source, name):
    lost, fragment = COSTS_FUNCTIONS[name]
    # The memory bomb gets a smaller address space (quicker to fill) and time to fill
    # it; the other cases need no more than 0.5 s.
    limits = {"call_timeout": 0.5}
    if name == "memory_bomb":
        limits = {"call_timeout": 5, "memory_bytes": 512 * 1024**2}
    part = grade_source(hostile_module(name), **limits)
    scores = {f.name: f.score for f in part.functions}
    assert scores == {n: (0 if n in lost else p) for n, p in FULL.items()}
    for function in part.functions:
        if function.name in lost:
            assert function.status == "failed"
            assert fragment in function.first_failure.message
    assert part.score == sum(FULL.values()) - sum(FULL[n] for n in lost)
    assert part.status == "partial"


@pytest.mark.parametrize(
    ("name", "fragment", "culprit"),
    [
        ("sys_exit_at_import", "SystemExit", "sys.exit(3)"),
        ("loop_at_import", "did not finish within", None),
        ("syntax_error", "SyntaxError", "def broken(:"),
        ("import_missing_module", "No module named 'numpy_but_faster'", "import numpy_but_"),
    ],
)
def test_module_that_cannot_import_is_an_error_with_a_location(
    grade_source, name, fragment, culprit
):
    source = hostile_module(name)
    part = grade_source(source, import_timeout=1.0)
    assert part.status == "error"
    assert part.score == 0
    assert fragment in part.error
    assert "part01_vectors.py" in part.error
    if culprit is not None:
        line = next(i for i, text in enumerate(source.splitlines(), 1) if culprit in text)
        assert f"line {line}" in part.error
    assert all(f.score == 0 for f in part.functions)


def test_monkeypatching_every_judge_scores_nothing(grade_source):
    part = grade_source(hostile_module("monkeypatch_everything"))
    assert part.score == 0
    assert all(f.status == "failed" for f in part.functions)


def test_printing_megabytes_is_captured_capped_and_harmless(grade_source, capfd):
    part = grade_source(hostile_module("print_megabytes"))
    assert part.score == sum(FULL.values())
    add = next(f for f in part.functions if f.name == "add")
    assert add.status == "passed"
    out, err = capfd.readouterr()
    assert "xxxxxxxxxx" not in out + err and "zzzzzzzzzz" not in out + err
    outputs = [t.output for t in add.tests]
    assert all(len(o) < 2100 for o in outputs)
    assert any(o.startswith("xxx") and "more characters" in o for o in outputs)


def test_planted_result_files_change_nothing(course, tmp_path):
    workspace = tmp_path / "submission"
    workspace.mkdir()
    (workspace / "part01_vectors.py").write_text(hostile_module("fake_result_files"))
    result = grade(course, GradeOptions(workspace=workspace, parts=(1,)))
    assert result.score == 0
    assert all(f.status == "not_started" for f in result.parts[0].functions)


def test_submitted_conftest_and_pytest_ini_are_ignored(course, tmp_path, monkeypatch):
    workspace = tmp_path / "submission"
    workspace.mkdir()
    stub = (REPO / "exercises" / "part01_vectors.py").read_text()
    (workspace / "part01_vectors.py").write_text(stub)
    cheat = (
        "import pytest\n\n@pytest.hookimpl(tryfirst=True)\ndef pytest_runtest_call(item):\n"
        "    return True\n\n@pytest.fixture\ndef student():\n    return None\n"
    )
    (workspace / "conftest.py").write_text(cheat)
    (workspace / "pytest.ini").write_text("[pytest]\naddopts = -p no:python\n")
    (workspace / "test_fake.py").write_text("def test_ok():\n    pass\n")
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("PYTEST_ADDOPTS", "--collect-only")
    result = grade(course, GradeOptions(workspace=workspace, parts=(1,)))
    assert result.score == 0
    assert all(f.status == "not_started" for f in result.parts[0].functions)
    assert sum(len(f.tests) for f in result.parts[0].functions) >= 17


def test_missing_functions_are_missing_and_the_rest_is_graded(grade_source):
    part = grade_source(hostile_module("lacks_functions"))
    statuses = {f.name: f.status for f in part.functions}
    assert statuses == {
        "as_vector": "passed",
        "add": "passed",
        "scale": "missing",
        "linear_combination": "missing",
        "centroid": "missing",
        "standard_basis": "missing",
    }
    assert part.score == 5


def test_modifying_inputs_costs_the_test_that_checks_them(grade_source):
    part = grade_source(hostile_module("modifies_inputs"))
    add = next(f for f in part.functions if f.name == "add")
    failed = [t.name for t in add.tests if t.outcome != "passed"]
    assert failed == ["test_add_random_vectors"]
    assert "in place" in add.first_failure.message
    # Weights: hand-worked 1, random 2, errors 1 (gated). The value tests pass 1 of 3, so
    # the gated errors test counts a third: (1 + 1/3) / 4 of add's 2 points.
    assert add.score == pytest.approx(2 * (1 + 1 / 3) / 4, abs=1e-6)


def test_a_broken_part_leaves_the_other_parts_graded(tmp_path):
    """Two parts share Part 1's suite: a crashing first part leaves the second at full marks."""
    suites = tmp_path / "suites"
    suites.mkdir()
    suite = (REPO / "grader" / "suites" / "test_part01_vectors.py").read_text()
    (suites / "test_part01_vectors.py").write_text(suite)
    (suites / "test_part02_twin.py").write_text(suite)
    manifest = (REPO / "grader" / "course.yaml").read_text()
    head, _, _rest = manifest.partition("  - number: 2\n")
    twin = (
        head.split("parts:\n", 1)[1]
        .replace("number: 1", "number: 2")
        .replace("module: part01_vectors", "module: part02_twin")
        .replace("slug: vectors", "slug: twin")
    )
    twin = twin.replace("title: Vectors, Scalars, and Spaces", "title: Twin")
    (tmp_path / "course.yaml").write_text(head + twin)
    course = load_course(tmp_path / "course.yaml", suites_dir=suites)
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "part01_vectors.py").write_text(hostile_module("sys_exit_at_import"))
    (workspace / "part02_twin.py").write_text(solution_source("part01_vectors"))
    result = grade(course, GradeOptions(workspace=workspace, limits=Limits(call_timeout=2)))
    first, second = result.parts
    assert (first.status, first.score) == ("error", 0)
    assert (second.status, second.score) == ("complete", 14)
