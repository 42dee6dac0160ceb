"""Results are counted strictly from each test's own reports, never from pytest's exit code."""

from __future__ import annotations

import pytest

from grader.manifest import load_course
from grader.plugin import SuiteError
from grader.runner import GradeOptions, grade

from .conftest import REPO, SOLUTIONS

SUITE = """
import pytest

function = pytest.mark.function


@function("add")
def test_passes(student, expect):
    expect.close(student.add([1, 2], [3, 4]), [4.0, 6.0], rtol=0, atol=0)


@function("add")
def test_skipped(student):
    pytest.skip("not today")


@function("add")
@pytest.mark.xfail(reason="expected to fail")
def test_xfail(student):
    assert False


@pytest.fixture
def broken_fixture():
    raise RuntimeError("fixture exploded")


@function("scale")
def test_setup_error(student, broken_fixture):
    pass


@pytest.fixture
def broken_teardown():
    yield
    raise RuntimeError("teardown exploded")


@function("scale")
@pytest.mark.weight(3)
def test_teardown_error(student, broken_teardown):
    pass


@function("centroid")
def test_grader_bug(student):
    return {}["missing"]


@function("standard_basis")
def test_stops_the_session(student):
    pytest.exit("abort everything")


@function("linear_combination")
def test_never_runs(student):
    pass
"""


@pytest.fixture
def strict_course(tmp_path):
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "test_part01_vectors.py").write_text(SUITE)
    return load_course(REPO / "grader" / "course.yaml", suites_dir=suites)


def test_only_tests_that_pass_every_phase_count(strict_course):
    result = grade(strict_course, GradeOptions(workspace=SOLUTIONS, parts=(1,)))
    functions = {f.name: f for f in result.parts[0].functions}
    outcomes = {
        t.name: t.outcome for f in functions.values() if f.name != "as_vector" for t in f.tests
    }
    assert outcomes == {
        "test_passes": "passed",
        "test_skipped": "failed",
        "test_xfail": "failed",
        "test_setup_error": "failed",
        "test_teardown_error": "failed",
        "test_grader_bug": "failed",
        "test_stops_the_session": "failed",
        "test_never_runs": "failed",
    }
    assert functions["add"].score == pytest.approx(2 / 3)
    assert functions["scale"].score == 0
    messages = {t.name: t.message for f in functions.values() for t in f.tests}
    assert "skipped" in messages["test_skipped"]
    assert "fixture exploded" in messages["test_setup_error"]
    assert "could not check the result (KeyError" in messages["test_grader_bug"]
    assert "never reported" in messages["test_never_runs"]
    # A function with no test at all scores nothing and says why.
    as_vector = functions["as_vector"]
    assert as_vector.score == 0 and "no test for this function" in as_vector.tests[0].message


def test_a_test_without_a_function_marker_is_a_suite_error(tmp_path):
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "test_part01_vectors.py").write_text("def test_unmarked(student):\n    pass\n")
    course = load_course(REPO / "grader" / "course.yaml", suites_dir=suites)
    with pytest.raises(SuiteError, match=r"no @pytest\.mark\.function"):
        grade(course, GradeOptions(workspace=SOLUTIONS, parts=(1,)))


def test_a_suite_that_fails_to_import_is_an_error_not_a_score(tmp_path):
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / "test_part01_vectors.py").write_text("import nonexistent_helper\n")
    course = load_course(REPO / "grader" / "course.yaml", suites_dir=suites)
    part = grade(course, GradeOptions(workspace=SOLUTIONS, parts=(1,))).parts[0]
    assert part.status == "error" and part.score == 0
    assert "hidden suite failed to load" in part.error
