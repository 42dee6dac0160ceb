"""``la4ml class``: layouts, the gradebook, resuming, lanes, exports, shards, bad input."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from grader.cli import main
from grader.cohort import gradebook as gradebook_module

from .conftest import EXERCISES, REPO, SOLUTIONS

PART1 = "part01_vectors.py"
WRONG = REPO / "tests" / "wrong" / "part01_vectors"


def solution(name: str = PART1) -> bytes:
    return (SOLUTIONS / name).read_bytes()


def stub(name: str = PART1) -> bytes:
    return (EXERCISES / name).read_bytes()


def wrong() -> bytes:
    mistake = sorted(WRONG.glob("add__*.py"))[0].read_bytes()
    return solution() + b"\n\n" + mistake


def make_class(root: Path, students: dict[str, dict[str, bytes]]) -> Path:
    """A folder with one folder per student, each with the given files."""
    root.mkdir(parents=True, exist_ok=True)
    for student, files in students.items():
        for name, data in files.items():
            path = root / student / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return root


def cli(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def class_grade(submissions, gradebook, *extra):
    return cli("class", "grade", submissions, "-g", gradebook, "--parts", "1", "-j", "2", *extra)


def export(gradebook, fmt="csv") -> str:
    result = cli("class", "export", "-g", gradebook, "--format", fmt)
    assert result.exit_code == 0, result.output
    return result.output


def rows(gradebook) -> list[tuple]:
    with sqlite3.connect(gradebook) as db:
        return db.execute(
            "SELECT run_id, student_id, status, score FROM gradings ORDER BY run_id, student_id"
        ).fetchall()


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def classroom(tmp_path):
    root = make_class(
        tmp_path / "submissions",
        {
            "alice": {PART1: solution()},
            "bob": {PART1: stub()},
            "carol": {f"exercises/{PART1}": wrong(), "notes.txt": b"my notes"},
        },
    )
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,email,section\nalice,Alice A,a@x.org,S1\nbob,Bob B,b@x.org,S2\n"
        "dave,Dave D,d@x.org,S1\n"
    )
    return root, roster, tmp_path / "gradebook.sqlite"


# ---------------------------------------------------------------- grading and resuming


def test_a_class_is_graded_into_the_gradebook_and_reported(classroom):
    submissions, roster, book = classroom
    before = tree_hash(submissions)
    result = class_grade(submissions, book, "--roster", roster)
    assert result.exit_code == 0, result.output
    assert "graded 3" in result.output and "missing 1" in result.output
    assert "not on the roster (graded anyway): carol" in result.output
    assert "1 other file(s) ignored" in export(book)
    lines = export(book).splitlines()
    assert lines[0].startswith("student,name,section,part01,total")
    scores = {line.split(",")[0]: line.split(",") for line in lines[1:]}
    assert scores["alice"][3] == "14.00" and scores["alice"][-2] == "graded"
    assert scores["bob"][3] == "0.00"
    assert 0 < float(scores["carol"][3]) < 14
    assert scores["dave"][-2] == "missing"
    with sqlite3.connect(book) as db:
        functions = db.execute(
            "SELECT COUNT(*) FROM results WHERE student_id = 'alice' AND status = 'passed'"
        ).fetchone()[0]
        stamp = db.execute(
            "SELECT content_hash, seed, grader_version FROM results WHERE student_id = 'carol'"
        ).fetchone()
    assert functions == 6
    assert len(stamp[0]) == 64 and stamp[1] == 0 and stamp[2]
    assert tree_hash(submissions) == before  # nothing in a submission changed
    assert not list(submissions.rglob(".la4ml"))


def test_a_rerun_skips_the_unchanged_and_regrades_the_changed(classroom):
    submissions, roster, book = classroom
    class_grade(submissions, book, "--roster", roster)
    first = rows(book)
    again = class_grade(submissions, book, "--roster", roster)
    assert "graded 0" in again.output and "unchanged and skipped 4" in again.output
    assert rows(book) == first
    (submissions / "bob" / PART1).write_bytes(solution())
    changed = class_grade(submissions, book, "--roster", roster)
    assert "graded 1" in changed.output
    assert "bob,Bob B,S2,14.00" in export(book)
    regrade = class_grade(submissions, book, "--roster", roster, "--student", "alice")
    assert "graded 1" in regrade.output
    forced = class_grade(submissions, book, "--roster", roster, "--force")
    assert "graded 3" in forced.output
    other_seed = class_grade(submissions, book, "--roster", roster, "--seed", "7")
    assert "graded 3" in other_seed.output


def test_lanes_give_the_same_gradebook_as_one_lane(classroom, tmp_path):
    submissions, roster, book = classroom
    class_grade(submissions, book, "--roster", roster, "-j", "1")
    parallel = tmp_path / "parallel.sqlite"
    class_grade(submissions, parallel, "--roster", roster, "-j", "3")
    assert export(book) == export(parallel)
    assert export(book, "canvas") == export(parallel, "canvas")


def test_exports_are_byte_stable(classroom):
    submissions, roster, book = classroom
    class_grade(submissions, book, "--roster", roster)
    for fmt in ("csv", "canvas", "json"):
        assert export(book, fmt) == export(book, fmt)
    canvas = export(book, "canvas").splitlines()
    assert canvas[0].startswith("Student,ID,SIS User ID,SIS Login ID,Section,")
    assert canvas[1].startswith("    Points Possible,,,,,14.00")
    data = json.loads(export(book, "json"))
    assert [s["student"] for s in data["students"]] == ["alice", "bob", "carol", "dave"]


def test_a_student_who_runs_out_of_time_is_recorded_and_the_run_goes_on(tmp_path):
    looping = solution() + (
        b"\n\ndef _forever(*args):\n    while True:\n        pass\n\n\n"
        b"as_vector = add = scale = linear_combination = centroid = standard_basis = _forever\n"
    )
    submissions = make_class(
        tmp_path / "subs", {"slow": {PART1: looping}, "fast": {PART1: solution()}}
    )
    book = tmp_path / "book.sqlite"
    result = class_grade(submissions, book, "--timeout", "0.3", "--student-timeout", "2")
    assert result.exit_code == 0, result.output
    statuses = {row[1]: row[2] for row in rows(book)}
    assert statuses == {"fast": "graded", "slow": "timeout"}
    assert "fast,,,14.00" in export(book)


def processes_mentioning(text: str, wait: float) -> list[int]:
    """Processes whose command line contains ``text``, once none is left or ``wait`` s pass."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and text in (entry / "cmdline").read_text():
                    found.append(int(entry.name))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_a_killed_run_resumes_to_the_same_gradebook(tmp_path):
    students = {f"s{i:02d}": {PART1: solution() if i % 3 else wrong()} for i in range(12)}
    submissions = make_class(tmp_path / "subs", students)
    whole = tmp_path / "whole.sqlite"
    class_grade(submissions, whole, "-j", "1")
    interrupted = tmp_path / "interrupted.sqlite"
    command = [sys.executable, "-m", "grader", "class", "grade", str(submissions),
               "-g", str(interrupted), "--parts", "1", "-j", "1"]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        try:
            done = len([r for r in rows(interrupted) if r[2] == "graded"])
        except sqlite3.Error:
            continue
        if done >= 4:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = len([r for r in rows(interrupted) if r[2] == "graded"])
    assert 4 <= partial < 12, "the run was not killed midway"
    # Its lane (a group of its own) and the lane's sandboxes end with it.
    assert not processes_mentioning(str(interrupted), wait=10)
    rerun = class_grade(submissions, interrupted, "-j", "1")
    assert f"unchanged and skipped {partial}" in rerun.output
    assert export(interrupted) == export(whole)


