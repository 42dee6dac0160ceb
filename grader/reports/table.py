"""The terminal report: a course table, a per-part checklist and a live progress line."""

from __future__ import annotations

import sys

import click

from grader.manifest import Course
from grader.results import NOT_STARTED, PASSED, CourseResult, FunctionResult, PartResult

STATUS_STYLE = {
    "complete": ("complete", "green"),
    "partial": ("partial", "yellow"),
    "failing": ("failing", "red"),
    "not_started": ("not started", None),
    "missing": ("missing", "red"),
    "error": ("error", "red"),
    "pending": ("pending", None),
}
FUNCTION_MARK = {
    "passed": ("✓", "green"),
    "failed": ("✗", "red"),
    "not_started": ("·", None),
    "missing": ("?", "red"),
}


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _score(score: float, max_score: float) -> str:
    return f"{_points(score)}/{_points(max_score)}"


def _style(text: str, colour: str | None, color: bool, bold: bool = False) -> str:
    return click.style(text, fg=colour, bold=bold) if color and (colour or bold) else text


def render_table(result: CourseResult, course: Course, color: bool) -> str:
    """One line per graded part, then the total and what to do next."""
    width = max(len(p.title) for p in result.parts)
    lines = [_style(course.title, None, color, bold=True), ""]
    lines.append(f"  {'#':>2}  {'Part':<{width}}  {'Status':<11}  {'Score':>9}")
    for part in result.parts:
        label, colour = STATUS_STYLE[part.status]
        status = _style(f"{label:<11}", colour, color)
        score = "-" if part.status == "pending" else _score(part.score, part.max_score)
        percent = "" if part.status == "pending" else f"{part.percent:5.1f}%"
        lines.append(f"  {part.number:>2}  {part.title:<{width}}  {status}  {score:>9}  {percent}")
    lines.append("")
    lines.append(
        f"  Total: {_score(result.score, result.max_score)} ({result.percent:.1f}%) "
        f"in {result.duration:.2f} s"
    )
    errors = [p for p in result.parts if p.status == "error"]
    for part in errors:
        text = f"Part {part.number}: {part.error}".replace("\n", "\n  ")
        lines.append(_style(f"  {text}", "red", color))
    pending = [p.number for p in result.parts if p.status == "pending"]
    if pending:
        lines.append(
            f"  Pending (no hidden suite yet, not counted): parts {', '.join(map(str, pending))}"
        )
    todo = next((p for p in result.parts if p.status not in ("complete", "pending")), None)
    if todo is not None:
        lines.append(f"  Next: la4ml grade {todo.number}   ({todo.title})")
    return "\n".join(lines)


def _function_lines(
    function: FunctionResult, hint: str | None, verbose: bool, color: bool
) -> list[str]:
    mark, colour = FUNCTION_MARK[function.status]
    head = f"  {_style(mark, colour, color)} {function.name:<28} "
    head += f"{_score(function.score, function.max_score):>9}"
    if function.status == NOT_STARTED:
        head += "  not started"
    lines = [head]
    if function.status in (PASSED, NOT_STARTED):
        return lines
    failures = [t for t in function.tests if t.outcome != PASSED]
    for test in failures if verbose else failures[:1]:
        lines.append(f"      {_style(test.name, None, color, bold=True)}: {test.message}")
        if test.output and verbose:
            lines.append(
                "      printed: " + test.output.strip().replace("\n", "\n               ")
            )
        if test.call and verbose:
            lines.append("      to repeat this call, run in Python from your workspace folder:")
            lines += [f"          {line}" for line in test.call.splitlines()]
    if not verbose and len(failures) > 1:
        lines.append(f"      ... and {len(failures) - 1} more failing test(s); -v shows them all")
    if hint:
        lines.append(_style(f"      Hint: {hint}", "cyan", color))
    return lines


