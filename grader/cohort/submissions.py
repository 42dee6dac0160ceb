"""A class's submissions: found in a folder, a zip of folders, or a Canvas download.

Layouts:

- a folder with one folder per student (the folder's name is the student id);
- a ``.zip`` of the same;
- a Canvas "download submissions" zip: flat files named
  ``login_[late_]12345_67890_part01_vectors.py``, where a resubmission ends
  in ``-1``, ``-2`` … before ``.py`` (the highest number is the latest).

Only files named like a module of the course (``part01_vectors.py``) are kept,
wherever they are nested (``exercises/`` in a copy of the course, say); every
other file is ignored and reported, and nothing is ever executed here. Links
are never followed, paths that climb out of the zip are refused, and sizes
are capped, so a hostile archive costs a line in the report, not the run.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from grader.manifest import Course
from grader.student_files import MAX_SOURCE_BYTES, decode_source

MAX_ZIP_ENTRIES = 200_000
MAX_ZIP_BYTES = 4 * 1024**3  # uncompressed, all entries together
_CANVAS = re.compile(
    r"^(?P<login>[^_/\\]+)_(?:late_|LATE_)?(?P<user>\d+)_(?P<submission>\d+)_(?P<name>.+)$"
)
_RESUBMISSION = re.compile(r"^(?P<stem>.+?)-(?P<number>\d+)$")
_STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}$")


class SubmissionsError(ValueError):
    """The submissions as a whole cannot be read; the message says why and what to do."""


@dataclass
class Submission:
    """One student's modules (name -> bytes) and what was wrong with the rest."""

    student: str
    modules: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # module -> why it cannot be graded
    ignored: int = 0
    canvas_user: str | None = None
    refused: str | None = None  # why this student cannot be graded at all

    @property
    def content_hash(self) -> str:
        """SHA-256 over the modules' names and bytes, and the modules that cannot be graded."""
        digest = hashlib.sha256()
        for name in sorted(self.modules):
            digest.update(name.encode() + b"\0" + hashlib.sha256(self.modules[name]).digest())
        for name in sorted(self.errors):
            digest.update(b"error\0" + name.encode() + b"\0" + self.errors[name].encode())
        return digest.hexdigest()


@dataclass
class Discovery:
    """Every submission found, and the problems that concern no single student."""

    submissions: dict[str, Submission]
    problems: list[str]


def _module_names(course: Course) -> set[str]:
    return {part.filename for part in course.parts}


class _Collector:
    def __init__(self, course: Course, source: str):
        self.modules = _module_names(course)
        self.source = source
        self.submissions: dict[str, Submission] = {}
        self.problems: list[str] = []
        self.depths: dict[tuple[str, str], int] = {}
        self.origins: dict[str, str] = {}

    def student(self, student: str, origin: str) -> Submission | None:
        if not _STUDENT_ID.match(student):
            self.problems.append(
                f"{origin}: {student!r} is not a usable student id (letters, digits and . _ @ + -)"
                "; rename it"
            )
            return None
        known = self.origins.setdefault(student, origin)
        submission = self.submissions.setdefault(student, Submission(student))
        if known != origin:
            submission.refused = (
                f"two submissions have the id {student!r} ({known} and {origin}); keep one "
                "(or rename one) and grade again"
            )
            return None
        return submission

    def add(self, submission: Submission, path: str, data_size: int, read, depth: int) -> None:
        name = PurePosixPath(path).name
        if name not in self.modules:
            submission.ignored += 1
            if re.match(r"^part\d\d_.*\.py$", name):
                submission.problems.append(f"{path}: not a module of this course; ignored")
            return
        key = (submission.student, name)
        if key in self.depths:
            if depth >= self.depths[key]:
                submission.problems.append(
                    f"{path}: a second {name}; the one nearer the top was graded"
                )
                return
            submission.problems.append(f"{name}: several copies; {path} (nearest the top) graded")
        self.depths[key] = depth
        if data_size > MAX_SOURCE_BYTES:
            submission.errors[name] = (
                f"{path} is {data_size:,} bytes; a module may have at most {MAX_SOURCE_BYTES:,}"
            )
            submission.modules.pop(name, None)
            return
        data = read()
        submission.errors.pop(name, None)
        submission.modules[name] = data
        if decode_source(data) is None:
            submission.problems.append(
                f"{path}: not valid UTF-8 (or its coding line is wrong); save it as UTF-8"
            )

    def result(self) -> Discovery:
        for submission in self.submissions.values():
            if submission.ignored:
                submission.problems.append(
                    f"{submission.ignored} other file(s) ignored: only the course's "
                    "partNN_*.py modules are graded"
                )
        return Discovery(dict(sorted(self.submissions.items())), self.problems)


def discover(course: Course, path: Path) -> Discovery:
    """Every student's submission under ``path`` (a folder or a zip)."""
    if not os.path.lexists(path):
        raise SubmissionsError(f"{path} does not exist")
    if path.is_symlink():
        raise SubmissionsError(f"{path} is a symbolic link; give the real folder or zip")
    if path.is_dir():
        return _from_folder(course, path)
    if zipfile.is_zipfile(path):
        return _from_zip(course, path)
    if path.suffix.lower() == ".zip":
        raise SubmissionsError(f"{path} is not a valid zip file (is the download complete?)")
    raise SubmissionsError(f"{path} is neither a folder of submissions nor a .zip")


