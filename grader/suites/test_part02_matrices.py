"""Hidden suite for Part 2: Matrices as Data & Transformations.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified, results never sharing memory with an
argument where the contract promises a new array), and for every documented
error. A test item checks a whole table of named cases, so that a failure
names its case (``[two-2x3-images] flatten_images(...) returned ...``) while
the session stays small.

Oracles are independent of the reference solution:
- flattening and unflattening: plain Python indexing, pixel by pixel
  (entry ``(r, c)`` of an image is column ``r * W + c``), so a column-major
  (Fortran-order) reading or a transposed result cannot agree with them;
- grayscale: the luma formula applied channel by channel;
- rotations: complex multiplication, ``e^{i theta} (x + i y)``, which turns the
  plane counter-clockwise by ``theta`` without any matrix: the columns of the
  matrix are the images of 1 and i;
- scaling: ``np.eye(n)`` with row ``i`` multiplied by ``factors[i]``;
- transforming points: ``math.fsum`` over ``A[i, j] * p[j]`` for every point
  ``p``, one point at a time.

Tolerances: reshaping moves numbers without arithmetic, and a scaling matrix
only places them on a diagonal, so flattening, unflattening and scaling
matrices are compared exactly (``rtol=atol=0``). The other functions do at
most a few dozen multiplications and additions of numbers of order 1-255, and
``cos``/``sin`` are correct to about one unit in the last place, so a correct
float64 result is within about 1e-13 relative to the data's scale. ``rtol=1e-9``
with ``atol=1e-9`` (absolute, for entries that cancel to 0, such as
``cos(pi / 2)`` at 6e-17) leaves a wide margin for any order of summation yet
fails every wrong formula, which is off by more than 1e-2 on these inputs: a
grayscale value rounded to an integer, swapped channel weights, a rotation read
in degrees or turned the wrong way, a missing transpose.
"""

import cmath
import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, check_unmodified

TOL = {"rtol": 1e-9, "atol": 1e-9}
EXACT = {"rtol": 0.0, "atol": 0.0}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


def check_cases(expect, call, cases, tol=TOL):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **tol)


def check_images(expect, got, expected):
    """``got`` equals the stack ``expected`` exactly; a small stack is shown in full."""
    expected = np.asarray(expected, dtype=float)
    expect.array(got, shape=expected.shape)
    if expected.size <= 12 and not np.array_equal(got, expected):
        expect.fail(f"returned the images {got.tolist()}; expected {expected.tolist()}")
    expect.close(got, expected, **EXACT)


# ------------------------------------------------------------------ flatten_images


def flatten_oracle(images):
    n, height, width = images.shape
    rows = [[0.0] * (height * width) for _ in range(n)]
    for i in range(n):
        for r in range(height):
            for c in range(width):
                rows[i][r * width + c] = float(images[i, r, c])
    return rows


@function("flatten_images")
@weight(2)
def test_flatten_images_hand_worked(student, expect):
    check_cases(
        expect,
        student.flatten_images,
        [
            ("one-2x2-image", ([[[1, 2], [3, 4]]],), [[1.0, 2.0, 3.0, 4.0]]),
            (
                "two-2x3-images",
                ([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]],),
                [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [7.0, 8.0, 9.0, 10.0, 11.0, 12.0]],
            ),
            ("three-1x1-images", ([[[5]], [[6]], [[7]]],), [[5.0], [6.0], [7.0]]),
            (
                "uint8-pixels",
                (np.array([[[0, 255], [128, 7]]], dtype=np.uint8),),
                [[0.0, 255.0, 128.0, 7.0]],
            ),
        ],
        tol=EXACT,
    )


@function("flatten_images")
@weight(2)
def test_flatten_images_random_stacks(student, expect, rng):
    for shape in [(1, 5, 4), (3, 2, 7), (4, 6, 6)]:
        images = rng.normal(size=shape)
        original = images.copy()
        with expect.case(f"stack-of-shape-{shape}"):
            got = student.flatten_images(images)
            expect.close(got, flatten_oracle(original), **EXACT)
            expect.new_array(got)
            check_unmodified(expect, [images], [original])


