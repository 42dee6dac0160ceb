"""``la4ml verify``: the authors' check that exercises, solutions, suites and manifest agree.

For every part it checks that
- the stub and the solution define the same public functions, with the same
  signatures and the same docstrings (read with ``ast``: nothing is imported),
- the manifest lists exactly those functions, in the same order, with hints,
- every stub raises NotImplementedError and nothing else,
- every docstring states what the suite and the manifest enforce beyond values:
  rules on how the function is written, forbidden routines, inputs left
  unchanged (:mod:`grader.contract`),
and then it grades both directories: every solution must score full marks and
every stub 0 with all functions ``not_started``. A part whose hidden suite is
not written yet is reported as pending; ``strict`` makes that a problem too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from grader.contract import contract_problems
from grader.manifest import Course, Part
from grader.results import NOT_STARTED, PASSED, CourseResult
from grader.runner import GradeOptions, grade


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    checked: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def public_functions(path: Path) -> dict[str, tuple[str, str | None, ast.FunctionDef]]:
    """name -> (signature text, docstring, node) for the module's public top-level functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {
        node.name: (ast.unparse(node.args), ast.get_docstring(node), node)
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }


def _is_stub_body(node: ast.FunctionDef) -> bool:
    body = node.body[1:] if ast.get_docstring(node) is not None else node.body
    return (
        len(body) == 1
        and isinstance(body[0], ast.Raise)
        and isinstance(body[0].exc, (ast.Name, ast.Call))
        and "NotImplementedError" in ast.unparse(body[0].exc)
    )


def check_sources(part: Part, exercises: Path, solutions: Path, report: Report) -> None:
    """Compare stub, solution and manifest for one part without importing anything."""
    stub_path, solution_path = exercises / part.filename, solutions / part.filename
    where = f"part {part.number} ({part.module})"
    if not stub_path.is_file():
        report.problems.append(f"{where}: the stub {stub_path} is missing")
        return
    try:
        stub = public_functions(stub_path)
    except SyntaxError as error:
        report.problems.append(f"{where}: {stub_path} line {error.lineno}: {error.msg}")
        return
    listed = [f.name for f in part.functions]
    if list(stub) != listed:
        report.problems.append(
            f"{where}: the manifest lists {listed} but {stub_path} defines {list(stub)}"
        )
    for name, (_, docstring, node) in stub.items():
        if not docstring:
            report.problems.append(f"{where}: {name} in {stub_path} has no docstring")
        if not _is_stub_body(node):
            report.problems.append(
                f"{where}: {name} in {stub_path} must only raise NotImplementedError"
            )
    report.problems += contract_problems(part, {name: doc for name, (_, doc, _) in stub.items()})
    if not solution_path.is_file():
        if part.suite_path.is_file():
            report.problems.append(f"{where}: the solution {solution_path} is missing")
        return
    try:
        solution = public_functions(solution_path)
    except SyntaxError as error:
        report.problems.append(f"{where}: {solution_path} line {error.lineno}: {error.msg}")
        return
    if set(solution) != set(stub):
        report.problems.append(
            f"{where}: public functions differ: stub {sorted(stub)}, solution {sorted(solution)}"
        )
    for name in sorted(set(stub) & set(solution)):
        if stub[name][0] != solution[name][0]:
            report.problems.append(
                f"{where}: {name} has signature ({stub[name][0]}) in the stub but "
                f"({solution[name][0]}) in the solution"
            )
        if stub[name][1] != solution[name][1]:
            report.problems.append(
                f"{where}: {name} has different docstrings in stub and solution"
            )


def check_gates(solved: CourseResult, report: Report) -> None:
    """A test is marked gated exactly when the solution's calls in it all raised (or none ran).

    Such a test checks a refusal or a rule, and the scorer counts it only in
    proportion to the function's value tests passed; every function needs at
    least one test where the solution returns a value.
    """
    for part in solved.parts:
        for function in part.functions:
            if function.tests and all(t.gated for t in function.tests):
                report.problems.append(
                    f"part {part.number}: {function.name} has only gated tests; a function "
                    "needs a test of the values it returns"
                )
            for test in function.tests:
                if test.outcome != PASSED:
                    continue
                if test.gated and test.returned_calls:
                    report.problems.append(
                        f"part {part.number}: {test.name} is marked gated but the solution "
                        f"returned a value {test.returned_calls} time(s) in it"
                    )
                elif not test.gated and not test.returned_calls:
                    report.problems.append(
                        f"part {part.number}: {test.name} checks only refusals or rules (the "
                        "solution never returned a value in it): mark it @pytest.mark.gated"
                    )


def check_grades(solved: CourseResult, stubs: CourseResult, report: Report) -> None:
    """Every solution scores full marks; every stub scores 0 with every function not started."""
    check_gates(solved, report)
    for part in solved.parts:
        if part.status != "complete":
            detail = part.error or "; ".join(
                f"{f.name}: {f.first_failure.message}"
                for f in part.functions
                if f.status != PASSED and f.first_failure
            )
            report.problems.append(
                f"part {part.number}: the solution scores {part.score:g}/{part.max_score:g} "
                f"({detail})"
            )
    for part in stubs.parts:
        started = [f.name for f in part.functions if f.status != NOT_STARTED]
        if part.score != 0 or started:
            report.problems.append(
                f"part {part.number}: the stub scores {part.score:g} and these functions are not "
                f"'not_started': {', '.join(started) or '(none)'} {part.error or ''}".rstrip()
            )


def verify(course: Course, exercises: Path, solutions: Path, strict: bool = False) -> Report:
    """Run every check; the report lists each problem in words an author can act on."""
    report = Report()
    for part in course.parts:
        check_sources(part, exercises, solutions, report)
        (report.checked if part.suite_path.is_file() else report.pending).append(part.number)
    if strict and report.pending:
        report.problems.append(
            f"parts without a hidden suite: {', '.join(map(str, report.pending))}"
        )
    if report.checked:
        numbers = tuple(report.checked)
        solved = grade(course, GradeOptions(workspace=solutions, parts=numbers))
        stubs = grade(course, GradeOptions(workspace=exercises, parts=numbers))
        check_grades(solved, stubs, report)
    return report
