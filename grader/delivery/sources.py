"""Where the course's own files are: the stubs that came with la4ml, and a course checkout.

An installed wheel carries the stubs as ``grader/stubs/`` (copied from
``exercises/`` when the wheel is built, see ``setup.py``); an editable install
reads ``exercises/`` of its checkout directly. Lessons (``docs/`` and
``mkdocs.yml``) exist only in a checkout of the course.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import grader
from grader.manifest import Course

PACKAGE = Path(grader.__file__).resolve().parent
PACKAGED_STUBS = PACKAGE / "stubs"


class SourcesError(RuntimeError):
    """The course files a command needs are not available; the message says where to get them."""


def version() -> str:
    """The installed la4ml's version (the checkout's when it is not installed)."""
    try:
        return metadata.version("la4ml")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def stubs_directory() -> Path:
    """The folder with the stubs of this installation."""
    if PACKAGED_STUBS.is_dir():
        return PACKAGED_STUBS
    checkout = checkout_root()
    if checkout is not None:
        return checkout / "exercises"
    raise SourcesError(
        f"this la4ml has no stubs (neither {PACKAGED_STUBS} nor a checkout's exercises/): "
        "reinstall it (pip install --force-reinstall la4ml)"
    )


def stub_sources(course: Course) -> dict[str, bytes]:
    """File name -> bytes of every part's stub, in course order."""
    directory = stubs_directory()
    stubs = {}
    for part in course.parts:
        path = directory / part.filename
        try:
            stubs[part.filename] = path.read_bytes()
        except OSError as error:
            raise SourcesError(f"cannot read the stub {path}: {error.strerror}") from None
    return stubs


def _is_course_root(directory: Path) -> bool:
    return (
        (directory / "mkdocs.yml").is_file()
        and (directory / "docs").is_dir()
        and (directory / "exercises").is_dir()
    )


def checkout_root() -> Path | None:
    """The checkout this la4ml runs from (an editable install), else None."""
    root = PACKAGE.parent
    if _is_course_root(root) and (root / "pyproject.toml").is_file():
        return root
    return None


@dataclass(frozen=True)
class CourseSources:
    """A copy of the course with its lessons: ``docs/``, ``mkdocs.yml`` and ``exercises/``."""

    root: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"


def find_course(start: Path) -> CourseSources | None:
    """The course copy at or above ``start``, else the checkout la4ml runs from, else None."""
    start = Path(start).absolute()
    for directory in (start, *start.parents):
        if _is_course_root(directory):
            return CourseSources(directory)
    checkout = checkout_root()
    return CourseSources(checkout) if checkout is not None else None
