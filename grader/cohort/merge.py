"""``la4ml class merge``: shard gradebooks combined into one, conflicts refused.

Each shard graded a disjoint part of the class (``--shard K/N``). Merging
copies every shard's runs, students, gradings and results into the target
(run ids renumbered), after checking that no student was graded in two
places with a different seed or grader version: such a merge would mix
incomparable scores, so it is refused with the names of the files and the
student.
"""

from __future__ import annotations

from pathlib import Path

from grader.cohort.gradebook import Gradebook, GradebookError


class MergeConflict(GradebookError):
    """Two gradebooks disagree about how a student was graded."""


def _check(sources: list[tuple[Path, Gradebook]]) -> None:
    seen: dict[str, tuple[Path, int, str]] = {}
    for path, book in sources:
        for student, row in book.latest_gradings().items():
            stamp = (row["seed"], row["grader_version"])
            if student in seen and seen[student][1:] != stamp:
                other = seen[student][0]
                raise MergeConflict(
                    f"student {student!r} was graded with seed {stamp[0]} and la4ml "
                    f"{stamp[1]} in {path}, but with seed {seen[student][1]} and la4ml "
                    f"{seen[student][2]} in {other}: grade both shards the same way, then merge"
                )
            seen[student] = (path, *stamp)


def merge(target: Path, shards: list[Path]) -> int:
    """Merge ``shards`` into ``target`` (created if needed); the number of students merged."""
    if target.resolve() in {s.resolve() for s in shards}:
        raise GradebookError(f"{target} is also one of the shards; merge into a new file")
    sources = [(path, Gradebook(path, create=False)) for path in shards]
    book = Gradebook(target)
    try:
        book.check_writable()
        _check([*sources, (target, book)])
        students = set()
        with book.transaction() as db:
            for _, source in sources:
                remap = {}
                for run in source.runs():
                    values = dict(run)
                    old = values.pop("id")
                    columns = ", ".join(values)
                    marks = ", ".join("?" for _ in values)
                    cursor = db.execute(
                        f"INSERT INTO runs ({columns}) VALUES ({marks})", tuple(values.values())
                    )
                    remap[old] = cursor.lastrowid
                for student in source.students():
                    values = dict(student)
                    db.execute(
                        "INSERT INTO students VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                        "UPDATE SET on_roster = MAX(on_roster, excluded.on_roster)",
                        tuple(values.values()),
                    )
                for table in ("gradings", "results"):
                    rows = source.db.execute(f"SELECT * FROM {table}").fetchall()
                    for row in rows:
                        values = list(row)
                        values[0] = remap[values[0]]
                        students.add(values[1])
                        marks = ", ".join("?" for _ in values)
                        db.execute(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", values)
        return len(students)
    finally:
        book.close()
        for _, source in sources:
            source.close()
