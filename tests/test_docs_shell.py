"""The shell samples of the site that are marked to run do run, in a temporary folder.

A ```bash block right after a ``<!-- run: bash -->`` line is executed by these tests
(see ``docs_support``): the page's marked blocks in order, each with ``bash -euo
pipefail``, in one fresh folder per page, with this environment's ``la4ml`` on PATH.
"""

from __future__ import annotations

import pytest

from .docs_support import DOCS, run_shell_blocks, shell_blocks

PAGES = sorted(DOCS.rglob("*.md"))
WITH_SHELL = [p for p in PAGES if shell_blocks(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page", WITH_SHELL, ids=[str(p.relative_to(DOCS)) for p in WITH_SHELL])
def test_marked_shell_samples_run(page, tmp_path):
    blocks = shell_blocks(page.read_text(encoding="utf-8"))
    runs = run_shell_blocks(blocks, tmp_path)
    for block, run in zip(blocks, runs, strict=False):
        assert run.returncode == 0, (
            f"{page.relative_to(DOCS)}: the bash block at line {block.line} failed "
            f"(status {run.returncode}):\n{block.code}\n--- output:\n{run.stdout}{run.stderr}"
        )
    assert len(runs) == len(blocks)


def test_the_delivery_pages_show_commands_that_run():
    names = {str(p.relative_to(DOCS)) for p in WITH_SHELL}
    assert {"getting-started.md", "instructors.md"} <= names
    instructors = "".join(b.code for b in shell_blocks((DOCS / "instructors.md").read_text()))
    for command in ("la4ml autograder gradescope", "la4ml autograder github", "la4ml release"):
        assert command in instructors


def test_only_marked_bash_blocks_are_run_in_order_in_one_folder(tmp_path):
    page = (
        "Text.\n\n<!-- run: bash -->\n\n```bash\necho one > made.txt\n```\n\n"
        "```bash\nexit 3\n```\n\n"
        "<!-- run: bash -->\n\n```python\nraise SystemExit(4)\n```\n\n"
        "<!-- run: bash -->\n\n```bash\ncat made.txt\nfalse\necho never\n```\n"
    )
    blocks = shell_blocks(page)
    assert [b.line for b in blocks] == [5, 21]
    first, second = run_shell_blocks(blocks, tmp_path)
    assert first.returncode == 0
    assert second.returncode != 0 and second.stdout == "one\n"
