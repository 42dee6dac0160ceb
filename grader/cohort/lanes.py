"""Grading lanes: worker processes that each keep one warm parent and grade many students.

A lane is forked from the coordinator once, after every import, and owns one
:class:`~grader.sandbox.host.WarmParent` for its whole life: a student costs a
pytest session and a few forks, never a new interpreter. The coordinator sends
a task (a student's modules) over a pipe and gets back plain data; it alone
writes the gradebook.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from grader.manifest import Course
from grader.results import CourseResult
from grader.runner import GradeOptions, grade
from grader.sandbox.host import WarmParent
from grader.sandbox.isolation import Isolation
from grader.sandbox.limits import Limits, die_with_parent
from grader.scoring import error_part

RUN_LIMIT_TEXT = "the time limit of the whole run"


@dataclass
class Task:
    student: str
    modules: dict[str, bytes]
    errors: dict[str, str]


@dataclass
class Outcome:
    """What a lane sends back for one student."""

    student: str
    status: str  # graded, timeout or error
    result: dict | None
    duration: float
    message: str = ""


def _materialize(workspace: Path, task: Task) -> None:
    for entry in workspace.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for name, data in task.modules.items():
        (workspace / name).write_bytes(data)


def _apply_errors(course: Course, result: CourseResult, errors: dict[str, str]) -> None:
    """Parts whose file could not be used at all become errors with the reason."""
    for index, part_result in enumerate(result.parts):
        part = course.part(part_result.number)
        if part.filename in errors:
            result.parts[index] = error_part(part, errors[part.filename])
    graded = [p for p in result.parts if p.status != "pending"]
    result.score = round(sum(p.score for p in graded), 6)


def grade_task(
    course: Course, options: GradeOptions, parent: WarmParent, workspace: Path, task: Task
) -> Outcome:
    started = time.perf_counter()
    try:
        _materialize(workspace, task)
        shown = f"{task.student}"
        result = grade(course, GradeOptions(workspace, *_rest(options), shown), parent=parent)
        _apply_errors(course, result, task.errors)
    except Exception as error:  # a grader fault: recorded for this student, the run goes on
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        return Outcome(task.student, "error", None, time.perf_counter() - started, detail)
    timed_out = any(
        RUN_LIMIT_TEXT in test.message
        for part in result.parts
        for function in part.functions
        for test in function.tests
    )
    status = "timeout" if timed_out else "graded"
    return Outcome(task.student, status, result.to_dict(), time.perf_counter() - started)


def _rest(options: GradeOptions) -> tuple:
    return (options.parts, options.seed, options.limits, options.isolation)


def _lane_main(
    connection, course: Course, options: GradeOptions, isolation: Isolation, coordinator: int
) -> None:
    os.setpgrp()  # the coordinator can end a stuck lane and all it started at once
    # Out of the coordinator's group, a lane would outlive a coordinator killed with
    # SIGKILL (its own copy of the pipe keeps it waiting): the kernel ends it instead.
    die_with_parent(coordinator)
    workspace = Path(tempfile.mkdtemp(prefix="la4ml-lane-"))
    parent = None
    try:
        parent = WarmParent(options.limits, isolation)
        connection.send(("ready", None))
        while True:
            try:
                task = connection.recv()
            except EOFError:
                return
            if task is None:
                return
            connection.send(("done", grade_task(course, options, parent, workspace, task)))
    except Exception as error:
        with contextlib.suppress(OSError):
            connection.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        if parent is not None:
            with contextlib.suppress(Exception):
                parent.close()
        shutil.rmtree(workspace, ignore_errors=True)


class Lane:
    """The coordinator's handle on one lane process."""

    def __init__(self, course: Course, options: GradeOptions, isolation: Isolation):
        context = multiprocessing.get_context("fork")
        self.connection, theirs = context.Pipe()
        self.process = context.Process(
            target=_lane_main,
            args=(theirs, course, options, isolation, os.getpid()),
            daemon=True,
        )
        self.process.start()
        theirs.close()
        self.task: Task | None = None
        self.started = 0.0
        self.ready = False

    def send(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.connection.send(task)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.join(5)
        self.connection.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.send(None)
        self.process.join(10)
        if self.process.is_alive():
            self.kill()
        else:
            self.connection.close()


def new_limits(limits: Limits, student_timeout: float) -> Limits:
    """The sandbox limits of a class run: the whole run's deadline is per student."""
    return Limits(**{**limits.to_dict(), "run_timeout": student_timeout})
