"""The course site: it builds strictly, agrees with the manifest, and its examples run."""

from __future__ import annotations

import re
import warnings

import pytest
import yaml

from .docs_support import DOCS, REPO, code_blocks, run_blocks, shared_site

pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")

PAGES = sorted(DOCS.rglob("*.md"))


def _page_id(page) -> str:
    """The page's path, plus how many of its blocks will be skipped and for what."""
    name = str(page.relative_to(DOCS))
    blocks = code_blocks(page.read_text(encoding="utf-8"))
    missing = sorted({module for block in blocks for module in block.missing()})
    skipped = sum(1 for block in blocks if block.missing())
    if skipped:
        plural = "s" if skipped > 1 else ""
        name += f"-skipping-{skipped}-block{plural}-needing-{'+'.join(missing)}"
    return name


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    target, completed = shared_site(tmp_path_factory)
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


@pytest.mark.parametrize("page", PAGES, ids=[_page_id(p) for p in PAGES])
def test_python_examples_run(page):
    """Every ```python block runs, in order, in one namespace per page.

    A block that starts with ``# requires: torch`` (or another module) is skipped when
    that module is not installed; the test id counts such blocks, and a warning names
    each one, so that a skip is never silent. The other blocks still run.
    """
    runs = run_blocks(code_blocks(page.read_text(encoding="utf-8")), str(page))
    for run in runs:
        if run.stdout is None:
            warnings.warn(
                f"{page.relative_to(DOCS)}: skipped the python block at line "
                f"{run.block.line}: it {run.skipped}",
                stacklevel=1,
            )


@pytest.mark.parametrize(
    ("first_line", "requires"),
    [
        ("# requires: torch", ("torch",)),
        ("#requires:sklearn", ("sklearn",)),
        ("# requires: torch, sklearn", ("torch", "sklearn")),
        ("# requires torch", ()),
        ("import torch  # requires: torch", ()),
    ],
)
def test_requires_line_is_read_from_the_first_line_only(first_line, requires):
    text = f"Text.\n\n```python\n{first_line}\nx = 1\n```\n"
    (block,) = code_blocks(text)
    assert block.requires == requires


def test_blocks_needing_a_missing_module_are_skipped_and_the_rest_still_run():
    text = (
        "```python\nx = 2\nprint(x)\n```\n\n"
        "```python\n# requires: la4ml_no_such_module\nraise RuntimeError('ran')\n```\n\n"
        "```python\n# requires: numpy\nprint(x + 1)\n```\n"
    )
    runs = run_blocks(code_blocks(text))
    assert [run.stdout for run in runs] == ["2\n", None, "3\n"]
    assert runs[1].skipped == "needs la4ml_no_such_module, which is not installed"
    assert runs[1].block.line == 6


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
    committed = {p.name for p in (DOCS / "figures").iterdir() if p.suffix in (".svg", ".png")}
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
