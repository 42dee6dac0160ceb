"""The built site in a real browser: math rendered, nothing fetched from outside, search works.

Runs in headless Chromium from Debian (apt-get install chromium), driven by
Playwright without a browser download. Without Chromium the test is skipped
with the command that installs it.
"""

from __future__ import annotations

import shutil
from urllib.parse import urlparse

import pytest

from .docs_support import build_site, serve

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")
playwright = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]'")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed: sudo apt-get install -y chromium"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = ["", "foundations/01-vectors/", "core/11-svd/", "applications/17-tensors/"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    target = tmp_path_factory.mktemp("browser-site")
    completed = build_site(target)
    assert completed.returncode == 0, completed.stderr
    with serve(target) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, url):
    """A page with every request and console error recorded."""
    page = browser.new_page()
    seen = {"requests": [], "errors": []}
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on(
        "console", lambda message: message.type == "error" and seen["errors"].append(message.text)
    )
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(url, wait_until="networkidle")
    return page, seen


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_page_renders_math_offline_without_errors(browser, site_url, path):
    page, seen = open_page(browser, f"{site_url}/{path}")
    page.wait_for_selector(".arithmatex .katex", timeout=10_000)
    assert page.locator(".katex-error").count() == 0
    text = page.inner_text("article")
    assert "$$" not in text and "\\(" not in text and "\\[" not in text
    assert page.locator(".arithmatex").count() == page.locator(".arithmatex .katex").count()
    outside = [
        u
        for u in seen["requests"]
        if urlparse(u).scheme not in ("data", "blob") and not u.startswith(site_url)
    ]
    assert outside == []
    assert seen["errors"] == []
    page.close()


def test_search_finds_a_lesson_by_a_word_in_its_text(browser, site_url):
    page, seen = open_page(browser, f"{site_url}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("eigenvalue")
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=10_000)
    titles = " ".join(page.locator(".md-search-result__item").all_inner_texts())
    assert "Eigenvalues and Eigenvectors" in titles
    assert seen["errors"] == []
    page.close()


def test_the_class_report_opens_with_its_figures_and_no_errors(browser, tmp_path):
    """`la4ml class report`'s page in the real browser: figures drawn, nothing fetched."""
    pytest.importorskip("matplotlib", reason="the report extra: pip install '.[report]'")
    from click.testing import CliRunner

    from grader.cli import main

    from .test_docs_commands import prepare_class

    prepare_class(tmp_path)
    runner = CliRunner()
    book, out = str(tmp_path / "class.sqlite"), tmp_path / "report"
    graded = runner.invoke(
        main,
        [
            "class",
            "grade",
            str(tmp_path / "submissions"),
            "-g",
            book,
            "--parts",
            "1,2",
            "--roster",
            str(tmp_path / "roster.csv"),
        ],
    )
    assert graded.exit_code == 0, graded.output
    assert runner.invoke(main, ["class", "report", "-g", book, "-o", str(out)]).exit_code == 0
    with serve(out) as url:
        page, seen = open_page(browser, f"{url}/report.html")
        assert page.title().endswith("class report")
        for figure in ("#histogram svg", "#parts svg"):
            box = page.locator(figure).bounding_box()
            assert box is not None and box["width"] > 200 and box["height"] > 100
        assert "Students: 4 (graded 3, missing 1" in page.inner_text("body")
        assert [u for u in seen["requests"] if not u.startswith(url)] == []
        assert seen["errors"] == []
        page.close()
