"""Hidden suite for Part 4: Dot Product and Cosine Similarity.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes and scales (inputs left unmodified), and for every documented
error. A test item checks a whole table of named cases, so that a failure names
its case (``[cosine-not-dot] top_k_similar(...) returned ...``) while the session
stays small.

Oracles are independent of the reference solution: ``math.fsum`` and
``math.sqrt`` on Python floats for dot products and cosines, sorting with an
explicit ``(-similarity, index)`` key for rankings, and for angles the
formula ``2 atan2(||u/|u| - v/|v|||, ||u/|u| + v/|v|||)``, which stays accurate
near 0 and pi where the arccosine does not.

Tolerances, and why they are fair:

- ``dot``: a float64 dot product of n terms is within about n * 1.1e-16 of the
  sum of ``|u_i v_i|``; the check allows ``rtol=1e-9`` plus ``atol`` = 1e-9 times
  that sum, so any order of summation passes even when the terms cancel,
  and every wrong formula, off by at least 1e-2 relative, fails.
- cosines: they lie in [-1, 1] and a correct computation is within about
  1e-14 of the oracle; ``atol=1e-9`` leaves room for any formula. Whether a
  cosine stays inside [-1, 1] is checked exactly, on pairs of parallel vectors
  whose unclipped quotient rounds to 1.0000000000000002 (or -1.0000000000000002).
- angles: the arccosine of a cosine with rounding error d is off by about
  d / sin(angle), at worst sqrt(2 d), about 2e-8, next to 0 or pi; ``atol=1e-7``
  accepts every clipped ``arccos`` and fails degrees, folded angles and NaN.
- indices (``top_k_similar``, ``analogy``) compare exactly. Ties are built so
  that they are exact in floating point whatever the formula: duplicate rows,
  rows scaled by powers of two, and mirror images with the same dot product
  and length. Random inputs are Gaussian, where two cosines within 1e-12 of
  each other are vanishingly unlikely.
"""

import math

import numpy as np
import pytest

from grader.checks import check_errors

TOL = {"rtol": 1e-9, "atol": 1e-9}
COS_TOL = {"rtol": 0.0, "atol": 1e-9}
ANGLE_TOL = {"rtol": 0.0, "atol": 1e-7}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; leave the inputs as they are",
    )


def check_float(expect, got, expected, tol):
    """``got`` is a float (not an int, bool or array) close to ``expected``."""
    expect.scalar(got, expected, kind=float, **tol)
    expect.that(
        isinstance(got, (float, np.floating)),
        f"returned {got!r}, an integer; expected a float",
    )


def check_cosine(expect, got, expected):
    """A float close to ``expected`` that also lies inside [-1, 1] exactly."""
    check_float(expect, got, expected, COS_TOL)
    expect.that(
        -1.0 <= got <= 1.0,
        f"returned {float(got)!r}, outside [-1, 1]: rounding pushed the quotient past "
        "+-1; clip the cosine into [-1, 1]",
    )


def fsum_dot(u, v):
    return math.fsum(
        a * b for a, b in zip(np.ravel(u).tolist(), np.ravel(v).tolist(), strict=True)
    )


def cosine_oracle(u, v):
    # Each vector divided by its largest entry first: entries near 1e200 would overflow.
    u, v = (np.asarray(a, dtype=float) / np.max(np.abs(a)) for a in (u, v))
    return fsum_dot(u, v) / (math.sqrt(fsum_dot(u, u)) * math.sqrt(fsum_dot(v, v)))


def angle_oracle(u, v):
    u_hat = np.asarray(u, dtype=float) / math.sqrt(fsum_dot(u, u))
    v_hat = np.asarray(v, dtype=float) / math.sqrt(fsum_dot(v, v))
    return 2.0 * math.atan2(np.linalg.norm(u_hat - v_hat), np.linalg.norm(u_hat + v_hat))


def ranking_oracle(query, embeddings):
    """Every row index, most similar in cosine first, ties by increasing index."""
    scores = [cosine_oracle(query, row) for row in embeddings]
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


# ------------------------------------------------------------------ dot


