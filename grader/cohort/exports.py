"""Exports of a gradebook: a tidy CSV, a Canvas gradebook import, and JSON.

Each export reads every student's latest grading, sorts by student id and
writes numbers with a fixed format, so the same gradebook always gives the
same bytes.
"""

from __future__ import annotations

import csv
import io
import json

from grader.cohort.gradebook import Gradebook
from grader.manifest import Course

FORMATS = ("csv", "canvas", "json")


def _points(value: float) -> str:
    return f"{value:.2f}"


def _table(course: Course, gradebook: Gradebook) -> list[dict]:
    """One plain record per student: identity, status, part scores, total, problems."""
    latest = gradebook.latest_gradings()
    records = []
    for student in gradebook.students():
        grading = latest.get(student["id"])
        parts: dict[int, dict] = {}
        functions: dict[str, dict] = {}
        if grading is not None:
            for row in gradebook.results_of(grading["run_id"], student["id"]):
                part = parts.setdefault(
                    row["part"], {"score": 0.0, "max_score": 0.0, "status": row["part_status"]}
                )
                part["score"] += row["score"]
                part["max_score"] += row["max_score"]
                functions[f"{row['part']}.{row['function']}"] = {
                    "status": row["status"],
                    "score": row["score"],
                    "max_score": row["max_score"],
                    "message": row["message"],
                }
        graded = {p.number for p in course.parts if str(p.number) in _parts(grading)}
        maximum = sum(p.max_score for p in course.parts if p.number in graded)
        score = sum(part["score"] for part in parts.values())
        records.append(
            {
                "student": student["id"],
                "name": student["name"],
                "email": student["email"],
                "section": student["section"],
                "sis_id": student["sis_id"],
                "canvas_user": student["canvas_user"],
                "on_roster": bool(student["on_roster"]),
                "status": grading["status"] if grading else "not graded",
                "parts": {n: parts.get(n, {"score": 0.0, "max_score": 0.0}) for n in graded},
                "functions": functions,
                "score": round(score, 6),
                "max_score": maximum,
                "percent": round(100.0 * score / maximum, 2) if maximum else 0.0,
                "problems": json.loads(grading["problems"]) if grading else [],
                "flags": json.loads(grading["flags"]) if grading else [],
                "content_hash": grading["content_hash"] if grading else "",
                "graded_at": grading["finished_at"] if grading else "",
            }
        )
    return records


def _parts(grading) -> list[str]:
    return grading["parts"].split(",") if grading is not None and grading["parts"] else []


def _part_numbers(course: Course, records: list[dict]) -> list[int]:
    present = {n for record in records for n in record["parts"]}
    return [p.number for p in course.parts if p.number in present]


def to_csv(course: Course, gradebook: Gradebook) -> str:
    """student, name, section, one column per part, total, percent, status, problems."""
    records = _table(course, gradebook)
    numbers = _part_numbers(course, records)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "student",
            "name",
            "section",
            *[f"part{n:02d}" for n in numbers],
            "total",
            "max_total",
            "percent",
            "status",
            "problems",
        ]
    )
    for record in records:
        scores = [
            _points(record["parts"][n]["score"]) if n in record["parts"] else "" for n in numbers
        ]
        writer.writerow(
            [
                record["student"],
                record["name"],
                record["section"],
                *scores,
                _points(record["score"]),
                _points(record["max_score"]),
                f"{record['percent']:.2f}",
                record["status"],
                " | ".join(record["problems"]),
            ]
        )
    return out.getvalue()


def to_canvas(course: Course, gradebook: Gradebook) -> str:
    """Canvas's gradebook import: identity columns, then one column per part and the total.

    Canvas matches rows by ``ID`` (its user id) or ``SIS Login ID``; a column whose
    header is a new assignment name creates that assignment on import. The second
    row gives each column's points possible.
    """
    records = _table(course, gradebook)
    numbers = _part_numbers(course, records)
    titles = {p.number: p.title for p in course.parts}
    columns = [f"la4ml Part {n:02d}: {titles[n]}" for n in numbers] + ["la4ml total"]
    maxima = [_points(next(p.max_score for p in course.parts if p.number == n)) for n in numbers]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *columns])
    total_max = _points(sum(float(m) for m in maxima))
    writer.writerow(["    Points Possible", "", "", "", "", *maxima, total_max])
    for record in records:
        if record["status"] == "not graded":
            continue
        scores = [
            _points(record["parts"][n]["score"]) if n in record["parts"] else "" for n in numbers
        ]
        writer.writerow(
            [
                record["name"] or record["student"],
                record["canvas_user"],
                record["sis_id"],
                record["student"],
                record["section"],
                *scores,
                _points(record["score"]),
            ]
        )
    return out.getvalue()


def to_json(course: Course, gradebook: Gradebook) -> str:
    records = _table(course, gradebook)
    for record in records:
        record["parts"] = {f"{n:02d}": value for n, value in sorted(record["parts"].items())}
    return json.dumps({"students": records}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export(course: Course, gradebook: Gradebook, fmt: str) -> str:
    return {"csv": to_csv, "canvas": to_canvas, "json": to_json}[fmt](course, gradebook)
