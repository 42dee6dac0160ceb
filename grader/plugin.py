"""The pytest plugin of the harness: fixtures for suites and strict result collection.

Results are gathered here, from pytest's hooks, test item by test item; the
grader never reads pytest's exit code or printed output. A test passes only if
its setup, call and teardown all reported success. Every collected test must
report, and a test that is skipped, errors or never runs counts as failed.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from grader.checks import CheckFailed, Expect
from grader.manifest import Part
from grader.outcomes import FunctionMissing, ImportFailed, NotStarted, StudentCodeError
from grader.partrun import PartRun
from grader.proxy import StudentModule
from grader.results import (
    FAILED,
    IMPORT_ERROR,
    MISSING,
    NOT_STARTED,
    PASSED,
    TestResult,
    cut,
    not_started_message,
)
from grader.sandbox.host import SandboxUnavailable
from grader.syntax import parses, untouched_stubs


class SuiteError(RuntimeError):
    """A hidden suite is broken: a grader fault, never the student's."""


def register_markers(config) -> None:
    """Declare the markers the hidden suites use."""
    config.addinivalue_line("markers", "function(name): the contract function a test checks")
    config.addinivalue_line("markers", "weight(w): the test's share of the function's points")
    config.addinivalue_line(
        "markers",
        "gated: the test checks a refusal or a rule, not a returned value; its points "
        "count only in proportion to the function's other tests passed",
    )
    config.addinivalue_line(
        "markers",
        "rule(*phrases): the test enforces a rule read from the student's source; each "
        "phrase is written in the function's docstring (grader.contract checks it)",
    )


def unrun_result(item, part: Part) -> TestResult:
    """The result, not yet run, of a collected test item; SuiteError if its markers are wrong."""
    marker = item.get_closest_marker("function")
    if marker is None or not marker.args:
        raise SuiteError(f"{item.nodeid} has no @pytest.mark.function(name) marker")
    name = marker.args[0]
    if part.function(name) is None:
        raise SuiteError(f"{item.nodeid} checks {name!r}, which part {part.number} does not list")
    weight_marker = item.get_closest_marker("weight")
    weight = float(weight_marker.args[0]) if weight_marker else 1.0
    if not weight > 0:
        raise SuiteError(f"{item.nodeid} has a weight of {weight}; weights are positive")
    return TestResult(
        name=item.name,
        function=name,
        weight=weight,
        gated=item.get_closest_marker("gated") is not None,
    )


def _failure_kind(error: BaseException) -> str:
    if isinstance(error, NotStarted):
        return NOT_STARTED
    if isinstance(error, FunctionMissing):
        return MISSING
    if isinstance(error, ImportFailed):
        return IMPORT_ERROR
    return FAILED


def _failure_message(error: BaseException) -> str:
    if isinstance(error, (StudentCodeError, AssertionError)):
        return str(error) or "a check failed"
    if isinstance(error, pytest.skip.Exception):
        return f"the test was skipped ({error.msg}); a skipped test counts as failed"
    if isinstance(error, pytest.fail.Exception):
        return error.msg or "the test failed"
    return f"the grader could not check the result ({type(error).__name__}: {error})"


