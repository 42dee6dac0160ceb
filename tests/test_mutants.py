"""tools/mutants.py: the one-line faults it seeds, the equivalents it reads, and a sample.

The full run grades about 2800 mutants in some minutes (``python tools/mutants.py``);
here a seeded sample of them must each lose points or be listed as equivalent.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
import sys
import textwrap

import pytest

from .conftest import REPO

spec = importlib.util.spec_from_file_location("la4ml_tools_mutants", REPO / "tools" / "mutants.py")
mutants = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = mutants  # its dataclasses look their module up by name
spec.loader.exec_module(mutants)

SOURCE = '''
import numpy as np


def norm_of(x, tol=1e-12):
    """Docstring ``with < and + inside`` is never mutated."""
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be 1-D, got {x.ndim + 0} dimensions")
    total = np.sum(np.abs(x) ** 2)
    return float(np.sqrt(total)) if total > tol else 0.0
'''


@pytest.fixture(scope="module")
def sample_mutants(course):
    return mutants.mutants_of(course.part(1), SOURCE)


@pytest.fixture(scope="module")
def course_mutants(course):
    return mutants.course_mutants(course)


def test_each_kind_of_fault_is_seeded(sample_mutants):
    kinds = {m.kind for m in sample_mutants}
    assert {"comparison", "boolean", "drop-condition", "off-by-one", "drop-call"} <= kinds
    assert {"operator", "swap-call"} <= kinds
    changed = {(m.original, m.mutated) for m in sample_mutants}
    assert ("if x.ndim != 1 or x.size == 0:", "if (x.ndim == 1) or x.size == 0:") in changed
    assert (
        "return float(np.sqrt(total)) if total > tol else 0.0",
        "return float(np.sqrt(total)) if (total >= tol) else 0.0",
    ) in changed


def test_mutants_parse_and_spare_docstrings_and_messages(sample_mutants):
    reference = ast.parse(SOURCE)
    docstring = ast.get_docstring(reference.body[1])
    for mutant in sample_mutants:
        tree = ast.parse(mutant.source)
        assert ast.get_docstring(tree.body[1]) == docstring
        assert 'raise ValueError(f"x must be 1-D, got {x.ndim + 0} dimensions")' in mutant.source
        assert ast.dump(tree) != ast.dump(reference)
        assert mutant.function == "norm_of"
    assert len({m.source for m in sample_mutants}) == len(sample_mutants)  # no duplicates


def test_equivalents_are_read_from_wrapped_suite_comments(course, tmp_path):
    part = course.part(1)
    suite = tmp_path / f"test_{part.module}.py"
    suite.write_text(
        textwrap.dedent(
            """
            x = 1


            # Equivalent mutants (tools/mutants.py):
            # - norm_of: `if x.ndim != 1 or x.size == 0:` -> `if x.ndim != 1 or x.size ==
            #   (-1):`, `a - b` -> `(b - a)`: the same ValueError comes later. And a
            #   second sentence.
            # - other: `y` -> `(z)`: a reason.
            """
        ),
        encoding="utf-8",
    )
    listed = mutants.listed_equivalents(dataclasses.replace(part, suites_dir=tmp_path))
    assert listed == {
        (1, "norm_of", "if x.ndim != 1 or x.size == 0:", "if x.ndim != 1 or x.size == (-1):"): (
            "the same ValueError comes later. And a second sentence."
        ),
        (1, "norm_of", "a - b", "(b - a)"): "the same ValueError comes later. And a second "
        "sentence.",
        (1, "other", "y", "(z)"): "a reason.",
    }


def test_the_listings_in_the_suites_name_real_mutants(course, course_mutants):
    """Every listed equivalent is still a mutant of the solution: no stale entries."""
    keys = {m.key for m in course_mutants}
    for part in course.parts:
        stale = set(mutants.listed_equivalents(part)) - keys
        assert not stale, f"part {part.number}: {sorted(stale)[:3]}"


def test_a_seeded_sample_of_mutants_loses_points_or_is_listed(course, course_mutants):
    everything = course_mutants
    assert len(everything) > 2000
    listed = {}
    for part in course.parts:
        listed.update(mutants.listed_equivalents(part))
    sample = mutants.random.Random(13).sample(everything, 8)
    for outcome in mutants.grade_mutants(course, sample, timeout=5.0):
        assert outcome.killed or outcome.mutant.key in listed, outcome.mutant.describe()
