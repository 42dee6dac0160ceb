"""``la4ml lesson PART``: where to read a part's lesson.

In order of preference: the course site built into ``site/`` of a course
copy (a checkout or a student release) at or above the current folder; the
same copy served by ``la4ml docs``; the published site named in la4ml's
metadata (``[project.urls] Documentation``).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from grader.delivery.sources import find_course
from grader.manifest import Part

LOCAL_SERVER = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class LessonLocation:
    """A lesson's address (None when there is none to give) and how to use it."""

    url: str | None
    note: str


def page_path(part: Part) -> str:
    """The page's path in the built site: ``foundations/01-vectors/``."""
    if not part.lesson:
        raise ValueError(f"part {part.number} has no lesson page in the course manifest")
    return part.lesson.removesuffix(".md") + "/"


def published_site() -> str | None:
    """The course site's address from la4ml's metadata, if it names one."""
    try:
        entries = metadata.metadata("la4ml").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "documentation" and url.strip().startswith("https://"):
            return url.strip().rstrip("/")
    return None


def lesson_location(part: Part, start: Path) -> LessonLocation:
    """Where to read ``part``'s lesson, looking for a course copy from ``start`` upward."""
    page = page_path(part)
    course = find_course(start)
    if course is not None:
        built = course.root / "site" / page / "index.html"
        if built.is_file():
            return LessonLocation(built.as_uri(), f"from the site built in {course.root / 'site'}")
        return LessonLocation(
            f"{LOCAL_SERVER}/{page}",
            f"start the site first: run `la4ml docs` in {course.root} and leave it running",
        )
    published = published_site()
    if published is not None:
        return LessonLocation(f"{published}/{page}", "on the course site")
    return LessonLocation(
        None,
        f"this la4ml does not know where the course site is published; the lesson is "
        f"docs/{part.lesson} in the course's repository (ask your instructor for the "
        "site's address), or run `la4ml docs` in a copy of the course",
    )