@function("dot")
@weight(2)
def test_dot_hand_worked(student, expect):
    cases = [
        ("docstring", ([1, 2, 3], [4, 5, 6]), 32.0),
        ("orthogonal", ([1.0, -2.0, 0.5], [2.0, 1.0, 0.0]), 0.0),
        ("single-entry", ([-3.0], [2.5]), -7.5),
        ("bool-vectors", (np.array([True, True, False]), np.array([True, True, True])), 2.0),
        (
            "uint8-pixels-must-not-wrap",
            (np.array([200, 150, 100], dtype=np.uint8), np.array([100, 200, 250], dtype=np.uint8)),
            75000.0,
        ),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_float(expect, student.dot(*args), expected, TOL)


@function("dot")
def test_dot_random(student, expect, rng):
    for n in (1, 4, 50):
        u, v = rng.normal(scale=10.0, size=n), rng.normal(scale=10.0, size=n)
        originals = [u.copy(), v.copy()]
        scale = math.fsum(abs(a * b) for a, b in zip(u.tolist(), v.tolist(), strict=True))
        with expect.case(f"length-{n}"):
            got = student.dot(u, v)
            check_float(expect, got, fsum_dot(u, v), {"rtol": 1e-9, "atol": 1e-9 * scale})
            check_unmodified(expect, [u, v], originals)


@gated
@function("dot")
def test_dot_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.dot,
        [
            ("lengths-3-and-2", ([1.0, 2.0, 3.0], [1.0, 2.0])),
            ("length-1-would-broadcast", ([2.0], [1.0, 2.0, 3.0])),
            ("matrix-argument", ([[1.0, 2.0]], [1.0, 2.0])),
            ("empty", ([], [])),
        ],
        reason="a dot product needs two non-empty 1-D vectors of the same length",
    )


# ------------------------------------------------------------------ cosine_similarity


@function("cosine_similarity")
@weight(2)
def test_cosine_similarity_hand_worked(student, expect):
    cases = [
        ("docstring", ([3, 4], [4, 3]), 0.96),
        ("orthogonal", ([1.0, 2.0, 0.0], [-2.0, 1.0, 5.0]), 0.0),
        ("obtuse", ([1.0, 2.0], [-3.0, -1.0]), -1.0 / math.sqrt(2.0)),
        ("lengths-do-not-matter", ([0.001, 0.002], [3000.0, 1000.0]), 1.0 / math.sqrt(2.0)),
        ("entries-near-1e200-squares-overflow", ([3e200, 4e200], [4e200, 3e200]), 0.96),
        ("entries-near-1e-200-squares-underflow", ([3e-200, 4e-200], [4e-200, 3e-200]), 0.96),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_cosine(expect, student.cosine_similarity(*args), expected)


@function("cosine_similarity")
def test_cosine_similarity_stays_in_range(student, expect):
    # Unclipped, both quotients round to +-1.0000000000000002 with the usual formulas.
    cases = [
        ("parallel", ([0.7, 0.4], [2.1, 1.2]), 1.0),
        ("opposite", ([0.7, 0.1], [-2.1, -0.3]), -1.0),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_cosine(expect, student.cosine_similarity(*args), expected)


@function("cosine_similarity")
def test_cosine_similarity_random(student, expect, rng):
    for n, scale in [(2, 1.0), (5, 1e-3), (40, 1e4)]:
        u, v = rng.normal(scale=scale, size=n), rng.normal(size=n)
        originals = [u.copy(), v.copy()]
        with expect.case(f"length-{n}-scale-{scale:g}"):
            check_cosine(expect, student.cosine_similarity(u, v), cosine_oracle(u, v))
            check_unmodified(expect, [u, v], originals)


@gated
@function("cosine_similarity")
@weight(2)
def test_cosine_similarity_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.cosine_similarity,
        [
            ("zero-u", ([0.0, 0.0], [1.0, 2.0])),
            ("zero-v", ([1.0, 2.0, 3.0], [0.0, 0.0, 0.0])),
            ("lengths-2-and-3", ([1.0, 2.0], [1.0, 2.0, 3.0])),
            ("matrix-argument", ([[1.0, 2.0]], [[3.0, 4.0]])),
        ],
        reason="the cosine needs two non-zero 1-D vectors of the same length; a zero "
        "vector has no direction",
    )


# ------------------------------------------------------------------ cosine_similarity_matrix


def matrix_oracle(X):
    X = np.asarray(X, dtype=float)
    return np.clip([[cosine_oracle(a, b) for b in X] for a in X], -1.0, 1.0)


def check_similarity_matrix(expect, got, X):
    m = len(X)
    expect.close(got, matrix_oracle(X), **COS_TOL)
    expect.that(
        np.allclose(got, got.T, rtol=0.0, atol=1e-12),
        f"returned a {m}x{m} matrix that is not symmetric; entry (i, j) and entry (j, i) "
        "are the same cosine",
    )
    expect.that(
        np.all(np.abs(got) <= 1.0),
        f"returned entries outside [-1, 1] (largest absolute value {np.abs(got).max()!r}); "
        "clip rounding errors into [-1, 1]",
    )


@function("cosine_similarity_matrix")
@weight(2)
def test_cosine_similarity_matrix_hand_worked(student, expect):
    cases = [
        ("docstring", [[1, 0], [0, 2], [3, 4]]),
        ("single-row", [[3.0, 4.0]]),
        ("1x1-negative", [[-2.0]]),
        # Unclipped, the diagonal and the (1, 2) entry round past +-1.
        ("needs-clipping", [[0.2, 0.7], [0.7, 0.1], [-2.1, -0.3], [0.9, -0.3]]),
        ("entries-near-1e200-whose-squares-overflow", [[3e200, 4e200], [4e200, 3e200]]),
        ("entries-near-1e-200-whose-squares-underflow", [[3e-200, 4e-200], [4e-200, 3e-200]]),
    ]
    for name, X in cases:
        with expect.case(name):
            check_similarity_matrix(expect, student.cosine_similarity_matrix(X), X)


@function("cosine_similarity_matrix")
@weight(2)
def test_cosine_similarity_matrix_random(student, expect, rng):
    for m, n in [(2, 3), (5, 2), (6, 8)]:
        lengths = 10.0 ** rng.uniform(-3, 3, size=(m, 1))  # rows of very different lengths
        X = rng.normal(size=(m, n)) * lengths
        original = X.copy()
        with expect.case(f"{m}x{n}"):
            check_similarity_matrix(expect, student.cosine_similarity_matrix(X), X)
            check_unmodified(expect, [X], [original])


@gated
@function("cosine_similarity_matrix")
def test_cosine_similarity_matrix_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.cosine_similarity_matrix,
        [
            ("1-d-input", ([1.0, 2.0, 3.0],)),
            ("zero-row", ([[1.0, 2.0], [0.0, 0.0], [3.0, 1.0]],)),
            ("no-rows", (np.zeros((0, 3)),)),
            ("3-d-input", (np.ones((2, 2, 2)),)),
        ],
        reason="X must be a non-empty 2-D array whose rows are all non-zero",
    )


# ------------------------------------------------------------------ top_k_similar


def check_ranking(expect, got, expected):
    expect.equal(got, np.asarray(expected, dtype=np.int64), dtype=np.int64)


@function("top_k_similar")
@weight(2)
def test_top_k_similar_hand_worked(student, expect):
    cases = [
        ("docstring", ([1, 0], [[0, 1], [1, 1], [2, 0], [-1, 0]], 2), [2, 1]),
        ("cosine-not-dot", ([1.0, 0.0], [[10.0, 10.0], [1.0, 0.1], [0.3, -0.6]], 3), [1, 0, 2]),
        (
            "full-ranking-with-negatives",
            ([0, 1, 1], [[0, -1, -1], [1, 0, 0], [0, 1, 0], [0, 2, 2.5], [-1, -1, 0]], 5),
            [3, 2, 1, 4, 0],
        ),
        ("k-is-1", ([-1.0, -1.0], [[1.0, 1.0], [-2.0, -1.0], [-1.0, -2.5]], 1), [1]),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_ranking(expect, student.top_k_similar(*args), expected)


@function("top_k_similar")
@weight(2)
def test_top_k_similar_breaks_ties_by_lower_index(student, expect):
    dirs = np.array([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [-1.0, 0.0, 1.0]])
    pattern = np.arange(40) % 7 % 4  # 40 rows, 10 in each of four directions
    many = dirs[pattern] * 2.0 ** (np.arange(40) % 5 - 2.0)[:, None]
    query = [1.0, 0.5, 0.25]
    cases = [
        ("duplicate-rows", ([1, 2], [[0, 1], [3, 1], [0, 1], [3, 1]], 4), [0, 2, 1, 3]),
        (
            "same-direction-other-lengths",
            ([1, 0], [[4, 4], [1, 1], [0.5, 0.5], [1, -1], [2, 0]], 5),
            [4, 0, 1, 2, 3],
        ),
        ("40-rows-in-4-directions", (query, many, 40), ranking_oracle(query, many)),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_ranking(expect, student.top_k_similar(*args), expected)


@function("top_k_similar")
def test_top_k_similar_random(student, expect, rng):
    for m, d, k in [(5, 3, 2), (12, 4, 12), (30, 8, 5)]:
        query, embeddings = rng.normal(size=d), rng.normal(size=(m, d))
        originals = [query.copy(), embeddings.copy()]
        with expect.case(f"{m}-rows-k-{k}"):
            got = student.top_k_similar(query, embeddings, k)
            check_ranking(expect, got, ranking_oracle(query, embeddings)[:k])
            check_unmodified(expect, [query, embeddings], originals)


@gated
@function("top_k_similar")
@weight(2)
def test_top_k_similar_rejects_bad_input(student, expect):
    E = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
    check_errors(
        expect,
        student.top_k_similar,
        [
            ("k-zero", ([1.0, 0.0], E, 0)),
            ("k-above-m", ([1.0, 0.0], E, 4)),
            ("k-negative", ([1.0, 0.0], E, -1)),
            ("k-not-an-integer", ([1.0, 0.0], E, 1.5)),
            ("k-is-a-bool", ([1.0, 0.0], E, True)),
            ("zero-query", ([0.0, 0.0], E, 1)),
            ("zero-row", ([1.0, 0.0], [[1.0, 0.0], [0.0, 0.0]], 1)),
            ("dimension-mismatch", ([1.0, 0.0, 0.0], E, 1)),
        ],
        reason="query and the rows must be non-zero vectors of the same dimension, and k "
        "an integer with 1 <= k <= number of rows",
    )


# ------------------------------------------------------------------ analogy


def analogy_oracle(E, a, b, c):
    target = E[b] - E[a] + E[c]
    candidates = [i for i in range(len(E)) if i not in (a, b, c)]
    scores = {i: cosine_oracle(E[i], target) for i in candidates}
    return min(candidates, key=lambda i: (-scores[i], i))


@function("analogy")
@weight(3)
def test_analogy_hand_worked(student, expect):
    cases = [
        ("docstring", ([[1, 0], [3, 0], [1, 1], [3, 1], [0, -1]], 0, 1, 2), 3),
        # the target [0, 1.1] points exactly along row c: c itself may not be the answer
        (
            "inputs-are-excluded",
            ([[0.0, 1.0], [0.2, 1.0], [1.0, 0.0], [1.0, 1.0], [1.0, 0.1]], 2, 4, 0),
            1,
        ),
        (
            "direction-matters",
            ([[1.0, 0.0], [3.0, 0.0], [0.0, 1.0], [-2.0, 1.0], [2.0, 1.0]], 0, 1, 2),
            4,
        ),
        (
            "cosine-not-dot",
            ([[0.0, 1.0], [1.0, 1.0], [0.0, 2.0], [10.0, 3.0], [1.0, 2.2]], 0, 1, 2),
            4,
        ),
        (
            "rows-used-as-given",
            ([[1.0, 0.0], [0.0, 4.0], [1.0, 1.0], [-0.3, 1.0], [0.05, 1.0]], 0, 1, 2),
            4,
        ),
        ("repeated-indices", ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.9]], 0, 0, 2), 3),
        ("tie-lower-index", ([[1, 0], [2, 0], [0, 1], [1, 1], [1, 1]], 0, 1, 2), 3),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            expect.scalar(student.analogy(*args), expected, kind=int)


@function("analogy")
def test_analogy_random(student, expect, rng):
    for m, d in [(6, 3), (15, 5), (40, 10)]:
        E = rng.normal(size=(m, d))
        a, b, c = (int(i) for i in rng.choice(m, size=3, replace=False))
        original = E.copy()
        with expect.case(f"{m}x{d}"):
            expect.scalar(student.analogy(E, a, b, c), analogy_oracle(E, a, b, c), kind=int)
            check_unmodified(expect, [E], [original])


@gated
@function("analogy")
@weight(2)
def test_analogy_rejects_bad_input(student, expect):
    E = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [-1.0, 2.0]]
    check_errors(
        expect,
        student.analogy,
        [
            ("index-equals-m", (E, 0, 1, 5)),
            ("negative-index", (E, -1, 1, 2)),
            ("index-not-an-integer", (E, 0, 1.5, 2)),
            ("index-is-a-bool", (E, 0, True, 2)),
            ("zero-row", ([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0], [2.0, 1.0]], 0, 2, 3)),
            ("zero-target", ([[2.0, 2.0], [1.0, 1.0], [1.0, 1.0], [0.0, 1.0]], 0, 1, 2)),
            ("no-row-left", (E[:3], 0, 1, 2)),
            ("1-d-embeddings", ([1.0, 2.0, 3.0, 4.0], 0, 1, 2)),
        ],
        reason="a, b, c must be integer row indices in [0, m), some other row must be "
        "left, and rows and target must be non-zero",
    )


# ------------------------------------------------------------------ angle_between


@function("angle_between")
@weight(2)
def test_angle_between_hand_worked(student, expect):
    cases = [
        ("right-angle", ([1, 0], [0, 2]), math.pi / 2),
        ("60-degrees", ([1.0, 0.0], [1.0, math.sqrt(3.0)]), math.pi / 3),
        ("135-degrees", ([1.0, 0.0], [-1.0, 1.0]), 3 * math.pi / 4),
        # unclipped, the cosines round to +-1.0000000000000002 and arccos gives NaN
        ("parallel", ([0.7, 0.4], [2.1, 1.2]), 0.0),
        ("opposite", ([0.7, 0.1], [-2.1, -0.3]), math.pi),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_float(expect, student.angle_between(*args), expected, ANGLE_TOL)


@function("angle_between")
def test_angle_between_random(student, expect, rng):
    u3 = rng.normal(size=3)
    cases = [
        ("length-3", (u3, rng.normal(size=3))),
        ("length-20", (rng.normal(size=20), rng.normal(size=20))),
        ("nearly-parallel", (u3, 5.0 * u3 + rng.normal(scale=1e-5, size=3))),
    ]
    for name, (u, v) in cases:
        originals = [u.copy(), v.copy()]
        with expect.case(name):
            check_float(expect, student.angle_between(u, v), angle_oracle(u, v), ANGLE_TOL)
            check_unmodified(expect, [u, v], originals)


@gated
@function("angle_between")
def test_angle_between_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.angle_between,
        [
            ("zero-vector", ([0.0, 0.0], [1.0, 1.0])),
            ("lengths-2-and-3", ([1.0, 0.0], [1.0, 0.0, 0.0])),
            ("matrix-argument", ([[1.0, 0.0]], [[0.0, 1.0]])),
        ],
        reason="the angle needs two non-zero 1-D vectors of the same length",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _unit_rows: `zero = np.flatnonzero(largest[:, 0] == 0)` -> `zero =
#   np.flatnonzero(largest[:, (-1)] == 0)`: largest keeps its second axis of length 1, so
#   column -1 is column 0.
# - dot: `return float(u @ v)` -> `return float((v @ u))`: a dot product of two vectors is
#   symmetric, with the same products summed in the same order.
# - cosine_similarity: `similarity = _unit(u, "u") @ _unit(v, "v")` -> `similarity =
#   (_unit(v, 'v') @ _unit(u, 'u'))`: a dot product of two vectors is symmetric, with the
#   same products summed in the same order.
# - angle_between: `cosine = np.clip(_unit(u, "u") @ _unit(v, "v"), -1.0, 1.0)` -> `cosine
#   = np.clip((_unit(v, 'v') @ _unit(u, 'u')), -1.0, 1.0)`: a dot product of two vectors is
#   symmetric, with the same products summed in the same order.
# - top_k_similar: `if embeddings.shape[1] != query.shape[0]:` -> `if embeddings.shape[1]
#   != query.shape[(-1)]:`: query is checked to be 1-D first, so shape[-1] is shape[0].