# ---------------------------------------------------------------- layouts


def test_a_zip_of_folders_and_a_canvas_download(tmp_path):
    folders = tmp_path / "folders.zip"
    with zipfile.ZipFile(folders, "w") as bundle:
        bundle.writestr(f"class/alice/{PART1}", solution())
        bundle.writestr(f"class/bob/exercises/{PART1}", stub())
    book = tmp_path / "a.sqlite"
    assert class_grade(folders, book).exit_code == 0
    assert "alice,,,14.00" in export(book) and "bob,,,0.00" in export(book)
    canvas = tmp_path / "canvas.zip"
    with zipfile.ZipFile(canvas, "w") as bundle:
        bundle.writestr(f"smithjo_12345_67890_{PART1}", stub())
        bundle.writestr("smithjo_12345_67891_part01_vectors-1.py", wrong())
        bundle.writestr("smithjo_late_12345_67892_part01_vectors-2.py", solution())
        bundle.writestr("leeann_222_333_part01_vectors.py", wrong())
        bundle.writestr("leeann_222_334_readme.txt", b"hello")
    book = tmp_path / "c.sqlite"
    assert class_grade(canvas, book).exit_code == 0
    table = export(book)
    assert "smithjo,,,14.00" in table  # the latest resubmission (-2) was graded
    assert ",leeann," in export(book, "canvas").replace("222,,leeann", ",leeann,")
    assert "222" in export(book, "canvas")  # Canvas's user id fills the ID column


# ---------------------------------------------------------------- bad input


def _bad(tmp_path, submissions, *extra, book=None):
    book = book or tmp_path / "book.sqlite"
    return cli("class", "grade", submissions, "-g", book, "--parts", "1", *extra)


