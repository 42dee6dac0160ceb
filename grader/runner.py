"""Grade a workspace: select parts, start the sandboxes, run one pinned pytest session."""

from __future__ import annotations

import contextlib
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from grader import inventory, student_files
from grader.flags import forbidden_flags, source_flags
from grader.integrity import verify_installation
from grader.lanes import LaneRun, partition, run_in_lanes
from grader.manifest import DEFAULT_MANIFEST, SUITES_DIR, Course, Part
from grader.outcomes import ImportFailed
from grader.partrun import PartRun
from grader.plan import GradeOptions, lane_count, select_parts, shipped_stub_source
from grader.results import (
    IMPORT_ERROR,
    NOT_STARTED,
    CourseResult,
    Flag,
    PartResult,
    TestResult,
    cut,
    not_started_message,
)
from grader.sandbox.host import SandboxUnavailable, WarmParent
from grader.sandbox.isolation import choose
from grader.sandbox.module import ModuleSandbox, RunDeadline
from grader.scoring import missing_part, pending_part, score_part
from grader.syntax import untouched_stubs

PINNED_CONFIG = Path(__file__).with_name("pytest.ini")
# Plugins the harness does not need; the assertion plugin alone costs about
# 0.4 ms per test item, and the suites write their own failure messages.
DISABLED_PLUGINS = (
    "cacheprovider",
    "terminal",
    "logging",
    "warnings",
    "capture",
    "faulthandler",
    "doctest",
    "junitxml",
    "pastebin",
    "stepwise",
    "unraisableexception",
    "threadexception",
    "setuponly",
    "setupplan",
    "legacypath",
    "tmpdir",
    "recwarn",
    "debugging",
    "unittest",
    "assertion",
    "skipping",
    "monkeypatch",
)


