"""The workspace's history: ``.la4ml/history.jsonl``, one JSON object per line.

Each grading run appends a ``grade`` record and each hint shown appends a
``hint`` record. A record is appended under an exclusive lock on the
directory by writing the whole new file beside the old one and renaming it
over it, so a reader never sees a half-written line. Nothing else is written
into the workspace.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import time
from pathlib import Path

from grader.results import CourseResult

HISTORY_DIR = ".la4ml"
HISTORY_FILE = "history.jsonl"


def history_path(workspace: Path) -> Path:
    return workspace / HISTORY_DIR / HISTORY_FILE


def read(workspace: Path) -> list[dict]:
    """Every well-formed record, oldest first; damaged lines are skipped."""
    try:
        text = history_path(workspace).read_text(encoding="utf-8")
    except OSError:
        return []
    records = []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def append(workspace: Path, record: dict) -> None:
    """Add one record atomically; raises OSError if the workspace is not writable."""
    directory = workspace / HISTORY_DIR
    directory.mkdir(exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    lock = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = directory / HISTORY_FILE
        try:
            old = path.read_bytes()
        except FileNotFoundError:
            old = b""
        if old and not old.endswith(b"\n"):
            old += b"\n"
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".history-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(old + line.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    finally:
        os.close(lock)


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


def best_scores(records: list[dict]) -> dict[int, dict]:
    """Per part: the best score so far and the status of the latest run."""
    summary: dict[int, dict] = {}
    for record in records:
        if record.get("event") != "grade" or not isinstance(record.get("parts"), dict):
            continue
        for key, part in record["parts"].items():
            if not (key.isdigit() and isinstance(part, dict)):
                continue
            score = part.get("score")
            entry = summary.setdefault(int(key), {"best": 0.0})
            if isinstance(score, (int, float)):
                entry["best"] = max(entry["best"], float(score))
            entry["status"] = part.get("status")
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