@gated
@function("flatten_images")
def test_flatten_images_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.flatten_images,
        [
            ("one-2d-image", (np.ones((2, 3)),)),
            ("4d-colour-stack", (np.ones((2, 2, 2, 3)),)),
            ("no-images", (np.ones((0, 2, 2)),)),
            ("zero-height", (np.ones((2, 0, 3)),)),
            ("zero-width", (np.ones((2, 3, 0)),)),
        ],
        reason="images must be a 3-D stack (N, H, W) with N, H, W >= 1",
    )


# ------------------------------------------------------------------ unflatten_images


def unflatten_oracle(X, height, width):
    return [
        [[float(row[r * width + c]) for c in range(width)] for r in range(height)]
        for row in X.tolist()
    ]


@function("unflatten_images")
@weight(2)
def test_unflatten_images_hand_worked(student, expect):
    cases = [
        (
            "one-2x3-image",
            ([[1, 2, 3, 4, 5, 6]], 2, 3),
            [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]],
        ),
        (
            "one-3x2-image",
            ([[1, 2, 3, 4, 5, 6]], 3, 2),
            [[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]],
        ),
        (
            "two-images-numpy-int-sizes",
            ([[1, 2, 3, 4], [5, 6, 7, 8]], np.int64(2), np.int64(2)),
            [[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]],
        ),
        ("three-1x1-images", ([[5], [6], [7]], 1, 1), [[[5.0]], [[6.0]], [[7.0]]]),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            check_images(expect, student.unflatten_images(*args), expected)


@function("unflatten_images")
@weight(2)
def test_unflatten_images_random_matrices(student, expect, rng):
    for n, height, width in [(1, 4, 5), (3, 2, 7), (5, 3, 3)]:
        X = rng.normal(size=(n, height * width))
        original = X.copy()
        with expect.case(f"{n}-images-of-{height}x{width}"):
            got = student.unflatten_images(X, height, width)
            check_images(expect, got, unflatten_oracle(original, height, width))
            expect.new_array(got)
            check_unmodified(expect, [X], [original])


@gated
@function("unflatten_images")
@weight(2)
def test_unflatten_images_rejects_bad_input(student, expect):
    twelve = np.arange(12.0).reshape(2, 6)
    check_errors(
        expect,
        student.unflatten_images,
        [
            ("1d-row", (np.arange(6.0), 2, 3)),
            ("no-rows", (np.ones((0, 6)), 2, 3)),
            ("6-columns-for-1x3-images", (twelve, 1, 3)),
            ("6-columns-for-2x2-images", (twelve, 2, 2)),
            ("zero-height", (np.ones((2, 0)), 0, 5)),
            ("negative-sizes", (twelve, -2, -3)),
            ("fractional-height", (twelve, 1.5, 4)),
            ("float-sizes-2.0-and-3.0", (twelve, 2.0, 3.0)),
            ("bool-height", (np.ones((2, 4)), True, 4)),
        ],
        reason="X must be a 2-D matrix with at least one row, height and width integers "
        ">= 1, and exactly height * width columns; reshaping must never regroup numbers "
        "across images",
    )


# ------------------------------------------------------------------ to_grayscale


def grayscale_oracle(rgb):
    red, green, blue = (rgb[:, :, k] for k in range(3))
    return 0.299 * red + 0.587 * green + 0.114 * blue


@function("to_grayscale")
@weight(2)
def test_to_grayscale_hand_worked(student, expect):
    check_cases(
        expect,
        student.to_grayscale,
        [
            ("white-and-red", ([[[1, 1, 1], [1, 0, 0]]],), [[1.0, 0.299]]),
            ("green-over-blue", ([[[0, 1, 0]], [[0, 0, 1]]],), [[0.587], [0.114]]),
            ("gray-stays-gray", ([[[0.25, 0.25, 0.25]]],), [[0.25]]),
            (
                "uint8-0-to-255",
                (np.array([[[255, 255, 255], [255, 0, 0], [0, 0, 255], [10, 20, 30]]], np.uint8),),
                [[255.0, 76.245, 29.07, 18.15]],
            ),
        ],
    )


