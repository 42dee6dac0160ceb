"""Values that the lessons quote from their own examples are the values the examples print.

A lesson marks such a value with ``<!-- printed: TEXT -->`` right after the sentence that
quotes it. TEXT must occur in the prose of that paragraph and in the captured stdout of
the nearest ```python block above the marker on the same page (the page's blocks run in
order, in one namespace, each block's stdout captured on its own). The checker is
``check_printed_claims`` in ``docs_support``; the first tests below pin its behaviour on
small synthetic pages, the last one applies it to every page of the site.
"""

from __future__ import annotations

import pytest

from .docs_support import DOCS, PRINTED, check_printed_claims, code_blocks, run_blocks

PAGES = sorted(DOCS.rglob("*.md"))
MARKED = [page for page in PAGES if PRINTED.search(page.read_text(encoding="utf-8"))]

EXAMPLE = """\
# A page

```python
x = 0.5 * 9
print(f"the value is {x:.1f}")
```

The example prints 4.5, half of nine. <!-- printed: 4.5 -->

```python
print("nothing to see")
```

Some prose without a marker.
"""


def test_a_page_without_markers_has_no_problems():
    page = "# Title\n\n```python\nprint(1)\n```\n\nIt prints one.\n"
    assert check_printed_claims(page) == []


def test_a_right_marker_passes():
    assert check_printed_claims(EXAMPLE) == []


def test_a_value_the_block_does_not_print_fails():
    page = EXAMPLE.replace("half of nine. <!-- printed: 4.5 -->", "half. <!-- printed: 4.6 -->")
    page = page.replace("prints 4.5", "prints 4.6")
    (problem,) = check_printed_claims(page)
    assert "'4.6' is not in the output of the python block at line 3" in problem
    assert "the value is 4.5" in problem


def test_a_value_the_prose_does_not_state_fails():
    page = EXAMPLE.replace("The example prints 4.5,", "The example prints four and a half,")
    (problem,) = check_printed_claims(page)
    assert problem == "line 8: '4.5' is not in the prose of its paragraph"


def test_the_nearest_block_above_is_the_one_checked():
    page = EXAMPLE + "\nAgain 4.5. <!-- printed: 4.5 -->\n"
    (problem,) = check_printed_claims(page)
    assert "block at line 10" in problem


def test_a_marker_before_any_block_fails():
    page = "Four and 4.5. <!-- printed: 4.5 -->\n\n```python\nprint(4.5)\n```\n"
    assert check_printed_claims(page) == ["line 1: '4.5' has no python block above it"]


def test_the_paragraph_is_the_one_holding_the_marker():
    page = EXAMPLE.replace(
        "The example prints 4.5, half of nine. <!-- printed: 4.5 -->",
        "The example prints 4.5.\n\nHalf of nine. <!-- printed: 4.5 -->",
    )
    (problem,) = check_printed_claims(page)
    assert "not in the prose of its paragraph" in problem


def test_markers_in_indented_answers_and_multiline_paragraphs_work():
    page = EXAMPLE + (
        '\n??? success "Answer"\n    The block prints\n    the value is\n'
        "    4.5 as above. <!-- printed: the value is -->\n"
    )
    page = page.replace('print("nothing to see")', 'print("the value is", 2)')
    assert check_printed_claims(page) == []


def test_a_marker_inside_a_code_block_is_not_a_marker():
    page = EXAMPLE.replace('print("nothing to see")', 'print("<!-- printed: 99 -->")')
    assert check_printed_claims(page) == []


def test_a_marker_quoting_an_optional_block_fails():
    page = EXAMPLE.replace('print("nothing to see")', '# requires: numpy\nprint("7")')
    page += "\nIt prints 7. <!-- printed: 7 -->\n"
    (problem,) = check_printed_claims(page)
    assert "needs numpy; the text must not depend on an optional block" in problem


def test_outputs_can_be_given_instead_of_running_the_blocks():
    outputs = ["the value is 4.5\n", ""]
    assert check_printed_claims(EXAMPLE, outputs) == []
    assert check_printed_claims(EXAMPLE, ["the value is 4.4\n", ""]) != []
    with pytest.raises(ValueError, match="2 python blocks but 1 outputs"):
        check_printed_claims(EXAMPLE, ["x"])


@pytest.mark.skipif(not MARKED, reason="no page has a printed marker yet")
@pytest.mark.parametrize("page", MARKED, ids=[str(p.relative_to(DOCS)) for p in MARKED])
def test_every_printed_value_in_the_lessons_is_what_the_code_prints(page):
    text = page.read_text(encoding="utf-8")
    outputs = [run.stdout for run in run_blocks(code_blocks(text), str(page))]
    problems = check_printed_claims(text, outputs)
    assert not problems, f"{page.relative_to(DOCS)}:\n" + "\n".join(problems)
