"""Helpers for the site's tests: build it once, extract and run code blocks, serve it.

Two conventions of the lesson pages live here, so that every test reads them the same way:

- A ```python block whose first line is ``# requires: torch`` (any module names,
  comma-separated) runs only when :func:`importlib.util.find_spec` finds every one of
  them; otherwise it is skipped, and :func:`run_blocks` says which block and why.
- A marker ``<!-- printed: TEXT -->`` in the prose claims that TEXT appears in that
  paragraph and in the output of the nearest ```python block above it
  (:func:`check_printed_claims`).
- A ```bash block right after a line ``<!-- run: bash -->`` (and a blank line) is a
  command sample that the tests run: the page's marked blocks run in order, each in its
  own ``bash -euo pipefail``, all in one fresh temporary folder, with this environment's
  ``la4ml`` first on PATH (:func:`shell_blocks`, :func:`run_shell_blocks`). Other shell
  blocks (installs, loops over a class's submissions) are not run.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import importlib.util
import io
import os
import re
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from grader.site import ensure_katex

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```\s*$", re.M | re.S
)
SNIPPET = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$', re.M)
REQUIRES = re.compile(r"#\s*requires:\s*(?P<modules>[\w.]+(?:\s*,\s*[\w.]+)*)\s*")
PRINTED = re.compile(r"<!--\s*printed:\s*(?P<text>.*?)\s*-->")
RUN_MARKER = re.compile(r"<!--\s*run:\s*bash\s*-->\s*$")
SHELL_TIMEOUT = 300


@dataclass(frozen=True)
class Block:
    """One ```python block of a page: its code and where it sits in the page's text."""

    code: str
    start: int  # offset of the opening fence in the page's text
    end: int  # offset just after the closing fence
    line: int  # line number (1-based) of the opening fence
    requires: tuple[str, ...] = ()  # modules named by a first line "# requires: ..."

    def missing(self) -> list[str]:
        """The required modules that cannot be imported here."""
        return [module for module in self.requires if not _importable(module)]


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a missing parent package of a dotted name
        return False


def code_blocks(text: str) -> list[Block]:
    """The ```python blocks of a page's Markdown, snippet includes replaced by the file."""
    blocks = []
    for match in FENCE.finditer(text):
        if match["lang"] not in ("python", "py"):
            continue
        body = "\n".join(line[len(match["indent"]) :] for line in match["body"].splitlines())
        body = SNIPPET.sub(lambda m: (REPO / m["path"]).read_text(encoding="utf-8"), body)
        first = body.lstrip("\n").split("\n", 1)[0].strip()
        required = REQUIRES.fullmatch(first)
        requires = tuple(m.strip() for m in required["modules"].split(",")) if required else ()
        line = text.count("\n", 0, match.start()) + 1
        blocks.append(Block(body, match.start(), match.end(), line, requires))
    return blocks


def python_blocks(page: Path) -> list[str]:
    """The page's ```python blocks, with snippet includes replaced by the included file."""
    return [block.code for block in code_blocks(page.read_text(encoding="utf-8"))]


@dataclass(frozen=True)
class BlockRun:
    """What running one block gave: its captured stdout, or why it was skipped."""

    block: Block
    stdout: str | None  # None when the block was skipped
    skipped: str = ""  # the reason, e.g. "needs torch, which is not installed"


def run_blocks(blocks: list[Block], filename: str = "<page>") -> list[BlockRun]:
    """Run the blocks in order in one namespace, with the repository root as cwd.

    Each block's stdout is captured separately. A block whose ``# requires:`` modules
    are missing is not run; its :class:`BlockRun` carries the reason instead. Any
    exception of a block that runs propagates, with ``filename`` in its traceback.
    """
    namespace: dict = {"__name__": "__docs_example__"}
    runs = []
    previous = os.getcwd()
    os.chdir(REPO)
    try:
        for block in blocks:
            missing = block.missing()
            if missing:
                reason = f"needs {', '.join(missing)}, which is not installed"
                runs.append(BlockRun(block, None, reason))
                continue
            captured = io.StringIO()
            # Pad with newlines so that tracebacks give the line number in the page.
            code = "\n" * block.line + block.code
            with contextlib.redirect_stdout(captured):
                exec(compile(code, filename, "exec"), namespace)
            runs.append(BlockRun(block, captured.getvalue()))
    finally:
        os.chdir(previous)
    return runs


