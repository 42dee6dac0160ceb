"""``la4ml class grade``: every student of a class, in parallel lanes, into a gradebook.

The coordinator finds the submissions, decides which students need grading
(new, changed, or asked for), hands them to the lanes and commits each result
to the gradebook the moment it arrives. A lane that stops answering past a
student's time limit is killed, the student is recorded as ``timeout``, and a
fresh lane takes its place.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

from grader.cohort.gradebook import Gradebook, Grading, now
from grader.cohort.lanes import Lane, Outcome, Task, new_limits
from grader.cohort.roster import Student, read_roster
from grader.cohort.submissions import Discovery, discover
from grader.manifest import Course
from grader.runner import GradeOptions, select_parts
from grader.sandbox.isolation import Isolation, choose
from grader.sandbox.limits import Limits
from grader.version import grader_version

LANE_GRACE = 30.0  # seconds a lane may take beyond a student's limit before it is killed
MAX_MESSAGE = 500


class ClassError(RuntimeError):
    """The class run cannot start; the message says why and what to do."""


@dataclass(frozen=True)
class ClassOptions:
    submissions: Path
    gradebook: Path
    roster: Path | None = None
    seed: int = 0
    parts: tuple[int, ...] = ()
    jobs: int = 1
    student_timeout: float = 300.0
    students: tuple[str, ...] = ()
    force: bool = False
    shard: tuple[int, int] | None = None
    isolation: str = "auto"
    allow_weak_isolation: bool = False
    limits: Limits = field(default_factory=Limits)


@dataclass
class ClassSummary:
    graded: int = 0
    skipped: int = 0
    missing: int = 0
    timeouts: int = 0
    errors: int = 0
    total: int = 0
    not_on_roster: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    run_id: int = 0
    isolation: str = ""


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` with 1 <= K <= N; ValueError otherwise."""
    left, slash, right = text.partition("/")
    if not slash or not left.strip().isdigit() or not right.strip().isdigit():
        raise ValueError(f"--shard must look like K/N (such as 2/8), got {text!r}")
    index, count = int(left), int(right)
    if not 1 <= index <= count:
        raise ValueError(f"--shard {text}: K must be between 1 and N")
    return index, count


def in_shard(student: str, shard: tuple[int, int] | None) -> bool:
    """A stable 1/N of the ids, whatever their order: by the id's hash."""
    if shard is None:
        return True
    index, count = shard
    digest = int.from_bytes(hashlib.sha256(student.encode()).digest()[:8], "big")
    return digest % count == index - 1


def _isolation(options: ClassOptions) -> Isolation:
    chosen = choose(options.isolation)
    if not chosen.strong and not options.allow_weak_isolation:
        raise ClassError(
            f"refusing to grade a class without namespaces: {chosen.reason}. Student code "
            "would run as an ordinary process; install bubblewrap, or pass "
            "--allow-weak-isolation if you accept that"
        )
    return chosen


def _parts_key(course: Course, options: ClassOptions) -> str:
    return ",".join(str(p.number) for p in select_parts(course, options.parts))


def grade_class(
    course: Course,
    options: ClassOptions,
    progress: Callable[[str, Outcome | None, ClassSummary], None] | None = None,
) -> ClassSummary:
    """Grade the class into ``options.gradebook``; every student is committed at once."""
    parts = _parts_key(course, options)
    gradebook = Gradebook(options.gradebook)
    try:
        gradebook.check_writable()
        roster = read_roster(options.roster) if options.roster else {}
        discovery = discover(course, options.submissions)
        chosen = _isolation(options)
        summary = ClassSummary(problems=list(discovery.problems), isolation=chosen.level)
        students = _students(roster, discovery, options, summary)
        gradebook.upsert_students(
            [
                (
                    roster.get(s, Student(s)),
                    s in roster,
                    getattr(discovery.submissions.get(s), "canvas_user", None),
                )
                for s in students
            ]
        )
        version = grader_version()
        run_id = gradebook.start_run(
            seed=options.seed,
            grader_version=version,
            parts=parts,
            shard=f"{options.shard[0]}/{options.shard[1]}" if options.shard else "",
            submissions=str(options.submissions),
            isolation=chosen.level,
            jobs=options.jobs,
        )
        summary.run_id = run_id
        tasks = []
        stamp = {"seed": options.seed, "grader_version": version, "parts": parts}
        for student in students:
            submission = discovery.submissions.get(student)
            content = submission.content_hash if submission else "missing"
            latest = gradebook.latest(student)
            if _unchanged(latest, content, stamp) and not _asked(student, options):
                summary.skipped += 1
                continue
            if submission is None or submission.refused:
                status = "missing" if submission is None else "error"
                reason = "no submission" if submission is None else submission.refused
                gradebook.record(run_id, _empty(student, status, content, stamp, chosen, reason))
                summary.missing += status == "missing"
                summary.errors += status == "error"
                continue
            tasks.append(Task(student, submission.modules, submission.errors))
        summary.total = len(tasks)
        if tasks:
            lanes = _LaneRun(
                course, options, chosen, discovery, gradebook, run_id, summary, stamp, progress
            )
            lanes.run(tasks)
        gradebook.finish_run(run_id)
        return summary
    finally:
        gradebook.close()


def _asked(student: str, options: ClassOptions) -> bool:
    return options.force or student in options.students


def _unchanged(latest, content: str, stamp: dict) -> bool:
    return latest is not None and (
        latest["content_hash"] == content
        and latest["seed"] == stamp["seed"]
        and latest["grader_version"] == stamp["grader_version"]
        and latest["parts"] == stamp["parts"]
    )


