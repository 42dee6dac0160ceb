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
