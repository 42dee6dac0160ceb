"""Terminal samples on the site, made by running the commands they show.

A sample is a ```text block right after a marker such as

    <!-- sample: attempt | la4ml grade 1 | keep 1-4,9-12 -->

which names a *scenario* (a workspace prepared as below), the command, and
optionally the lines of its output to show (1-based ranges; ``...`` stands
for what is left out). Samples of one scenario on a page share one workspace
and run in page order, so ``la4ml hint`` twice shows two levels. A block that
starts with ``$ COMMAND`` keeps that line above the output.

    python tools/samples.py            # say which samples are out of date
    python tools/samples.py --write    # rewrite them from real runs

The docs tests (tests/test_docs_samples.py) fail when a sample differs from
what its command prints, so the site can never show a stale run. Durations
("in 0.21 s") are the one thing compared loosely.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
MARKER = re.compile(
    r"^<!-- sample: (?P<scenario>[\w-]+) \| (?P<command>[^|]+?)"
    r"(?: \| keep (?P<keep>[\d,-]+))? -->\n"
    r"```text\n(?P<body>.*?)^```$",
    re.M | re.S,
)
DURATION = re.compile(r"in \d+\.\d\d s")

# A first attempt at Part 1: add forgets the shape check, centroid averages over the wrong
# axis (and prints while debugging), standard_basis is not started.
ATTEMPT = """

def add(u, v):
    return as_vector(u) + as_vector(v)


def centroid(points):
    points = np.asarray(points, dtype=float)
    print("points shape:", points.shape)
    return points.mean(axis=1)


def standard_basis(n, i):
    raise NotImplementedError
"""


def _la4ml() -> str:
    return str(Path(sys.executable).parent / "la4ml")


def _fresh(root: Path) -> Path:
    subprocess.run([_la4ml(), "init", str(root / "ws")], check=True, capture_output=True)
    return root / "ws"


def _attempt(root: Path) -> Path:
    workspace = _fresh(root)
    solved = (REPO / "solutions" / "part01_vectors.py").read_text(encoding="utf-8")
    (workspace / "part01_vectors.py").write_text(solved + ATTEMPT, encoding="utf-8")
    return workspace


def _syntax(root: Path) -> Path:
    workspace = _fresh(root)
    stub = (workspace / "part01_vectors.py").read_text(encoding="utf-8")
    broken = stub.replace("def add(u, v):", "def add(u, v:", 1)
    (workspace / "part01_vectors.py").write_text(broken, encoding="utf-8")
    return workspace


def _checkout(root: Path) -> Path:
    return REPO


SCENARIOS = {"fresh": _fresh, "attempt": _attempt, "syntax": _syntax, "checkout": _checkout}


@dataclass
class Sample:
    page: Path
    scenario: str
    command: str
    keep: str | None
    body: str
    span: tuple[int, int]


def samples(page: Path) -> list[Sample]:
    text = page.read_text(encoding="utf-8")
    return [
        Sample(page, m["scenario"], m["command"].strip(), m["keep"], m["body"], m.span("body"))
        for m in MARKER.finditer(text)
    ]


def _kept(lines: list[str], keep: str | None) -> list[str]:
    """The lines of the 1-based ranges in ``keep`` ("1-6,24-26"), "..." where some are left out."""
    if keep is None:
        return lines
    shown: list[str] = []
    previous = 0
    for piece in keep.split(","):
        start, _, end = piece.partition("-")
        first, last = int(start), int(end or start)
        if first > previous + 1:
            shown.append("...")
        shown += lines[first - 1 : last]
        previous = last
    if previous < len(lines):
        shown.append("...")
    return shown


def run(sample: Sample, workspace: Path) -> str:
    """The block's text made from a real run of its command in ``workspace``."""
    arguments = shlex.split(sample.command)
    if arguments[0] == "la4ml":
        arguments[0] = _la4ml()
    environment = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    completed = subprocess.run(
        arguments, cwd=workspace, capture_output=True, text=True, env=environment, timeout=300
    )
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"{sample.command!r} failed: {completed.stderr.strip()[-500:]}")
    lines = _kept(completed.stdout.rstrip("\n").splitlines(), sample.keep)
    if sample.body.startswith("$ "):
        lines = [f"$ {sample.command}", *lines]
    return "\n".join(lines) + "\n"


def fresh_bodies(page: Path) -> list[tuple[Sample, str]]:
    """Every sample of ``page`` with the text a real run gives now."""
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        workspaces: dict[str, Path] = {}
        for sample in samples(page):
            if sample.scenario not in workspaces:
                root = Path(scratch) / sample.scenario
                root.mkdir()
                workspaces[sample.scenario] = SCENARIOS[sample.scenario](root)
            made.append((sample, run(sample, workspaces[sample.scenario])))
    return made


def same(shown: str, made: str) -> bool:
    return DURATION.sub("in #.## s", shown) == DURATION.sub("in #.## s", made)


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "<!-- sample:" in p.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description="Check or rewrite the site's terminal samples.")
    parser.add_argument("--write", action="store_true", help="rewrite samples from real runs")
    options = parser.parse_args()
    stale = 0
    for page in pages():
        text = page.read_text(encoding="utf-8")
        for sample, made in reversed(fresh_bodies(page)):
            if same(sample.body, made):
                continue
            stale += 1
            print(f"{page.relative_to(REPO)}: {sample.command} is out of date")
            start, end = sample.span
            text = text[:start] + made + text[end:]
        if options.write:
            page.write_text(text, encoding="utf-8")
    if options.write:
        print(f"rewrote {stale} sample(s)")
        return 0
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
