"""The la4ml command: formats, exit codes, history, hints, list and verify."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from grader.cli import main

from .conftest import EXERCISES, REPO, SOLUTIONS

SCHEMA = json.loads((REPO / "grader" / "schemas" / "report.schema.json").read_text())


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_solutions_score_full_marks_on_part_1(cli):
    result = cli("grade", "1", "--workspace", SOLUTIONS, "--format", "json", "--no-history")
    assert result.exit_code == 0
    report = json.loads(result.output)
    jsonschema.validate(report, SCHEMA)
    (part,) = report["parts"]
    assert (part["status"], part["score"], part["max_score"]) == ("complete", 14.0, 14.0)
    assert all(f["status"] == "passed" for f in part["functions"])


def test_stubs_score_zero_with_every_function_not_started(cli, copy_of):
    workspace = copy_of("exercises")
    result = cli("grade", "--workspace", workspace, "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    jsonschema.validate(report, SCHEMA)
    assert report["score"] == 0
    assert len(report["parts"]) == 20
    for part in report["parts"]:
        assert part["status"] in ("not_started", "pending")
        assert all(f["status"] == "not_started" for f in part["functions"])
    graded = [p for p in report["parts"] if p["status"] != "pending"]
    assert graded and report["max_score"] == sum(p["max_score"] for p in graded)


def test_checklist_shows_first_failure_and_hint(cli, course, tmp_path):
    source = (SOLUTIONS / "part01_vectors.py").read_text()
    source += (
        "\n\ndef centroid(points):\n    return np.asarray(points, dtype=float).mean(axis=1)\n"
    )
    (tmp_path / "part01_vectors.py").write_text(source)
    result = cli("grade", "1", "--workspace", tmp_path, "--no-color")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("Part 1 · Vectors, Scalars, and Spaces   partial")
    assert "✓ add" in result.output and "✗ centroid" in result.output
    assert "returned an array of shape (3,); expected shape (2,)" in result.output
    assert f"Hint: {course.part(1).function('centroid').hints[0]}" in result.output
    assert "\x1b[" not in result.output


def test_machine_formats_are_well_formed(cli, tmp_path):
    junit = tmp_path / "report.xml"
    result = cli("grade", "1", "-w", EXERCISES, "--format", "junit", "-o", junit, "--no-history")
    assert result.exit_code == 0 and result.output == ""
    root = ET.parse(junit).getroot()
    assert root.tag == "testsuites"
    everything = tmp_path / "all.xml"
    cli("grade", "-w", EXERCISES, "--format", "junit", "-o", everything, "--no-history")
    for suite in ET.parse(everything).getroot().findall("testsuite"):
        pending = suite.find("testcase/skipped") is not None
        assert int(suite.get("skipped")) == int(pending)
        assert pending or int(suite.get("failures")) == int(suite.get("tests"))
        assert not pending or int(suite.get("failures")) == 0
    assert int(root.get("tests")) == int(root.get("failures")) >= 17
    gradescope = tmp_path / "results.json"
    cli("grade", "1", "-w", SOLUTIONS, "--format", "gradescope", "-o", gradescope, "--no-history")
    report = json.loads(gradescope.read_text())
    assert report["score"] == 14.0
    assert [t["name"] for t in report["tests"]][:2] == ["Part 1 · as_vector", "Part 1 · add"]
    assert all(t["status"] == "passed" and t["score"] == t["max_score"] for t in report["tests"])


def test_fail_under_sets_exit_code_1(cli):
    result = cli("grade", "1", "-w", EXERCISES, "--fail-under", "50", "--no-history")
    assert result.exit_code == 1
    passing = cli("grade", "1", "-w", SOLUTIONS, "--fail-under", "100", "--no-history")
    assert passing.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["grade", "21"], "no part 21"),
        (["grade", "--workspace", "/nonexistent"], "is not a directory"),
        (["grade", "--format", "xml"], "Invalid value for '--format'"),
        (["grade", "--timeout", "0"], "Invalid value for '--timeout'"),
        (["grade", "--bogus"], "No such option"),
        (["hint", "99"], "no part 99"),
        (["hint", "1", "nonexistent"], "has no function 'nonexistent'"),
        (["hint", "1", "add", "--level", "3"], "between 1 and 2"),
    ],
)
def test_usage_errors_exit_2_and_name_the_problem(cli, args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output


def test_broken_manifest_is_a_configuration_error(tmp_path):
    manifest = tmp_path / "course.yaml"
    manifest.write_text("title: x\nsections: []\nparts: []\n")
    result = CliRunner().invoke(main, ["grade", "--manifest", str(manifest)])
    assert result.exit_code == 2
    assert str(manifest) in result.output and "sections" in result.output


def test_history_records_runs_and_list_shows_best_scores(cli, tmp_path):
    source = (SOLUTIONS / "part01_vectors.py").read_text()
    (tmp_path / "part01_vectors.py").write_text(source)
    assert cli("grade", "1", "-w", tmp_path).exit_code == 0
    (tmp_path / "part01_vectors.py").write_text((EXERCISES / "part01_vectors.py").read_text())
    assert cli("grade", "1", "-w", tmp_path).exit_code == 0
    lines = (tmp_path / ".la4ml" / "history.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["parts"]["1"]["status"] for r in records] == ["complete", "not_started"]
    assert sorted(os.listdir(tmp_path)) == [".la4ml", "part01_vectors.py"]
    assert os.listdir(tmp_path / ".la4ml") == ["history.jsonl"]
    listing = cli("list", "-w", tmp_path).output.splitlines()
    part1 = next(line for line in listing if "Vectors, Scalars, and Spaces" in line)
    assert "not started" in part1 and "best 14/14" in part1
    assert sum("not graded" in line for line in listing) == 19
    assert listing[0].startswith("I · Foundations")


def test_hints_advance_one_level_at_a_time(cli, course, tmp_path):
    hints = course.part(1).function("add").hints
    first = cli("hint", "1", "add", "-w", tmp_path).output
    second = cli("hint", "1", "add", "-w", tmp_path).output
    third = cli("hint", "1", "add", "-w", tmp_path).output
    assert "hint 1 of 2" in first and hints[0] in first and hints[1] not in first
    assert "hint 2 of 2" in second and hints[1] in second
    assert "hint 2 of 2" in third
    (tmp_path / "fresh").mkdir()
    chosen = cli("hint", "1", "-w", tmp_path / "fresh").output
    assert "as_vector · hint 1 of 2" in chosen


def test_unwritable_workspace_still_reports(cli, tmp_path):
    (tmp_path / "part01_vectors.py").write_text((SOLUTIONS / "part01_vectors.py").read_text())
    (tmp_path / ".la4ml").write_text("a file where the directory should be")
    result = CliRunner().invoke(main, ["grade", "1", "-w", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["score"] == 14.0
    assert "could not record the run" in result.stderr


def test_verify_passes_on_the_repository(cli, monkeypatch):
    monkeypatch.chdir(REPO)
    result = cli("verify", "--strict")
    assert result.exit_code == 0, result.output
    assert "verify: ok" in result.output and "checked parts 1, 2, 3" in result.output
    assert "pending" not in result.output


def test_installed_command_runs_as_a_program(tmp_path):
    """The console script works end to end, without the click test runner."""
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "grader",
            "grade",
            "1",
            "-w",
            str(SOLUTIONS),
            "--no-history",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["score"] == 14.0
    assert completed.stderr == ""


def test_grading_writes_nothing_outside_history(tmp_path):
    workspace = Path(tmp_path / "ws")
    workspace.mkdir()
    (workspace / "part01_vectors.py").write_text((SOLUTIONS / "part01_vectors.py").read_text())
    subprocess.run(
        [sys.executable, "-m", "grader", "grade", "1", "-w", str(workspace)],
        capture_output=True,
        timeout=120,
        cwd=workspace,
        check=True,
    )
    assert sorted(p.name for p in workspace.rglob("*")) == [
        ".la4ml",
        "history.jsonl",
        "part01_vectors.py",
    ]


@pytest.mark.parametrize("arguments", [["--help"], ["list", "-w", "exercises"], ["hint", "1"]])
def test_commands_that_do_not_grade_do_not_load_numpy_or_pytest(arguments, tmp_path):
    """`la4ml --help`, `list` and `hint` answer without the grading machinery (speed)."""
    code = (
        "import sys\nfrom grader.cli import main\n"
        f"try:\n    main({arguments!r}, prog_name='la4ml')\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('numpy', 'pytest') if m in sys.modules))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip().splitlines()[-1] == "[]"
