"""The workspace's history: ``.la4ml/history.jsonl``, one JSON object per line.

Each grading run appends a ``grade`` record and each hint shown appends a
``hint`` record. A record is appended under an exclusive lock on the
directory by writing the whole new file beside the old one and renaming it
over it, so a reader never sees a half-written line. Nothing else is written
into the workspace.

The workspace belongs to the student, and the grader may run as root, so the
history is handled like any student file: the ``.la4ml`` directory and the
file are opened relative to a descriptor of their parent with ``O_NOFOLLOW``
(a symbolic link is refused, never followed), reads are size-capped, and
every record is validated before it is used: a damaged or forged line is
skipped, and no score above a part's maximum is ever believed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import secrets
import stat
import time
from pathlib import Path

from grader.results import PART_STATUSES, CourseResult

HISTORY_DIR = ".la4ml"
HISTORY_FILE = "history.jsonl"
MAX_HISTORY_BYTES = 8 * 1024 * 1024
_DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class HistoryError(OSError):
    """The history cannot be written safely; the message says why."""


def history_path(workspace: Path) -> Path:
    return workspace / HISTORY_DIR / HISTORY_FILE


def _open_directory(workspace: Path, create: bool) -> int | None:
    """A descriptor of ``workspace/.la4ml`` (created if asked), never through a link."""
    try:
        parent = os.open(workspace, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        if create:
            raise
        return None
    try:
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(HISTORY_DIR, 0o755, dir_fd=parent)
        try:
            return os.open(HISTORY_DIR, _DIRECTORY, dir_fd=parent)
        except OSError:
            if os.path.islink(workspace / HISTORY_DIR):
                raise HistoryError(
                    f"{workspace / HISTORY_DIR} is a symbolic link; the grader does not follow it"
                ) from None
            if create:
                raise
            return None
    finally:
        os.close(parent)


def _read_bytes(directory: int) -> bytes:
    try:
        fd = os.open(HISTORY_FILE, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=directory)
    except OSError:
        return b""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return b""
        if info.st_size > MAX_HISTORY_BYTES:  # keep the newest records
            os.lseek(fd, info.st_size - MAX_HISTORY_BYTES, os.SEEK_SET)
        chunks, total = [], 0
        while total < MAX_HISTORY_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_HISTORY_BYTES - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
        if info.st_size > MAX_HISTORY_BYTES:
            data = data.partition(b"\n")[2]  # the first line was cut
        return data
    finally:
        os.close(fd)


def read(workspace: Path) -> list[dict]:
    """Every well-formed record, oldest first; damaged lines are skipped."""
    try:
        directory = _open_directory(workspace, create=False)
    except OSError:
        return []
    if directory is None:
        return []
    try:
        data = _read_bytes(directory)
    finally:
        os.close(directory)
    records = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if _valid(record):
            records.append(record)
    return records


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _valid(record) -> bool:
    if not isinstance(record, dict):
        return False
    if record.get("event") == "hint":
        return (
            isinstance(record.get("part"), int)
            and isinstance(record.get("function"), str)
            and isinstance(record.get("level"), int)
        )
    if record.get("event") != "grade" or not isinstance(record.get("parts"), dict):
        return False
    for key, part in record["parts"].items():
        if not (isinstance(key, str) and key.isdigit() and isinstance(part, dict)):
            return False
        score, maximum = part.get("score"), part.get("max_score")
        if not (_number(score) and _number(maximum) and 0 <= score <= maximum):
            return False
        if part.get("status") not in PART_STATUSES:
            return False
        functions = part.get("functions", {})
        if not isinstance(functions, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in functions.items()
        ):
            return False
    return True


def append(workspace: Path, record: dict) -> None:
    """Add one record atomically; raises OSError if the workspace is not writable."""
    directory = _open_directory(workspace, create=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        fcntl.flock(directory, fcntl.LOCK_EX)
        old = _read_bytes(directory)
        if old and not old.endswith(b"\n"):
            old += b"\n"
        temporary = f".history-{secrets.token_hex(8)}.tmp"
        fd = os.open(
            temporary,
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o644,
            dir_fd=directory,
        )
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(old + line.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, HISTORY_FILE, src_dir_fd=directory, dst_dir_fd=directory)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary, dir_fd=directory)
            raise
    finally:
        os.close(directory)


def grade_record(result: CourseResult) -> dict:
    """What a grading run leaves in the history."""
    return {
        "event": "grade",
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seed": result.seed,
        "score": result.score,
        "max_score": result.max_score,
        "parts": {
            str(part.number): {
                "status": part.status,
                "score": part.score,
                "max_score": part.max_score,
                "functions": {f.name: f.status for f in part.functions},
            }
            for part in result.parts
        },
    }


def hint_record(part: int, function: str, level: int) -> dict:
    return {
        "event": "hint",
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "part": part,
        "function": function,
        "level": level,
    }


def best_scores(records: list[dict], maxima: dict[int, float] | None = None) -> dict[int, dict]:
    """Per part: the best score so far and the status of the latest run.

    ``maxima`` (part number -> the manifest's maximum) rejects records that
    claim more than a part is worth, whatever the file says.
    """
    summary: dict[int, dict] = {}
    for record in records:
        if record.get("event") != "grade" or not _valid(record):
            continue
        for key, part in record["parts"].items():
            number = int(key)
            if maxima is not None and (
                number not in maxima or part["score"] > maxima[number] + 1e-9
            ):
                continue
            entry = summary.setdefault(number, {"best": 0.0})
            entry["best"] = max(entry["best"], float(part["score"]))
            entry["status"] = part["status"]
            entry["functions"] = part.get("functions", {})
    return summary


def hint_levels_seen(records: list[dict], part: int, function: str) -> int:
    """The highest hint level already shown for this function (0 for none)."""
    levels = [
        r.get("level", 0)
        for r in records
        if r.get("event") == "hint"
        and r.get("part") == part
        and r.get("function") == function
        and isinstance(r.get("level"), int)
    ]
    return max(levels, default=0)