def _students(roster, discovery: Discovery, options: ClassOptions, summary) -> list[str]:
    everyone = set(roster) | set(discovery.submissions)
    unknown = sorted(set(options.students) - everyone)
    if unknown:
        raise ClassError(
            f"--student {', '.join(unknown)}: no such student in the roster or the submissions"
        )
    if roster:
        summary.not_on_roster = sorted(set(discovery.submissions) - set(roster))
    return sorted(s for s in everyone if in_shard(s, options.shard))


def _empty(student, status, content, stamp, isolation: Isolation, reason) -> Grading:
    moment = now()
    return Grading(
        student_id=student,
        content_hash=content,
        status=status,
        score=0.0,
        max_score=0.0,
        started_at=moment,
        finished_at=moment,
        duration=0.0,
        isolation=isolation.level,
        problems=[reason],
        flags=[],
        results=[],
        **stamp,
    )


def _grading(outcome: Outcome, submission, stamp, isolation: Isolation, started) -> Grading:
    result = outcome.result or {"score": 0.0, "max_score": 0.0, "parts": [], "flags": []}
    rows = []
    for part in result["parts"]:
        if part["status"] == "pending":
            continue
        for function in part["functions"]:
            failure = next((t for t in function["tests"] if t["outcome"] != "passed"), None)
            message = part["error"] or (failure["message"] if failure else "")
            rows.append(
                {
                    "part": part["number"],
                    "part_status": part["status"],
                    "function": function["name"],
                    "status": function["status"],
                    "score": function["score"],
                    "max_score": function["max_score"],
                    "message": message[:MAX_MESSAGE],
                }
            )
    problems = list(submission.problems) + list(submission.errors.values())
    if outcome.message:
        problems.append(f"the grader failed on this submission: {outcome.message}")
    return Grading(
        student_id=outcome.student,
        content_hash=submission.content_hash,
        status=outcome.status,
        score=float(result["score"]),
        max_score=float(result["max_score"]),
        started_at=started,
        finished_at=now(),
        duration=round(outcome.duration, 3),
        isolation=isolation.level,
        problems=problems,
        flags=result.get("flags", []),
        results=rows,
        **stamp,
    )


class _LaneRun:
    """The state of one run's lanes: who is grading whom, and where results go."""

    def __init__(
        self, course, options, isolation, discovery, gradebook, run_id, summary, stamp, progress
    ):
        self.course, self.options, self.isolation = course, options, isolation
        self.discovery, self.gradebook, self.run_id = discovery, gradebook, run_id
        self.summary, self.stamp, self.progress = summary, stamp, progress
        limits = new_limits(options.limits, options.student_timeout)
        self.grade_options = GradeOptions(
            Path("."), options.parts, options.seed, limits, options.isolation
        )
        self.started: dict[str, str] = {}
        self.failed_starts = 0

    def run(self, tasks: list[Task]) -> None:
        queue = list(reversed(tasks))
        lanes = [self._lane() for _ in range(min(self.options.jobs, len(tasks)))]
        try:
            while queue or any(lane.task for lane in lanes):
                for lane in lanes:
                    if lane.ready and lane.task is None and queue:
                        task = queue.pop()
                        self.started[task.student] = now()
                        lane.send(task)
                ready = wait([lane.connection for lane in lanes], timeout=1.0)
                for index, lane in enumerate(lanes):
                    if lane.connection in ready:
                        lanes[index] = self._receive(lane)
                    elif lane.task is not None and (
                        time.monotonic() - lane.started > self.options.student_timeout + LANE_GRACE
                    ):
                        lanes[index] = self._replace(lane, None)
        finally:
            for lane in lanes:
                lane.stop()

    def _lane(self) -> Lane:
        return Lane(self.course, self.grade_options, self.isolation)

    def _receive(self, lane: Lane) -> Lane:
        try:
            kind, payload = lane.connection.recv()
        except (EOFError, OSError):
            kind, payload = "failed", "the lane process ended"
        if kind == "ready":
            lane.ready = True
        elif kind == "done":
            lane.task = None
            self._store(payload)
        else:
            return self._replace(lane, payload)
        return lane

    def _replace(self, lane: Lane, reason: str | None) -> Lane:
        """A lane died or hung: record its student, and start a fresh lane in its place."""
        task, elapsed = lane.task, time.monotonic() - lane.started
        lane.kill()
        if task is None:
            self.failed_starts += 1
            if self.failed_starts > 3 * self.options.jobs:
                raise ClassError(f"grading lanes keep failing to start: {reason}")
        else:
            status = "timeout" if reason is None else "error"
            message = reason or "grading this student took longer than --student-timeout"
            self._store(Outcome(task.student, status, None, elapsed, message))
        return self._lane()

    def _store(self, outcome: Outcome) -> None:
        submission = self.discovery.submissions[outcome.student]
        started = self.started[outcome.student]
        grading = _grading(outcome, submission, self.stamp, self.isolation, started)
        self.gradebook.record(self.run_id, grading)
        self.summary.graded += outcome.status == "graded"
        self.summary.timeouts += outcome.status == "timeout"
        self.summary.errors += outcome.status == "error"
        if self.progress is not None:
            self.progress(outcome.student, outcome, self.summary)


def summary_json(summary: ClassSummary) -> str:
    return json.dumps(summary.__dict__, indent=2, sort_keys=True)
