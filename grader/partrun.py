"""What the harness knows about one part while it is graded."""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.manifest import Part
from grader.proxy import StudentModule
from grader.results import TestResult
from grader.sandbox.module import ModuleSandbox


@dataclass
class PartRun:
    """One part being graded: its sandbox, and its tests by node id (collection order)."""

    part: Part
    sandbox: ModuleSandbox
    student: StudentModule | None = None
    tests: dict[str, TestResult] = field(default_factory=dict)
    collection_errors: list[str] = field(default_factory=list)
    stubs: set[str] = field(default_factory=set)  # functions whose body only raises, unchanged