def render_checklist(part: PartResult, course: Course, verbose: bool, color: bool) -> str:
    """A part's functions as a checklist, with the first failure of each and its first hint."""
    label, colour = STATUS_STYLE[part.status]
    title = f"Part {part.number} · {part.title}"
    lines = [
        f"{_style(title, None, color, bold=True)}   {_style(label, colour, color)}  "
        f"{_score(part.score, part.max_score)} ({part.percent:.0f}%)"
    ]
    if part.error:
        lines.append(_style("  " + part.error.replace("\n", "\n  "), "red", color))
    if part.status == "error":
        count = len(part.functions)
        lines.append(
            f"  Fix it and grade again: none of the {count} functions can be checked until "
            "the module imports."
        )
        return "\n".join(lines)
    manifest_part = course.part(part.number)
    for function in part.functions:
        entry = manifest_part.function(function.name)
        hint = entry.hints[0] if entry and function.status != PASSED else None
        lines.extend(_function_lines(function, hint, verbose, color))
    if part.status in ("partial", "failing", "not_started"):
        lines.append(f"  More help: la4ml hint {part.number} FUNCTION")
    return "\n".join(lines)


def render_case(result: CourseResult, name: str, color: bool) -> str:
    """``la4ml grade N --case NAME``: how that one case went, and how to repeat it."""
    lines = []
    for part in result.parts:
        if part.status == "error":
            lines.append(_style(f"Part {part.number}: {part.error}", "red", color))
        for function in part.functions:
            for test in function.tests:
                if test.case_outcome in (None, "not run"):
                    continue
                passed = test.case_outcome == "passed"
                mark = _style("✓" if passed else "✗", "green" if passed else "red", color)
                lines.append(f"{mark} [{name}] in {test.name} ({function.name})")
                if not passed:
                    lines.append(f"    {test.case_outcome}")
                    if test.call:
                        lines.append("    to repeat this call, run in Python from your workspace:")
                        lines += [f"        {line}" for line in test.call.splitlines()]
    if not lines:
        numbers = ", ".join(str(p.number) for p in result.parts)
        lines.append(
            f"No case named {name!r} ran in part(s) {numbers}. Case names are the words in "
            "brackets at the start of a failure, such as [singular-3x3]."
        )
    return "\n".join(lines)


def notices(result: CourseResult, color: bool) -> list[str]:
    """What the reader must know about how the run was isolated, and flags to look at."""
    lines = []
    if result.isolation != "namespaces":
        lines.append(
            _style(
                f"  Isolation: rlimits only ({result.isolation_reason or 'no namespaces'}). "
                "Your code ran as an ordinary process with limits: fine for practice, "
                "not for grading a class.",
                "yellow",
                color,
            )
        )
    if result.flags:
        lines.append(_style(f"  Flags for the instructor: {len(result.flags)}", "yellow", color))
        for flag in result.flags[:5]:
            where = f", line {flag.line}" if flag.line else ""
            lines.append(f"    part {flag.part}{where}: {flag.detail}")
        if len(result.flags) > 5:
            lines.append(f"    ... and {len(result.flags) - 5} more (--format json lists them)")
    return lines


def render(result: CourseResult, course: Course, verbose: bool, color: bool) -> str:
    """A checklist for a single part, a table for several (with checklists under -v)."""
    extra = notices(result, color)
    tail = ("\n" + "\n".join(extra)) if extra else ""
    if len(result.parts) == 1:
        return render_checklist(result.parts[0], course, verbose, color) + tail
    text = render_table(result, course, color) + tail
    if verbose:
        checklists = [
            render_checklist(p, course, True, color)
            for p in result.parts
            if p.status not in ("complete", "pending")
        ]
        text += "\n\n" + "\n\n".join(checklists) if checklists else ""
    return text


class Progress:
    """A live 'grading part N: k tests' line on a terminal's stderr; silent when piped."""

    def __init__(self, total_tests: int | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.done = 0
        self.failed = 0

    def __call__(self, run, result) -> None:
        if not self.enabled:
            return
        self.done += 1
        self.failed += result.outcome != PASSED
        self.stream.write(
            f"\r\033[Kgrading part {run.part.number:>2} · {self.done} tests, "
            f"{self.failed} not passing"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\033[K")
            self.stream.flush()