@function("to_grayscale")
@weight(2)
def test_to_grayscale_random_images(student, expect, rng):
    for height, width in [(1, 1), (4, 5), (3, 7)]:
        rgb = rng.uniform(0.0, 255.0, size=(height, width, 3))
        original = rgb.copy()
        with expect.case(f"image-of-{height}x{width}"):
            got = student.to_grayscale(rgb)
            expect.close(got, grayscale_oracle(original), **TOL)
            check_unmodified(expect, [rgb], [original])


@gated
@function("to_grayscale")
def test_to_grayscale_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.to_grayscale,
        [
            ("2d-array", (np.ones((4, 3)),)),
            ("rgba-4-channels", (np.ones((2, 2, 4)),)),
            ("channels-first-3x4x5", (np.ones((3, 4, 5)),)),
            ("batch-of-images", (np.ones((2, 2, 2, 3)),)),
            ("zero-height", (np.ones((0, 2, 3)),)),
            ("zero-width", (np.ones((2, 0, 3)),)),
        ],
        reason="rgb must have shape (H, W, 3) with H, W >= 1",
    )


# ------------------------------------------------------------------ rotation_matrix


def rotation_oracle(theta):
    """Columns are the images of e1 = 1 and e2 = i under z -> e^{i theta} z."""
    turn = cmath.exp(1j * theta)
    first, second = turn * 1, turn * 1j
    return [[first.real, second.real], [first.imag, second.imag]]


@function("rotation_matrix")
@weight(2)
def test_rotation_matrix_hand_worked(student, expect):
    half, root = 0.5, math.sqrt(3.0) / 2.0
    check_cases(
        expect,
        student.rotation_matrix,
        [
            ("zero-is-identity", (0,), [[1.0, 0.0], [0.0, 1.0]]),
            ("quarter-turn-ccw", (math.pi / 2,), [[0.0, -1.0], [1.0, 0.0]]),
            ("quarter-turn-cw", (-math.pi / 2,), [[0.0, 1.0], [-1.0, 0.0]]),
            ("half-turn", (math.pi,), [[-1.0, 0.0], [0.0, -1.0]]),
            ("30-degrees-in-radians", (math.pi / 6,), [[root, -half], [half, root]]),
        ],
    )


@function("rotation_matrix")
@weight(2)
def test_rotation_matrix_random_angles(student, expect, rng):
    a, b = (float(t) for t in rng.uniform(-4.0, 4.0, size=2))
    cases = [
        ("angle-a", a),
        ("angle-b-as-numpy-float", np.float64(b)),
        ("angle-a-plus-b", a + b),
        ("large-angle", 40.0),
    ]
    for name, theta in cases:
        with expect.case(name):
            expect.close(student.rotation_matrix(theta), rotation_oracle(float(theta)), **TOL)


@gated
@function("rotation_matrix")
def test_rotation_matrix_rejects_bad_angles(student, expect):
    check_errors(
        expect,
        student.rotation_matrix,
        [
            ("array-of-angles", ([0.1, 0.2],)),
            ("nan", (float("nan"),)),
            ("infinity", (float("inf"),)),
            ("minus-infinity", (float("-inf"),)),
        ],
        reason="theta must be one finite angle in radians",
    )


# ------------------------------------------------------------------ scaling_matrix


@function("scaling_matrix")
@weight(2)
def test_scaling_matrix_hand_worked(student, expect):
    check_cases(
        expect,
        student.scaling_matrix,
        [
            ("integer-factors", ([2, 3],), [[2.0, 0.0], [0.0, 3.0]]),
            ("1x1", ([5],), [[5.0]]),
            (
                "reflect-and-collapse",
                ([-1, 0, 0.5],),
                [[-1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.5]],
            ),
        ],
        tol=EXACT,
    )


