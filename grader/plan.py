"""What a grading run will do, decided before pytest is imported.

The command line reads its options, picks the parts, and decides how many
lanes the run needs from the students' sources alone (parsed, never run).
When one lane will do (one part, or a workspace where at most one part has
work), the warm parent can start booting at once, while the harness is
still importing pytest and the suites: its boot (bubblewrap, an interpreter,
numpy) then costs no waiting. No student code runs in a warm parent, so
starting it before the suites are verified gives nothing away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from grader import inventory, student_files
from grader.manifest import Course, Part
from grader.sandbox.host import WarmParent
from grader.sandbox.isolation import choose
from grader.sandbox.limits import Limits
from grader.syntax import untouched_stubs


@dataclass(frozen=True)
class GradeOptions:
    """How to grade: where the student's modules are, the sandbox's limits and isolation.

    ``isolation`` is "auto" (namespaces where the machine allows them),
    "namespaces" (required: an error otherwise) or "rlimits".
    """

    workspace: Path
    parts: tuple[int, ...] = ()
    seed: int = 0
    limits: Limits = field(default_factory=Limits)
    isolation: str = "auto"
    shown_as: str | None = None  # how messages name the workspace (default: its path)
    only_case: str | None = None  # `--case NAME`: report that case; other cases cannot fail

    def shown(self, filename: str) -> str:
        """A module's path as reports show it."""
        base = self.shown_as if self.shown_as is not None else str(self.workspace)
        return f"{base}/{filename}" if base not in ("", ".") else filename


def select_parts(course: Course, numbers: tuple[int, ...]) -> list[Part]:
    """The parts to grade, in course order; all of them when ``numbers`` is empty."""
    if not numbers:
        return list(course.parts)
    known = {p.number for p in course.parts}
    unknown = sorted(set(numbers) - known)
    if unknown:
        raise ValueError(
            f"no part {', '.join(map(str, unknown))}: parts are {min(known)} to {max(known)}"
        )
    return [p for p in course.parts if p.number in set(numbers)]


def present_parts(course: Course, options: GradeOptions) -> list[Part]:
    """The selected parts that have a hidden suite and a module in the workspace."""
    return [
        part
        for part in select_parts(course, options.parts)
        if part.suite_path.is_file() and student_files.exists(options.workspace, part.filename)
    ]


def busy_parts(workspace: Path, parts: list[Part]) -> list[Part]:
    """The parts whose module has a function that is not still its stub (read, never run)."""
    busy = []
    for part in parts:
        try:
            source = student_files.decode_source(
                student_files.read_module(workspace, part.filename)
            )
        except OSError:
            source = None
        if source is None or len(untouched_stubs(source, part)) < len(part.functions):
            busy.append(part)
    return busy


def shipped_stub_source(workspace: Path, part: Part) -> bytes | None:
    """The part's module if it is byte for byte the stub la4ml ships; None otherwise."""
    try:
        source = student_files.read_module(workspace, part.filename)
    except OSError:
        return None
    return source if inventory.is_shipped_stub(part, source) else None


def lane_count(workspace: Path, present: list[Part], lanes: int) -> int:
    """Lanes worth using: a second lane costs a second warm parent, so only with shared work."""
    if lanes > 1 and len(present) > 1 and len(busy_parts(workspace, present)) >= 2:
        return lanes
    return 1


def start_warm_parent(course: Course, options: GradeOptions, lanes: int) -> WarmParent | None:
    """A warm parent booting now, for a run that will grade in one lane; None otherwise.

    The caller hands it to :func:`grader.runner.grade` (``warm=``), which closes it.
    """
    present = present_parts(course, options)
    if lane_count(options.workspace, present, lanes) > 1:
        return None
    if all(shipped_stub_source(options.workspace, part) is not None for part in present):
        return None  # nothing will run in a sandbox
    return WarmParent(options.limits, choose(options.isolation, probe=False))
