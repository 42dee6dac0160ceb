"""The ``la4ml`` command line. It parses options and delegates; the work lives elsewhere.

Exit codes: 0 graded (or the command succeeded), 1 the score is under
``--fail-under`` or ``verify`` found problems, 2 a usage or configuration
error (bad option, unknown part, invalid manifest, missing workspace).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import click

# Only what every command needs is imported here: `la4ml --help`, `list` and `hint` never
# load numpy or pytest. The commands that grade import the runner when they run.
from grader import history
from grader.cohort.cli import class_group
from grader.delivery.commands import COMMANDS as DELIVERY_COMMANDS
from grader.hints import choose_function, latest_statuses, next_hint
from grader.manifest import Course, ManifestError, load_course
from grader.options import (
    import_timeout_option,
    isolation_option,
    memory_option,
    timeout_option,
)
from grader.reports.formats import FORMATS
from grader.reports.table import STATUS_STYLE
from grader.version import grader_version
from grader.workspace import WorkspaceError, resolve_workspace

EXIT_UNDER_THRESHOLD = 1
EXIT_USAGE = 2


class UsageError(click.ClickException):
    exit_code = EXIT_USAGE


def _course(manifest: Path | None, suites: Path | None = None) -> Course:
    try:
        return load_course(manifest, suites)
    except ManifestError as error:
        raise UsageError(str(error)) from None


def _workspace(path: Path | None) -> Path:
    """``--workspace`` if given, else the workspace found from this folder upward."""
    try:
        return resolve_workspace(path)
    except WorkspaceError as error:
        raise UsageError(str(error)) from None


manifest_option = click.option(
    "--manifest",
    type=click.Path(path_type=Path),
    default=None,
    hidden=True,
    help="Use another course manifest (for course authors).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=grader_version(), prog_name="la4ml")
def main() -> None:
    """la4ml: Linear Algebra for Machine Learning, auto-graded.

    Make a workspace with `la4ml init DIR`, fill in its functions, and run
    `la4ml grade` in it. Exit codes:
    0 graded, 1 score under --fail-under (or verify found problems),
    2 usage or configuration error.
    """


@main.command("grade")
@click.argument("parts", nargs=-1, type=int)
@click.option(
    "--workspace",
    "-w",
    type=click.Path(path_type=Path),
    default=None,
    help="Directory with the partNN_*.py modules to grade (default: the workspace found "
    "from this folder upward).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Report format: a terminal table, or JSON, JUnit XML, Gradescope results.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed for the suites' random inputs (instructors may keep theirs secret).",
)
@timeout_option
@import_timeout_option
@memory_option
@click.option(
    "--run-timeout",
    type=click.FloatRange(min=1),
    default=600.0,
    show_default=True,
    help="Seconds the whole run may take; calls after that fail.",
)
@isolation_option
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    help="Exit with status 1 if the total is below this percentage.",
)
@click.option(
    "--no-history", is_flag=True, help="Do not record this run in WORKSPACE/.la4ml/history.jsonl."
)
@click.option("--color/--no-color", default=None, help="Force colour on or off.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Show every failing test, what the code printed and Python that repeats each failing "
    "call (large inputs are saved under WORKSPACE/.la4ml/cases/).",
)
@click.option(
    "--lanes",
    type=click.IntRange(min=1),
    default=None,
    help="Harness processes that grade parts side by side (default: 2 on a machine with "
    "2 cores or more, else 1).",
)
@click.option(
    "--case",
    "case",
    default=None,
    metavar="NAME",
    help="Rerun one case (the name in brackets in a failure) and show only it.",
)
@manifest_option
@click.option(
    "--suites",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    hidden=True,
    help="Use another directory of hidden suites (for course authors).",
)
def grade_command(
    parts,
    workspace,
    fmt,
    output,
    seed,
    timeout,
    import_timeout,
    memory,
    run_timeout,
    isolation,
    fail_under,
    no_history,
    color,
    verbose,
    lanes,
    case,
    manifest,
    suites,
) -> None:
    """Grade PARTS (all parts if none are given) of the workspace.

    One part shows a checklist of its functions with the first failure of each
    and a hint; several parts show a table. Student code runs only in a
    sandbox process with limits on time, memory, files and processes.
    """
    # numpy, pytest and the runner load after the warm parent starts booting (grader.plan).
    from grader.integrity import IntegrityError
    from grader.plan import GradeOptions, select_parts, start_warm_parent
    from grader.reports.table import Progress
    from grader.sandbox.host import SandboxUnavailable
    from grader.sandbox.isolation import IsolationUnavailable
    from grader.sandbox.limits import Limits

    course = _course(manifest, suites)
    try:
        select_parts(course, parts)
    except ValueError as error:
        raise UsageError(str(error)) from None
    workspace = _workspace(workspace)
    limits = Limits(
        call_timeout=timeout,
        import_timeout=import_timeout,
        memory_bytes=memory * 1024 * 1024,
        run_timeout=run_timeout,
    )
    progress = Progress() if fmt == "table" and output is None else None
    options = GradeOptions(workspace, tuple(parts), seed, limits, isolation, only_case=case)
    if lanes is None:
        lanes = 2 if (os.cpu_count() or 1) >= 2 else 1
    try:
        warm = start_warm_parent(course, options, lanes)
        from grader.reports.machine import render_machine
        from grader.reports.table import render, render_case
        from grader.runner import grade

        result = grade(course, options, progress, lanes=lanes, warm=warm)
    except (SandboxUnavailable, IsolationUnavailable) as error:
        raise UsageError(f"the grader could not run its sandbox: {error}") from None
    except IntegrityError as error:
        raise UsageError(f"refusing to grade: {error}") from None
    finally:
        if progress is not None:
            progress.finish()
    _keep_failing_inputs(workspace, result, save=(verbose or case is not None) and not no_history)
    if fmt == "table":
        use_color = color if color is not None else (output is None and sys.stdout.isatty())
        if case is not None:
            text = render_case(result, case, use_color) + "\n"
        else:
            text = render(result, course, verbose, use_color) + "\n"
    else:
        text = render_machine(result, fmt, course)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write {output}: {error.strerror}") from None
    else:
        click.echo(text, nl=False)
    if not no_history:
        try:
            history.append(workspace, history.grade_record(result))
        except OSError as error:
            click.echo(f"la4ml: could not record the run in {workspace}/.la4ml: {error}", err=True)
    if fail_under is not None and result.percent < fail_under:
        click.echo(f"la4ml: {result.percent:.1f}% is under --fail-under {fail_under:g}%", err=True)
        sys.exit(EXIT_UNDER_THRESHOLD)


def _keep_failing_inputs(workspace: Path, result, save: bool) -> None:
    """Save the inputs of failing calls that are too large to print, when asked to."""
    from grader.cases import save_cases, unsaved

    if save:
        try:
            save_cases(workspace, result)
            return
        except OSError as error:
            click.echo(
                f"la4ml: could not save the failing inputs in {workspace}: {error}", err=True
            )
    unsaved(result)


@main.command("watch")
@click.argument("part", type=int, required=False)
@click.option(
    "--workspace",
    "-w",
    type=click.Path(path_type=Path),
    default=None,
    help="The workspace (default: the one found from this folder upward).",
)
@timeout_option
@isolation_option
@click.option("--color/--no-color", default=None, help="Force colour on or off.")
@manifest_option
def watch_command(part, workspace, timeout, isolation, color, manifest) -> None:
    """Grade PART (default: the first not complete) every time you save a module.

    Keys: h next hint, l list, n/p next or previous part, a grade all, q quit.
    """
    from grader.runner import GradeOptions
    from grader.sandbox.limits import Limits
    from grader.watch import WatchState, run

    course = _course(manifest)
    workspace = _workspace(workspace)
    if part is None:
        summary = history.best_scores(history.read(workspace))
        part = next(
            (
                p.number
                for p in course.parts
                if summary.get(p.number, {}).get("status") != "complete"
            ),
            course.parts[0].number,
        )
    try:
        course.part(part)
    except KeyError:
        raise UsageError(f"no part {part}: parts are 1 to {len(course.parts)}") from None
    options = GradeOptions(workspace, (part,), 0, Limits(call_timeout=timeout), isolation)
    use_color = color if color is not None else sys.stdout.isatty()
    run(WatchState(course, workspace, options, part, use_color))


@main.command("list")
@click.option(
    "--workspace",
    "-w",
    type=click.Path(path_type=Path),
    default=None,
    help="Workspace whose history to read (default: found from this folder upward).",
)
@manifest_option
def list_command(workspace, manifest) -> None:
    """Every part with its title, latest status and best score so far."""
    course = _course(manifest)
    workspace = _workspace(workspace)
    maxima = {p.number: p.max_score for p in course.parts}
    summary = history.best_scores(history.read(workspace), maxima)
    width = max(len(p.title) for p in course.parts)
    section = None
    for part in course.parts:
        if part.section != section:
            section = part.section
            title = next(s.title for s in course.sections if s.id == section)
            click.echo(click.style(f"{section} · {title}", bold=True))
        entry = summary.get(part.number)
        status = (
            STATUS_STYLE.get(entry.get("status"), ("not graded", None))[0]
            if entry
            else "not graded"
        )
        best = f"{entry['best']:g}/{part.max_score:g}" if entry else f"-/{part.max_score:g}"
        click.echo(f"  {part.number:>2}  {part.title:<{width}}  {status:<11}  best {best}")


@main.command("hint")
@click.argument("part", type=int)
@click.argument("function", required=False)
@click.option("--level", type=int, default=None, help="Show this hint level instead of the next.")
@click.option(
    "--workspace",
    "-w",
    type=click.Path(path_type=Path),
    default=None,
    help="Workspace whose history remembers the hints shown (default: found from this "
    "folder upward).",
)
@manifest_option
def hint_command(part, function, level, workspace, manifest) -> None:
    """The next hint for FUNCTION of PART (default: its first function not yet passed)."""
    course = _course(manifest)
    try:
        part_entry = course.part(part)
    except KeyError:
        raise UsageError(f"no part {part}: parts are 1 to {len(course.parts)}") from None
    workspace = _workspace(workspace)
    records = history.read(workspace)
    name = function or choose_function(part_entry, records)
    if name is None and level is None:
        following = next((p for p in course.parts if p.number > part), None)
        after = f" Next: la4ml grade {following.number}" if following else ""
        click.echo(f"Part {part} is complete: every function passed in your latest run.{after}")
        return
    if name is None:
        name = part_entry.functions[0].name
    if level is None and latest_statuses(part_entry, records).get(name) == "passed":
        click.echo(
            f"{name} passed every test in your latest run: no hint needed "
            f"(la4ml hint {part} {name} --level 1 shows the first one anyway)."
        )
        return
    try:
        hint = next_hint(part_entry, name, records, level)
    except ValueError as error:
        raise UsageError(str(error)) from None
    click.echo(
        click.style(
            f"Part {part} · {hint.function} · hint {hint.level} of {hint.levels}", bold=True
        )
    )
    click.echo(hint.text)
    if hint.level < hint.levels:
        click.echo(f"(run the same command again for hint {hint.level + 1})")
    with contextlib.suppress(OSError):
        history.append(workspace, history.hint_record(part, hint.function, hint.level))


@main.command("verify")
@click.option(
    "--exercises",
    type=click.Path(path_type=Path),
    default=Path("exercises"),
    show_default=True,
    help="The stubs.",
)
@click.option(
    "--solutions",
    type=click.Path(path_type=Path),
    default=Path("solutions"),
    show_default=True,
    help="The reference solutions.",
)
@click.option("--strict", is_flag=True, help="Also fail on parts whose hidden suite is missing.")
@manifest_option
def verify_command(exercises, solutions, strict, manifest) -> None:
    """For course authors: solutions score 100 %, stubs 0, sources and manifest agree."""
    from grader.verify import verify

    course = _course(manifest)
    report = verify(course, _workspace(exercises), _workspace(solutions), strict)
    if report.checked:
        click.echo(
            f"checked parts {', '.join(map(str, report.checked))}: solutions graded, "
            "stubs graded, sources compared"
        )
    if report.pending:
        click.echo(
            f"pending parts (no hidden suite yet; sources compared only): "
            f"{', '.join(map(str, report.pending))}"
        )
    for problem in report.problems:
        click.echo(click.style(f"problem: {problem}", fg="red"), err=True)
    if not report.ok:
        sys.exit(EXIT_UNDER_THRESHOLD)
    click.echo("verify: ok")


@main.command("docs")
@click.option("--port", type=int, default=8000, show_default=True, help="Port on localhost.")
@click.option(
    "--build",
    "build_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Build the static site into this directory instead of serving.",
)
def docs_command(port, build_dir) -> None:
    """Serve the course site on localhost, or build it (needs pip install '.[docs]').

    Run it from the course directory (the one with mkdocs.yml). The first run
    fetches KaTeX, the math renderer, from the npm registry; after that the
    site works without internet.
    """
    from grader.site import SiteError, mkdocs

    root = Path.cwd()
    if not (root / "mkdocs.yml").is_file():
        raise UsageError(f"no mkdocs.yml in {root}: run la4ml docs from the course directory")
    if build_dir is not None:
        arguments = ["build", "--strict", "-d", str(build_dir.resolve())]
    else:
        arguments = ["serve", "-a", f"127.0.0.1:{port}"]
    try:
        code = mkdocs(root, *arguments)
    except SiteError as error:
        raise click.ClickException(str(error)) from None
    raise SystemExit(code)


main.add_command(class_group)
# Delivery: init, reset, lesson, release, autograder (grader/delivery/commands.py).
for _command in DELIVERY_COMMANDS:
    main.add_command(_command)
