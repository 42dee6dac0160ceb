"""What ``run_autograder`` runs on Gradescope: grade one submission, always write results.json.

``python -m grader.delivery.gradescope_run`` finds the exercise modules
anywhere in ``/autograder/submission``, copies the usable ones into a fresh
workspace, grades them with the zip's settings and writes
``/autograder/results/results.json``; if anything in the grader fails, it
writes a result that says so. ``--self-test`` grades the stubs instead, for
``setup.sh``. The root ``/autograder`` can be moved with the environment
variable ``LA4ML_AUTOGRADER_ROOT``, which only la4ml's own tests set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from grader.delivery.gradescope import CONFIG_NAME, AutograderConfig
from grader.delivery.sources import stub_sources, version
from grader.manifest import Course, load_course
from grader.reports.gradescope import crash_results, results
from grader.results import NOT_STARTED, CourseResult
from grader.runner import GradeOptions, grade
from grader.student_files import StudentFileError, read_module

ROOT_VARIABLE = "LA4ML_AUTOGRADER_ROOT"
# Folders that hold no student work: version control, macOS zip debris, caches.
SKIPPED_FOLDERS = {".git", ".hg", ".svn", "__MACOSX", "__pycache__", ".la4ml", ".venv", "venv"}
MAX_LISTED = 8
_PART_FILE = re.compile(r"^part(\d+)[_\-].*\.py$", re.IGNORECASE)


def autograder_root() -> Path:
    return Path(os.environ.get(ROOT_VARIABLE) or "/autograder")


@dataclass
class Submission:
    """The modules found in a submission, where each came from, and what went wrong."""

    origins: dict[str, str] = field(default_factory=dict)  # module file -> its path in the upload
    problems: dict[str, str] = field(default_factory=dict)  # module file -> why it is not used
    notes: list[str] = field(default_factory=list)  # for the top of the report


def _walk(submission: Path) -> list[str]:
    """Every file's path relative to ``submission``, never through a symbolic link to a folder."""
    paths = []
    for directory, folders, files in os.walk(submission, followlinks=False):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_FOLDERS)
        relative = Path(directory).relative_to(submission)
        for name in sorted(files):
            paths.append((relative / name).as_posix())
        for name in folders:
            if os.path.islink(os.path.join(directory, name)):
                paths.append((relative / name).as_posix())  # a link named like a module
    return paths


def _depth_first(paths: list[str]) -> list[str]:
    return sorted(paths, key=lambda p: (p.count("/"), p))


def collect(
    submission: Path, course: Course, parts: tuple[int, ...], workspace: Path
) -> Submission:
    """Copy each part's module from anywhere in ``submission`` into ``workspace``.

    The copy nearest the top is used when there are several; files are read as
    regular files only, never through a link, and only up to the size limit.
    """
    found = Submission()
    if not submission.is_dir():
        found.notes.append("The submission folder is missing: nothing was uploaded.")
        return found
    paths = _walk(submission)
    by_name: dict[str, list[str]] = {}
    for path in paths:
        by_name.setdefault(path.rsplit("/", 1)[-1], []).append(path)
    wanted = [course.part(n) for n in parts]
    for part in wanted:
        candidates = _depth_first(by_name.get(part.filename, []))
        errors = []
        for path in candidates:
            location = submission / path
            try:
                data = read_module(location.parent, location.name)
            except StudentFileError as error:
                errors.append(str(error).replace(f"{submission}/", ""))
                continue
            (workspace / part.filename).write_bytes(data)
            found.origins[part.filename] = path
            if len(candidates) > 1:
                found.notes.append(
                    f"{part.filename}: {len(candidates)} copies in your submission "
                    f"({', '.join(candidates[:MAX_LISTED])}); graded {path}, the one "
                    "nearest the top."
                )
            break
        if part.filename in found.origins:
            continue
        if errors:
            found.problems[part.filename] = errors[0]
        else:
            near = [p for p in paths if _near_miss(p.rsplit("/", 1)[-1], part)]
            if near:
                found.problems[part.filename] = (
                    f"your submission has no {part.filename}, but has {near[0]}: rename it "
                    f"to {part.filename} (the name must match exactly)"
                )
    if not found.origins:
        python = [p for p in paths if p.endswith(".py")]
        seen = ", ".join(python[:MAX_LISTED]) if python else "no Python files"
        found.notes.insert(
            0,
            "No exercise module was found in your submission. Upload the files you "
            "worked on, named like part01_vectors.py (loose, in a folder or in a zip). "
            f"Found: {seen}.",
        )
    return found


