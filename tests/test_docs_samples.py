"""Every terminal sample on the site is what its command prints today.

The samples are marked ``<!-- sample: SCENARIO | COMMAND -->`` (see
tools/samples.py, which also rewrites them: ``python tools/samples.py --write``).
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .docs_support import REPO

spec = importlib.util.spec_from_file_location("la4ml_samples", REPO / "tools" / "samples.py")
samples = importlib.util.module_from_spec(spec)
sys.modules["la4ml_samples"] = samples  # dataclasses look their module up there
spec.loader.exec_module(samples)
PAGES = samples.pages()


def test_the_pages_with_terminal_output_have_samples():
    names = {page.name for page in PAGES}
    assert {"getting-started.md", "instructors.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_samples_are_what_the_commands_print(page):
    made = samples.fresh_bodies(page)
    assert made
    for sample, body in made:
        assert samples.same(sample.body, body), (
            f"{page.name}: the sample of `{sample.command}` is out of date; run "
            f"python tools/samples.py --write\n--- shown\n{sample.body}--- now\n{body}"
        )


def test_kept_lines_are_marked_where_some_are_left_out():
    lines = [f"line {i}" for i in range(1, 11)]
    assert samples._kept(lines, "1-2,5") == ["line 1", "line 2", "...", "line 5", "..."]
    assert samples._kept(lines, "3-10") == ["...", *lines[2:]]
    assert samples._kept(lines, None) == lines
