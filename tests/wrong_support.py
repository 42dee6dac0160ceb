"""The catalogue of plausible wrong answers in tests/wrong, read and graded.

Each ``wrong/<module>/<function>__<mistake>.py`` starts with a header that names
its cause::

    # Mistake: <one sentence: what this wrong answer does>
    # Clue: <word or phrase> | <another> ...

(a long line continues on lines that start with ``#   ``). :class:`WrongAnswers`
grades each one appended to its part's reference solution, all answers of a
part with one warm parent, and keeps the results for the session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from grader.manifest import Course
from grader.results import PartResult
from grader.runner import GradeOptions, grade
from grader.sandbox.host import WarmParent
from grader.sandbox.isolation import choose
from grader.sandbox.limits import Limits

WRONG = Path(__file__).with_name("wrong")
CASES = sorted(WRONG.glob("*/*__*.py"))
_FIELD = re.compile(r"# (Mistake|Clue): (.*)")


def case_id(path: Path) -> str:
    return f"{path.parent.name}:{path.stem}"


@dataclass(frozen=True)
class Header:
    mistake: str
    clues: tuple[str, ...]


def read_header(path: Path) -> Header | None:
    """The Mistake and Clue fields at the top of a wrong answer, or None without them."""
    fields: dict[str, str] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _FIELD.fullmatch(line)
        if match and match.group(1) not in fields:
            current = match.group(1)
            fields[current] = match.group(2).strip()
        elif current and line.startswith("#   "):
            fields[current] += " " + line[4:].strip()
        else:
            break
    if set(fields) != {"Mistake", "Clue"}:
        return None
    clues = tuple(c.strip() for c in fields["Clue"].split("|") if c.strip())
    return Header(fields["Mistake"], clues)


def source_of(path: Path, solutions: Path) -> str:
    """The reference solution of the part with the wrong answer appended (it replaces one)."""
    solution = (solutions / f"{path.parent.name}.py").read_text(encoding="utf-8")
    return solution + "\n\n" + path.read_text(encoding="utf-8")


class WrongAnswers:
    """Grades wrong answers on demand, a whole part at a time, and remembers the results."""

    def __init__(self, course: Course, solutions: Path, scratch: Path):
        self.course = course
        self.solutions = solutions
        self.scratch = scratch
        self._results: dict[Path, PartResult] = {}

    def result(self, path: Path) -> PartResult:
        """The graded part whose module is the solution with ``path`` appended."""
        if path not in self._results:
            self._grade_module(path.parent.name)
        return self._results[path]

    def _grade_module(self, module: str) -> None:
        part = next(p for p in self.course.parts if p.module == module)
        limits = Limits()
        parent = WarmParent(limits, choose("auto"))
        try:
            for path in (p for p in CASES if p.parent.name == module):
                workspace = self.scratch / f"{module}-{path.stem}"
                workspace.mkdir()
                (workspace / part.filename).write_text(
                    source_of(path, self.solutions), encoding="utf-8"
                )
                options = GradeOptions(workspace=workspace, parts=(part.number,), limits=limits)
                self._results[path] = grade(self.course, options, parent=parent).parts[0]
        finally:
            parent.close()
