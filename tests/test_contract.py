"""One contract: what a suite enforces, the docstring states, the conventions page defines.

The checks themselves live in :mod:`grader.contract` (``la4ml verify`` runs them too);
these tests run them on the real course and show, on small made-up suites, that each
kind of disagreement is caught.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap

import numpy as np
import pytest
import yaml

from grader.checks import VECTORISED, python_loops
from grader.contract import contract_problems, suite_demands
from grader.verify import Report, check_sources, public_functions

from .conftest import EXERCISES, REPO, SOLUTIONS

DOCS = REPO / "docs"
CONVENTIONS = DOCS / "conventions.md"


def stub_docstrings(part) -> dict[str, str | None]:
    return {name: doc for name, (_, doc, _) in public_functions(EXERCISES / part.filename).items()}


# ------------------------------------------------------------------ the real course


@pytest.mark.parametrize("number", range(1, 21))
def test_every_docstring_states_what_the_suite_and_manifest_enforce(course, number):
    part = course.part(number)
    assert contract_problems(part, stub_docstrings(part)) == []


def test_every_source_reading_test_names_its_rule(course):
    rules = {}
    for part in course.parts:
        for name, demands in suite_demands(part.suite_path).items():
            assert demands.unmarked == [], f"part {part.number}: {demands.unmarked}"
            if demands.rules:
                rules[(part.number, name)] = demands.rules
    # The rules the course has: a new one is fine, a lost marker is not.
    assert len(rules) >= 20, rules
    vectorised = sorted(name for (_, name), phrases in rules.items() if VECTORISED in phrases)
    assert vectorised == ["bilinear_form", "mse_gradient", "pairwise_distances", "rbf_kernel"]


def test_every_function_tested_for_unchanged_inputs_is_known(course):
    """Most functions are: the docstrings of all of them must say so (checked above)."""
    tested = [
        (part.number, name)
        for part in course.parts
        for name, demands in suite_demands(part.suite_path).items()
        if demands.unchanged
    ]
    for expected in [
        (10, "covariance_matrix"),
        (13, "pca_fit"),
        (13, "reconstruction_error"),
        (16, "softmax"),
        (17, "standardize_channels"),
        (19, "center_kernel"),
    ]:
        assert expected in tested


def test_verify_reports_a_docstring_that_drops_a_rule(course, tmp_path):
    part = course.part(15)
    exercises = tmp_path / "exercises"
    exercises.mkdir()
    source = (EXERCISES / part.filename).read_text(encoding="utf-8")
    assert "Vectorised (see conventions)" in source
    (exercises / part.filename).write_text(
        source.replace("Vectorised (see conventions)", "Fast"), encoding="utf-8"
    )
    report = Report()
    check_sources(part, exercises, SOLUTIONS, report)
    assert any(
        "mse_gradient" in p and "Vectorised (see conventions)" in p for p in report.problems
    ), report.problems


# ------------------------------------------------------------------ made-up suites

SUITE_HEADER = """
import pytest

from grader.checks import check_unmodified

