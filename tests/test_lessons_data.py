"""The data files in docs/data/: present, small, loadable, documented and used by lessons."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from .docs_support import DOCS, python_blocks

DATA = DOCS / "data"
README = DATA / "README.md"
MAX_BYTES = 300 * 1024


def load_digits():
    with np.load(DATA / "digits.npz") as archive:
        return {name: archive[name] for name in archive.files}


def load_diabetes():
    with open(DATA / "diabetes.csv", newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    return header, np.loadtxt(DATA / "diabetes.csv", delimiter=",", skiprows=1)


def load_corpus():
    with open(DATA / "corpus.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


FILES = ["digits.npz", "diabetes.csv", "corpus.csv"]


@pytest.mark.parametrize("name", FILES)
def test_data_file_exists_is_small_and_documented(name):
    path = DATA / name
    assert path.is_file(), f"docs/data/{name} is missing"
    assert path.stat().st_size <= MAX_BYTES, f"docs/data/{name} is over 300 KB"
    readme = README.read_text(encoding="utf-8")
    section = readme.split(f"## `{name}`", 1)
    assert len(section) == 2, f"docs/data/README.md has no section for {name}"
    body = section[1].split("\n## ", 1)[0]
    for field in ("**Source:**", "**Licence:**", "**How it was made:**"):
        assert field in body, f"the README section of {name} does not state {field}"


def test_no_undocumented_data_files():
    present = {p.name for p in DATA.iterdir() if p.name != "README.md"}
    assert present == set(FILES)


def test_digits_have_the_documented_shape_and_values():
    arrays = load_digits()
    assert set(arrays) == {"images", "target"}
    images, target = arrays["images"], arrays["target"]
    assert images.shape == (1797, 8, 8) and images.dtype == np.uint8
    assert target.shape == (1797,) and target.dtype == np.uint8
    assert images.max() == 16
    counts = np.bincount(target, minlength=10)
    assert counts.size == 10 and counts.min() == 174 and counts.max() == 183
    readme = README.read_text(encoding="utf-8")
    assert "`(1797, 8, 8)`" in readme and "`(1797,)`" in readme


def test_diabetes_has_the_documented_shape_and_columns():
    header, table = load_diabetes()
    expected = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target"]
    assert header == expected
    assert table.shape == (442, 11)
    assert set(np.unique(table[:, 1])) == {1.0, 2.0}
    assert table[:, -1].min() == 25 and table[:, -1].max() == 346
    readme = README.read_text(encoding="utf-8")
    assert "442 rows of 11 numbers" in readme


def test_corpus_has_thirty_documents_on_three_topics():
    rows = load_corpus()
    assert len(rows) == 30
    assert set(rows[0]) == {"topic", "text"}
    topics = [row["topic"] for row in rows]
    assert {t: topics.count(t) for t in set(topics)} == {
        "cooking": 10,
        "astronomy": 10,
        "football": 10,
    }
    assert all(row["text"].strip() for row in rows)
    readme = README.read_text(encoding="utf-8")
    assert "30 one-sentence documents" in readme


@pytest.mark.parametrize(
    ("lesson", "name"),
    [
        ("core/11-svd.md", "corpus.csv"),
        ("applications/13-pca.md", "digits.npz"),
        ("applications/14-least-squares.md", "diabetes.csv"),
    ],
)
def test_lesson_loads_real_data_in_an_executed_block(lesson, name):
    """The block must run with numpy alone (no `# requires:` line), so the tests execute it."""
    blocks = python_blocks(DOCS / lesson)
    loading = [
        block
        for block in blocks
        if f"docs/data/{name}" in block and not block.lstrip().startswith("# requires:")
    ]
    assert loading, f"{lesson} has no executed block that loads docs/data/{name}"
