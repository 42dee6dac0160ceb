"""Gradescope's autograder ``results.json``: one test entry per contract function.

The format is Gradescope's published specification
(https://gradescope-autograders.readthedocs.io/en/latest/specs/), which
``grader/schemas/gradescope-results.schema.json`` writes down as a JSON Schema.
"""

from __future__ import annotations

import json
import math

from grader.manifest import Course
from grader.reports.feedback import function_feedback
from grader.results import PASSED, CourseResult

VISIBILITIES = ("hidden", "after_due_date", "after_published", "visible")
WEAK_ISOLATION_NOTE = (
    "isolation: rlimits only (no namespaces): the student's code ran as an ordinary "
    "process with resource limits"
)


def summary(result: CourseResult, notes: tuple[str, ...] = ()) -> str:
    """The top-level output: the total, each part's score and status, and any notes."""
    lines = [f"la4ml: {result.score:g}/{result.max_score:g} points ({result.percent:.1f}%)"]
    for part in result.parts:
        if part.status == "pending":
            continue
        status = part.status.replace("_", " ")
        lines.append(
            f"  Part {part.number} · {part.title}: {part.score:g}/{part.max_score:g} ({status})"
        )
    lines += notes
    if result.isolation != "namespaces":
        lines.append(WEAK_ISOLATION_NOTE)
    return "\n".join(lines)


def results(
    result: CourseResult,
    course: Course | None = None,
    visibility: dict[int, str] | None = None,
    default_visibility: str = "visible",
    notes: tuple[str, ...] = (),
) -> dict:
    """results.json as plain data; ``visibility`` sets it per part number."""
    visibility = visibility or {}
    tests = []
    for part in result.parts:
        if part.status == "pending":
            continue
        for index, function in enumerate(part.functions, start=1):
            tests.append(
                {
                    "name": f"Part {part.number} · {function.name}",
                    "number": f"{part.number}.{index}",
                    "score": function.score,
                    "max_score": function.max_score,
                    "status": "passed" if function.status == PASSED else "failed",
                    "output": function_feedback(part, function, course),
                    "visibility": visibility.get(part.number, default_visibility),
                }
            )
    return {
        "score": result.score,
        "execution_time": math.ceil(result.duration),
        "output": summary(result, notes),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "extra_data": {"isolation": result.isolation, "max_score": result.max_score},
        "tests": tests,
    }


def crash_results(message: str) -> dict:
    """results.json for a run in which the grader itself failed: 0, and a message."""
    return {"score": 0.0, "output": message, "stdout_visibility": "hidden", "tests": []}


def to_gradescope(result: CourseResult, course: Course | None = None) -> str:
    """``la4ml grade --format gradescope``: every part visible."""
    return json.dumps(results(result, course), indent=2, ensure_ascii=False) + "\n"