function = pytest.mark.function
rule = pytest.mark.rule
"""


def made_up_part(course, tmp_path, suite: str, forbids=()):
    """Part 1 with its functions, a suite written here, and ``forbids`` on ``add``."""
    real = course.part(1)
    suites = tmp_path / "suites"
    suites.mkdir()
    (suites / f"test_{real.module}.py").write_text(
        SUITE_HEADER + textwrap.dedent(suite), encoding="utf-8"
    )
    functions = tuple(
        dataclasses.replace(f, forbids=tuple(forbids)) if f.name == "add" else f
        for f in real.functions
    )
    return dataclasses.replace(real, suites_dir=suites, functions=functions)


def docstrings_with(course, add: str) -> dict[str, str]:
    docs = {
        f.name: "Does its job. The inputs are left unchanged." for f in course.part(1).functions
    }
    docs["add"] = add
    return docs


def test_a_source_rule_without_a_marker_is_a_problem(course, tmp_path):
    part = made_up_part(
        course,
        tmp_path,
        """
        @function("add")
        def test_add_rule(student, expect, student_source):
            pass
        """,
    )
    problems = contract_problems(part, docstrings_with(course, "Adds."))
    assert (
        len(problems) == 1
        and "test_add_rule" in problems[0]
        and "@pytest.mark.rule" in problems[0]
    )


def test_a_rule_the_docstring_does_not_state_is_a_problem(course, tmp_path):
    part = made_up_part(
        course,
        tmp_path,
        """
        @function("add")
        @rule("no ``np.add``", "written by hand")
        def test_add_rule(student, expect, student_source):
            pass
        """,
    )
    stated = docstrings_with(course, "Adds. Rule: WRITTEN BY\n    hand; no ``np.add``.")
    assert contract_problems(part, stated) == []  # case and line breaks do not matter
    problems = contract_problems(part, docstrings_with(course, "Adds, written by hand."))
    assert problems == [
        "part 1 (part01_vectors): the suite enforces a rule on add that its docstring does "
        "not state: 'no ``np.add``'"
    ]


def test_a_forbidden_routine_the_docstring_does_not_name_is_a_problem(course, tmp_path):
    part = made_up_part(course, tmp_path, "", forbids=["numpy.linalg.solve", "numpy.kron"])
    named = docstrings_with(course, "Do not call ``np.linalg.solve`` or ``numpy.kron``.")
    assert contract_problems(part, named) == []
    problems = contract_problems(part, docstrings_with(course, "Uses np.linalg.solve_triangular."))
    assert [p.split("forbids ")[1].split(" ")[0] for p in problems] == [
        "numpy.linalg.solve",
        "numpy.kron",
    ]
    whole_module = docstrings_with(course, "No ``np.linalg`` routine. Not ``np.kron``.")
    assert contract_problems(part, whole_module) == []


def test_an_unchanged_check_the_docstring_does_not_state_is_a_problem(course, tmp_path):
    part = made_up_part(
        course,
        tmp_path,
        """
        @function("add")
        def test_add_values(student, expect):
            check_unmodified(expect, [], [])

        @function("scale")
        def test_scale_values(student, expect):
            expect.new_array(student.scale(2, [1.0]))
        """,
    )
    docs = docstrings_with(course, "Adds. It returns a new array.")
    docs["scale"] = "Scales. The inputs are left unchanged."
    problems = contract_problems(part, docs)
    assert len(problems) == 2
    assert "add leaves its inputs unchanged" in problems[0]
    assert "scale returns a new array" in problems[1]


# ------------------------------------------------------------------ "vectorised"

ALLOWED = {
    "no-loop": "def f(X):\n    return X.sum(axis=1)\n",
    "over-a-written-tuple": "def f(X, Y):\n    for a in (X, Y):\n        a.shape\n",
    "comprehension-over-a-written-list": "def f(X, Y):\n    return [a.ndim for a in [X, Y]]\n",
    "zip-of-written-tuples": "def f(X, Y):\n    for n, a in zip(('X', 'Y'), (X, Y)):\n        n\n",
    "helper-over-its-star-args": (
        "def _check(*arrays):\n    return all(a.ndim == 2 for a in arrays)\n"
        "def f(X, Y):\n    _check(X, Y)\n    return X @ Y.T\n"
    ),
    "a-loop-elsewhere-in-the-module": (
        "def g(X):\n    for x in X:\n        x\ndef f(X):\n    return X\n"
    ),
}
FORBIDDEN = {
    "for-over-range": ("def f(X):\n    for i in range(len(X)):\n        X[i]\n", "a for loop"),
    "while": ("def f(X):\n    while X:\n        X = X[1:]\n", "a while loop"),
    "comprehension-over-rows": (
        "def f(X):\n    return [x.sum() for x in X]\n",
        "a list comprehension",
    ),
    "generator-over-an-argument": (
        "def f(X):\n    return sum(x for x in X)\n",
        "a generator expression",
    ),
    "map": ("def f(X):\n    return list(map(abs, (1, 2)))\n", "a call of map()"),
    "np-vectorize": ("def f(X):\n    return np.vectorize(abs)(X)\n", "a call of vectorize()"),
    "loop-in-a-helper": (
        "def _rows(X):\n    return [x for x in X]\ndef f(X):\n    return _rows(X)\n",
        "a list comprehension",
    ),
    "helper-through-a-table": (
        "def _l1(X):\n    for x in X:\n        x\nTABLE = {'l1': _l1}\n"
        "def f(X):\n    return TABLE['l1'](X)\n",
        "a for loop",
    ),
    "loop-over-a-helper-argument": (
        "def _check(arrays):\n    return all(a.ndim for a in arrays)\n"
        "def f(X, Y):\n    return _check([X, Y])\n",
        "a generator expression",
    ),
}


@pytest.mark.parametrize("source", ALLOWED.values(), ids=ALLOWED.keys())
def test_vectorised_allows(source):
    assert python_loops(source, "f") == []


@pytest.mark.parametrize("source, what", FORBIDDEN.values(), ids=FORBIDDEN.keys())
def test_vectorised_forbids(source, what):
    found = python_loops(source, "f")
    assert [loop[2] for loop in found] == [what]


# ------------------------------------------------------------------ the conventions page


def test_the_conventions_page_is_in_the_nav_next_to_notation():
    nav = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    pages = [next(iter(entry.values())) for entry in nav]
    assert pages[pages.index("notation.md") + 1] == "conventions.md"


def test_the_conventions_page_covers_what_docstrings_refer_to():
    headings = re.findall(r"^## (.+)$", CONVENTIONS.read_text(encoding="utf-8"), re.M)
    assert headings == [
        "Inputs are left unchanged",
        "Types that the functions accept",
        "Vectorised code",
        "Rules of an exercise",
        "Order, signs and ties",
        "Tolerances",
        "Errors",
    ]
    text = CONVENTIONS.read_text(encoding="utf-8")
    assert VECTORISED.lower() in text.lower().replace("**", "")
    for phrase in ("1e-9", "the first of them", "np.int64(3)", "s[-1] > tol * s[0]"):
        assert phrase in text


def test_every_lesson_links_the_conventions_from_its_exercises(course):
    for part in course.parts:
        page = (DOCS / part.lesson).read_text(encoding="utf-8")
        exercises = page[page.index("## Exercises") :]
        assert "](../conventions.md)" in exercises, part.lesson


def test_every_stub_points_to_the_conventions(course):
    for part in course.parts:
        stub = (EXERCISES / part.filename).read_text(encoding="utf-8")
        module_docstring = stub.split('"""')[1]
        assert "docs/conventions.md" in module_docstring, part.filename


