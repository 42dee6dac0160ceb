"""The text a student reads under one function in an autograder's report.

Gradescope and GitHub Classroom show one entry per contract function; both
use this text: why the function lost points (its first failing test), and the
first hint from the manifest, the same ones ``la4ml grade`` prints locally.
"""

from __future__ import annotations

import re

from grader.manifest import Course
from grader.results import NOT_STARTED, PASSED, FunctionResult, PartResult

NOT_STARTED_TEXT = "Not started: the function still raises NotImplementedError."
MAX_PRINTED = 500
_CASE_ID = re.compile(r"^\[[^\]\n]*\] ")  # "[2x2-docstring] " before a test's message


def first_hint(course: Course | None, part: PartResult, function: FunctionResult) -> str | None:
    """The manifest's first hint for the function, when the course is known."""
    if course is None:
        return None
    try:
        entry = course.part(part.number).function(function.name)
    except KeyError:
        return None
    return entry.hints[0] if entry is not None and entry.hints else None


def function_feedback(
    part: PartResult, function: FunctionResult, course: Course | None = None
) -> str:
    """Passed, or the first failure (with what the code printed) and a hint."""
    if part.error:
        return _CASE_ID.sub("", part.error)
    if function.status == PASSED:
        count = len(function.tests)
        return f"Passed all {count} test{'s' if count != 1 else ''}."
    lines = []
    if function.status == NOT_STARTED:
        lines.append(NOT_STARTED_TEXT)
    else:
        failures = [t for t in function.tests if t.outcome != PASSED]
        first = failures[0] if failures else None
        if first is not None:
            lines.append(f"{first.name}: {first.message}")
            if first.output:
                printed = first.output[:MAX_PRINTED]
                more = "..." if len(first.output) > MAX_PRINTED else ""
                lines.append(f"printed: {printed}{more}")
        if len(failures) > 1:
            lines.append(f"... and {len(failures) - 1} more failing test(s)")
    hint = first_hint(course, part, function)
    if hint:
        lines.append(f"Hint: {hint}")
    return "\n".join(lines)
