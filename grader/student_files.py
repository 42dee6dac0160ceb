"""Reading a student's files safely: regular files only, never through a link, size-capped.

The harness may run as root while a workspace belongs to a student, who can
put anything there: a symbolic link to a root-only file, a FIFO that blocks
forever, a device. Every file is opened relative to a descriptor of its
directory, with ``O_NOFOLLOW`` and ``O_NONBLOCK``, and checked with ``fstat``
before a byte is read.
"""

from __future__ import annotations

import importlib.util
import os
import stat
from pathlib import Path

MAX_SOURCE_BYTES = 2 * 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY


class StudentFileError(OSError):
    """A student's file cannot be used; the message says why, for the student."""


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def exists(directory: Path, name: str) -> bool:
    """Whether ``directory/name`` exists at all (a dangling link counts)."""
    return os.path.lexists(directory / name)


def read_module(
    directory: Path, name: str, limit: int = MAX_SOURCE_BYTES, shown: str | None = None
) -> bytes:
    """The bytes of the regular file ``directory/name``; StudentFileError otherwise.

    ``shown`` is how messages name the file (default: its path).
    """
    shown = shown or str(directory / name)
    if os.sep in name or name in (".", ".."):
        raise StudentFileError(f"{name!r} is not a file name")
    try:
        directory_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        raise StudentFileError(f"cannot open the folder {directory}: {error.strerror}") from None
    try:
        try:
            info = os.lstat(name, dir_fd=directory_fd)
        except OSError as error:
            raise StudentFileError(f"cannot read {shown}: {error.strerror}") from None
        if not stat.S_ISREG(info.st_mode):
            raise StudentFileError(
                f"{shown} is {_kind(info.st_mode)}; the grader reads only regular files "
                "(replace it with the module itself)"
            )
        try:
            fd = os.open(name, _OPEN_FLAGS, dir_fd=directory_fd)
        except OSError as error:
            raise StudentFileError(f"cannot read {shown}: {error.strerror}") from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise StudentFileError(f"{shown} changed into {_kind(info.st_mode)} while read")
            if info.st_size > limit:
                raise StudentFileError(
                    f"{shown} is {info.st_size:,} bytes; the limit is {limit:,} bytes"
                )
            chunks, total = [], 0
            while total <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
            if total > limit:
                raise StudentFileError(f"{shown} is larger than the limit of {limit:,} bytes")
            return b"".join(chunks)
        finally:
            os.close(fd)
    finally:
        os.close(directory_fd)


def decode_source(source: bytes) -> str | None:
    """The text of a module as Python decodes it (BOM, coding cookie), or None if it cannot."""
    try:
        return importlib.util.decode_source(source)
    except (SyntaxError, UnicodeDecodeError, LookupError, ValueError):
        return None
