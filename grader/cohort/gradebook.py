"""The gradebook: a SQLite database that keeps every student's grading as soon as it is made.

Tables:

``meta``       schema version and the la4ml version that created the file;
``runs``       one row per ``la4ml class grade`` run (seed, parts, shard, isolation …);
``students``   the roster, and every student who submitted;
``gradings``   one row per student and run: content hash, seed, grader version,
               status (graded, timeout, missing, error), score, timestamps;
``results``    one row per student × function × run, with the same hash, seed,
               version and timestamps, the function's status, score and first failure.

Each student is committed in its own transaction (WAL journal, full sync), so
killing a run loses at most the students being graded at that moment; a rerun
skips every student whose latest grading has the same content hash, seed,
grader version and parts.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
STATUSES = ("graded", "timeout", "missing", "error")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    seed INTEGER NOT NULL,
    grader_version TEXT NOT NULL,
    parts TEXT NOT NULL,
    shard TEXT NOT NULL,
    submissions TEXT NOT NULL,
    isolation TEXT NOT NULL,
    jobs INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS students (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    sis_id TEXT NOT NULL DEFAULT '',
    canvas_user TEXT NOT NULL DEFAULT '',
    on_roster INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS gradings (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    student_id TEXT NOT NULL REFERENCES students(id),
    content_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    grader_version TEXT NOT NULL,
    parts TEXT NOT NULL,
    status TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    duration REAL NOT NULL,
    isolation TEXT NOT NULL,
    problems TEXT NOT NULL,
    flags TEXT NOT NULL,
    PRIMARY KEY (run_id, student_id)
);
CREATE TABLE IF NOT EXISTS results (
    run_id INTEGER NOT NULL,
    student_id TEXT NOT NULL,
    part INTEGER NOT NULL,
    part_status TEXT NOT NULL,
    function TEXT NOT NULL,
    status TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    message TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    seed INTEGER NOT NULL,
    grader_version TEXT NOT NULL,
    graded_at TEXT NOT NULL,
    PRIMARY KEY (run_id, student_id, part, function),
    FOREIGN KEY (run_id, student_id) REFERENCES gradings(run_id, student_id)
);
CREATE INDEX IF NOT EXISTS gradings_by_student ON gradings (student_id, run_id);
"""


class GradebookError(RuntimeError):
    """The gradebook cannot be used; the message names the file and what to do."""


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass
class Grading:
    """One student's grading in one run, ready to be stored."""

    student_id: str
    content_hash: str
    seed: int
    grader_version: str
    parts: str
    status: str
    score: float
    max_score: float
    started_at: str
    finished_at: str
    duration: float
    isolation: str
    problems: list[str]
    flags: list[dict]
    results: list[dict]  # part, part_status, function, status, score, max_score, message


