"""GitHub Classroom's runner result (version 1), read by ``autograding-grading-reporter``.

Classroom's own graders give every test an equal share of a runner's points;
here each test is one contract function and carries the points it earned, so
the total posted to Classroom (the sum of the tests' scores out of
``max_score``) is the same weighted score that ``la4ml grade`` shows. The
format is written down in ``grader/schemas/classroom-result.schema.json``.
"""

from __future__ import annotations

import json
import posixpath

from grader.manifest import Course
from grader.reports.feedback import function_feedback
from grader.results import PASSED, CourseResult


def classroom_result(result: CourseResult, course: Course | None = None) -> dict:
    """The runner result as plain data: one test per function of every graded part."""
    folder = result.workspace if not posixpath.isabs(result.workspace) else ""
    tests = []
    for part in result.parts:
        if part.status == "pending":
            continue
        for function in part.functions:
            tests.append(
                {
                    "name": f"Part {part.number} · {function.name}",
                    "status": "pass" if function.status == PASSED else "fail",
                    "score": function.score,
                    "message": function_feedback(part, function, course),
                    "test_code": f"la4ml grade {part.number}",
                    "filename": posixpath.normpath(posixpath.join(folder, part.module + ".py")),
                }
            )
    passed = all(test["status"] == "pass" for test in tests)
    return {
        "version": 1,
        "status": "pass" if passed else "fail",
        "max_score": result.max_score,
        "tests": tests,
    }


def to_classroom(result: CourseResult, course: Course | None = None) -> str:
    """``la4ml grade --format classroom``."""
    return json.dumps(classroom_result(result, course), ensure_ascii=False) + "\n"
