"""Every lesson has the common layout, and corrected facts stay corrected.

The layout (the lessons' conventions): an objectives box, at least one worked
example by hand, 3 to 5 pencil-and-paper problems each with a collapsible
answer, and a summary box of five points right before the exercises. The
facts below were wrong once; each test pins the corrected statement so that
an edit cannot quietly bring the wrong one back.
"""

from __future__ import annotations

import re

import pytest

from .docs_support import DOCS

OPTIONAL_NOTES = {1: "torch", 4: "sklearn", 14: "sklearn", 16: "torch", 17: "torch"}


def lessons(course):
    return [
        (part.number, (DOCS / part.lesson).read_text(encoding="utf-8")) for part in course.parts
    ]


def section(page: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", page, re.M | re.S)
    assert match, f"no section '## {heading}'"
    return match[1]


def test_every_lesson_has_objectives_worked_examples_problems_and_a_summary(course):
    for number, page in lessons(course):
        where = f"part {number}"
        assert "What you will be able to do" in page or "## Learning objectives" in page, where
        assert re.search(r"^## Worked example", page, re.M), f"{where}: no worked example"
        problems = section(page, "Pencil and paper")
        count = len(re.findall(r'^\?\?\? question "Problem \d+', problems, re.M))
        answers = len(re.findall(r'^    \?\?\? success "Answer"', problems, re.M))
        assert 3 <= count <= 5 and answers == count, (
            f"{where}: {count} problems, {answers} answers"
        )
        headings = re.findall(r"^## (.+)$", page, re.M)
        assert headings[-2:] == ["Summary", "Exercises"], f"{where}: {headings[-3:]}"
        summary = section(page, "Summary")
        assert summary.count('!!! summary "The five things to remember"') == 1, where
        bullets = re.findall(r"^    - ", summary, re.M)
        assert len(bullets) == 5, f"{where}: the summary has {len(bullets)} points"


@pytest.mark.parametrize(("number", "module"), sorted(OPTIONAL_NOTES.items()))
def test_libraries_notes_run_only_when_the_library_is_there(course, number, module):
    page = (DOCS / course.part(number).lesson).read_text(encoding="utf-8")
    block = rf"^(?P<indent> *)```python[^\n]*\n(?P=indent)# requires: {module}\n"
    assert re.search(block, page, re.M), f"part {number} has no note that needs {module}"


@pytest.mark.parametrize(
    ("number", "present", "absent"),
    [
        (10, r"left eigenvector", None),
        (13, r"10\^\{12\}", r"a million times (its|the) variance"),
        (12, r"10\^\{-13\}\)\$ fails the course's test", None),
        (12, r"not numerically singular in the strict sense", None),
        (14, r"instead of \$\\kappa\(X\)\^2\$", None),
        (14, r"residual is small", None),
        (16, r"LeCun", r"Glorot[^.]{0,30} uses \$1/\\text\{fan-in\}\$"),
        (16, r"2/\(\\text\{fan-in\} \+", None),
        (19, r"Moore–Aronszajn", None),
        (19, r"Mercer's theorem: the kernel as a sum of eigenfunctions", None),
        (20, r"\*exactly\* normal", r"central limit theorem"),
    ],
)
def test_corrected_facts_stay_corrected(course, number, present, absent):
    page = (DOCS / course.part(number).lesson).read_text(encoding="utf-8")
    assert re.search(present, page), f"part {number}: {present!r} is gone"
    if absent:
        assert not re.search(absent, page), f"part {number}: {absent!r} is back"
