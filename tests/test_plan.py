"""A warm parent started before the runner is imported: when it is used; that it always ends."""

from __future__ import annotations

import pytest

from grader import runner
from grader.integrity import IntegrityError
from grader.plan import GradeOptions, lane_count, present_parts, start_warm_parent
from grader.runner import grade

from .conftest import REPO, SOLUTIONS, solution_source
from .test_lanes import comparable

STUBS = REPO / "exercises"


def test_one_lane_runs_get_a_warm_parent_and_lane_runs_do_not(course, tmp_path):
    one_part = GradeOptions(SOLUTIONS, parts=(5,))
    warm = start_warm_parent(course, one_part, lanes=2)
    assert warm is not None
    warm.close()
    # Every part has work: the run splits over lanes, each with its own warm parent.
    assert lane_count(SOLUTIONS, present_parts(course, GradeOptions(SOLUTIONS)), 2) == 2
    assert start_warm_parent(course, GradeOptions(SOLUTIONS), lanes=2) is None
    # Only stubs: one lane is enough, and none of them runs unless one was changed.
    stubs = present_parts(course, GradeOptions(STUBS))
    assert len(stubs) == 20 and lane_count(STUBS, stubs, 2) == 1
    assert start_warm_parent(course, GradeOptions(STUBS), lanes=1) is None
    changed = tmp_path / "changed"
    changed.mkdir()
    stub = (STUBS / course.part(2).filename).read_text()
    (changed / course.part(2).filename).write_text(stub.replace('"""', '"""Mine. ', 1))
    warm = start_warm_parent(course, GradeOptions(changed), lanes=1)
    assert warm is not None
    warm.close()
    # Nothing to grade: no warm parent at all.
    assert start_warm_parent(course, GradeOptions(tmp_path / "empty"), lanes=2) is None


def test_a_warm_parent_gives_the_same_report_and_is_closed(course, tmp_path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    for number in (3, 13):
        part = course.part(number)
        (workspace / part.filename).write_text(solution_source(part.module))
    options = GradeOptions(workspace, parts=(3, 13))
    warm = start_warm_parent(course, options, lanes=1)
    with_warm = grade(course, options, warm=warm)
    assert not warm.alive()
    assert comparable(with_warm) == comparable(grade(course, options))
    assert with_warm.score == with_warm.max_score


def test_a_warm_parent_is_closed_when_grading_is_refused(course, monkeypatch):
    def refuse():
        raise IntegrityError("the installed suites differ from the recorded ones")

    monkeypatch.setattr(runner, "verify_installation", refuse)
    options = GradeOptions(SOLUTIONS, parts=(1,))
    warm = start_warm_parent(course, options, lanes=1)
    with pytest.raises(IntegrityError):
        grade(course, options, warm=warm)
    assert not warm.alive()