@contextlib.contextmanager
def pinned_environment() -> Iterator[None]:
    """No third-party plugins and no user options leak into the harness's session."""
    saved = {
        k: os.environ.get(k)
        for k in ("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")
    }
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ.pop("PYTEST_ADDOPTS", None)
    os.environ.pop("PYTEST_PLUGINS", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _forget_suite_modules(runs: dict[Path, PartRun]) -> None:
    """Drop suite modules of earlier sessions that share a file name with another file.

    pytest's importlib mode reuses a module already in ``sys.modules`` under the
    same name, which would run another directory's suite of the same name. A
    suite loaded from the very file this session runs is kept: a process that
    grades many workspaces (a class lane) then reads and compiles each suite once.
    """
    wanted = {path.name: path for path in runs}
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or Path(file).name not in wanted:
            continue
        if Path(file).resolve() != wanted[Path(file).name]:
            del sys.modules[name]


def pytest_arguments(suite_paths: list[Path]) -> list[str]:
    """The pinned command line of the harness's pytest session."""
    arguments = [str(p) for p in suite_paths]
    rootdir = suite_paths[0].parent if suite_paths else SUITES_DIR
    arguments += [
        "-c",
        str(PINNED_CONFIG),
        "--rootdir",
        str(rootdir),
        "--noconftest",
        "--import-mode=importlib",
        "--continue-on-collection-errors",
    ]
    for plugin in DISABLED_PLUGINS:
        arguments += ["-p", f"no:{plugin}"]
    return arguments


def grade(
    course: Course,
    options: GradeOptions,
    progress: Callable[[PartRun, TestResult], None] | None = None,
    parent: WarmParent | None = None,
    lanes: int = 1,
    warm: WarmParent | None = None,
) -> CourseResult:
    """Grade the selected parts of ``options.workspace`` and return the scores.

    The hidden suites are verified before any student code runs. ``parent``
    lets a caller that grades many workspaces (a class) reuse one warm parent;
    by default one is started for this run and stopped at its end. With
    ``lanes`` above 1 (and no shared parent) the parts are split over that
    many harness processes (:mod:`grader.lanes`); the scores are the same.
    ``warm`` is a warm parent already booting for this run
    (:func:`grader.plan.start_warm_parent`): the run grades in one lane with
    it and closes it, whatever happens.
    """
    if warm is None:
        return _grade(course, options, progress, parent, lanes)
    try:
        return _grade(course, options, progress, warm, 1)
    finally:
        warm.close()


def _grade(course, options, progress, parent, lanes) -> CourseResult:
    started = time.perf_counter()
    parts = select_parts(course, options.parts)
    if _uses_installed_suites(course, parts):
        verify_installation()
    isolation = parent.isolation if parent is not None else choose(options.isolation, probe=False)
    results: dict[int, PartResult] = {}
    present = []
    for part in parts:
        if not part.suite_path.is_file():
            results[part.number] = pending_part(part)
        elif student_files.exists(options.workspace, part.filename):
            present.append(part)
        else:
            results[part.number] = missing_part(part, options.shown(part.filename))
    flags: list[Flag] = []
    if parent is None and lane_count(options.workspace, present, lanes) > 1:

        def grade_group(group, on_test):
            return _grade_present(course, options, group, isolation, on_test, None)

        for graded, group_flags, used in run_in_lanes(
            partition(present, lanes), grade_group, progress
        ):
            results.update(graded)
            flags += group_flags
            isolation = used if not used.strong else isolation
    elif present:
        graded, flags, isolation = _grade_present(
            course, options, present, isolation, progress, parent
        )
        results.update(graded)
    flags.sort(key=lambda f: (f.part, f.function or "", f.line or 0, f.detail))
    ordered = [results[p.number] for p in parts]
    scored = [p for p in ordered if p.status != "pending"]
    return CourseResult(
        score=round(sum(p.score for p in scored), 6),
        max_score=sum(p.max_score for p in scored),
        parts=ordered,
        workspace=str(options.workspace),
        seed=options.seed,
        duration=round(time.perf_counter() - started, 3),
        isolation=isolation.level,
        flags=flags,
        isolation_reason=isolation.reason,
    )


def _grade_present(course, options, present, isolation, progress, parent):
    """Grade parts whose module exists, in this process: results, flags, isolation used."""
    results, flags = _shipped_stubs(options, present, progress)
    present = [part for part in present if part.number not in results]
    if not present:
        return results, flags, parent.isolation if parent is not None else isolation
    graded, sandboxed_flags, isolation = _grade_in_sandboxes(
        options, present, isolation, progress, parent
    )
    return results | graded, flags + sandboxed_flags, isolation


def _shipped_stubs(options, present, progress) -> tuple[dict[int, PartResult], list[Flag]]:
    """Parts whose module is byte for byte the stub la4ml ships: nothing of theirs can run.

    Their tests are all "not started" (the inventory lists them), as a graded
    stub's are; the flags are those its source would get.
    """
    results, flags = {}, []
    for part in present:
        source = shipped_stub_source(options.workspace, part)
        tests = inventory.suite_tests(part) if source is not None else None
        if tests is None:
            continue
        _mark_unrun(LaneRun(part), tests, None, progress)
        results[part.number] = score_part(part, tests)
        flags += source_flags(part.number, student_files.decode_source(source), parsed=True)
    return results, flags


def _grade_in_sandboxes(options, present, isolation, progress, parent):
    """Grade parts in sandboxes (a pytest session unless all are untouched stubs)."""
    own_parent = parent is None
    if own_parent:
        parent = WarmParent(options.limits, isolation)
    deadline = RunDeadline(options.limits.run_timeout)
    runs = {}
    try:
        for part in present:
            sandbox = ModuleSandbox(
                parent,
                part.module,
                options.workspace / part.filename,
                options.limits,
                deadline,
                options.shown(part.filename),
            )
            runs[part.suite_path.resolve()] = PartRun(part, sandbox)
        untouched = _untouched_parts(runs)
        suite_runs = {path: run for path, run in runs.items() if path not in untouched}
        if suite_runs:
            _run_session(suite_runs, options, progress)
        _report_untouched(untouched, progress)
    finally:
        for run in runs.values():
            run.sandbox.close()
        if own_parent:
            parent.close()
        else:
            _clear(parent)
    results, flags = {}, []
    for run in runs.values():
        error = None
        if run.collection_errors:
            error = f"the hidden suite failed to load: {run.collection_errors[0]}"
        results[run.part.number] = score_part(run.part, list(run.tests.values()), error)
        flags += _flags(run, results[run.part.number])
    return results, flags, parent.isolation


def _clear(parent: WarmParent) -> None:
    """Leave a shared warm parent clean for the next workspace (restarted if it died)."""
    try:
        parent.clear()
    except SandboxUnavailable:
        parent.restart()


def _uses_installed_suites(course: Course, parts: list[Part]) -> bool:
    """Whether this run grades with the suites and manifest that came with la4ml."""
    return course.path.resolve() == DEFAULT_MANIFEST.resolve() and all(
        p.suites_dir.resolve() == SUITES_DIR.resolve() for p in parts
    )


def _flags(run: PartRun, result: PartResult) -> list[Flag]:
    number = run.part.number
    if result.error and run.sandbox.source_text is not None and not result.functions:
        return []
    source = run.sandbox.source_text
    readable = not (result.status == "error" and "SyntaxError" in (result.error or ""))
    flags = source_flags(number, source, parsed=readable)
    if run.student is not None:
        flags += forbidden_flags(number, run.student.forbidden_hits, source)
    return flags


def _untouched_parts(runs: dict[Path, PartRun]) -> dict[Path, PartRun]:
    """The runs whose functions are all still their stubs, with their tests from the inventory.

    Their results need no pytest session: every test is "not started". A
    suite the inventory does not describe is left to pytest.
    """
    untouched = {}
    for path, run in runs.items():
        source = run.sandbox.source_text
        if source is None or len(untouched_stubs(source, run.part)) < len(run.part.functions):
            continue
        tests = inventory.suite_tests(run.part)
        if tests is not None:
            run.tests = {f"{path.name}::{t.name}": t for t in tests}
            untouched[path] = run
    return untouched


def _report_untouched(runs: dict[Path, PartRun], progress) -> None:
    """Import each untouched module in its sandbox and mark its tests, as pytest would.

    Run after the suites' session, so no student code runs before every suite
    is read. A module that does not import gets the error the suites would see.
    """
    for run in runs.values():
        run.sandbox.start()
    for run in runs.values():
        try:
            run.sandbox.ensure_imported()
            failure = None
        except ImportFailed as error:
            failure = cut(str(error) or "a check failed")
        _mark_unrun(run, list(run.tests.values()), failure, progress)


def _mark_unrun(run, tests: list[TestResult], import_failure: str | None, progress) -> None:
    """Record tests of untouched stubs as pytest would: not started, or the import's failure."""
    for result in tests:
        if import_failure is None:
            result.outcome, result.message = NOT_STARTED, not_started_message(result.function)
        else:
            result.outcome, result.message = IMPORT_ERROR, import_failure
        if progress is not None:
            progress(run, result)


def _run_session(runs: dict[Path, PartRun], options: GradeOptions, progress) -> None:
    """One pytest session over the runs' suites.

    The warm parent boots while pytest collects the suites; the sandboxes
    start once every suite is collected, so no student code runs before the
    suites are read (without namespaces, it could otherwise rewrite one).
    """
    import pytest

    from grader.plugin import GradingPlugin

    plugin = GradingPlugin(runs, options.seed, progress, only_case=options.only_case)
    _forget_suite_modules(runs)
    with pinned_environment(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pytest.main(pytest_arguments(list(runs)), plugins=[plugin])
    if plugin.suite_error is not None:
        raise plugin.suite_error
    if plugin.sandbox_error is not None:
        raise plugin.sandbox_error