def _from_folder(course: Course, root: Path) -> Discovery:
    collector = _Collector(course, str(root))
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        shown = f"{root.name}/{entry.name}"
        if entry.is_symlink():
            collector.problems.append(f"{shown}: a symbolic link; not followed")
        elif entry.is_dir(follow_symlinks=False):
            submission = collector.student(entry.name, shown)
            if submission is not None:
                _walk(collector, submission, Path(entry.path), entry.name)
        else:
            collector.problems.append(f"{shown}: a file outside any student's folder; ignored")
    return collector.result()


def _walk(collector: _Collector, submission: Submission, folder: Path, shown: str) -> None:
    for current, directories, files in os.walk(folder, followlinks=False):
        relative = Path(current).relative_to(folder)
        depth = len(relative.parts)
        directories.sort()
        for name in [d for d in directories if os.path.islink(os.path.join(current, d))]:
            submission.problems.append(f"{shown}/{relative / name}: a symbolic link; not followed")
        directories[:] = [d for d in directories if not os.path.islink(os.path.join(current, d))]
        for name in sorted(files):
            full = os.path.join(current, name)
            path = f"{shown}/{(relative / name).as_posix()}"
            info = os.lstat(full)
            if stat.S_ISLNK(info.st_mode):
                if name in collector.modules:
                    submission.errors[name] = f"{path} is a symbolic link; submit the file itself"
                else:
                    submission.problems.append(f"{path}: a symbolic link; not followed")
                continue
            if not stat.S_ISREG(info.st_mode):
                submission.problems.append(f"{path}: not a regular file; ignored")
                continue
            collector.add(submission, path, info.st_size, lambda full=full: _read(full), depth)


def _read(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as stream:
        return stream.read(MAX_SOURCE_BYTES + 1)


def _safe_member(info: zipfile.ZipInfo) -> PurePosixPath | None:
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if name.startswith("/") or ".." in path.parts or re.match(r"^[A-Za-z]:", name):
        return None
    return path


def _from_zip(course: Course, archive: Path) -> Discovery:
    collector = _Collector(course, str(archive))
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            if len(members) > MAX_ZIP_ENTRIES:
                raise SubmissionsError(f"{archive} has {len(members):,} entries; too many")
            total = sum(m.file_size for m in members)
            if total > MAX_ZIP_BYTES:
                raise SubmissionsError(
                    f"{archive} would unpack to {total:,} bytes; unpack it yourself and give "
                    "the folder"
                )
            files = [m for m in members if not m.is_dir()]
            canvas = files and all(
                "/" not in m.filename.strip("/") and _CANVAS.match(m.filename) for m in files
            )
            if canvas:
                _canvas(collector, bundle, files, archive)
            else:
                _nested(collector, bundle, files, archive)
    except zipfile.BadZipFile as error:
        raise SubmissionsError(f"{archive} is a damaged zip file ({error})") from None
    return collector.result()


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _reader(bundle: zipfile.ZipFile, info: zipfile.ZipInfo):
    def read() -> bytes:
        with bundle.open(info) as stream:
            return stream.read(MAX_SOURCE_BYTES + 1)

    return read


def _nested(collector, bundle, files, archive: Path) -> None:
    roots = {PurePosixPath(m.filename).parts[0] for m in files if "/" in m.filename}
    single_top = len(roots) == 1 and all("/" in m.filename for m in files)
    for info in sorted(files, key=lambda m: m.filename):
        path = _safe_member(info)
        shown = f"{archive.name}:{info.filename}"
        if path is None:
            collector.problems.append(f"{shown}: a path that leaves the archive; refused")
            continue
        parts = path.parts[1:] if single_top and len(path.parts) > 2 else path.parts
        if len(parts) < 2:
            collector.problems.append(f"{shown}: a file outside any student's folder; ignored")
            continue
        submission = collector.student(parts[0], f"{archive.name}:{parts[0]}")
        if submission is None:
            continue
        if _is_link(info):
            submission.problems.append(f"{shown}: a symbolic link; not followed")
            continue
        relative = PurePosixPath(*parts)
        collector.add(
            submission, relative.as_posix(), info.file_size, _reader(bundle, info), len(parts) - 2
        )


def _canvas(collector, bundle, files, archive: Path) -> None:
    latest: dict[tuple[str, str], tuple[int, zipfile.ZipInfo, str]] = {}
    for info in files:
        match = _CANVAS.match(info.filename)
        login, original = match["login"], match["name"]
        stem, suffix = os.path.splitext(original)
        resubmission = _RESUBMISSION.match(stem)
        number = int(resubmission["number"]) if resubmission else 0
        name = (resubmission["stem"] if resubmission else stem) + suffix
        key = (login, name, match["user"])
        if key not in latest or number > latest[key][0]:
            latest[key] = (number, info, match["user"])
    for (login, name, _), (_, info, user) in sorted(latest.items()):
        submission = collector.student(login, f"Canvas user {user}")
        if submission is None:
            continue
        submission.canvas_user = user
        shown = f"{archive.name}:{info.filename}"
        if _is_link(info):
            submission.problems.append(f"{shown}: a symbolic link; not followed")
            continue
        collector.add(submission, f"{login}/{name}", info.file_size, _reader(bundle, info), 0)
