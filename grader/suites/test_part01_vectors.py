"""Hidden suite for Part 1: Vectors, Scalars, and Spaces.

Oracles are written independently of the reference solution: plain Python
arithmetic on lists, ``math.fsum`` and ``np.eye``. Every function is checked
on hand-worked cases, on seeded random inputs of several shapes, for its
documented errors, and for leaving its inputs unmodified.

Tolerance: these functions do at most a few dozen additions and
multiplications of numbers of order 1-100, so a correct float64 answer is
within about 1e-13 of the oracle; ``rtol=atol=1e-9`` leaves a wide margin for
any order of summation and still fails every wrong formula, which is off by at
least 1e-2 on these inputs.
"""

import math

import numpy as np
import pytest

TOL = {"rtol": 1e-9, "atol": 1e-9}
SIZES = (1, 3, 17)

function = pytest.mark.function
weight = pytest.mark.weight


def random_vector(rng, n):
    return rng.normal(scale=10.0, size=n)


# ------------------------------------------------------------------ as_vector


@function("as_vector")
@weight(2)
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 2, 3], [1.0, 2.0, 3.0]),
        ((0.5, -1.5), [0.5, -1.5]),
        ([7], [7.0]),
        (np.array([1, 2], dtype=np.int64), [1.0, 2.0]),
        (np.array([True, False]), [1.0, 0.0]),
    ],
    ids=["list-of-ints", "tuple-of-floats", "single-entry", "int-array", "bool-array"],
)
def test_as_vector_converts(student, expect, values, expected):
    expect.close(student.as_vector(values), expected, **TOL)


@function("as_vector")
def test_as_vector_returns_a_new_array(student, expect, rng):
    values = random_vector(rng, 5)
    original = values.copy()
    got = student.as_vector(values)
    expect.close(got, original, **TOL)
    expect.new_array(got)
    expect.that(np.array_equal(values, original), "changed its argument in place")


@function("as_vector")
@pytest.mark.parametrize(
    "values",
    [[[1.0, 2.0]], [[1.0], [2.0]], 3.0, [], [1.0, float("nan")], [float("inf"), 0.0]],
    ids=["row-matrix", "column-matrix", "scalar", "empty", "nan", "infinity"],
)
def test_as_vector_rejects_bad_input(student, expect, values):
    expect.raises(
        ValueError,
        student.as_vector,
        values,
        reason="the input is not a finite, non-empty 1-D vector",
    )


# ------------------------------------------------------------------ add


@function("add")
@pytest.mark.parametrize(
    ("u", "v", "expected"),
    [
        ([1, 2], [10, 20], [11.0, 22.0]),
        ([0.5], [-0.5], [0.0]),
        ([1, -2, 3], [0, 0, 0], [1.0, -2.0, 3.0]),
    ],
    ids=["2-vectors", "cancel-to-zero", "add-zero-vector"],
)
def test_add_hand_worked(student, expect, u, v, expected):
    expect.close(student.add(u, v), expected, **TOL)


@function("add")
@weight(2)
def test_add_random_vectors(student, expect, rng):
    for n in SIZES:
        u, v = random_vector(rng, n), random_vector(rng, n)
        u_before, v_before = u.copy(), v.copy()
        expected = [a + b for a, b in zip(u.tolist(), v.tolist(), strict=False)]
        expect.close(student.add(u, v), expected, **TOL)
        expect.that(
            np.array_equal(u, u_before) and np.array_equal(v, v_before),
            "changed an argument in place; return a new vector instead",
        )


@function("add")
@pytest.mark.parametrize(
    ("u", "v"),
    [([1.0, 2.0, 3.0], [1.0, 2.0]), ([1.0], [1.0, 2.0, 3.0]), ([[1.0, 2.0]], [1.0, 2.0])],
    ids=["lengths-3-and-2", "length-1-would-broadcast", "matrix-argument"],
)
def test_add_rejects_mismatched_shapes(student, expect, u, v):
    expect.raises(
        ValueError,
        student.add,
        u,
        v,
        reason="a vector sum needs two 1-D vectors "
        "of the same length; numpy's broadcasting is not vector addition",
    )


# ------------------------------------------------------------------ scale


@function("scale")
@pytest.mark.parametrize(
    ("c", "v", "expected"),
    [
        (2.0, [1, -3], [2.0, -6.0]),
        (0, [4, 5, 6], [0.0, 0.0, 0.0]),
        (-1, [1.5], [-1.5]),
        (0.5, [3, 0], [1.5, 0.0]),
    ],
    ids=["double", "times-zero", "negate", "halve"],
)
def test_scale_hand_worked(student, expect, c, v, expected):
    expect.close(student.scale(c, v), expected, **TOL)


@function("scale")
@weight(2)
def test_scale_random(student, expect, rng):
    for n in SIZES:
        c, v = float(rng.normal(scale=3.0)), random_vector(rng, n)
        v_before = v.copy()
        expect.close(student.scale(c, v), [c * x for x in v.tolist()], **TOL)
        expect.that(np.array_equal(v, v_before), "changed v in place; return a new vector")


