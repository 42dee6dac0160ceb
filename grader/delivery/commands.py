"""The delivery commands of ``la4ml``: init, reset, lesson, release, autograder.

``grader/cli.py`` registers them (:data:`COMMANDS`); they parse options and
delegate to the modules of this package.
"""

from __future__ import annotations

from pathlib import Path

import click

from grader.delivery.github import (
    WORKFLOW_PATH,
    WorkflowError,
    check_requirement,
    default_requirement,
    workflow,
    write_workflow,
)
from grader.delivery.lessons import lesson_location
from grader.delivery.sources import SourcesError, find_course, stub_sources
from grader.delivery.workspaces import WorkspaceFilesError, init_workspace, reset_part
from grader.integrity import IntegrityError
from grader.manifest import Course, ManifestError, load_course
from grader.options import import_timeout_option, memory_option, timeout_option
from grader.reports.gradescope import VISIBILITIES
from grader.workspace import WorkspaceError, resolve_workspace

EXIT_USAGE = 2


class UsageError(click.ClickException):
    exit_code = EXIT_USAGE


def _course() -> Course:
    try:
        return load_course()
    except ManifestError as error:
        raise UsageError(str(error)) from None


def _part_number(course: Course, number: int) -> int:
    if number not in {p.number for p in course.parts}:
        raise UsageError(f"no part {number}: parts are 1 to {len(course.parts)}")
    return number


def parse_parts(text: str | None, course: Course) -> tuple[int, ...]:
    """'1,2,5-7' (or spaces) -> (1, 2, 5, 6, 7); all parts when ``text`` is empty."""
    if not text or not text.strip():
        return ()
    numbers: list[int] = []
    for item in text.replace(",", " ").split():
        first, dash, last = item.partition("-")
        try:
            span = range(int(first), int(last if dash else first) + 1)
        except ValueError:
            raise UsageError(
                f"--parts: {item!r} is not a part number or a range like 1-6"
            ) from None
        if not span:
            raise UsageError(f"--parts: {item!r} is an empty range")
        numbers += [_part_number(course, n) for n in span if n not in numbers]
    return tuple(sorted(numbers))


parts_option = click.option(
    "--parts",
    default=None,
    help="The assignment's parts, such as 1-3 or 1,2,5 (default: every part).",
)


# ---------------------------------------------------------------- students


@click.command("init")
@click.argument("directory", required=False, type=click.Path(path_type=Path), default=Path("."))
@click.option(
    "--merge",
    is_flag=True,
    help="Write into a folder that is not empty: add the course files that are missing, "
    "keep every file already there.",
)
@click.option(
    "--force",
    "force_parts",
    type=int,
    multiple=True,
    metavar="PART",
    help="Start PART again: your module goes to .la4ml/backups/ and a fresh stub replaces "
    "it (repeat for several parts).",
)
def init_command(directory: Path, merge: bool, force_parts: tuple[int, ...]) -> None:
    """Make DIRECTORY (default: this folder) a workspace: the stubs, a README, a marker.

    Files already there are never replaced; run it again to get back a stub you
    deleted.
    """
    course = _course()
    for number in force_parts:
        _part_number(course, number)
    try:
        report = init_workspace(directory, course, merge, force_parts)
    except (WorkspaceFilesError, SourcesError) as error:
        raise UsageError(str(error)) from None
    stubs = [n for n in report.written if n.endswith(".py")]
    others = [n for n in report.written if not n.endswith(".py")]
    if stubs:
        readme = " and a README" if "README.md" in others else ""
        click.echo(f"wrote {len(stubs)} exercise module(s){readme} into {directory}")
    elif others:
        click.echo(f"wrote {', '.join(others)} into {directory}")
    if report.kept:
        names = f": {', '.join(report.kept)}" if len(report.kept) <= 5 else ""
        click.echo(f"kept {len(report.kept)} file(s) already there, unchanged{names}")
    for module, backup in report.backups.items():
        click.echo(f"{module}: a fresh stub; your version is kept as {backup}")
    if directory.resolve() != Path.cwd().resolve():
        click.echo(f"next: cd {directory} && la4ml grade")
    else:
        click.echo("next: la4ml grade")


@click.command("reset")
@click.argument("part", type=int)
@click.option(
    "--workspace",
    "-w",
    type=click.Path(path_type=Path),
    default=None,
    help="The workspace (default: found from this folder upward).",
)
def reset_command(part: int, workspace: Path | None) -> None:
    """Start PART again: keep your module in .la4ml/backups/, put a fresh stub in its place."""
    course = _course()
    entry = course.part(_part_number(course, part))
    try:
        workspace = resolve_workspace(workspace)
        backup = reset_part(workspace, entry, stub_sources(course)[entry.filename])
    except (WorkspaceError, WorkspaceFilesError, SourcesError) as error:
        raise UsageError(str(error)) from None
    where = workspace / entry.filename
    if backup is None:
        click.echo(f"{where}: a fresh stub (there was no module to keep)")
    else:
        click.echo(f"{where}: a fresh stub; your version is kept as {workspace / backup}")


@click.command("lesson")
@click.argument("part", type=int)
@click.option("--open", "open_page", is_flag=True, help="Open the page in a web browser.")
def lesson_command(part: int, open_page: bool) -> None:
    """Where to read PART's lesson (a local copy of the site if there is one)."""
    course = _course()
    entry = course.part(_part_number(course, part))
    try:
        location = lesson_location(entry, Path.cwd())
    except ValueError as error:
        raise UsageError(str(error)) from None
    click.echo(click.style(f"Part {part} · {entry.title}", bold=True))
    if location.url is None:
        raise UsageError(location.note)
    click.echo(location.url)
    click.echo(f"({location.note})")
    import webbrowser

    if open_page and not webbrowser.open(location.url):
        raise UsageError(f"no web browser could be started: open {location.url} yourself")


