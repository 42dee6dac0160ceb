"""The site stays light: every figure at most 300 KB, every page at most 1.5 MB with its assets.

A page's weight is what a browser downloads to show it from an empty cache: the HTML,
plus every local script, stylesheet, icon and image the HTML references, plus every
file the stylesheets reference in turn (``url(...)`` and ``@import``), each file counted
once per page. External URLs and ``data:`` URIs are not files and count nothing (the
site has no external assets: fonts, scripts and styles are all served locally).

Fonts are counted only in the woff2 format. KaTeX's stylesheet lists every font as
woff2, woff and ttf, and a browser downloads the first format it supports, which for
every current browser is woff2; it also fetches only the fonts a page actually uses,
so counting all twenty KaTeX woff2 files (about 260 KB) is an upper bound.

Not counted: Material's search index (``search/search_index.json``) and its search
worker. They are fetched by JavaScript, not referenced by the page, once for the whole
site and then served from the browser's cache: they are site weight, not page weight.
The index grows with the text of all pages (about 0.7 MB for twenty lessons when this
test was written), and would put every page over 1.5 MB if it were counted per page.
Source maps (``*.map``) are only fetched by developer tools and are not counted either.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .docs_support import DOCS, shared_site

pytest.importorskip("mkdocs", reason="the docs extra is not installed: pip install -e '.[docs]'")

FIGURE_LIMIT = 300_000  # bytes
PAGE_LIMIT = 1_500_000  # bytes
FONTS = (".woff2", ".woff", ".ttf", ".otf", ".eot")
CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]+)\1\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+(['"])(?P<url>[^'"]+)\1""")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    target, completed = shared_site(tmp_path_factory)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return target


class _References(HTMLParser):
    """The URLs of the files an HTML page makes the browser download."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])
        elif tag == "link" and attributes.get("href"):
            rel = set((attributes.get("rel") or "").lower().split())
            if rel & {"stylesheet", "icon", "preload", "modulepreload"}:
                self.urls.append(attributes["href"])
        elif tag in ("img", "source", "audio", "video", "embed", "iframe", "input"):
            for name in ("src", "poster"):
                if attributes.get(name):
                    self.urls.append(attributes[name])
            for candidate in (attributes.get("srcset") or "").split(","):
                if candidate.strip():
                    self.urls.append(candidate.split()[0])
        elif tag == "object" and attributes.get("data"):
            self.urls.append(attributes["data"])
        if attributes.get("style"):
            self.urls += [m["url"] for m in CSS_URL.finditer(attributes["style"])]


def _local(url: str, base: Path, root: Path) -> Path | None:
    """The file of the built site that ``url``, seen from directory ``base``, points to."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None  # external, data: URI, or a fragment of the page itself
    path = unquote(parts.path)
    resolved = (root / path.lstrip("/")) if path.startswith("/") else (base / path)
    resolved = resolved.resolve()
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return resolved


def page_assets(page: Path, root: Path) -> tuple[set[Path], list[str]]:
    """Every file a browser downloads for ``page`` (itself included), and broken references."""
    parser = _References()
    parser.feed(page.read_text(encoding="utf-8"))
    files, broken = {page.resolve()}, []
    pending = [(url, page.parent) for url in parser.urls]
    while pending:
        url, base = pending.pop()
        path = _local(url, base, root)
        if path is None:
            continue
        if path.suffix in FONTS and path.suffix != ".woff2":
            continue  # the browser takes the woff2 listed first (see the module docstring)
        if not path.is_file():
            broken.append(url)
            continue
        if path in files:
            continue
        files.add(path)
        if path.suffix == ".css":
            css = path.read_text(encoding="utf-8")
            pending += [(m["url"], path.parent) for m in CSS_URL.finditer(css)]
            pending += [(m["url"], path.parent) for m in CSS_IMPORT.finditer(css)]
    return files, broken


def weigh(page: Path, root: Path) -> int:
    files, _ = page_assets(page, root)
    return sum(path.stat().st_size for path in files)


def test_every_committed_figure_is_at_most_300_kb():
    figures = [p for p in (DOCS / "figures").iterdir() if p.suffix in (".svg", ".png")]
    assert figures
    heavy = {p.name: p.stat().st_size for p in figures if p.stat().st_size > FIGURE_LIMIT}
    assert not heavy, f"figures over {FIGURE_LIMIT} bytes: {heavy}"


def test_every_page_with_its_assets_is_at_most_1_5_mb(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    weights, broken = {}, {}
    for page in pages:
        files, missing = page_assets(page, site)
        weights[str(page.relative_to(site))] = sum(path.stat().st_size for path in files)
        if missing:
            broken[str(page.relative_to(site))] = missing
    assert not broken, f"pages that reference files the site does not have: {broken}"
    heavy = {name: weight for name, weight in weights.items() if weight > PAGE_LIMIT}
    heaviest = max(weights, key=weights.get)
    assert not heavy, (
        f"pages over {PAGE_LIMIT} bytes with their assets: {heavy}; "
        f"the heaviest is {heaviest} at {weights[heaviest]} bytes"
    )


def test_the_weight_counts_each_asset_once_and_fonts_as_woff2(tmp_path):
    root = tmp_path
    (root / "assets").mkdir()
    (root / "assets" / "style.css").write_text(
        '@font-face{src:url(f.woff2) format("woff2"),url(f.woff) format("woff"),url(f.ttf)}'
        ".a{background:url('bg.png')}.b{background:url(data:image/png;base64,AAAA)}"
    )
    for name, size in [("f.woff2", 1000), ("f.woff", 2000), ("f.ttf", 4000), ("bg.png", 300)]:
        (root / "assets" / name).write_bytes(b"x" * size)
    (root / "pic.svg").write_bytes(b"x" * 50)
    page = root / "index.html"
    page.write_text(
        '<html><head><link rel="stylesheet" href="assets/style.css">'
        '<link rel="stylesheet" href="./assets/style.css">'
        '<script src="https://example.org/x.js"></script></head>'
        '<body><img src="pic.svg"><img src="pic.svg#again"><a href="other/">x</a></body></html>'
    )
    css = (root / "assets" / "style.css").stat().st_size
    html = page.stat().st_size
    assert weigh(page, root) == html + css + 1000 + 300 + 50
    page.write_text('<img src="missing.png">')
    assert page_assets(page, root)[1] == ["missing.png"]
