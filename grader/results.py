"""The results of a grading run: tests, functions, parts and the course."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# A test fails in one of these ways; the first three decide a function's status.
NOT_STARTED = "not_started"
MISSING = "missing"
IMPORT_ERROR = "import_error"
FAILED = "failed"
PASSED = "passed"

FUNCTION_STATUSES = (PASSED, FAILED, NOT_STARTED, MISSING)
MAX_MESSAGE_CHARS = 1200  # a test's message in a report


def cut(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``text`` with anything past ``limit`` characters replaced by a count."""
    return text if len(text) <= limit else text[:limit] + f"... [{len(text) - limit} more]"


def not_started_message(function: str) -> str:
    """What a test of a function that is still its stub says."""
    return f"{function}() is not implemented yet: it raises NotImplementedError"


PART_STATUSES = ("complete", "partial", "failing", "not_started", "missing", "error", "pending")


@dataclass
class TestResult:
    """One test item of a hidden suite."""

    name: str
    function: str
    weight: float
    outcome: str = FAILED
    message: str = ""
    output: str = ""
    gated: bool = False  # checks a refusal or a rule: counts only as the value tests pass
    call: str = ""  # Python that reproduces the call that failed (CASE_FILE: see arrays)
    returned_calls: int = 0  # calls of the student's code that returned (not reported)
    call_arrays: dict = field(default_factory=dict, repr=False)  # large inputs (not reported)
    case_outcome: str | None = None  # with --case: "passed", a failure, or None if not run


@dataclass
class FunctionResult:
    """A contract function: its points and the tests that earned them."""

    name: str
    status: str
    score: float
    max_score: float
    tests: list[TestResult] = field(default_factory=list)

    @property
    def first_failure(self) -> TestResult | None:
        return next((t for t in self.tests if t.outcome != PASSED), None)


@dataclass
class PartResult:
    """One part of the course: the sum of its functions."""

    number: int
    slug: str
    title: str
    module: str
    status: str
    score: float
    max_score: float
    error: str | None = None
    functions: list[FunctionResult] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0


@dataclass
class Flag:
    """Something an instructor should look at: a bypass attempt, never a score by itself."""

    part: int
    kind: str
    detail: str
    function: str | None = None
    line: int | None = None


FLAG_KINDS = ("forbidden-routine", "suspicious-code", "unreadable-source", "bad-reply")


@dataclass
class CourseResult:
    """A whole grading run."""

    score: float
    max_score: float
    parts: list[PartResult]
    workspace: str = ""
    seed: int = 0
    duration: float = 0.0
    isolation: str = "rlimits"
    flags: list[Flag] = field(default_factory=list)
    isolation_reason: str = ""  # why namespaces were not used (shown, not serialised)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    def to_dict(self) -> dict:
        """Plain data in the documented JSON schema (grader/schemas/report.schema.json)."""
        data = asdict(self)
        del data["isolation_reason"]
        data["percent"] = round(self.percent, 2)
        for part, part_data in zip(self.parts, data["parts"], strict=False):
            part_data["percent"] = round(part.percent, 2)
            for function in part_data["functions"]:
                for test in function["tests"]:
                    for internal in ("returned_calls", "call_arrays", "case_outcome"):
                        del test[internal]
        return data
