"""Hidden suite for Part 5: Linear Independence & Span.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), on how it uses ``tol``, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case (``[zero-row] are_independent(...) returned True``)
while the session stays small.

Oracles are independent of the reference solution:

- ``gram_matrix``: ``np.dot`` of every pair of rows, computed one pair at a time.
- ``are_independent``, ``span_dimension``: inputs built with known singular
  values (``U diag(s) W^T`` from orthonormal ``U``, ``W``) or known rank (a
  product of a (k, r) and an (r, n) Gaussian matrix), cross-checked with
  ``np.linalg.matrix_rank(V, tol=tol)``.
- ``in_span``: vectors built as ``c @ V`` (in the span) or as ``c @ V + d * u``
  with ``u`` a unit vector orthogonal to every row, so that the distance to
  the span is exactly ``d`` by construction.
- ``redundant_features``: data matrices built column by column, each column
  either fresh Gaussian noise (independent of the earlier ones with
  probability 1) or a chosen combination of earlier columns, so that the
  redundant indices are known before the call.

Tolerances. The results of four functions are discrete (bool, int, indices),
so the inputs are designed so that the answer cannot depend on rounding. With
entries of order 1-10, a float64 SVD or least-squares solve is accurate to
about 1e-15 times the largest singular value, so the singular values of exactly
dependent rows, and the distances of vectors built inside a span, come out
below 1e-13: three orders of magnitude under the smallest threshold used (the
default 1e-10). Every deliberate singular value or distance (1e-10 .. 0.5) lies
at least a factor of 10, mostly a factor of 100 or more, away from the
threshold it is compared with (the defaults 1e-10 and 1e-8, and 1e-5 .. 1e-1
in the ``tol`` tests), so any correct method gives the same answer, while a
method that squares the singular values, ignores ``tol`` or counts exact
zeros gives a different one. ``gram_matrix`` is compared with
``rtol=atol=1e-9``: its entries are sums of at most a few products of numbers
of order 1-10, exact to about 1e-13 in any order of summation, and every wrong
formula is off by more than 1e-1 on these inputs.
"""

import numpy as np
import pytest

from grader.checks import calls, check_errors

TOL = {"rtol": 1e-9, "atol": 1e-9}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


# ------------------------------------------------------------------ helpers


def check_cases(expect, call, cases):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


def check_answers(expect, call, cases, kind):
    """Each case is (name, args, expected) or (name, args, kwargs, expected).

    call(*args, **kwargs) must return a scalar of ``kind`` equal to expected.
    """
    for case in cases:
        name, args, expected = case[0], case[1], case[-1]
        kwargs = case[2] if len(case) == 4 else {}
        with expect.case(name):
            expect.scalar(call(*args, **kwargs), expected, kind=kind)


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; leave the inputs as they are",
    )


def orthonormal_columns(rng, n, r):
    """An (n, r) matrix with orthonormal columns."""
    q, _ = np.linalg.qr(rng.normal(size=(n, r)))
    return q


def with_singular_values(rng, k, n, s):
    """A (k, n) matrix whose nonzero singular values are exactly ``s`` (up to rounding)."""
    r = len(s)
    return orthonormal_columns(rng, k, r) @ np.diag(s) @ orthonormal_columns(rng, n, r).T


def of_rank(rng, k, n, r):
    """A (k, n) Gaussian matrix of rank r (with probability 1)."""
    return rng.normal(size=(k, r)) @ rng.normal(size=(r, n))


def unit_normal(V):
    """A unit vector orthogonal to every row of V (V must have rank < its number of columns)."""
    _, s, vt = np.linalg.svd(V)
    rank = int(np.count_nonzero(s > 1e-9))
    return vt[rank]


# ------------------------------------------------------------------ gram_matrix


@function("gram_matrix")
@weight(2)
def test_gram_matrix_hand_worked(student, expect):
    check_cases(
        expect,
        student.gram_matrix,
        [
            ("docstring-example", ([[1, 2], [3, 4]],), [[5.0, 11.0], [11.0, 25.0]]),
            ("single-vector", ([[1, 2, 3]],), [[14.0]]),
            ("1x1", ([[-3]],), [[9.0]]),
            ("zero-row", ([[0, 0, 0], [1, 2, 2]],), [[0.0, 0.0], [0.0, 9.0]]),
            (
                "3-vectors-in-R1",
                ([[1], [2], [3]],),
                [[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [3.0, 6.0, 9.0]],
            ),
        ],
    )


@function("gram_matrix")
@weight(2)
def test_gram_matrix_random(student, expect, rng):
    for k, n in [(1, 4), (3, 5), (6, 2)]:
        V = rng.normal(scale=3.0, size=(k, n))
        original = V.copy()
        expected = [[float(np.dot(a, b)) for b in original] for a in original]
        with expect.case(f"{k}-vectors-in-R{n}"):
            expect.close(student.gram_matrix(V), expected, **TOL)
            check_unmodified(expect, [V], [original])


@gated
@function("gram_matrix")
def test_gram_matrix_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.gram_matrix,
        [
            ("1-d-input", ([1.0, 2.0, 3.0],)),
            ("3-d-input", (np.ones((2, 2, 2)),)),
            ("no-rows", (np.zeros((0, 3)),)),
            ("no-columns", (np.zeros((2, 0)),)),
        ],
        reason="V must be a 2-D array with at least one row and one column",
    )


# ------------------------------------------------------------------ are_independent


@function("are_independent")
@weight(2)
def test_are_independent_hand_worked(student, expect):
    check_answers(
        expect,
        student.are_independent,
        [
            ("docstring-example", ([[1, 0, 1], [2, 0, 2]],), False),
            ("2-vectors-in-R3", ([[1, 2, 3], [0, 1, 4]],), True),
            ("third-is-sum-of-first-two", ([[1, 0, 2], [0, 1, 1], [1, 1, 3]],), False),
            ("zero-row", ([[1, 2], [0, 0]],), False),
            ("4-vectors-in-R3", ([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 2, 3]],), False),
            ("1x1-nonzero", ([[5]],), True),
        ],
        kind=bool,
    )


@function("are_independent")
@weight(2)
def test_are_independent_random(student, expect, rng):
    cases = [
        ("full-rank-3x5", of_rank(rng, 3, 5, 3), {}),
        ("rank-3-4x4", of_rank(rng, 4, 4, 3), {}),
        ("5-vectors-in-R3", rng.normal(size=(5, 3)), {}),
        ("nearly-dependent-3x4", with_singular_values(rng, 3, 4, [3.0, 1.0, 1e-6]), {}),
        ("same-with-tol-1e-3", with_singular_values(rng, 3, 4, [3.0, 1.0, 1e-6]), {"tol": 1e-3}),
    ]
    for name, V, kwargs in cases:
        original = V.copy()
        expected = bool(np.linalg.matrix_rank(V, tol=kwargs.get("tol", 1e-10)) == V.shape[0])
        with expect.case(name):
            expect.scalar(student.are_independent(V, **kwargs), expected, kind=bool)
            check_unmodified(expect, [V], [original])


@gated
@function("are_independent")
def test_are_independent_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.are_independent,
        [
            ("1-d-input", ([1.0, 2.0],)),
            ("no-rows", (np.zeros((0, 3)),)),
            ("negative-tol", ([[1.0, 0.0]],), {"tol": -1e-3}),
        ],
        reason="V must be a non-empty 2-D array and tol must be >= 0",
    )


# ------------------------------------------------------------------ in_span


@function("in_span")
@weight(2)
def test_in_span_hand_worked(student, expect):
    plane = [[1, 0, 0], [0, 1, 0]]
    check_answers(
        expect,
        student.in_span,
        [
            ("docstring-example", ([2, 3, 0], plane), True),
            ("off-the-plane", ([0, 0, 1], plane), False),
            ("zero-vector", ([0, 0, 0], [[1, 2, 3]]), True),
            ("zero-rows-span-only-the-origin", ([1, 0], [[0, 0], [0, 0]]), False),
            ("dependent-rows-miss-v", ([0, 1, 0], [[1, 0, 0], [2, 0, 0]]), False),
            ("dependent-rows-contain-v", ([-1, -2, 0], [[1, 2, 0], [2, 4, 0]]), True),
            ("rows-not-columns", ([1, 1], [[1, 1], [2, 2]]), True),
            ("1x1", ([4], [[2]]), True),
        ],
        kind=bool,
    )


@function("in_span")
@weight(2)
def test_in_span_random(student, expect, rng):
    V = rng.normal(size=(2, 5))
    inside = rng.normal(size=2) @ V
    deficient = of_rank(rng, 4, 3, 2)
    cases = [
        ("combination-of-2-rows-in-R5", inside, V, True),
        ("1e-5-off-a-plane-in-R5", inside + 1e-5 * unit_normal(V), V, False),
        ("3-independent-rows-span-R3", rng.normal(size=3), rng.normal(size=(3, 3)), True),
        (
            "nearly-parallel-rows-span-a-plane",
            np.array([0.0, 1.0, 0.0]),
            np.array([[1.0, 0.0, 0.0], [1.0, 1e-4, 0.0]]),
            True,
        ),
        (
            "rank-2-4x3-off-by-0.5",
            rng.normal(size=4) @ deficient + 0.5 * unit_normal(deficient),
            deficient,
            False,
        ),
    ]
    for name, v, rows, expected in cases:
        originals = [v.copy(), rows.copy()]
        with expect.case(name):
            expect.scalar(student.in_span(v, rows), expected, kind=bool)
            check_unmodified(expect, [v, rows], originals)


@function("in_span")
def test_in_span_honours_tol(student, expect):
    V = np.array([[1.0, 1.0, 0.0], [0.0, 1.0, 1.0]])
    inside = 2.0 * V[0] + V[1]
    normal = np.array([1.0, -1.0, 1.0]) / np.sqrt(3.0)
    check_answers(
        expect,
        student.in_span,
        [
            ("1e-10-off-default-tol", (inside + 1e-10 * normal, V), True),
            ("0.01-off-tol-0.1", (inside + 0.01 * normal, V), {"tol": 0.1}, True),
            ("0.01-off-tol-1e-3", (inside + 0.01 * normal, V), {"tol": 1e-3}, False),
            ("distance-exactly-tol-is-in", ([0.0, 1.0], [[1.0, 0.0]]), {"tol": 1.0}, True),
        ],
        kind=bool,
    )


@gated
@function("in_span")
def test_in_span_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.in_span,
        [
            ("v-is-2-d", ([[1.0, 2.0]], [[1.0, 2.0]])),
            ("V-is-1-d", ([1.0, 2.0], [1.0, 2.0])),
            ("length-3-vs-rows-of-length-2", ([1.0, 2.0, 3.0], [[1.0, 2.0]])),
            ("empty-v", (np.zeros(0), np.zeros((2, 0)))),
            ("V-without-rows", ([1.0], np.zeros((0, 1)))),
            ("negative-tol", ([1.0, 0.0], [[1.0, 0.0]]), {"tol": -1.0}),
        ],
        reason="v must be a non-empty 1-D vector as long as the rows of a non-empty 2-D V, "
        "and tol must be >= 0",
    )


# ------------------------------------------------------------------ span_dimension


@function("span_dimension")
@weight(2)
def test_span_dimension_hand_worked(student, expect):
    check_answers(
        expect,
        student.span_dimension,
        [
            ("docstring-example", ([[1, 2], [2, 4], [0, 1]],), 2),
            ("zero-matrix", (np.zeros((2, 3)),), 0),
            ("1x1", ([[5]],), 1),
            ("1x1-zero", ([[0]],), 0),
            ("equal-rows", ([[1, 2, 3], [1, 2, 3]],), 1),
            ("wide-2x4", ([[1, 0, 0, 0], [0, 1, 0, 0]],), 2),
        ],
        kind=int,
    )


@function("span_dimension")
@weight(2)
def test_span_dimension_random(student, expect, rng):
    cases = [
        ("rank-2-5x4", of_rank(rng, 5, 4, 2)),
        ("rank-3-3x7", of_rank(rng, 3, 7, 3)),
        ("rank-1-6x6", of_rank(rng, 6, 6, 1)),
        ("singular-values-1-and-1e-6", with_singular_values(rng, 3, 3, [1.0, 1e-6])),
    ]
    for name, V in cases:
        original = V.copy()
        with expect.case(name):
            expected = int(np.linalg.matrix_rank(V, tol=1e-10))
            expect.scalar(student.span_dimension(V), expected, kind=int)
            check_unmodified(expect, [V], [original])


@function("span_dimension")
def test_span_dimension_honours_tol(student, expect, rng):
    V = with_singular_values(rng, 4, 3, [2.0, 1e-3, 1e-7])
    check_answers(
        expect,
        student.span_dimension,
        [
            ("tol-1e-2", (V,), {"tol": 1e-2}, 1),
            ("tol-1e-5", (V,), {"tol": 1e-5}, 2),
            ("default-tol", (V,), 3),
            ("a-value-equal-to-tol-is-not-counted", ([[1.0, 0.0], [0.0, 0.5]],), {"tol": 0.5}, 1),
            ("tol-0-counts-every-non-zero-value", ([[1.0, 0.0], [0.0, 1e-300]],), {"tol": 0.0}, 2),
        ],
        kind=int,
    )


@gated
@function("span_dimension")
def test_span_dimension_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.span_dimension,
        [
            ("1-d-input", ([1.0, 2.0],)),
            ("no-columns", (np.zeros((2, 0)),)),
            ("negative-tol", ([[1.0]],), {"tol": -0.5}),
        ],
        reason="V must be a non-empty 2-D array and tol must be >= 0",
    )


# ------------------------------------------------------------------ redundant_features


def check_indices(expect, got, expected):
    """``got`` is an int64 array holding exactly the column indices ``expected``, in order."""
    got = expect.array(got, dtype=np.int64)
    expect.that(
        got.ndim == 1 and got.tolist() == list(expected),
        f"returned the indices {got.tolist()}; expected {list(expected)} (the columns that "
        "are combinations of earlier columns, in increasing order)",
    )


@function("redundant_features")
@weight(2)
def test_redundant_features_hand_worked(student, expect):
    cases = [
        ("docstring-example", [[1, 2, 3], [0, 1, 1], [1, 0, 1]], [2]),
        ("multiple-in-the-middle", [[1, 2, 0], [2, 4, 1], [3, 6, 0]], [1]),
        ("zero-first-column", [[0, 1], [0, 2]], [0]),
        ("equal-columns-only-the-later", [[1, 0, 1], [0, 1, 0], [2, 1, 2]], [2]),
        ("no-redundancy", np.eye(3), []),
        ("all-zero", np.zeros((2, 3)), [0, 1, 2]),
        ("more-features-than-samples", [[1, 0, 1, 2], [0, 1, 1, 3]], [2, 3]),
    ]
    for name, X, expected in cases:
        with expect.case(name):
            check_indices(expect, student.redundant_features(X), expected)


def built_columns(rng, m, recipe):
    """A data matrix with m rows; recipe[j] is None (fresh column) or {earlier: coefficient}."""
    columns = []
    for mix in recipe:
        if mix is None:
            columns.append(rng.normal(size=m))
        else:
            columns.append(sum(c * columns[i] for i, c in mix.items()))
    return np.column_stack(columns)


@function("redundant_features")
@weight(2)
def test_redundant_features_random(student, expect, rng):
    cases = [
        (
            "8x6-two-combinations",
            built_columns(
                rng, 8, [None, None, {0: 2.0, 1: -1.0}, None, None, {3: 1.0, 2: 0.5, 0: 1.0}]
            ),
            [2, 5],
        ),
        ("10x4-scaled-copy", built_columns(rng, 10, [None, {0: -3.0}, None, None]), [1]),
        ("3x5-wide", built_columns(rng, 3, [None] * 5), [3, 4]),
    ]
    for name, X, expected in cases:
        original = X.copy()
        with expect.case(name):
            check_indices(expect, student.redundant_features(X), expected)
            check_unmodified(expect, [X], [original])


@function("redundant_features")
def test_redundant_features_honours_tol(student, expect, rng):
    base = rng.normal(size=(6, 2))
    # the third column is 1e-6 away from the plane of the first two
    nearly = np.column_stack([base, base.sum(axis=1) + 1e-6 * unit_normal(base.T)])
    cases = [
        ("1e-6-off-a-combination-default-tol", nearly, {}, []),
        ("1e-6-off-a-combination-tol-1e-3", nearly, {"tol": 1e-3}, [2]),
    ]
    for name, X, kwargs, expected in cases:
        with expect.case(name):
            check_indices(expect, student.redundant_features(X, **kwargs), expected)


@gated
@function("redundant_features")
def test_redundant_features_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.redundant_features,
        [
            ("1-d-input", ([1.0, 2.0, 3.0],)),
            ("no-samples", (np.zeros((0, 3)),)),
            ("negative-tol", ([[1.0, 2.0]],), {"tol": -1e-10}),
        ],
        reason="X must be a non-empty 2-D array and tol must be >= 0",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - in_span: `if v.size == 0:` -> `if v.size == (-1):`: an empty v then fails the next
#   check, its length against the columns of V, with the same ValueError.
# - in_span: `if v.shape[0] != V.shape[1]:` -> `if v.shape[(-1)] != V.shape[1]:`: v is
#   checked to be 1-D first, so shape[-1] is shape[0].
# - in_span: `distance = np.linalg.norm(V.T @ coeffs - v)` -> `distance =
#   np.linalg.norm((v - V.T @ coeffs))`: a vector and its negative have the same norm.