def test_docstrings_refer_to_the_conventions_only_for_what_the_page_covers(course):
    """Each "see conventions" sits next to a topic that has a section on the page."""
    topics = ("unchanged", "vectoris", "sign convention", "relative", "tie", "int")
    for part in course.parts:
        for name, doc in stub_docstrings(part).items():
            text = " ".join((doc or "").split()).lower()
            for match in re.finditer(r"see conventions", text):
                around = text[max(0, match.start() - 200) : match.end() + 120]
                assert any(topic in around for topic in topics), (part.number, name, around)


def test_every_forbidden_routine_exists_in_numpy(course):
    """A misspelt routine would name nothing, in the docstring and at run time alike."""
    for part in course.parts:
        for function in part.functions:
            for routine in function.forbids:
                target = np
                for attribute in routine.split(".")[1:]:
                    target = getattr(target, attribute)
                assert callable(target), routine


# ------------------------------------------------------------------ "vectorised", graded

VECTORISED_FUNCTIONS = [  # part, name, signature, arguments, the array arguments
    (6, "pairwise_distances", "X, Y, metric='euclidean'", "X, Y, metric", "X, Y"),
    (15, "mse_gradient", "X, y, w", "X, y, w", "X, y, w"),
    (17, "bilinear_form", "x, W, y", "x, W, y", "x, W, y"),
    (19, "rbf_kernel", "X, Y, gamma", "X, Y, gamma", "X, Y"),
]
ALLOWED_LOOPS = """
_reference_{name} = {name}


def _checked(*arrays):
    return [np.asarray(a, dtype=float) for a in arrays]  # over a helper's *args


def {name}({signature}):
    for a in ({arrays}):  # over a tuple written out in the code
        np.ndim(a)
    _checked({arrays})
    return _reference_{name}({arguments})
"""
LOOP_OVER_ROWS = """
_reference_{name} = {name}


def _rows_of(result):
    return np.array([row for row in result])  # a loop over the rows of the data


def {name}({signature}):
    return _rows_of(_reference_{name}({arguments}))
"""


@pytest.mark.parametrize(
    "number, name, signature, arguments, arrays",
    VECTORISED_FUNCTIONS,
    ids=[v[1] for v in VECTORISED_FUNCTIONS],
)
def test_vectorised_functions_may_loop_over_their_arguments_not_the_data(
    course, grade_source, number, name, signature, arguments, arrays
):
    part = course.part(number)
    solution = (SOLUTIONS / part.filename).read_text(encoding="utf-8")
    fields = {"name": name, "signature": signature, "arguments": arguments, "arrays": arrays}
    allowed = grade_source(solution + ALLOWED_LOOPS.format(**fields), part=number)
    assert allowed.score == allowed.max_score, [
        (f.name, f.first_failure.message) for f in allowed.functions if f.first_failure
    ]
    looping = grade_source(solution + LOOP_OVER_ROWS.format(**fields), part=number)
    scores = {f.name: f for f in looping.functions}
    assert scores[name].score < scores[name].max_score
    assert "_rows_of()" in scores[name].first_failure.message
    assert all(f.score == f.max_score for f in looping.functions if f.name != name)


def test_integer_parameters_are_described_one_way(course):
    """An integer parameter is typed ``int``; the conventions page says what that accepts."""
    for part in course.parts:
        for name, doc in stub_docstrings(part).items():
            found = re.search(r"(?i)python or numpy|numpy integer", doc or "")
            assert found is None, f"part {part.number} {name}: {found and found.group()}"