class Gradebook:
    """An open gradebook file."""

    def __init__(self, path: Path, create: bool = True):
        """Open ``path``; ``create`` (for writing) makes it if needed, else it must exist."""
        self.path = path
        if not create and not path.is_file():
            raise GradebookError(f"{path} does not exist: grade a class into it first")
        if path.exists() and not path.is_file():
            raise GradebookError(f"{path} is not a file")
        if create:
            self._check_can_write()
        writable = create or (
            os.access(path, os.W_OK)
            and os.access(path.parent if str(path.parent) else ".", os.W_OK)
        )
        try:
            if writable:
                self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            else:
                uri = f"{path.resolve().as_uri()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            version = self._schema_version()
        except sqlite3.OperationalError as error:
            raise GradebookError(f"cannot open the gradebook {path}: {error}") from None
        except sqlite3.DatabaseError as error:
            raise GradebookError(
                f"{path} is not a la4ml gradebook ({error}); give another --gradebook file"
            ) from None
        if version is not None and version > SCHEMA_VERSION:
            self.db.close()
            raise GradebookError(
                f"{path} was written by a newer la4ml (gradebook schema {version}; this la4ml "
                f"reads up to {SCHEMA_VERSION}): upgrade la4ml to use it"
            )
        if version is None and not create:
            self.db.close()
            raise GradebookError(f"{path} is not a la4ml gradebook (it has no la4ml tables)")
        if create:
            self.db.execute("PRAGMA synchronous = FULL")
            if version is None:
                self._create()

    def _check_can_write(self) -> None:
        folder = self.path.parent if str(self.path.parent) else Path(".")
        if self.path.exists() and not os.access(self.path, os.W_OK):
            raise GradebookError(f"{self.path} is read-only: give a writable --gradebook file")
        if not folder.is_dir():
            raise GradebookError(f"the folder {folder} of the gradebook does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise GradebookError(
                f"cannot write the gradebook {self.path}: its folder {folder} is not writable "
                "(SQLite keeps its journal beside the file)"
            )

    def _schema_version(self) -> int | None:
        exists = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if not exists:
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else None

    def _create(self) -> None:
        from grader.version import grader_version

        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.executescript(_SCHEMA)
            with self.transaction():
                self.db.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("schema_version", str(SCHEMA_VERSION)), ("created_by", grader_version())],
                )
        except sqlite3.OperationalError as error:
            raise GradebookError(f"cannot write the gradebook {self.path}: {error}") from None

    def check_writable(self) -> None:
        """Fail now, before any grading, if the file cannot take a write."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            raise GradebookError(
                f"cannot write the gradebook {self.path}: {error}; give a writable "
                "--gradebook file"
            ) from None

    def close(self) -> None:
        """Close, folding the write-ahead log back into the file where we may write."""
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    # ------------------------------------------------------------ writing

    def transaction(self):
        return _Transaction(self.db)

    def start_run(self, **fields) -> int:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO runs (started_at, seed, grader_version, parts, shard, submissions, "
                "isolation, jobs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now(),
                    fields["seed"],
                    fields["grader_version"],
                    fields["parts"],
                    fields["shard"],
                    fields["submissions"],
                    fields["isolation"],
                    fields["jobs"],
                ),
            )
            return int(cursor.lastrowid)

    def finish_run(self, run_id: int) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished_at = ? WHERE id = ?", (now(), run_id))

    def upsert_students(self, students) -> None:
        """Roster entries (on_roster = 1) and other known students, in one transaction."""
        with self.transaction():
            for student, on_roster, canvas_user in students:
                self.db.execute(
                    "INSERT INTO students (id, name, email, section, sis_id, canvas_user, "
                    "on_roster) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "name = CASE WHEN excluded.on_roster THEN excluded.name ELSE name END, "
                    "email = CASE WHEN excluded.on_roster THEN excluded.email ELSE email END, "
                    "section = CASE WHEN excluded.on_roster THEN excluded.section "
                    "ELSE section END, "
                    "sis_id = CASE WHEN excluded.on_roster THEN excluded.sis_id ELSE sis_id END, "
                    "canvas_user = CASE WHEN excluded.canvas_user != '' THEN excluded.canvas_user "
                    "ELSE canvas_user END, on_roster = MAX(on_roster, excluded.on_roster)",
                    (
                        student.id,
                        student.name,
                        student.email,
                        student.section,
                        student.sis_id,
                        canvas_user or "",
                        int(on_roster),
                    ),
                )

    def record(self, run_id: int, grading: Grading) -> None:
        """Store one student's grading and its function rows, committed at once."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO gradings VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    grading.student_id,
                    grading.content_hash,
                    grading.seed,
                    grading.grader_version,
                    grading.parts,
                    grading.status,
                    grading.score,
                    grading.max_score,
                    grading.started_at,
                    grading.finished_at,
                    grading.duration,
                    grading.isolation,
                    json.dumps(grading.problems, ensure_ascii=False),
                    json.dumps(grading.flags, ensure_ascii=False, sort_keys=True),
                ),
            )
            self.db.execute(
                "DELETE FROM results WHERE run_id = ? AND student_id = ?",
                (run_id, grading.student_id),
            )
            self.db.executemany(
                "INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        run_id,
                        grading.student_id,
                        row["part"],
                        row["part_status"],
                        row["function"],
                        row["status"],
                        row["score"],
                        row["max_score"],
                        row["message"],
                        grading.content_hash,
                        grading.seed,
                        grading.grader_version,
                        grading.finished_at,
                    )
                    for row in grading.results
                ],
            )

    # ------------------------------------------------------------ reading

    def latest(self, student_id: str) -> sqlite3.Row | None:
        self.db.row_factory = sqlite3.Row
        return self.db.execute(
            "SELECT * FROM gradings WHERE student_id = ? ORDER BY run_id DESC LIMIT 1",
            (student_id,),
        ).fetchone()

    def students(self) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        return self.db.execute("SELECT * FROM students ORDER BY id").fetchall()

    def latest_gradings(self) -> dict[str, sqlite3.Row]:
        """student id -> the student's latest grading row."""
        self.db.row_factory = sqlite3.Row
        rows = self.db.execute(
            "SELECT g.* FROM gradings g JOIN (SELECT student_id, MAX(run_id) AS run_id "
            "FROM gradings GROUP BY student_id) last ON g.student_id = last.student_id "
            "AND g.run_id = last.run_id ORDER BY g.student_id"
        ).fetchall()
        return {row["student_id"]: row for row in rows}

    def results_of(self, run_id: int, student_id: str) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        return self.db.execute(
            "SELECT * FROM results WHERE run_id = ? AND student_id = ? ORDER BY part, rowid",
            (run_id, student_id),
        ).fetchall()

    def runs(self) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        return self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback):
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
        return False