@function("scaling_matrix")
@weight(2)
def test_scaling_matrix_random_factors(student, expect, rng):
    for n in (1, 4, 6):
        factors = rng.normal(scale=3.0, size=n)
        original = factors.copy()
        with expect.case(f"{n}-factors"):
            got = student.scaling_matrix(factors)
            expect.close(got, np.eye(n) * original[:, None], **EXACT)
            check_unmodified(expect, [factors], [original])


@gated
@function("scaling_matrix")
def test_scaling_matrix_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.scaling_matrix,
        [
            ("a-matrix", ([[2.0, 0.0], [0.0, 3.0]],)),
            ("a-single-number", (2.0,)),
            ("empty", ([],)),
        ],
        reason="factors must be a 1-D vector with at least one entry (np.diag of a matrix "
        "returns its diagonal instead of failing)",
    )


# ------------------------------------------------------------------ transform_points


def transform_oracle(A, points):
    a_rows = A.tolist()
    return [
        [math.fsum(a * p for a, p in zip(row, point, strict=True)) for row in a_rows]
        for point in points.tolist()
    ]


@function("transform_points")
@weight(3)
def test_transform_points_hand_worked(student, expect):
    check_cases(
        expect,
        student.transform_points,
        [
            ("scale-axes", ([[2, 0], [0, 3]], [[1, 1], [1, -1]]), [[2.0, 3.0], [2.0, -3.0]]),
            (
                "quarter-turn-ccw",
                ([[0, -1], [1, 0]], [[1, 0], [0, 1], [2, 3]]),
                [[0.0, 1.0], [-1.0, 0.0], [-3.0, 2.0]],
            ),
            (
                "project-3d-onto-xy",
                ([[1, 0, 0], [0, 1, 0]], [[1, 2, 3], [4, 5, 6]]),
                [[1.0, 2.0], [4.0, 5.0]],
            ),
            (
                "rank-1-map-to-3d",
                ([[1, 2], [2, 4], [0, 0]], [[1, 1], [2, -1]]),
                [[3.0, 6.0, 0.0], [0.0, 0.0, 0.0]],
            ),
            ("single-point", ([[1, 2], [3, 4]], [[1, 1]]), [[3.0, 7.0]]),
            ("1x1-map", ([[2]], [[1], [2], [3]]), [[2.0], [4.0], [6.0]]),
        ],
    )


@function("transform_points")
@weight(2)
def test_transform_points_random(student, expect, rng):
    for m, n, k in [(3, 2, 5), (2, 4, 1), (4, 4, 3)]:
        A = rng.normal(size=(m, n))
        points = rng.normal(scale=10.0, size=(k, n))
        originals = [A.copy(), points.copy()]
        with expect.case(f"A-{m}x{n}-on-{k}-points"):
            got = student.transform_points(A, points)
            expect.close(got, transform_oracle(*originals), **TOL)
            check_unmodified(expect, [A, points], originals)


@gated
@function("transform_points")
@weight(2)
def test_transform_points_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.transform_points,
        [
            ("1d-point", ([[1.0, 0.0], [0.0, 1.0]], [1.0, 2.0])),
            ("points-as-columns", (np.ones((2, 3)), np.ones((3, 4)))),
            ("too-few-coordinates", (np.ones((2, 3)), np.ones((4, 2)))),
            ("1d-matrix", ([1.0, 2.0], [[1.0, 2.0]])),
            ("no-points", (np.ones((2, 2)), np.ones((0, 2)))),
            ("empty-matrix", (np.ones((0, 2)), np.ones((3, 2)))),
        ],
        reason="A must be a non-empty (m, n) matrix and points a non-empty (k, n) array "
        "with one point per row",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - to_grayscale: `if rgb.ndim != 3 or rgb.shape[2] != 3:` -> `if (rgb.ndim != 3):`: an
#   (H, W, c) image with c != 3 still raises ValueError, from the product with the three
#   weights.