def _mask_fences(text: str) -> str:
    """The text with every fenced block's lines blanked, keeping all offsets."""
    return FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _paragraph(masked: str, offset: int) -> str:
    """The run of non-blank lines of ``masked`` around ``offset``."""
    lines = masked.split("\n")
    index = masked.count("\n", 0, offset)
    first = last = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return "\n".join(lines[first : last + 1])


def check_printed_claims(text: str, outputs: list[str | None] | None = None) -> list[str]:
    """Check every ``<!-- printed: TEXT -->`` marker of a page; return the problems found.

    ``text`` is the page's Markdown and ``outputs`` the captured stdout of each of its
    ```python blocks, in order (None for a block that was not run). When ``outputs`` is
    None the blocks are run here. A marker is right when TEXT occurs in the prose of
    its paragraph (outside the marker) and in the stdout of the nearest ```python block
    above it, which must be a block that always runs (not a ``# requires:`` block).
    Markers inside code blocks are not markers.
    """
    blocks = code_blocks(text)
    masked = _mask_fences(text)
    markers = list(PRINTED.finditer(masked))
    if not markers:
        return []
    if outputs is None:
        outputs = [run.stdout for run in run_blocks(blocks)]
    if len(outputs) != len(blocks):
        raise ValueError(f"{len(blocks)} python blocks but {len(outputs)} outputs")
    problems = []
    for marker in markers:
        claim = marker["text"]
        where = f"line {masked.count(chr(10), 0, marker.start()) + 1}"
        if not claim:
            problems.append(f"{where}: an empty printed marker")
            continue
        prose = PRINTED.sub(" ", _paragraph(masked, marker.start()))
        if claim not in prose:
            problems.append(f"{where}: {claim!r} is not in the prose of its paragraph")
        above = [i for i, block in enumerate(blocks) if block.end <= marker.start()]
        if not above:
            problems.append(f"{where}: {claim!r} has no python block above it")
            continue
        block, stdout = blocks[above[-1]], outputs[above[-1]]
        if block.requires:
            problems.append(
                f"{where}: {claim!r} quotes the block at line {block.line}, which needs "
                f"{', '.join(block.requires)}; the text must not depend on an optional block"
            )
        elif stdout is None:
            problems.append(f"{where}: the block at line {block.line} above {claim!r} did not run")
        elif claim not in stdout:
            shown = stdout if len(stdout) <= 400 else stdout[:400] + "..."
            problems.append(
                f"{where}: {claim!r} is not in the output of the python block at line "
                f"{block.line}, which printed:\n{shown}"
            )
    return problems


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


_BUILT: dict[str, tuple[Path, subprocess.CompletedProcess]] = {}


def shared_site(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The site built once per test session, for every test module that asks for it.

    A session-scoped fixture defined in one test module is not visible in another, so
    each module's ``site`` fixture calls this, and the build happens only the first time.
    """
    key = str(tmp_path_factory.getbasetemp())
    if key not in _BUILT:
        target = tmp_path_factory.mktemp("site")
        _BUILT[key] = (target, build_site(target))
    return _BUILT[key]


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


@dataclass(frozen=True)
class ShellBlock:
    """A ```bash block marked to run: its commands and the line of its opening fence."""

    code: str
    line: int


def shell_blocks(text: str) -> list[ShellBlock]:
    """The page's ```bash blocks that follow a ``<!-- run: bash -->`` line."""
    blocks = []
    for match in FENCE.finditer(text):
        if match["lang"] != "bash" or match["indent"]:
            continue
        if RUN_MARKER.search(text[: match.start()].rstrip() + "\n"):
            line = text.count("\n", 0, match.start()) + 1
            blocks.append(ShellBlock(match["body"], line))
    return blocks


def run_shell_blocks(
    blocks: list[ShellBlock], directory: Path
) -> list[subprocess.CompletedProcess]:
    """Run the blocks in order in ``directory``; stops after the first that fails."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, "PATH": path, "NO_COLOR": "1"}
    runs = []
    for block in blocks:
        completed = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block.code],
            cwd=directory,
            env=env,
            capture_output=True,
            text=True,
            timeout=SHELL_TIMEOUT,
        )
        runs.append(completed)
        if completed.returncode != 0:
            break
    return runs
