"""``la4ml init`` and ``la4ml reset``: make a workspace, or start one part again.

Neither ever replaces a student's file. ``init`` writes only files that are
not there yet; ``reset`` first moves the module into ``.la4ml/backups/``
(never through a symbolic link, never over an earlier backup) and only then
writes a fresh stub.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import string
import time
from dataclasses import dataclass, field
from pathlib import Path

from grader.delivery.sources import stub_sources, version
from grader.manifest import Course, Part
from grader.workspace import MARKER, MARKER_TEXT, is_workspace

TEMPLATES = Path(__file__).with_name("templates")
README = "README.md"
STATE_DIR = ".la4ml"
BACKUPS_DIR = "backups"
_DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


class WorkspaceFilesError(RuntimeError):
    """The workspace cannot be made or changed; nothing was lost, the message says why."""


@dataclass
class InitReport:
    """What ``init`` did: the files it wrote, the files it found and kept, the parts it reset."""

    directory: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    backups: dict[str, str] = field(default_factory=dict)  # module -> its backup


def student_readme(course: Course) -> str:
    """The README a workspace starts with: how to grade, ask for hints and read lessons."""
    rows = "\n".join(f"| {p.number} | `{p.filename}` | {p.title} |" for p in course.parts)
    template = string.Template((TEMPLATES / "workspace-README.md").read_text(encoding="utf-8"))
    return template.substitute(title=course.title, parts=rows, version=version())


def workspace_files(course: Course) -> dict[str, bytes]:
    """Every file a fresh workspace holds, by name."""
    files = {MARKER: MARKER_TEXT.encode(), README: student_readme(course).encode()}
    files.update(stub_sources(course))
    return files


def _write_new(directory_fd: int, name: str, data: bytes) -> bool:
    """Create ``name`` with ``data``; False (and nothing written) if anything has that name."""
    try:
        fd = os.open(name, _NEW_FILE, 0o644, dir_fd=directory_fd)
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno == errno.ELOOP:  # a symbolic link has that name
            return False
        raise
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
    return True


def _open_directory(path: Path) -> int:
    try:
        return os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        raise WorkspaceFilesError(f"cannot open the folder {path}: {error.strerror}") from None


def init_workspace(
    directory: Path, course: Course, merge: bool = False, reset_parts: tuple[int, ...] = ()
) -> InitReport:
    """Make ``directory`` a workspace; never replace a file already there.

    A folder that is not empty and not yet a workspace is refused unless
    ``merge`` is true. ``reset_parts`` start those parts again (with backups).
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise WorkspaceFilesError(f"{directory} exists and is not a folder: choose another name")
    if (
        directory.is_dir()
        and not merge
        and not is_workspace(directory)
        and any(directory.iterdir())
    ):
        raise WorkspaceFilesError(
            f"{directory} is not empty and is not a la4ml workspace; init never replaces "
            "a file, but choose a new folder (la4ml init ws) or add --merge to add the "
            "course files next to what is there"
        )
    files = workspace_files(course)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceFilesError(f"cannot create {directory}: {error.strerror}") from None
    report = InitReport(directory)
    directory_fd = _open_directory(directory)
    try:
        for name, data in files.items():
            try:
                written = _write_new(directory_fd, name, data)
            except OSError as error:
                raise WorkspaceFilesError(
                    f"cannot write {directory / name}: {error.strerror}"
                ) from None
            (report.written if written else report.kept).append(name)
    finally:
        os.close(directory_fd)
    for number in reset_parts:
        part = _part(course, number)
        if part.filename not in report.kept:
            continue  # just written: already a fresh stub
        backup = reset_part(directory, part, files[part.filename])
        report.kept.remove(part.filename)
        if backup is not None:
            report.backups[part.filename] = backup
    return report


def _part(course: Course, number: int) -> Part:
    try:
        return course.part(number)
    except KeyError:
        raise WorkspaceFilesError(
            f"no part {number}: parts are 1 to {len(course.parts)}"
        ) from None


def _subdirectory(parent_fd: int, name: str, shown: Path) -> int:
    """A descriptor of ``parent/name``, created if missing, never through a link."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(name, 0o755, dir_fd=parent_fd)
    try:
        return os.open(name, _DIRECTORY, dir_fd=parent_fd)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR):
            raise WorkspaceFilesError(
                f"cannot keep a backup in {shown}: something that is not a folder has its name"
            ) from None
        raise WorkspaceFilesError(f"cannot keep a backup in {shown}: {error.strerror}") from None


def _move_aside(workspace_fd: int, backups_fd: int, name: str) -> str:
    """Move ``name`` into the backups folder under a new name; return that name."""
    stem = name.removesuffix(".py")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for attempt in itertools.count(1):
        backup = f"{stem}-{stamp}{'' if attempt == 1 else f'-{attempt}'}.py"
        try:
            os.link(
                name, backup, src_dir_fd=workspace_fd, dst_dir_fd=backups_fd, follow_symlinks=False
            )
        except FileExistsError:
            continue
        except OSError:
            # No hard links here (some file systems): rename, after checking the name is free.
            try:
                os.stat(backup, dir_fd=backups_fd, follow_symlinks=False)
                continue
            except FileNotFoundError:
                os.rename(name, backup, src_dir_fd=workspace_fd, dst_dir_fd=backups_fd)
                return backup
        os.unlink(name, dir_fd=workspace_fd)
        return backup
    raise AssertionError("unreachable")


def reset_part(workspace: Path, part: Part, stub: bytes) -> str | None:
    """Put a fresh stub for ``part``; the module there before goes to ``.la4ml/backups/``.

    Returns the backup's path relative to the workspace, or None when there was
    no module to keep.
    """
    workspace = Path(workspace)
    workspace_fd = _open_directory(workspace)
    try:
        backup = None
        if os.path.lexists(workspace / part.filename):
            state_fd = _subdirectory(workspace_fd, STATE_DIR, workspace / STATE_DIR)
            try:
                backups_fd = _subdirectory(
                    state_fd, BACKUPS_DIR, workspace / STATE_DIR / BACKUPS_DIR
                )
                try:
                    name = _move_aside(workspace_fd, backups_fd, part.filename)
                finally:
                    os.close(backups_fd)
            finally:
                os.close(state_fd)
            backup = f"{STATE_DIR}/{BACKUPS_DIR}/{name}"
        try:
            if not _write_new(workspace_fd, part.filename, stub):
                raise WorkspaceFilesError(
                    f"{workspace / part.filename} appeared while resetting it; try again"
                )
        except OSError as error:
            raise WorkspaceFilesError(
                f"cannot write {workspace / part.filename}: {error.strerror}"
            ) from None
        return backup
    except OSError as error:
        raise WorkspaceFilesError(
            f"cannot reset {workspace / part.filename}: {error.strerror}; it was not changed"
        ) from None
    finally:
        os.close(workspace_fd)