# ---------------------------------------------------------------- instructors


@click.command("release")
@click.argument("directory", type=click.Path(path_type=Path))
@click.option(
    "--requirement",
    default=None,
    help="How students install la4ml, for pip (default: la4ml==THIS VERSION), such as "
    "'la4ml @ git+https://github.com/ORG/la4ml@v1.0'.",
)
@parts_option
def release_command(directory: Path, requirement: str | None, parts: str | None) -> None:
    """Write a student template repository into the new folder DIRECTORY.

    Stubs, lessons, a README, requirements.txt pinning la4ml and the GitHub
    Classroom workflow; never solutions, tests or hidden suites. Run it in the
    course directory.
    """
    from grader.delivery.release import ReleaseError, make_release

    course = _course()
    selected = parse_parts(parts, course)
    sources = find_course(Path.cwd())
    if sources is None:
        raise UsageError(
            "la4ml release needs the course's lessons: run it in a copy of the course "
            "(the folder with mkdocs.yml, docs/ and exercises/)"
        )
    try:
        requirement = check_requirement(requirement or default_requirement())
        made = make_release(directory, course, sources, requirement, selected)
    except (ReleaseError, WorkflowError, SourcesError) as error:
        raise UsageError(str(error)) from None
    click.echo(f"wrote the student repository {made.path} ({made.files} files)")
    click.echo(f"students install: {made.requirement}")
    click.echo(
        f"next: cd {made.path} && git init && git add . && git commit -m 'Course release', "
        "push it to GitHub and mark it as a template repository for Classroom"
    )


@click.group("autograder")
def autograder_group() -> None:
    """Build an autograder for Gradescope or GitHub Classroom."""


@autograder_group.command("gradescope")
@parts_option
@click.option("--seed", type=int, default=0, show_default=True, help="Your secret seed.")
@timeout_option
@import_timeout_option
@memory_option
@click.option(
    "--run-timeout",
    type=click.FloatRange(min=10),
    default=300.0,
    show_default=True,
    help="Seconds a whole submission may take; keep it under Gradescope's timeout.",
)
@click.option(
    "--visibility",
    "visibilities",
    multiple=True,
    metavar="PART=LEVEL",
    help=f"When students see a part's results: {', '.join(VISIBILITIES)} (repeatable).",
)
@click.option(
    "--default-visibility",
    type=click.Choice(VISIBILITIES),
    default="visible",
    show_default=True,
    help="Visibility of the parts not named by --visibility.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("autograder.zip"),
    show_default=True,
    help="The zip to write.",
)
@click.option("--force", is_flag=True, help="Replace the zip if it exists.")
def gradescope_command(
    parts,
    seed,
    timeout,
    import_timeout,
    memory,
    run_timeout,
    visibilities,
    default_visibility,
    output,
    force,
) -> None:
    """Build the autograder zip to upload to a Gradescope programming assignment.

    It holds setup.sh, run_autograder, la4ml's own wheel and the settings; see
    the instructors' page of the course site.
    """
    # Building a zip and a wheel is rare: their modules load only for this command.
    from grader.delivery.gradescope import AutograderConfig, AutograderConfigError, build_zip
    from grader.delivery.wheel import WheelError

    course = _course()
    selected = parse_parts(parts, course) or tuple(p.number for p in course.parts)
    visibility = {}
    for item in visibilities:
        number, equals, level = item.partition("=")
        if not equals or not number.strip().isdigit():
            raise UsageError(f"--visibility {item!r}: expected PART=LEVEL, such as 3=hidden")
        visibility[_part_number(course, int(number))] = level.strip()
    config = AutograderConfig(
        selected,
        seed,
        timeout,
        import_timeout,
        memory,
        run_timeout,
        default_visibility,
        visibility,
    )
    try:
        built = build_zip(output, course, config, force)
    except (AutograderConfigError, WheelError, IntegrityError, SourcesError) as error:
        raise UsageError(str(error)) from None
    click.echo(f"wrote {built.path} (la4ml wheel {built.wheel})")
    click.echo(f"parts {', '.join(map(str, selected))}: {built.max_score:g} points")
    click.echo(
        f"on Gradescope: set the assignment's points to {built.max_score:g}, the autograder "
        f"timeout above {run_timeout:g} s, and upload {built.path.name}"
    )


@autograder_group.command("github")
@parts_option
@click.option(
    "--requirement",
    default=None,
    help="How the workflow installs la4ml, for pip (default: la4ml==THIS VERSION).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=WORKFLOW_PATH,
    show_default=True,
    help="The workflow file to write (run this at the root of the repository).",
)
@click.option("--force", is_flag=True, help="Replace the workflow file if it exists.")
def github_command(parts, requirement, output, force) -> None:
    """Write the GitHub Classroom workflow that grades every push with la4ml."""
    course = _course()
    selected = parse_parts(parts, course)
    try:
        requirement = check_requirement(requirement or default_requirement())
        path = write_workflow(
            output, workflow(selected, f'python -m pip install "{requirement}"'), force
        )
    except WorkflowError as error:
        raise UsageError(str(error)) from None
    graded = ", ".join(map(str, selected)) if selected else "every part"
    click.echo(f"wrote {path}: grades {graded} on every push and reports to GitHub Classroom")


COMMANDS = (
    init_command,
    reset_command,
    lesson_command,
    release_command,
    autograder_group,
)