def test_a_damaged_zip_is_one_clear_error(tmp_path):
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    result = _bad(tmp_path, broken)
    assert result.exit_code == 2
    assert "broken.zip is not a valid zip file" in result.output


def test_hostile_archive_entries_are_refused_and_reported(tmp_path):
    archive = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr(f"../../{PART1}", solution())
        bundle.writestr(f"/abs/{PART1}", solution())
        link = zipfile.ZipInfo(f"mallory/{PART1}")
        link.external_attr = (0o120777) << 16
        bundle.writestr(link, "/etc/shadow")
        bundle.writestr(f"alice/{PART1}", solution())
    result = _bad(tmp_path, archive)
    assert result.exit_code == 0, result.output
    assert "a path that leaves the archive; refused" in result.output
    table = export(tmp_path / "book.sqlite")
    assert "alice,,,14.00" in table
    assert "a symbolic link; not followed" in table
    assert not (tmp_path.parent / PART1).exists()


def test_links_huge_and_non_utf8_files_cost_their_student_only(tmp_path):
    submissions = make_class(
        tmp_path / "subs",
        {"alice": {PART1: solution()}, "eve": {}, "zoe": {PART1: "é = 1\n".encode("latin-1")}},
    )
    (submissions / "eve").mkdir(exist_ok=True)
    os.symlink(SOLUTIONS / PART1, submissions / "eve" / PART1)
    huge = submissions / "frank" / PART1
    huge.parent.mkdir()
    with open(huge, "wb") as stream:
        stream.truncate(100 * 1024 * 1024)  # 100 MB, sparse
    result = _bad(tmp_path, submissions)
    assert result.exit_code == 0, result.output
    table = export(tmp_path / "book.sqlite")
    lines = {line.split(",")[0]: line for line in table.splitlines()[1:]}
    assert ",14.00," in lines["alice"]
    assert "a symbolic link" in lines["eve"]
    assert "104,857,600 bytes" in lines["frank"]
    assert "not valid UTF-8" in lines["zoe"]


def test_two_submissions_with_one_id_are_refused(tmp_path):
    archive = tmp_path / "canvas.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr(f"kim_100_1_{PART1}", solution())
        bundle.writestr(f"kim_200_2_{PART1}", stub())
    result = _bad(tmp_path, archive)
    assert result.exit_code == 0
    line = next(x for x in export(tmp_path / "book.sqlite").splitlines() if x.startswith("kim"))
    assert ",error," in line and "two submissions have the id 'kim'" in line


def test_gradebook_problems_are_clear_and_lose_nothing(classroom, tmp_path):
    submissions, roster, book = classroom
    class_grade(submissions, book, "--roster", roster)
    kept = rows(book)
    with sqlite3.connect(book) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    newer = class_grade(submissions, book)
    assert newer.exit_code == 2 and "written by a newer la4ml" in newer.output
    with sqlite3.connect(book) as db:
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    assert rows(book) == kept
    not_a_book = tmp_path / "notes.txt"
    not_a_book.write_text("my notes\n" * 100)
    result = class_grade(submissions, not_a_book)
    assert result.exit_code == 2 and "is not a la4ml gradebook" in result.output
    assert not_a_book.read_text() == "my notes\n" * 100
    if os.geteuid() != 0:  # root writes through a read-only mode
        os.chmod(book, 0o444)
        read_only = class_grade(submissions, book, "--force")
        assert read_only.exit_code == 2 and "read-only" in read_only.output
        os.chmod(book, 0o644)
    readonly_dir = tmp_path / "ro"
    readonly_dir.mkdir()
    os.chmod(readonly_dir, 0o555)
    try:
        if os.geteuid() != 0:
            result = class_grade(submissions, readonly_dir / "book.sqlite")
            assert result.exit_code == 2 and "cannot write the gradebook" in result.output
    finally:
        os.chmod(readonly_dir, 0o755)
    assert rows(book) == kept


def test_a_read_only_gradebook_is_refused_before_grading(grader):
    """As root and as a user: a gradebook the grading user may not write is refused at once."""
    owned = grader.workspace("books")
    book = owned / "book.sqlite"
    gradebook_module.Gradebook(book).close()
    os.chmod(book, 0o444)
    os.chmod(owned, 0o555)
    subs = grader.workspace("subs")
    for student in ("alice", "bob"):
        (subs / student).mkdir()
        (subs / student / PART1).write_bytes(solution())
    try:
        result = grader.run("class", "grade", subs, "-g", book, "--parts", "1")
    finally:
        os.chmod(owned, 0o755)
    if grader.uid == 0:  # root may write whatever the mode says: the grading goes ahead
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 2, result.stdout + result.stderr
    assert "read-only" in result.stderr or "cannot write the gradebook" in result.stderr


