"""Hidden suite for Part 1: Vectors, Scalars, and Spaces.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), and for every documented error. A
test item checks a whole table of named cases, so that a failure names its
case (``[cancel-to-zero] add(...) returned ...``) while the session stays
small: pytest costs a fraction of a millisecond per item.

Oracles are independent of the reference solution: plain Python arithmetic on
lists, ``math.fsum`` and ``np.eye``.

Tolerance: these functions do at most a few dozen additions and
multiplications of numbers of order 1-100, so a correct float64 answer is
within about 1e-13 of the oracle; ``rtol=atol=1e-9`` leaves a wide margin for
any order of summation and still fails every wrong formula, which is off by at
least 1e-2 on these inputs.
"""

import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, check_unmodified

TOL = {"rtol": 1e-9, "atol": 1e-9}
SIZES = (1, 3, 17)

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


def random_vector(rng, n):
    return rng.normal(scale=10.0, size=n)


def check_cases(expect, call, cases):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


# ------------------------------------------------------------------ as_vector


@function("as_vector")
@weight(2)
def test_as_vector_converts(student, expect):
    check_cases(
        expect,
        student.as_vector,
        [
            ("list-of-ints", ([1, 2, 3],), [1.0, 2.0, 3.0]),
            ("tuple-of-floats", ((0.5, -1.5),), [0.5, -1.5]),
            ("single-entry", ([7],), [7.0]),
            ("int-array", (np.array([1, 2], dtype=np.int64),), [1.0, 2.0]),
            ("bool-array", (np.array([True, False]),), [1.0, 0.0]),
        ],
    )


@function("as_vector")
def test_as_vector_returns_a_new_array(student, expect, rng):
    values = random_vector(rng, 5)
    original = values.copy()
    got = student.as_vector(values)
    expect.close(got, original, **TOL)
    expect.new_array(got)
    check_unmodified(expect, [values], [original])


@gated
@function("as_vector")
@weight(2)
def test_as_vector_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.as_vector,
        [
            ("row-matrix", ([[1.0, 2.0]],)),
            ("column-matrix", ([[1.0], [2.0]],)),
            ("scalar", (3.0,)),
            ("empty", ([],)),
            ("nan", ([1.0, float("nan")],)),
            ("infinity", ([float("inf"), 0.0],)),
        ],
        reason="the input is not a finite, non-empty 1-D vector",
    )


# ------------------------------------------------------------------ add


@function("add")
def test_add_hand_worked(student, expect):
    check_cases(
        expect,
        student.add,
        [
            ("2-vectors", ([1, 2], [10, 20]), [11.0, 22.0]),
            ("cancel-to-zero", ([0.5], [-0.5]), [0.0]),
            ("add-zero-vector", ([1, -2, 3], [0, 0, 0]), [1.0, -2.0, 3.0]),
        ],
    )


@function("add")
@weight(2)
def test_add_random_vectors(student, expect, rng):
    for n in SIZES:
        u, v = random_vector(rng, n), random_vector(rng, n)
        originals = [u.copy(), v.copy()]
        expected = [a + b for a, b in zip(u.tolist(), v.tolist(), strict=True)]
        expect.close(student.add(u, v), expected, **TOL)
        check_unmodified(expect, [u, v], originals)


@gated
@function("add")
def test_add_rejects_mismatched_shapes(student, expect):
    check_errors(
        expect,
        student.add,
        [
            ("lengths-3-and-2", ([1.0, 2.0, 3.0], [1.0, 2.0])),
            ("length-1-would-broadcast", ([1.0], [1.0, 2.0, 3.0])),
            ("matrix-argument", ([[1.0, 2.0]], [1.0, 2.0])),
        ],
        reason="a vector sum needs two 1-D vectors of the same length; numpy's "
        "broadcasting is not vector addition",
    )


# ------------------------------------------------------------------ scale


@function("scale")
def test_scale_hand_worked(student, expect):
    check_cases(
        expect,
        student.scale,
        [
            ("double", (2.0, [1, -3]), [2.0, -6.0]),
            ("times-zero", (0, [4, 5, 6]), [0.0, 0.0, 0.0]),
            ("negate", (-1, [1.5]), [-1.5]),
            ("halve", (0.5, [3, 0]), [1.5, 0.0]),
        ],
    )


@function("scale")
@weight(2)
def test_scale_random(student, expect, rng):
    for n in SIZES:
        c, v = float(rng.normal(scale=3.0)), random_vector(rng, n)
        original = v.copy()
        expected = [c * x for x in v.tolist()]  # before the call, which might change v
        expect.close(student.scale(c, v), expected, **TOL)
        check_unmodified(expect, [v], [original])


@gated
@function("scale")
def test_scale_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.scale,
        [
            ("vector-as-scalar", ([1.0, 2.0], [1.0, 2.0])),
            ("matrix-as-vector", (2.0, [[1.0, 2.0], [3.0, 4.0]])),
        ],
        reason="c must be a single number and v a 1-D vector",
    )


