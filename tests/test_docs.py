"""The course site: it builds strictly, agrees with the manifest, and its examples run."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest
import yaml

from .docs_support import DOCS, REPO, build_site, python_blocks

pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")

PAGES = sorted(DOCS.rglob("*.md"))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    completed = build_site(target)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return target, completed


def test_strict_build_has_no_warnings(site):
    _, completed = site
    assert "WARNING" not in completed.stdout + completed.stderr


def test_nav_manifest_and_pages_agree(course):
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text())
    lessons = []
    for entry in config["nav"]:
        ((label, target),) = entry.items()
        if isinstance(target, list):
            section_id = label.split(" · ")[0]
            section = next(s for s in course.sections if s.id == section_id)
            assert label == f"{section.id} · {section.title}"
            assert target[0].endswith("/index.md") and (DOCS / target[0]).is_file()
            lessons += [next(iter(item.items())) for item in target[1:]]
    assert len(lessons) == len(course.parts) == 20
    for (label, path), part in zip(lessons, course.parts, strict=True):
        assert part.lesson == path, f"part {part.number}: manifest {part.lesson}, nav {path}"
        assert label == f"{part.number:02d} · {part.title}"
        assert path.startswith(
            {"I": "foundations/", "II": "core/", "III": "applications/"}[part.section]
        )
        page = (DOCS / path).read_text(encoding="utf-8")
        assert page.splitlines()[0] == f"# Part {part.number} · {part.title}"


def test_every_lesson_shows_its_contract_and_grade_command(course):
    for part in course.parts:
        page = (DOCS / part.lesson).read_text(encoding="utf-8")
        assert f'--8<-- "exercises/{part.filename}"' in page
        assert f"la4ml grade {part.number}" in page


def test_the_contract_is_rendered_from_the_stub(site, course):
    target, _ = site
    part = course.part(1)
    html = (target / part.lesson.replace(".md", "/index.html")).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    for function in part.functions:
        assert f"def {function.name}(" in text
    assert "Convert array-like input into a new 1-D float64 vector." in text


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_python_examples_run(page):
    blocks = python_blocks(page)
    namespace: dict = {"__name__": "__docs_example__"}
    previous = os.getcwd()
    os.chdir(REPO)
    try:
        for block in blocks:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(block, str(page), "exec"), namespace)
    finally:
        os.chdir(previous)


def test_committed_figures_are_what_the_script_makes(tmp_path):
    pytest.importorskip("matplotlib", reason="the docs extra is not installed")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_figures", DOCS / "figures" / "make_figures.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.main(tmp_path)
    assert written, "the script makes no figure"
    for path in written:
        committed = DOCS / "figures" / path.name
        assert committed.is_file(), f"{path.name} is not committed"
        assert committed.read_bytes() == path.read_bytes(), f"{path.name} is out of date"
    committed = {p.name for p in (DOCS / "figures").glob("*.svg")}
    assert committed == {p.name for p in written}


def test_la4ml_docs_builds_the_site(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from grader.cli import main

    monkeypatch.chdir(REPO)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    result = CliRunner().invoke(main, ["docs", "--build", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "assets" / "katex" / "katex.min.js").is_file()


def test_la4ml_docs_needs_the_course_directory(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from grader.cli import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["docs", "--build", "out"])
    assert result.exit_code == 2
    assert "no mkdocs.yml" in result.output


@pytest.mark.parametrize(
    ("member", "kept"),
    [
        ("package/dist/katex.min.js", "katex.min.js"),
        ("package/dist/contrib/auto-render.min.js", "contrib/auto-render.min.js"),
        ("package/dist/fonts/KaTeX_Main-Regular.woff2", "fonts/KaTeX_Main-Regular.woff2"),
        ("package/dist/katex.js", None),
        ("package/src/katex.js", None),
        ("package/dist/../../../etc/passwd", None),
        ("package/dist/fonts/../../x.js", None),
        ("/package/dist/katex.min.js", None),
    ],
)
def test_only_katex_dist_files_are_unpacked(member, kept):
    from grader.site import _wanted

    assert _wanted(member) == kept