def _near_miss(name: str, part) -> bool:
    """A file that was probably meant to be this part's module."""
    if name == part.filename:
        return False
    if name.lower() == part.filename.lower():
        return True
    match = _PART_FILE.match(name)
    return match is not None and int(match.group(1)) == part.number


def relabel(result: CourseResult, workspace: Path, found: Submission) -> None:
    """Speak of the student's own paths, not of the copy that was graded."""
    for part in result.parts:
        filename = f"{part.module}.py"
        if part.status == "missing":
            part.error = found.problems.get(filename, f"your submission has no {filename}")
            continue
        replacements = (
            (str(workspace / filename), found.origins.get(filename, filename)),
            (f"{workspace}/", ""),
        )
        for old, new in replacements:
            if part.error:
                part.error = part.error.replace(old, new)
            for function in part.functions:
                for test in function.tests:
                    test.message = test.message.replace(old, new)


def _isolation(result: CourseResult) -> str:
    reason = f" ({result.isolation_reason})" if result.isolation_reason else ""
    return f"isolation: {result.isolation}{reason}"


def _write_results(path: Path, data: dict) -> None:
    """Write results.json whole or not at all (run_autograder writes a fallback then)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, path)


def _load_config(root: Path, course: Course) -> AutograderConfig:
    path = root / "source" / CONFIG_NAME
    return AutograderConfig.from_json(path.read_text(encoding="utf-8"), course)


def grade_submission(root: Path) -> dict:
    """Grade ``root/submission`` with the settings in ``root/source``; results.json's data."""
    course = load_course()
    config = _load_config(root, course)
    workspace = Path(tempfile.mkdtemp(prefix="la4ml-submission-"))
    try:
        found = collect(root / "submission", course, config.parts, workspace)
        options = GradeOptions(workspace, config.parts, config.seed, config.limits(), "auto")
        result = grade(course, options)
        relabel(result, workspace, found)
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
    print(
        f"la4ml {version()}: {result.score:g}/{result.max_score:g} points in "
        f"{result.duration:.1f} s; {_isolation(result)}"
    )
    for origin in sorted(found.origins.values()):
        print(f"  graded {origin}")
    for note in (*found.notes, *found.problems.values()):
        print(f"  note: {note}")
    return results(
        result,
        course,
        config.visibility,
        config.default_visibility,
        notes=tuple(found.notes),
    )


def self_test(root: Path) -> int:
    """Grade the stubs with the zip's settings: 0 when every function is not started.

    Each stub's functions are rebound at the end of its module, so that the
    grader does not recognise them as untouched stubs: every test then really
    runs, in the suites' pytest session, calling into a sandbox. The self-test
    thereby exercises all that grading a submission needs.
    """
    course = load_course()
    config = _load_config(root, course)
    stubs = stub_sources(course)
    with tempfile.TemporaryDirectory(prefix="la4ml-self-test-") as scratch:
        for number in config.parts:
            part = course.part(number)
            rebound = "".join(f"{f.name} = {f.name}\n" for f in part.functions)
            source = stubs[part.filename] + b"\n\n# la4ml self-test\n" + rebound.encode()
            (Path(scratch) / part.filename).write_bytes(source)
        options = GradeOptions(Path(scratch), config.parts, config.seed, config.limits(), "auto")
        result = grade(course, options)
    json.dumps(results(result, course, config.visibility, config.default_visibility))
    wrong = [
        f"part {part.number} · {function.name}: {function.status}"
        for part in result.parts
        for function in part.functions
        if function.status != NOT_STARTED
    ]
    print(
        f"la4ml {version()} self-test: graded the stubs of parts "
        f"{', '.join(map(str, config.parts))}: {result.score:g}/{result.max_score:g}"
    )
    print(_isolation(result))
    if os.geteuid() == 0:
        print("student code runs as an unprivileged user (the grader runs as root)")
    if wrong or result.score != 0:
        print("self-test FAILED: the stubs should all be 'not_started' with 0 points:")
        for line in wrong:
            print(f"  {line}")
        return 1
    print(f"self-test passed; the assignment is worth {config.max_score(course):g} points")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="grade the stubs (setup.sh)")
    options = parser.parse_args(argv)
    root = autograder_root()
    if options.self_test:
        return self_test(root)
    try:
        data = grade_submission(root)
    except BaseException as error:  # whatever happens, the student gets a result
        traceback.print_exc()
        data = crash_results(
            "The autograder could not grade this submission "
            f"({type(error).__name__}: {error}). This is a fault of the autograder, not "
            "of your files: please tell your instructor."
        )
    _write_results(root / "results" / "results.json", data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