def test_a_roster_without_its_columns_is_refused(classroom, tmp_path):
    submissions, _, book = classroom
    roster = tmp_path / "bad-roster.csv"
    roster.write_text("student,name\nalice,Alice\n")
    result = class_grade(submissions, book, "--roster", roster)
    assert result.exit_code == 2
    assert "the roster has no column id, email, section" in result.output
    assert not book.exists() or rows(book) == []


def test_weak_isolation_is_refused_unless_allowed(classroom, monkeypatch):
    submissions, _, book = classroom
    monkeypatch.setenv("LA4ML_BWRAP", "")
    from grader.sandbox import isolation

    isolation.detect.cache_clear()
    try:
        refused = class_grade(submissions, book)
        assert refused.exit_code == 2
        assert "refusing to grade a class without namespaces" in refused.output
        allowed = class_grade(submissions, book, "--allow-weak-isolation")
        assert allowed.exit_code == 0 and "(isolation: rlimits)" in allowed.output
    finally:
        isolation.detect.cache_clear()


def test_bad_options_are_usage_errors(classroom):
    submissions, _, book = classroom
    assert "must look like K/N" in class_grade(submissions, book, "--shard", "2").output
    assert "K must be between 1 and N" in class_grade(submissions, book, "--shard", "4/3").output
    unknown = class_grade(submissions, book, "--student", "nobody")
    assert unknown.exit_code == 2 and "no such student" in unknown.output
    missing = cli("class", "export", "-g", book.parent / "none.sqlite")
    assert missing.exit_code == 2 and "does not exist" in missing.output


# ---------------------------------------------------------------- shards and merge


def test_shards_merge_into_the_single_machine_gradebook(tmp_path):
    students = {f"u{i:02d}": {PART1: [solution(), stub(), wrong()][i % 3]} for i in range(9)}
    submissions = make_class(tmp_path / "subs", students)
    whole = tmp_path / "whole.sqlite"
    class_grade(submissions, whole)
    shards = []
    for index in (1, 2, 3):
        shard = tmp_path / f"shard{index}.sqlite"
        assert class_grade(submissions, shard, "--shard", f"{index}/3").exit_code == 0
        shards.append(shard)
    counts = [len(rows(s)) for s in shards]
    assert sum(counts) == 9 and max(counts) < 9
    merged = tmp_path / "merged.sqlite"
    result = cli("class", "merge", "-g", merged, *shards)
    assert result.exit_code == 0, result.output
    assert export(merged) == export(whole)
    other = tmp_path / "other-seed.sqlite"
    class_grade(submissions, other, "--shard", "1/3", "--seed", "5")
    conflict = cli("class", "merge", "-g", merged, other)
    assert conflict.exit_code == 2 and "with seed 5" in conflict.output
    assert export(merged) == export(whole)


# ---------------------------------------------------------------- report


def test_the_report_has_its_figures_and_the_facts(classroom, tmp_path):
    pytest.importorskip("matplotlib", reason="the report extra: pip install 'la4ml[report]'")
    submissions, roster, book = classroom
    class_grade(submissions, book, "--roster", roster)
    out = tmp_path / "report"
    result = cli("class", "report", "-g", book, "-o", out)
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text()
    assert page.count("<svg") == 2
    assert "Students: 4 (graded 3, missing 1" in page
    markdown = (out / "report.md").read_text()
    assert "## Functions, hardest first" in markdown
    assert "| 1 | `add` | 33 % (1/3) |" in markdown
    assert "carol" in markdown  # a submission problem to check by hand


def test_a_lane_that_stops_answering_is_replaced(tmp_path, monkeypatch):
    """A lane stuck past a student's limit is killed: that student times out, the rest go on."""
    from grader.cohort import grading, lanes

    real = lanes.grade_task

    def stuck_on_zed(course, options, parent, workspace, task):
        if task.student == "zed":
            time.sleep(300)  # the harness itself hangs: only the coordinator can end this
        return real(course, options, parent, workspace, task)

    monkeypatch.setattr(lanes, "grade_task", stuck_on_zed)
    monkeypatch.setattr(grading, "LANE_GRACE", 0.5)
    students = {name: {PART1: solution()} for name in ("amy", "zed", "ben", "cat")}
    submissions = make_class(tmp_path / "subs", students)
    book = tmp_path / "book.sqlite"
    started = time.monotonic()
    result = class_grade(submissions, book, "--student-timeout", "3")
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 120
    statuses = {row[1]: row[2] for row in rows(book)}
    assert statuses == {"amy": "graded", "ben": "graded", "cat": "graded", "zed": "timeout"}
    assert "took longer than --student-timeout" in export(book)
