"""Helpers for the site's tests: build it once, extract code blocks, serve it on localhost."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from grader.site import ensure_katex

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```\s*$", re.M | re.S
)
SNIPPET = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$', re.M)


def python_blocks(page: Path) -> list[str]:
    """The page's ```python blocks, with snippet includes replaced by the included file."""
    blocks = []
    for match in FENCE.finditer(page.read_text(encoding="utf-8")):
        if match["lang"] not in ("python", "py"):
            continue
        body = "\n".join(line[len(match["indent"]) :] for line in match["body"].splitlines())
        body = SNIPPET.sub(lambda m: (REPO / m["path"]).read_text(encoding="utf-8"), body)
        blocks.append(body)
    return blocks


def build_site(target: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` into ``target`` (KaTeX fetched first if needed)."""
    ensure_katex(REPO)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@contextlib.contextmanager
def serve(directory: Path):
    """Serve ``directory`` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass
