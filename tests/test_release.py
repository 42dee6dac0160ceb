"""``la4ml release``: a student repository with stubs and lessons, never the answers."""

from __future__ import annotations

import ast
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from grader.cli import main
from grader.delivery.sources import version
from grader.site import ensure_katex
from grader.workspace import MARKER

from .conftest import EXERCISES, REPO, SOLUTIONS


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    target = tmp_path_factory.mktemp("release") / "student-repo"
    previous = os.getcwd()
    os.chdir(REPO)
    try:
        result = CliRunner().invoke(main, ["release", str(target), "--parts", "1-3"])
    finally:
        os.chdir(previous)
    assert result.exit_code == 0, result.output
    assert f"wrote the student repository {target}" in result.output
    return target


def files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_the_release_has_stubs_lessons_readme_requirements_and_workflow(release):
    names = files(release)
    stubs = sorted(p.name for p in EXERCISES.glob("part[0-9][0-9]_*.py"))
    assert [n for n in names if n.startswith("exercises/")] == sorted(
        [f"exercises/{MARKER}", *(f"exercises/{s}" for s in stubs)]
    )
    for stub in stubs:
        assert (release / "exercises" / stub).read_bytes() == (EXERCISES / stub).read_bytes()
    lessons = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "docs").rglob("*.md"))
    assert set(lessons) <= set(names)
    assert "mkdocs.yml" in names and "README.md" in names
    assert (release / "requirements.txt").read_text().splitlines()[-1] == f"la4ml=={version()}"
    readme = (release / "README.md").read_text()
    assert "pip install -r requirements.txt" in readme and "la4ml grade 1" in readme
    assert f"la4ml[docs]=={version()}" in readme


def test_the_release_never_holds_solutions_tests_suites_or_figure_scripts(release):
    names = files(release)
    for name in names:
        top = name.split("/")[0]
        assert top not in ("solutions", "tests", "benchmarks", "grader"), name
        assert "suites" not in name and not Path(name).name.startswith("test_"), name
        assert not (name.startswith("docs/") and name.endswith(".py")), name
    solved = {p.read_bytes() for p in SOLUTIONS.glob("*.py")}
    assert not any((release / n).read_bytes() in solved for n in names)
    assert not (release / "docs" / "assets" / "katex").exists()


def test_no_function_in_the_release_does_more_than_raise_not_implemented(release):
    python_files = sorted(release.rglob("*.py"))
    assert len(python_files) == 20
    functions = 0
    for path in python_files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                assert not isinstance(node, ast.Lambda), f"{path}: a lambda"
                body = node.body[1:] if ast.get_docstring(node) else node.body
                assert len(body) == 1 and isinstance(body[0], ast.Raise), f"{path}: {node.name}"
                assert "NotImplementedError" in ast.unparse(body[0]), f"{path}: {node.name}"
                functions += 1
    assert functions >= 100


def test_grading_the_release_gives_zero_with_everything_not_started(release):
    completed = subprocess.run(
        [sys.executable, "-m", "grader", "grade", "--format", "json", "--no-history"],
        cwd=release,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["workspace"] == "exercises"
    assert report["score"] == 0 and len(report["parts"]) == 20
    assert all(p["status"] == "not_started" for p in report["parts"])
    assert all(f["status"] == "not_started" for p in report["parts"] for f in p["functions"])


def test_the_release_workflow_installs_from_requirements_and_grades_its_parts(release):
    document = yaml.safe_load((release / ".github" / "workflows" / "classroom.yml").read_text())
    (job,) = document["jobs"].values()
    runs = [step.get("run", "") for step in job["steps"]]
    assert "python -m pip install -r requirements.txt" in runs
    assert any(run.startswith("la4ml grade 1 2 3 --format classroom") for run in runs)


def test_the_release_lessons_build_strictly(release, tmp_path):
    pytest.importorskip(
        "mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'"
    )
    copy = tmp_path / "repo"
    shutil.copytree(release, copy)
    shutil.copytree(ensure_katex(REPO), copy / "docs" / "assets" / "katex")
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    page = tmp_path / "site" / "foundations" / "01-vectors" / "index.html"
    assert "def as_vector(" in re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
    schema = tmp_path / "site" / "grader" / "index.html"
    assert '"$id": "la4ml-report"' in html.unescape(re.sub(r"<[^>]+>", "", schema.read_text()))


def test_release_over_an_existing_folder_is_refused_and_changes_nothing(tmp_path, monkeypatch):
    target = tmp_path / "repo"
    target.mkdir()
    (target / "mine.txt").write_text("keep")
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(main, ["release", str(target)])
    assert result.exit_code == 2 and "already exists and is not empty" in result.output
    assert files(target) == ["mine.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"]


def test_release_needs_the_lessons(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("grader.delivery.commands.find_course", lambda start: None)
    result = CliRunner().invoke(main, ["release", "out"])
    assert result.exit_code == 2 and "needs the course's lessons" in result.output
    assert list(tmp_path.iterdir()) == []


def test_release_refuses_a_course_copy_whose_stubs_differ_from_the_grader(tmp_path, monkeypatch):
    copy = tmp_path / "course"
    shutil.copytree(REPO / "docs", copy / "docs", ignore=shutil.ignore_patterns("assets"))
    shutil.copytree(EXERCISES, copy / "exercises")
    shutil.copy2(REPO / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / "exercises" / "part01_vectors.py").write_text("# changed\n")
    monkeypatch.chdir(copy)
    result = CliRunner().invoke(main, ["release", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "differs from the stub of the installed la4ml" in result.output
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course"]