# ------------------------------------------------------------------ linear_combination


def combination_oracle(coeffs, vectors):
    rows = vectors.tolist()
    return [
        math.fsum(c * row[j] for c, row in zip(coeffs.tolist(), rows, strict=True))
        for j in range(vectors.shape[1])
    ]


@function("linear_combination")
def test_linear_combination_hand_worked(student, expect):
    check_cases(
        expect,
        student.linear_combination,
        [
            ("standard-basis", ([2, -1], [[1, 0], [0, 1]]), [2.0, -1.0]),
            ("sum-of-rows", ([1, 1, 1], [[1, 2], [3, 4], [5, 6]]), [9.0, 12.0]),
            ("single-vector", ([3], [[1, -1, 2]]), [3.0, -3.0, 6.0]),
            ("2-vectors-in-3d", ([1, 2], [[1, 2, 3], [4, 5, 6]]), [9.0, 12.0, 15.0]),
        ],
    )


@function("linear_combination")
@weight(3)
def test_linear_combination_random(student, expect, rng):
    for k, n in [(1, 1), (2, 5), (4, 3), (7, 2)]:
        coeffs, vectors = rng.normal(size=k), rng.normal(size=(k, n))
        originals = [coeffs.copy(), vectors.copy()]
        got = student.linear_combination(coeffs, vectors)
        expect.close(got, combination_oracle(coeffs, vectors), **TOL)
        check_unmodified(expect, [coeffs, vectors], originals)


@gated
@function("linear_combination")
def test_linear_combination_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.linear_combination,
        [
            ("2-coeffs-1-vector", ([1.0, 2.0], [[1.0, 2.0, 3.0]])),
            ("1-coeff-2-vectors", ([1.0], [[1.0, 2.0], [3.0, 4.0]])),
            ("vectors-not-2d", ([1.0, 2.0], [1.0, 2.0])),
            ("coeffs-not-1d", ([[1.0, 2.0]], [[1.0], [2.0]])),
            ("empty", (np.zeros(0), np.zeros((0, 3)))),
        ],
        reason="one coefficient per row of a 2-D array of at least one vector",
    )


# ------------------------------------------------------------------ centroid


def centroid_oracle(points):
    m = points.shape[0]
    return [math.fsum(column) / m for column in points.T.tolist()]


@function("centroid")
def test_centroid_hand_worked(student, expect):
    check_cases(
        expect,
        student.centroid,
        [
            ("triangle", ([[0, 0], [2, 0], [1, 3]],), [1.0, 1.0]),
            ("single-point", ([[5, -1, 2]],), [5.0, -1.0, 2.0]),
            ("points-on-a-line", ([[1], [2], [3], [4]],), [2.5]),
            ("2-points-2d", ([[1, 2], [3, 4]],), [2.0, 3.0]),
        ],
    )


@function("centroid")
@weight(2)
def test_centroid_random(student, expect, rng):
    for m, n in [(1, 4), (5, 2), (3, 7), (50, 3)]:
        points = rng.normal(loc=5.0, size=(m, n))
        original = points.copy()
        expect.close(student.centroid(points), centroid_oracle(points), **TOL)
        check_unmodified(expect, [points], [original])


@gated
@function("centroid")
def test_centroid_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.centroid,
        [
            ("1-d-input", ([1.0, 2.0, 3.0],)),
            ("no-points", (np.zeros((0, 2)),)),
            ("3-d-input", (np.zeros((2, 2, 2)),)),
        ],
        reason="points must be a 2-D array with at least one row",
    )


# ------------------------------------------------------------------ standard_basis


@function("standard_basis")
@weight(2)
def test_standard_basis_every_index(student, expect):
    for n in (1, 2, 5):
        identity = np.eye(n)
        for i in range(n):
            expect.close(student.standard_basis(n, i), identity[i], rtol=0, atol=0)


@gated
@function("standard_basis")
def test_standard_basis_rejects_out_of_range(student, expect):
    check_errors(
        expect,
        student.standard_basis,
        [
            ("i-equals-n", (3, 3)),
            ("negative-i", (3, -1)),
            ("n-zero", (0, 0)),
            ("negative-n", (-2, 0)),
            ("i-beyond-n", (2, 5)),
        ],
        reason="n must be at least 1 and 0 <= i < n",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - linear_combination: `if coeffs.shape[0] == 0:` -> `if coeffs.shape[(-1)] == 0:`, `if
#   coeffs.shape[0] != vectors.shape[0]:` -> `if coeffs.shape[(-1)] != vectors.shape[0]:`:
#   coeffs is checked to be 1-D first, so shape[-1] is shape[0].
# - standard_basis: `if n < 1:` -> `if n < (0):`: with n = 0 no index i satisfies 0 <= i <
#   0, so the same ValueError comes from the range check of i.
