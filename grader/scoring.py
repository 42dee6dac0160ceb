"""From test results to scores: points per function shared by weight, summed per part."""

from __future__ import annotations

from grader.manifest import Part
from grader.results import (
    FAILED,
    IMPORT_ERROR,
    MISSING,
    NOT_STARTED,
    PASSED,
    FunctionResult,
    PartResult,
    TestResult,
)

PENDING_MESSAGE = "this part's hidden suite is not in this version of the grader yet"
NO_REPORT = "the test never reported a result (counted as failed)"
NOT_IMPORTED = "not run: the module did not import (see the part's error)"


def score_function(points: float, name: str, tests: list[TestResult]) -> FunctionResult:
    """Points earned by a function: its points times the passed share of test weight.

    A gated test (one that checks what the function refuses, or how it is
    written, rather than what it returns) counts only in proportion to the
    share of the function's other tests that passed: a function that raises
    on every input earns nothing for raising on the bad ones.
    """
    for test in tests:
        if test.outcome != PASSED and not test.message:
            test.message = NO_REPORT
    total = sum(t.weight for t in tests)
    values = [t for t in tests if not t.gated]
    value_total = sum(t.weight for t in values)
    value_passed = sum(t.weight for t in values if t.outcome == PASSED)
    share = value_passed / value_total if value_total else 0.0
    gated_passed = sum(t.weight for t in tests if t.gated and t.outcome == PASSED)
    passed = sum(t.weight for t in tests if t.outcome == PASSED)
    score = points * (value_passed + share * gated_passed) / total if total else 0.0
    if tests and passed == total:
        status = PASSED
    elif passed == 0 and any(t.outcome == NOT_STARTED for t in tests):
        status = NOT_STARTED
    elif passed == 0 and tests and all(t.outcome == MISSING for t in tests):
        status = MISSING
    else:
        status = FAILED
    return FunctionResult(name, status, round(score, 6), points, tests)


def part_status(score: float, max_score: float, functions: list[FunctionResult]) -> str:
    if score >= max_score - 1e-9:
        return "complete"
    if score > 0:
        return "partial"
    if all(f.status == NOT_STARTED for f in functions):
        return "not_started"
    return "failing"


def score_part(part: Part, tests: list[TestResult], error: str | None = None) -> PartResult:
    """A part's result from its suite's test results; ``error`` zeroes it as an error."""
    functions = []
    for function in part.functions:
        own = [t for t in tests if t.function == function.name]
        if not own:
            own = [
                TestResult(
                    "(no test)",
                    function.name,
                    1.0,
                    FAILED,
                    "the hidden suite has no test for this function (a grader fault)",
                )
            ]
        functions.append(score_function(function.points, function.name, own))
    import_errors = [t.message for t in tests if t.outcome == IMPORT_ERROR]
    if error is None and import_errors:
        error = import_errors[0]
    if error:  # said once, for the part; no test (or case name) of a module that did not run
        for test in tests:
            test.outcome, test.call, test.call_arrays = IMPORT_ERROR, "", {}
            test.message = NOT_IMPORTED
    score = 0.0 if error else sum(f.score for f in functions)
    status = "error" if error else part_status(score, part.max_score, functions)
    return PartResult(
        part.number,
        part.slug,
        part.title,
        part.module,
        status,
        round(score, 6),
        part.max_score,
        error,
        functions,
    )


def missing_part(part: Part, path: str) -> PartResult:
    """A part whose module file is not in the workspace."""
    functions = [FunctionResult(f.name, MISSING, 0.0, f.points, []) for f in part.functions]
    return PartResult(
        part.number,
        part.slug,
        part.title,
        part.module,
        "missing",
        0.0,
        part.max_score,
        f"{path} does not exist",
        functions,
    )


def pending_part(part: Part) -> PartResult:
    """A part whose hidden suite is not written yet: not graded, not counted in the total."""
    return PartResult(
        part.number,
        part.slug,
        part.title,
        part.module,
        "pending",
        0.0,
        part.max_score,
        PENDING_MESSAGE,
        [],
    )


def error_part(part: Part, message: str) -> PartResult:
    """A part whose module exists but cannot be graded at all (a link, a huge file)."""
    functions = [FunctionResult(f.name, FAILED, 0.0, f.points, []) for f in part.functions]
    return PartResult(
        part.number,
        part.slug,
        part.title,
        part.module,
        "error",
        0.0,
        part.max_score,
        message,
        functions,
    )
