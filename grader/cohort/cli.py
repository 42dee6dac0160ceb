"""``la4ml class``: the instructor's commands. They parse options and delegate."""

from __future__ import annotations

import os
from pathlib import Path

import click

from grader.options import isolation_option, timeout_option

EXIT_USAGE = 2


class ClassUsageError(click.ClickException):
    exit_code = EXIT_USAGE


gradebook_option = click.option(
    "--gradebook",
    "-g",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The SQLite gradebook file (created if it does not exist).",
)


@click.group("class")
def class_group() -> None:
    """Grade a whole class into a gradebook, export it, report on it, merge shards."""


@class_group.command("grade")
@click.argument("submissions", type=click.Path(path_type=Path))
@gradebook_option
@click.option(
    "--roster",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="CSV with the columns id, name, email, section (optional sis_id).",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the suites' random inputs: keep your own secret.",
)
@click.option(
    "--parts",
    "parts_text",
    default="",
    metavar="N,M,...",
    help="Grade only these parts (default: all).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Parallel grading lanes (default: the number of cores).",
)
@click.option(
    "--student-timeout",
    type=click.FloatRange(min=1),
    default=300.0,
    show_default=True,
    help="Seconds one student may take; then the student is recorded as timeout.",
)
@timeout_option
@click.option(
    "--student",
    "students",
    multiple=True,
    metavar="ID",
    help="Regrade this student even if unchanged (repeatable).",
)
@click.option("--force", is_flag=True, help="Regrade every student, changed or not.")
@click.option(
    "--shard",
    default=None,
    metavar="K/N",
    help="Grade only the K-th of N stable shards of the students (by id).",
)
@isolation_option
@click.option(
    "--allow-weak-isolation",
    is_flag=True,
    help="Grade even without namespaces (student code then runs as an ordinary "
    "process with resource limits).",
)
def grade_command(
    submissions,
    gradebook,
    roster,
    seed,
    parts_text,
    jobs,
    student_timeout,
    timeout,
    students,
    force,
    shard,
    isolation,
    allow_weak_isolation,
) -> None:
    """Grade every student in SUBMISSIONS into the gradebook.

    SUBMISSIONS is a folder with one folder per student, a zip of the same, or
    a Canvas "download submissions" zip. Each student is committed as soon as
    graded; running the command again skips unchanged students.
    """
    from grader.cli import _course
    from grader.cohort.gradebook import GradebookError
    from grader.cohort.grading import ClassError, ClassOptions, grade_class, parse_shard
    from grader.cohort.progress import ClassProgress
    from grader.cohort.roster import RosterError
    from grader.cohort.submissions import SubmissionsError
    from grader.integrity import IntegrityError
    from grader.runner import select_parts
    from grader.sandbox.host import SandboxUnavailable
    from grader.sandbox.isolation import IsolationUnavailable
    from grader.sandbox.limits import Limits

    course = _course(None)
    try:
        parts = tuple(int(p) for p in parts_text.replace(" ", "").split(",") if p)
        select_parts(course, parts)
        shard_range = parse_shard(shard) if shard else None
    except ValueError as error:
        raise ClassUsageError(str(error)) from None
    options = ClassOptions(
        submissions=submissions,
        gradebook=gradebook,
        roster=roster,
        seed=seed,
        parts=parts,
        jobs=jobs or os.cpu_count() or 1,
        student_timeout=student_timeout,
        students=tuple(students),
        force=force,
        shard=shard_range,
        isolation=isolation,
        allow_weak_isolation=allow_weak_isolation,
        limits=Limits(call_timeout=timeout),
    )
    try:
        summary = grade_class(course, options, ClassProgress())
    except (
        ClassError,
        GradebookError,
        RosterError,
        SubmissionsError,
        IntegrityError,
        IsolationUnavailable,
        SandboxUnavailable,
    ) as error:
        raise ClassUsageError(str(error)) from None
    for problem in summary.problems:
        click.echo(f"la4ml class: {problem}", err=True)
    if summary.not_on_roster:
        click.echo(
            f"la4ml class: not on the roster (graded anyway): {', '.join(summary.not_on_roster)}",
            err=True,
        )
    click.echo(
        f"graded {summary.graded}, timeouts {summary.timeouts}, errors {summary.errors}, "
        f"missing {summary.missing}, unchanged and skipped {summary.skipped} "
        f"(isolation: {summary.isolation}) -> {gradebook}"
    )


@class_group.command("export")
@gradebook_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "canvas", "json"]),
    default="csv",
    show_default=True,
    help="csv: one row per student; canvas: Canvas's gradebook import; json: everything.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write to this file instead of standard output.",
)
def export_command(gradebook, fmt, output) -> None:
    """Export the latest grade of every student."""
    from grader.cli import _course
    from grader.cohort.exports import export
    from grader.cohort.gradebook import Gradebook, GradebookError

    try:
        book = Gradebook(gradebook, create=False)
    except GradebookError as error:
        raise ClassUsageError(str(error)) from None
    try:
        text = export(_course(None), book, fmt)
    finally:
        book.close()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ClassUsageError(f"cannot write {output}: {error.strerror}") from None


@class_group.command("report")
@gradebook_option
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Directory for report.html, report.md and the figures.",
)
def report_command(gradebook, output) -> None:
    """Write the class report: score distribution, pass rates, frequent failures, who to check."""
    from grader.cli import _course
    from grader.cohort.gradebook import Gradebook, GradebookError
    from grader.cohort.report import ReportError, write_report

    try:
        book = Gradebook(gradebook, create=False)
        try:
            written = write_report(_course(None), book, output)
        finally:
            book.close()
    except (GradebookError, ReportError) as error:
        raise ClassUsageError(str(error)) from None
    except OSError as error:
        raise ClassUsageError(f"cannot write the report in {output}: {error.strerror}") from None
    click.echo(f"wrote {', '.join(str(p) for p in written)}")


@class_group.command("merge")
@gradebook_option
@click.argument("shards", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
def merge_command(gradebook, shards) -> None:
    """Merge shard gradebooks into --gradebook; a student graded two ways is refused."""
    from grader.cohort.gradebook import GradebookError
    from grader.cohort.merge import merge

    try:
        count = merge(gradebook, list(shards))
    except GradebookError as error:
        raise ClassUsageError(str(error)) from None
    click.echo(f"merged {len(shards)} gradebook(s), {count} student(s) -> {gradebook}")
