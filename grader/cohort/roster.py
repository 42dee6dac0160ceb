"""The class roster: a CSV with the columns id, name, email and section."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

REQUIRED = ("id", "name", "email", "section")
MAX_ROSTER_BYTES = 16 * 1024 * 1024


class RosterError(ValueError):
    """The roster cannot be used; the message names the file, the line and the fix."""


@dataclass(frozen=True)
class Student:
    id: str
    name: str = ""
    email: str = ""
    section: str = ""
    sis_id: str = ""


def read_roster(path: Path) -> dict[str, Student]:
    """id -> Student, in file order; RosterError for anything that would mislead a grade."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RosterError(f"cannot read the roster {path}: {error.strerror}") from None
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(f"{path} is {len(data):,} bytes; a roster may have 16 MiB at most")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RosterError(f"{path}: not UTF-8 at byte {error.start}; save it as UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise RosterError(
            f"{path}: the roster has no column {', '.join(missing)}; its first line must name "
            f"the columns {', '.join(REQUIRED)} (found: {', '.join(header) or 'nothing'})"
        )
    reader.fieldnames = header
    students: dict[str, Student] = {}
    for line, row in enumerate(reader, start=2):
        student_id = (row.get("id") or "").strip()
        if not student_id:
            raise RosterError(f"{path}, line {line}: a student without an id")
        if student_id in students:
            raise RosterError(f"{path}, line {line}: the id {student_id!r} appears twice")
        students[student_id] = Student(
            id=student_id,
            name=(row.get("name") or "").strip(),
            email=(row.get("email") or "").strip(),
            section=(row.get("section") or "").strip(),
            sis_id=(row.get("sis_id") or "").strip(),
        )
    return students
