"""Parts 19 and 20 are taught in depth: enough prose, figures and runnable examples.

Prose is counted as words outside fenced code, outside ``$...$`` and ``$$...$$`` math,
outside HTML comments, outside image markup and outside the ``## Exercises`` section.
A word is a run of non-blank characters that holds at least one letter or digit, after
markdown links have been reduced to their text.
"""

from __future__ import annotations

import re

import pytest

from .docs_support import DOCS

LESSONS = {
    19: DOCS / "applications" / "19-kernels.md",
    20: DOCS / "applications" / "20-random-projections.md",
}
MIN_WORDS, MIN_FIGURES, MIN_BLOCKS = 2500, 2, 4

FENCE = re.compile(r"^(?P<indent> *)```[^\n]*\n.*?^(?P=indent)```[ \t]*$", re.M | re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.S)
INLINE_MATH = re.compile(r"(?<!\\)\$[^$\n]+?(?<!\\)\$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
WORD = re.compile(r"\S*[^\W_]\S*")
FIGURE = re.compile(r"!\[[^\]]*\]\(\.\./figures/(?P<name>[^)\s]+)\)")
PYTHON_FENCE = re.compile(r"^ *```(?:python|py)\b", re.M)


def without_exercises(markdown: str) -> str:
    """The page up to its ``## Exercises`` heading (the whole page if it has none)."""
    match = re.search(r"^## Exercises[ \t]*$", markdown, re.M)
    return markdown if match is None else markdown[: match.start()]


def prose_words(markdown: str) -> int:
    """Words of prose, counted as the module docstring defines them."""
    text = without_exercises(markdown)
    text = FENCE.sub(" ", text)
    text = COMMENT.sub(" ", text)
    text = DISPLAY_MATH.sub(" ", text)
    text = INLINE_MATH.sub(" ", text)
    text = IMAGE.sub(" ", text)
    text = LINK.sub(r"\1", text)
    return len(WORD.findall(text))


def embedded_figures(markdown: str) -> list[str]:
    """File names of the images the page embeds from docs/figures/, outside Exercises."""
    return [m["name"] for m in FIGURE.finditer(without_exercises(markdown))]


def python_blocks_before_exercises(markdown: str) -> int:
    """Number of ```python blocks (also indented ones, in tabs) before Exercises."""
    return len(PYTHON_FENCE.findall(without_exercises(markdown)))


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        pytest.param("One two three.", 3, id="plain"),
        pytest.param("Area $\\pi r^2$ of a disc.", 4, id="inline-math"),
        pytest.param("A\n\n$$\nx = y + z\n$$\n\nB", 2, id="display-math"),
        pytest.param("Text\n\n```python\nprint('many words here')\n```\n", 1, id="code"),
        pytest.param("Text\n\n    ```python\n    x = 1\n    ```\n", 1, id="indented-code"),
        pytest.param("See [Part 4](../x.md) now <!-- printed: 0.5 -->", 4, id="link-comment"),
        pytest.param("![alt words](../figures/a.svg)\nok", 1, id="image"),
        pytest.param("- a bullet\n- another one\n\n---\n", 4, id="markup-not-words"),
        pytest.param("Kept.\n\n## Exercises\n\nNot counted at all.", 1, id="exercises"),
    ],
)
def test_prose_word_count(markdown, words):
    assert prose_words(markdown) == words


def test_figures_and_blocks_are_counted_outside_exercises():
    page = (
        '![a](../figures/one.svg)\n\n```python\nx = 1\n```\n\n=== "NumPy"\n\n'
        "    ```python\n    y = 2\n    ```\n\n## Exercises\n\n![b](../figures/two.svg)\n"
        '```python title="exercises/x.py"\n--8<-- "exercises/x.py"\n```\n'
    )
    assert embedded_figures(page) == ["one.svg"]
    assert python_blocks_before_exercises(page) == 2


@pytest.mark.parametrize("part", sorted(LESSONS), ids=[f"part{p}" for p in sorted(LESSONS)])
def test_lesson_is_deep_enough(part):
    markdown = LESSONS[part].read_text(encoding="utf-8")
    words = prose_words(markdown)
    assert words >= MIN_WORDS, f"Part {part} has {words} words of prose, needs {MIN_WORDS}"

    figures = embedded_figures(markdown)
    missing = [name for name in figures if not (DOCS / "figures" / name).is_file()]
    assert not missing, f"Part {part} embeds figures that are not committed: {missing}"
    assert len(set(figures)) >= MIN_FIGURES, f"Part {part} embeds {figures}"

    blocks = python_blocks_before_exercises(markdown)
    assert blocks >= MIN_BLOCKS, f"Part {part} has {blocks} python blocks, needs {MIN_BLOCKS}"