@function("scale")
@pytest.mark.parametrize(
    ("c", "v"),
    [([1.0, 2.0], [1.0, 2.0]), (2.0, [[1.0, 2.0], [3.0, 4.0]])],
    ids=["vector-as-scalar", "matrix-as-vector"],
)
def test_scale_rejects_bad_input(student, expect, c, v):
    expect.raises(
        ValueError, student.scale, c, v, reason="c must be a single number and v a 1-D vector"
    )


# ------------------------------------------------------------------ linear_combination


def combination_oracle(coeffs, vectors):
    rows = vectors.tolist()
    return [
        math.fsum(c * row[j] for c, row in zip(coeffs.tolist(), rows, strict=False))
        for j in range(vectors.shape[1])
    ]


@function("linear_combination")
@pytest.mark.parametrize(
    ("coeffs", "vectors", "expected"),
    [
        ([2, -1], [[1, 0], [0, 1]], [2.0, -1.0]),
        ([1, 1, 1], [[1, 2], [3, 4], [5, 6]], [9.0, 12.0]),
        ([3], [[1, -1, 2]], [3.0, -3.0, 6.0]),
        ([1, 2], [[1, 2, 3], [4, 5, 6]], [9.0, 12.0, 15.0]),
    ],
    ids=["standard-basis", "sum-of-rows", "single-vector", "2-vectors-in-3d"],
)
def test_linear_combination_hand_worked(student, expect, coeffs, vectors, expected):
    expect.close(student.linear_combination(coeffs, vectors), expected, **TOL)


@function("linear_combination")
@weight(3)
def test_linear_combination_random(student, expect, rng):
    for k, n in [(1, 1), (2, 5), (4, 3), (7, 2)]:
        coeffs, vectors = rng.normal(size=k), rng.normal(size=(k, n))
        before = (coeffs.copy(), vectors.copy())
        got = student.linear_combination(coeffs, vectors)
        expect.close(got, combination_oracle(coeffs, vectors), **TOL)
        expect.that(
            np.array_equal(coeffs, before[0]) and np.array_equal(vectors, before[1]),
            "changed an argument in place",
        )


@function("linear_combination")
@pytest.mark.parametrize(
    ("coeffs", "vectors"),
    [
        ([1.0, 2.0], [[1.0, 2.0, 3.0]]),
        ([1.0], [[1.0, 2.0], [3.0, 4.0]]),
        ([1.0, 2.0], [1.0, 2.0]),
        ([[1.0, 2.0]], [[1.0], [2.0]]),
        (np.zeros(0), np.zeros((0, 3))),
    ],
    ids=["2-coeffs-1-vector", "1-coeff-2-vectors", "vectors-not-2d", "coeffs-not-1d", "empty"],
)
def test_linear_combination_rejects_bad_shapes(student, expect, coeffs, vectors):
    expect.raises(
        ValueError,
        student.linear_combination,
        coeffs,
        vectors,
        reason="one coefficient per row of a 2-D array of at least one vector",
    )


# ------------------------------------------------------------------ centroid


def centroid_oracle(points):
    m = points.shape[0]
    return [math.fsum(column) / m for column in points.T.tolist()]


@function("centroid")
@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([[0, 0], [2, 0], [1, 3]], [1.0, 1.0]),
        ([[5, -1, 2]], [5.0, -1.0, 2.0]),
        ([[1], [2], [3], [4]], [2.5]),
        ([[1, 2], [3, 4]], [2.0, 3.0]),
    ],
    ids=["triangle", "single-point", "points-on-a-line", "2-points-2d"],
)
def test_centroid_hand_worked(student, expect, points, expected):
    expect.close(student.centroid(points), expected, **TOL)


@function("centroid")
@weight(2)
def test_centroid_random(student, expect, rng):
    for m, n in [(1, 4), (5, 2), (3, 7), (50, 3)]:
        points = rng.normal(loc=5.0, size=(m, n))
        before = points.copy()
        expect.close(student.centroid(points), centroid_oracle(points), **TOL)
        expect.that(np.array_equal(points, before), "changed points in place")


@function("centroid")
@pytest.mark.parametrize(
    "points",
    [[1.0, 2.0, 3.0], np.zeros((0, 2)), np.zeros((2, 2, 2))],
    ids=["1-d-input", "no-points", "3-d-input"],
)
def test_centroid_rejects_bad_input(student, expect, points):
    expect.raises(
        ValueError,
        student.centroid,
        points,
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


@function("standard_basis")
@pytest.mark.parametrize(
    ("n", "i"),
    [(3, 3), (3, -1), (0, 0), (-2, 0), (2, 5)],
    ids=["i-equals-n", "negative-i", "n-zero", "negative-n", "i-beyond-n"],
)
def test_standard_basis_rejects_out_of_range(student, expect, n, i):
    expect.raises(
        ValueError, student.standard_basis, n, i, reason="n must be at least 1 and 0 <= i < n"
    )
