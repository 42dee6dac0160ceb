"""``la4ml release DIR``: a student template repository for an instructor's own course.

The release holds the stubs (``exercises/``, a workspace), the lessons
(``docs/`` and ``mkdocs.yml``, with the files they include), a README for
students, ``requirements.txt`` pinning la4ml, and the GitHub Classroom
workflow. It never holds solutions, tests, suites or the authors' figure
scripts (which import the solutions). It is written into a new folder next
to the target and renamed into place at the end, so a failed release leaves
nothing half-written, and an existing folder is never written into.
"""

from __future__ import annotations

import os
import re
import shutil
import string
import tempfile
from dataclasses import dataclass
from pathlib import Path

from grader.delivery.github import WORKFLOW_PATH, with_extra, workflow
from grader.delivery.sources import CourseSources, stub_sources, version
from grader.delivery.workspaces import TEMPLATES
from grader.manifest import Course
from grader.workspace import MARKER, MARKER_TEXT

# Snippet includes of the lessons: --8<-- "path/from/the/course/root"
_SNIPPET = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$', re.M)
INCLUDES = "docs/includes"
_DOCS_IGNORED = ("__pycache__", "*.pyc", "*.py", ".DS_Store", "katex")
GITIGNORE = ".venv/\n__pycache__/\n.la4ml/\nsite/\ndocs/assets/katex/\nla4ml-result.json\n"


class ReleaseError(RuntimeError):
    """The release cannot be written; nothing was written, the message says why."""


@dataclass(frozen=True)
class Release:
    path: Path
    requirement: str
    files: int


def _included_files(sources: CourseSources) -> list[str]:
    """Files outside docs/ and exercises/ that the lessons include (such as a schema)."""
    paths = set()
    for page in sources.docs.rglob("*.md"):
        for match in _SNIPPET.finditer(page.read_text(encoding="utf-8")):
            path = match["path"]
            if not path.startswith(("docs/", "exercises/")):
                paths.add(path)
    for path in paths:
        resolved = (sources.root / path).resolve()
        if sources.root.resolve() not in resolved.parents or not resolved.is_file():
            raise ReleaseError(f"a lesson includes {path}, which is not a file of the course")
        if path.startswith(("solutions/", "tests/", "grader/suites/")):
            raise ReleaseError(f"a lesson includes {path}, which must not reach students")
    return sorted(paths)


def _check_stubs(course: Course, sources: CourseSources) -> dict[str, bytes]:
    """The installed stubs, which must be those of the course copy the lessons come from."""
    stubs = stub_sources(course)
    for name, data in stubs.items():
        local = sources.exercises / name
        if not local.is_file() or local.read_bytes() != data:
            raise ReleaseError(
                f"{local} differs from the stub of the installed la4ml {version()}: install "
                f"la4ml from {sources.root} (pip install {sources.root}) so that the release "
                "and the grader that students install agree"
            )
    return stubs


def _include(scratch: Path, sources: CourseSources, included: list[str]) -> None:
    """Copy the files the lessons include under docs/includes/ and point the lessons there.

    Never at their own path: a folder such as ``grader/`` at the root of the
    student's repository would shadow the installed la4ml for ``python -m grader``.
    """
    if not included:
        return
    for path in included:
        _write(scratch, Path(INCLUDES) / path, (sources.root / path).read_bytes())
    for page in (scratch / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        changed = _SNIPPET.sub(
            lambda m: (
                m[0].replace(f'"{m["path"]}"', f'"{INCLUDES}/{m["path"]}"')
                if m["path"] in included
                else m[0]
            ),
            text,
        )
        if changed != text:
            page.write_text(changed, encoding="utf-8")


def release_readme(course: Course, requirement: str) -> str:
    rows = "\n".join(
        f"| {p.number} | `exercises/{p.filename}` | {p.title} |" for p in course.parts
    )
    template = string.Template((TEMPLATES / "release-README.md").read_text(encoding="utf-8"))
    return template.substitute(
        title=course.title,
        version=version(),
        parts=rows,
        docs_requirement=with_extra(requirement, "docs"),
    )


def _write(root: Path, relative: str | Path, text: str | bytes) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def make_release(
    target: Path,
    course: Course,
    sources: CourseSources,
    requirement: str,
    parts: tuple[int, ...] = (),
) -> Release:
    """Write the student repository into the new folder ``target``."""
    target = Path(target)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ReleaseError(f"{target} exists and is not a folder: choose a new name")
    if target.is_dir() and any(target.iterdir()):
        raise ReleaseError(
            f"{target} already exists and is not empty; release writes a new repository and "
            "never replaces files: choose a new folder, or move this one away first"
        )
    stubs = _check_stubs(course, sources)
    included = _included_files(sources)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        for name, data in stubs.items():
            _write(scratch, Path("exercises") / name, data)
        _write(scratch, Path("exercises") / MARKER, MARKER_TEXT)
        shutil.copytree(
            sources.docs, scratch / "docs", ignore=shutil.ignore_patterns(*_DOCS_IGNORED)
        )
        shutil.copy2(sources.root / "mkdocs.yml", scratch / "mkdocs.yml")
        _include(scratch, sources, included)
        _write(scratch, "README.md", release_readme(course, requirement))
        _write(scratch, "requirements.txt", f"# la4ml, the course's grader\n{requirement}\n")
        _write(scratch, ".gitignore", GITIGNORE)
        install = "python -m pip install -r requirements.txt"
        _write(scratch, WORKFLOW_PATH, workflow(parts, install))
        files = sum(1 for p in scratch.rglob("*") if p.is_file())
        scratch.chmod(0o755)
        if target.is_dir():
            target.rmdir()  # empty, checked above
        os.replace(scratch, target)
    except OSError as error:
        raise ReleaseError(f"cannot write the release: {error}") from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Release(target, requirement, files)