class GradingPlugin:
    """Registered with ``pytest.main(plugins=[...])`` for one grading session."""

    def __init__(
        self,
        runs: dict[Path, PartRun],
        seed: int,
        progress: Callable[[PartRun, TestResult], None] | None = None,
        only_case: str | None = None,
    ):
        self.runs = runs
        self.only_case = only_case
        self.seed = seed
        self.progress = progress
        self._phases: dict[str, list[bool]] = {}
        self.suite_error: SuiteError | None = None
        self.sandbox_error: SandboxUnavailable | None = None
        self._by_path: dict = {}
        self._returned_before: dict[str, int] = {}
        self._expects: dict[str, Expect] = {}

    # ------------------------------------------------------------ collection

    def pytest_configure(self, config):
        register_markers(config)

    def _run_for(self, path) -> PartRun | None:
        if path not in self._by_path:
            self._by_path[path] = self.runs.get(Path(path).resolve())
        return self._by_path[path]

    def pytest_collectreport(self, report):
        if not report.failed:
            return
        filename = Path(report.nodeid.split("::")[0]).name
        lines = str(report.longrepr).strip().splitlines()
        message = lines[-1] if lines else "collection failed"
        for path, run in self.runs.items():
            if path.name == filename:
                run.collection_errors.append(message)

    def pytest_collection_modifyitems(self, session, config, items):
        try:
            self._register(items)
        except SuiteError as error:
            self.suite_error = error
            items[:] = []

    def pytest_collection_finish(self, session):
        """Every suite is imported: start the sandboxes and wait for their imports.

        Waiting here gets each import's reply early, so that every sandbox is
        stopped until its first call instead of running on unwatched.
        """
        try:
            for run in self.runs.values():
                run.sandbox.start()
            for run in self.runs.values():
                with contextlib.suppress(StudentCodeError):
                    run.sandbox.ensure_imported()
                    source = run.sandbox.source_text
                    run.stubs = untouched_stubs(source, run.part) if source else set()
        except SandboxUnavailable as error:
            self.sandbox_error = error
            session.shouldfail = "the sandbox could not start"

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item, nextitem):
        """A test of a function that is still its stub is not started: no need to run it.

        The module imported, and its source defines the function once, with a
        body that only raises NotImplementedError: every call would raise it.
        """
        run = self._run_for(item.path)
        result = run.tests.get(item.nodeid) if run else None
        if result is None or result.function not in run.stubs:
            return None
        result.outcome = NOT_STARTED
        result.message = not_started_message(result.function)
        if self.progress is not None:
            self.progress(run, result)
        return True

    def _register(self, items) -> None:
        for item in items:
            run = self._run_for(item.path)
            if run is None:
                raise SuiteError(f"{item.nodeid} is not in a suite of the selected parts")
            run.tests[item.nodeid] = unrun_result(item, run.part)

    # ------------------------------------------------------------ fixtures

    @pytest.fixture
    def student(self, request) -> StudentModule:
        """The student's module for this test's part, running in its sandbox."""
        run = self._run_for(request.node.path)
        if run.student is None:
            run.student = StudentModule(run.sandbox, run.part.forbids)
        run.student.last_call = None
        self._returned_before[request.node.nodeid] = run.student.returned
        return run.student

    @pytest.fixture
    def expect(self, request, student) -> Expect:
        """Checks with failure messages that name the student's call."""
        expect = Expect(student, self.only_case)
        self._expects[request.node.nodeid] = expect
        return expect

    @pytest.fixture
    def student_source(self, request) -> str:
        """The text of the student's module, for checks on how it is written (never run).

        Decoded as Python decodes it (a BOM, a coding cookie). Rules fail closed:
        if the grader cannot parse what Python imported, the test fails.
        """
        sandbox = self._run_for(request.node.path).sandbox
        sandbox.ensure_imported()  # a module that does not import is reported as such
        source = sandbox.source_text
        if source is None or not parses(source):
            raise CheckFailed(
                f"the grader could not read {sandbox.display_path} as Python source, so the "
                "rules on how this function is written cannot be checked; save the file as "
                "UTF-8 with plain Python syntax"
            )
        return source

    @pytest.fixture
    def rng(self, request) -> np.random.Generator:
        """A generator seeded by the run's seed and the test's id: reproducible per test."""
        return np.random.default_rng([self.seed, zlib.crc32(request.node.nodeid.encode())])

    # ------------------------------------------------------------ results

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_makereport(self, item, call):
        """Record the phase's result and make a cheap report (no traceback formatting)."""
        error = call.excinfo.value if call.excinfo is not None else None
        if error is None:
            outcome = "passed"
        elif isinstance(error, pytest.skip.Exception):
            outcome = "skipped"
        else:
            outcome = "failed"
        message = "" if error is None else _failure_message(error)
        run = self._run_for(item.path)
        result = run.tests.get(item.nodeid) if run else None
        if result is not None:
            self._record(run, result, item.nodeid, call.when, error, message)
        return pytest.TestReport(
            item.nodeid,
            item.location,
            {},
            outcome,
            message or None,
            call.when,
            duration=call.duration,
            start=call.start,
            stop=call.stop,
        )

    def _record(
        self,
        run: PartRun,
        result: TestResult,
        nodeid: str,
        when: str,
        error: BaseException | None,
        message: str,
    ) -> None:
        phases = self._phases.setdefault(nodeid, [])
        phases.append(error is None)
        if error is not None:
            if result.outcome == PASSED or not result.message:  # the first failure explains
                result.outcome = _failure_kind(error)
                result.message = cut(message)
                call = run.student.last_call if run.student is not None else None
                if call is not None and result.outcome == FAILED:
                    result.call, result.call_arrays = call.reproduction(run.part.module)
        elif when == "call" and all(phases):
            result.outcome = PASSED
        student = run.student
        if student is not None and student.last_call is not None:
            result.output = cut(student.last_call.output, run.sandbox.limits.output_chars + 100)
        if when == "teardown" and student is not None and nodeid in self._returned_before:
            result.returned_calls = student.returned - self._returned_before[nodeid]
        expect = self._expects.get(nodeid)
        if when == "teardown" and self.only_case is not None and expect is not None:
            outcome = expect.case_outcomes.get(self.only_case, "not run")
            result.case_outcome = "passed" if outcome is None else outcome
        if when == "teardown" and self.progress is not None:
            self.progress(run, result)
