"""Workspaces: found from the current folder upward; made by init; parts started again by reset."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from grader.cli import main
from grader.delivery import lessons
from grader.delivery.workspaces import init_workspace, reset_part
from grader.workspace import MARKER, find_workspace, resolve_workspace

from .conftest import EXERCISES, REPO, SOLUTIONS

STUB_NAMES = sorted(p.name for p in EXERCISES.glob("part[0-9][0-9]_*.py"))


@pytest.fixture
def run(monkeypatch):
    """Invoke la4ml in a given folder; returns the click result."""

    def invoke(cwd: Path, *args):
        monkeypatch.chdir(cwd)
        return CliRunner().invoke(main, [str(a) for a in args])

    return invoke


@pytest.fixture
def workspace(tmp_path, run):
    result = run(tmp_path, "init", "ws")
    assert result.exit_code == 0, result.output
    return tmp_path / "ws"


def test_init_writes_the_stubs_a_readme_and_the_marker(workspace, course):
    names = sorted(p.name for p in workspace.iterdir())
    assert names == sorted([MARKER, "README.md", *STUB_NAMES])
    for name in STUB_NAMES:
        assert (workspace / name).read_bytes() == (EXERCISES / name).read_bytes()
    readme = (workspace / "README.md").read_text()
    assert readme.startswith(f"# {course.title}\n")
    for command in ("la4ml grade 1", "la4ml hint 1", "la4ml lesson 1", "la4ml reset 1"):
        assert command in readme
    assert all(f"`{p.filename}`" in readme for p in course.parts)


def test_grade_list_and_hint_find_the_workspace_from_below(workspace, run):
    (workspace / "notes" / "deeper").mkdir(parents=True)
    graded = run(workspace / "notes" / "deeper", "grade", "1", "--format", "json")
    assert graded.exit_code == 0, graded.output
    report = json.loads(graded.output)
    assert report["workspace"] == str(workspace)
    assert report["parts"][0]["status"] == "not_started"
    history = workspace / ".la4ml" / "history.jsonl"
    assert len(history.read_text().splitlines()) == 1
    listing = run(workspace / "notes", "list")
    assert "not started  best 0/14" in listing.output
    hint = run(workspace, "hint", "1")
    assert hint.exit_code == 0 and "as_vector · hint 1 of 2" in hint.output
    assert len(history.read_text().splitlines()) == 2
    assert not (workspace / "notes" / ".la4ml").exists()


@pytest.mark.parametrize("command", [["grade"], ["grade", "1"], ["list"], ["hint", "1"]])
def test_outside_any_workspace_one_line_says_how_to_make_one(tmp_path, run, command):
    result = run(tmp_path, *command)
    assert result.exit_code == 2
    (line,) = result.output.splitlines()
    assert f"no la4ml workspace in {tmp_path}" in line
    assert "la4ml init DIR" in line and "--workspace DIR" in line
    assert list(tmp_path.iterdir()) == []


def test_a_checkout_is_found_at_its_root_and_inside_exercises(tmp_path):
    assert find_workspace(REPO) == EXERCISES
    assert find_workspace(REPO / "docs" / "core") == EXERCISES
    assert find_workspace(EXERCISES) == EXERCISES
    assert find_workspace(tmp_path) is None
    assert resolve_workspace(None, REPO) == Path("exercises")
    assert resolve_workspace(None, EXERCISES) == Path(".")


def test_an_explicit_workspace_must_be_a_folder(tmp_path, run):
    result = run(tmp_path, "list", "-w", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "is not a directory (use --workspace DIR)" in result.output


def test_init_refuses_a_folder_with_other_files_and_changes_nothing(tmp_path, run):
    (tmp_path / "notes.txt").write_text("mine")
    result = run(tmp_path, "init")
    assert result.exit_code == 2
    assert "is not empty and is not a la4ml workspace" in result.output
    assert "--merge" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_into_a_file_is_refused(tmp_path, run):
    (tmp_path / "ws").write_text("a file")
    result = run(tmp_path, "init", "ws")
    assert result.exit_code == 2 and "is not a folder" in result.output
    assert (tmp_path / "ws").read_text() == "a file"


def test_init_merge_keeps_every_file_already_there(tmp_path, run):
    (tmp_path / "README.md").write_text("my own readme")
    (tmp_path / "part01_vectors.py").write_text("# my work\n")
    result = run(tmp_path, "init", "--merge")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "README.md").read_text() == "my own readme"
    assert (tmp_path / "part01_vectors.py").read_text() == "# my work\n"
    assert "kept 2 file(s) already there, unchanged: README.md, part01_vectors.py" in result.output
    assert (tmp_path / "part02_matrices.py").is_file() and (tmp_path / MARKER).is_file()


def test_init_again_restores_a_deleted_stub_and_replaces_nothing(workspace, run):
    (workspace / "part01_vectors.py").write_text("# my work\n")
    (workspace / "part02_matrices.py").unlink()
    result = run(workspace, "init")
    assert result.exit_code == 0, result.output
    assert (workspace / "part01_vectors.py").read_text() == "# my work\n"
    assert (workspace / "part02_matrices.py").read_bytes() == (
        EXERCISES / "part02_matrices.py"
    ).read_bytes()


def test_init_never_writes_through_a_symbolic_link(tmp_path, run):
    target = tmp_path / "elsewhere.py"
    target.write_text("precious\n")
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / MARKER).write_text("")
    (tmp_path / "ws" / "part01_vectors.py").symlink_to(target)
    result = run(tmp_path, "init", "ws")
    assert result.exit_code == 0, result.output
    assert target.read_text() == "precious\n"
    assert "part01_vectors.py" in result.output  # listed as kept


def test_init_force_resets_one_part_with_a_backup(workspace, run):
    (workspace / "part03_matrix_arithmetic.py").write_text("# attempt\n")
    (workspace / "part04_dot_cosine.py").write_text("# keep me\n")
    result = run(workspace, "init", "--force", "3")
    assert result.exit_code == 0, result.output
    (backup,) = (workspace / ".la4ml" / "backups").iterdir()
    assert backup.read_text() == "# attempt\n"
    assert backup.name.startswith("part03_matrix_arithmetic-") and backup.suffix == ".py"
    assert f".la4ml/backups/{backup.name}" in result.output
    assert (workspace / "part03_matrix_arithmetic.py").read_bytes() == (
        EXERCISES / "part03_matrix_arithmetic.py"
    ).read_bytes()
    assert (workspace / "part04_dot_cosine.py").read_text() == "# keep me\n"


def test_reset_twice_keeps_both_versions(workspace, run):
    module = workspace / "part01_vectors.py"
    module.write_text("# first\n")
    assert run(workspace, "reset", "1").exit_code == 0
    module.write_text("# second\n")
    result = run(workspace, "reset", "1")
    assert result.exit_code == 0, result.output
    kept = sorted(p.read_text() for p in (workspace / ".la4ml" / "backups").iterdir())
    assert kept == ["# first\n", "# second\n"]
    assert module.read_bytes() == (EXERCISES / "part01_vectors.py").read_bytes()


def test_reset_of_a_deleted_module_just_writes_the_stub(workspace, run):
    (workspace / "part05_independence_span.py").unlink()
    result = run(workspace, "reset", "5")
    assert result.exit_code == 0 and "there was no module to keep" in result.output
    assert not (workspace / ".la4ml").exists()


def test_reset_moves_a_symbolic_link_aside_without_following_it(workspace, course):
    target = workspace.parent / "outside.py"
    target.write_text("outside\n")
    module = workspace / "part01_vectors.py"
    module.unlink()
    module.symlink_to(target)
    backup = reset_part(workspace, course.part(1), (EXERCISES / "part01_vectors.py").read_bytes())
    assert (workspace / backup).is_symlink() and target.read_text() == "outside\n"
    assert not module.is_symlink()


def test_reset_refuses_a_backups_folder_that_is_a_link(workspace, run, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (workspace / ".la4ml").symlink_to(elsewhere)
    (workspace / "part01_vectors.py").write_text("# work\n")
    result = run(workspace, "reset", "1")
    assert result.exit_code == 2
    assert "cannot keep a backup" in result.output
    assert (workspace / "part01_vectors.py").read_text() == "# work\n"
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["reset", "21"], "no part 21"),
        (["init", "--force", "0"], "no part 0"),
        (["lesson", "99"], "no part 99"),
    ],
)
def test_unknown_parts_are_usage_errors(tmp_path, run, args, message):
    result = run(tmp_path, *args)
    assert result.exit_code == 2 and message in result.output
    assert list(tmp_path.iterdir()) == []


def test_reset_outside_a_workspace_says_how_to_make_one(tmp_path, run):
    result = run(tmp_path, "reset", "1")
    assert result.exit_code == 2 and "la4ml init DIR" in result.output


def test_a_graded_workspace_still_grades_after_reset(workspace, run):
    (workspace / "part01_vectors.py").write_bytes((SOLUTIONS / "part01_vectors.py").read_bytes())
    full = json.loads(run(workspace, "grade", "1", "--format", "json").output)
    assert full["score"] == 14.0
    run(workspace, "reset", "1")
    again = json.loads(run(workspace, "grade", "1", "--format", "json").output)
    assert again["score"] == 0 and again["parts"][0]["status"] == "not_started"


def test_lesson_prefers_a_built_site(tmp_path, run, course, monkeypatch):
    copy = tmp_path / "course"
    for name in ("docs", "exercises"):
        (copy / name).mkdir(parents=True)
    (copy / "mkdocs.yml").write_text("site_name: x\n")
    page = copy / "site" / "core" / "10-eigen" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html></html>")
    opened = []
    monkeypatch.setattr(lessons, "LOCAL_SERVER", "http://unused")
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    result = run(copy / "exercises", "lesson", "10", "--open")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Part 10 · Eigenvalues and Eigenvectors"
    assert page.as_uri() in result.output and opened == [page.as_uri()]


def test_lesson_without_a_built_site_points_at_la4ml_docs(run, course):
    result = run(REPO / "exercises", "lesson", "1")
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8000/foundations/01-vectors/" in result.output
    assert f"run `la4ml docs` in {REPO}" in result.output


def test_lesson_with_no_course_copy_says_where_to_look(tmp_path, run, monkeypatch):
    monkeypatch.setattr(lessons, "find_course", lambda start: None)
    monkeypatch.setattr(lessons, "published_site", lambda: None)
    result = run(tmp_path, "lesson", "2")
    assert result.exit_code == 2
    assert "docs/foundations/02-matrices.md" in result.output


def test_lesson_uses_the_published_site_when_the_package_names_one(tmp_path, monkeypatch, course):
    monkeypatch.setattr(lessons, "find_course", lambda start: None)
    monkeypatch.setattr(lessons, "published_site", lambda: "https://course.example")
    location = lessons.lesson_location(course.part(13), tmp_path)
    assert location.url == "https://course.example/applications/13-pca/"


def test_init_workspace_reports_what_it_did(tmp_path, course):
    report = init_workspace(tmp_path / "ws", course)
    assert sorted(report.written) == sorted([MARKER, "README.md", *STUB_NAMES])
    again = init_workspace(tmp_path / "ws", course)
    assert again.written == [] and len(again.kept) == len(STUB_NAMES) + 2
    assert os.listdir(tmp_path) == ["ws"]


def test_init_force_on_a_fresh_folder_keeps_no_pointless_backup(tmp_path, run):
    result = run(tmp_path, "init", "ws", "--force", "2")
    assert result.exit_code == 0, result.output
    assert "wrote 20 exercise module(s) and a README" in result.output
    assert not (tmp_path / "ws" / ".la4ml").exists()
