"""Hidden suite for Part 13: Principal Component Analysis.

Each function is checked on hand-worked cases, on seeded random data of several
shapes (inputs left unmodified), on degenerate data (a single feature, rank-deficient
data, fewer samples than features, identical rows) and for every documented error.
A test item checks a table of named cases, so that a failure names its case.

Oracles are independent of the reference solution and of the SVD route that the
lesson teaches: the eigendecomposition ``np.linalg.eigh`` of ``np.cov(X, rowvar=False)``
(ddof=1) gives the components and their variances, ``np.linalg.eigvalsh`` the
variance ratios, and the reconstruction error is the total squared deviation
``sum((X - mean)**2)`` minus the variance kept by the top k eigenvalues. Projections
are checked against explicit sums over the features (``np.einsum``). The sign
convention is applied to the oracle's eigenvectors by this suite's own helper.

Tolerances. The data have entries of order 1-10 and at most 30 rows, so eigenvalues
and singular values come out within about 1e-13 relative to the largest one, and
an eigenvector within about eps * lambda_max / gap of the truth. Random data get
distinct column scales (4, 2.8, 2, ...) so that the eigenvalue gaps are at least
about 0.1 of the largest eigenvalue: components agree to 1e-12 in practice and
``atol=1e-8`` leaves four orders of magnitude of margin. Variances and errors are
compared with ``rtol=1e-9`` plus ``atol=1e-10`` times the total variance, because a
variance that should be zero comes out as round-off of that size. Every wrong
formula (no centring, ddof=0, a flipped sign, a transposed result, an average over
rows only) is off by at least 5 % on these inputs.
"""

import numpy as np
import pytest

from grader.checks import calls, check_errors

TOL = {"rtol": 1e-9, "atol": 1e-9}
VECTOR_TOL = {"rtol": 0.0, "atol": 1e-8}
S = 1 / np.sqrt(2)
R5 = 1 / np.sqrt(5)

# Four points on the corners of a 2 x 1 rectangle: variances 4/3 and 1/3 (ddof=1),
# ratios 0.8 and 0.2, and an error of 1 / (4 * 2) = 0.125 when one component is kept.
RECTANGLE = [[0, 0], [2, 0], [0, 1], [2, 1]]
# The same rectangle at a scale of 1e-9: valid data, which an absolute zero-variance test
# (np.allclose(X - mean, 0), say) would take for constant data.
TINY_RECTANGLE = (1e-9 * np.array(RECTANGLE)).tolist()
# Its component is (1, -1)/sqrt(2) up to sign, and the SVD returns the two entries one
# rounding apart: only the tie rule of the sign convention gives [S, -S] here.
SIGN_TIE = [[3, -3], [-1, 1], [0.5, -0.5]]


def near_zero_variance(margin, sign=1.0):
    """Five rows [4, 0], the last [4, delta]: the centred data's largest entry in size is
    ``margin`` times the documented zero-variance threshold 10 * n * eps * max|X| (n = 5)."""
    threshold = 10 * 5 * np.finfo(float).eps * 4.0
    X = np.array([[4.0, 0.0]] * 5)
    X[4, 1] = sign * margin * threshold / 0.8  # the largest centred entry is 0.8 * |delta|
    return X.tolist()


# Data whose cumulative variance ratio, computed the obvious way, ends at 0.9999999999999999.
ROUNDOFF = [
    [0.4, -0.1, 0.2],
    [0.3, -0.5, 0.1],
    [3.9, 0.9, -0.2],
    [-3.8, -0.6, 0.0],
    [-7.0, -0.2, -0.4],
]

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


# ------------------------------------------------------------------ helpers


def random_data(rng, n, d, offset=10.0):
    """Gaussian data with distinct column scales, moved away from the origin."""
    scales = 4.0 * 0.7 ** np.arange(d)
    return rng.normal(size=(n, d)) * scales + offset + rng.normal(size=d)


def random_components(rng, k, d):
    """k orthonormal rows in R^d."""
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return q[:, :k].T.copy()


def sign_convention(rows):
    """Each row flipped so that its first entry of largest absolute value is positive."""
    rows = np.array(rows, dtype=float)
    for row in rows:
        biggest = np.max(np.abs(row))
        first = next(i for i, x in enumerate(row) if abs(x) >= biggest - 1e-9)
        if row[first] < 0:
            row *= -1.0
    return rows


def covariance_oracle(X):
    """(variances descending, eigenvectors as rows with the sign convention), via eigh."""
    covariance = np.atleast_2d(np.cov(np.asarray(X, dtype=float), rowvar=False, ddof=1))
    values, vectors = np.linalg.eigh(covariance)
    return values[::-1], sign_convention(vectors[:, ::-1].T)


def check_cases(expect, call, cases):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; centre a copy (X - mean) instead of X itself",
    )


def unpack_fit(expect, got):
    """The (mean, components, explained_variance) triple that pca_fit must return."""
    expect.that(
        isinstance(got, (tuple, list)) and len(got) == 3,
        f"returned {type(got).__name__}; expected a tuple (mean, components, explained_variance)",
    )
    return got


def check_fit(expect, name, got, X, k, unique=None):
    """Check a pca_fit result against the covariance oracle.

    ``unique`` is how many leading components are determined (up to sign) by the data;
    the rest only need to be orthonormal, follow the sign convention and have zero
    variance.
    """
    X = np.asarray(X, dtype=float)
    d = X.shape[1]
    unique = k if unique is None else unique
    variances, vectors = covariance_oracle(X)
    atol = 1e-10 * max(float(np.sum(variances)), 1.0)
    mean, components, explained = unpack_fit(expect, got)
    with expect.case(f"{name}: mean"):
        expect.close(mean, X.mean(axis=0), **TOL)
    with expect.case(f"{name}: components"):
        expect.array(components, shape=(k, d))
        expect.that(
            np.allclose(components @ components.T, np.eye(k), rtol=0, atol=1e-9),
            "returned components whose rows are not orthonormal (rows must be unit "
            "vectors at right angles to each other)",
        )
        expect.that(
            np.allclose(components, sign_convention(components), rtol=0, atol=0),
            "returned a component whose entry of largest absolute value is negative; "
            "flip its sign (the sign convention)",
        )
        expect.close(components[:unique], vectors[:unique], **VECTOR_TOL)
    with expect.case(f"{name}: explained_variance"):
        expect.close(explained, variances[:k], rtol=1e-9, atol=atol)


# ------------------------------------------------------------------ pca_fit


@function("pca_fit")
@weight(2)
def test_pca_fit_hand_worked(student, expect):
    cases = [
        ("docstring", [[1, 2], [3, 4], [5, 6]], 1, ([3, 4], [[S, S]], [8])),
        ("rectangle-k2", RECTANGLE, 2, ([1, 0.5], [[1, 0], [0, 1]], [4 / 3, 1 / 3])),
        ("tie-first-entry-positive", [[1, -1], [-1, 1], [2, -2], [-2, 2]], 1,
         ([0, 0], [[S, -S]], [20 / 3])),
        ("largest-entry-positive", [[1, -2], [-1, 2], [3, -6], [-3, 6]], 1,
         ([0, 0], [[-R5, 2 * R5]], [100 / 3])),
        ("entries-tied-up-to-rounding-first-positive", SIGN_TIE, 1,
         ([5 / 6, -5 / 6], [[S, -S]], [49 / 6])),
        ("rectangle-at-scale-1e-9", TINY_RECTANGLE, 2,
         ([1e-9, 0.5e-9], [[1, 0], [0, 1]], [4e-18 / 3, 1e-18 / 3])),
        ("single-feature", [[1], [2], [4]], 1, ([7 / 3], [[1]], [7 / 3])),
    ]  # fmt: skip
    for name, X, k, (mean, components, variance) in cases:
        got = unpack_fit(expect, student.pca_fit(X, k))
        for part, value, expected in zip(
            ("mean", "components", "explained_variance"),
            got,
            (mean, components, variance),
            strict=True,
        ):
            with expect.case(f"{name}: {part}"):
                expect.close(value, expected, **TOL)


@function("pca_fit")
@weight(3)
def test_pca_fit_random_against_covariance_eigh(student, expect, rng):
    for n, d, k in [(30, 4, 4), (12, 6, 3), (5, 2, 1)]:
        X = random_data(rng, n, d)
        original = X.copy()
        got = student.pca_fit(X, k)
        with expect.case(f"random-{n}x{d}-k{k}"):
            check_unmodified(expect, [X], [original])
        check_fit(expect, f"random-{n}x{d}-k{k}", got, original, k)


@function("pca_fit")
@weight(2)
def test_pca_fit_degenerate_data(student, expect, rng):
    base = random_data(rng, 8, 2)
    dependent = np.column_stack([base, base[:, 0] - 2.0 * base[:, 1]])  # rank 2 in R^3
    wide = random_data(rng, 3, 5)  # centred rank 2 in R^5
    equal = np.tile([[1.5, -2.0]], (3, 1))
    cases = [
        ("rank-deficient-8x3-k3", dependent, 3, 3),
        ("fewer-samples-than-features-3x5-k3", wide, 3, 2),
        ("all-rows-equal-3x2-k2", equal, 2, 0),
    ]
    for name, X, k, unique in cases:
        original = X.copy()
        got = student.pca_fit(X, k)
        with expect.case(name):
            check_unmodified(expect, [X], [original])
        check_fit(expect, name, got, original, k, unique=unique)


@gated
@function("pca_fit")
@weight(2)
def test_pca_fit_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.pca_fit,
        [
            ("1-d-data", ([1.0, 2.0, 3.0], 1)),
            ("3-d-data", (np.zeros((3, 2, 2)), 1)),
            ("single-sample", ([[1.0, 2.0]], 1)),
            ("no-features", (np.zeros((4, 0)), 1)),
            ("k-zero", (RECTANGLE, 0)),
            ("k-above-d", (RECTANGLE, 3)),
            ("k-above-n", (np.arange(10.0).reshape(2, 5), 3)),
            ("k-not-an-integer", (RECTANGLE, 1.5)),
            ("k-is-a-bool", (RECTANGLE, True)),
        ],
        reason="X must be 2-D with n >= 2 rows and d >= 1 columns, and n_components an "
        "integer k with 1 <= k <= min(n, d)",
    )


# ------------------------------------------------------------------ pca_transform


def transform_oracle(X, mean, components):
    return np.einsum("nd,kd->nk", np.asarray(X, float) - np.asarray(mean, float), components)


@function("pca_transform")
def test_pca_transform_hand_worked(student, expect):
    check_cases(
        expect,
        student.pca_transform,
        [
            ("docstring", ([[1, 2], [3, 4], [5, 6]], [3, 4], [[0.6, 0.8]]), [[-2.8], [0], [2.8]]),
            ("identity-components",
             ([[1, 2], [3, 5]], [1, 1], [[1, 0], [0, 1]]), [[0, 1], [2, 4]]),
            ("single-sample-2-components",
             ([[2, 0, 1]], [1, 0, 0], [[0, 0, 1], [S, S, 0]]), [[1, S]]),
        ],
    )  # fmt: skip


@function("pca_transform")
@weight(2)
def test_pca_transform_random(student, expect, rng):
    for n, d, k in [(7, 3, 2), (1, 4, 4), (10, 6, 1)]:
        X, mean = random_data(rng, n, d), rng.normal(size=d)
        components = random_components(rng, k, d)
        originals = [X.copy(), mean.copy(), components.copy()]
        expected = transform_oracle(X, mean, components)
        got = student.pca_transform(X, mean, components)
        with expect.case(f"random-{n}x{d}-k{k}"):
            check_unmodified(expect, [X, mean, components], originals)
            expect.close(got, expected, **TOL)


@gated
@function("pca_transform")
def test_pca_transform_rejects_bad_shapes(student, expect):
    X, mean, components = [[1.0, 2.0, 3.0]], [0.0, 0.0, 0.0], [[1.0, 0.0, 0.0]]
    check_errors(
        expect,
        student.pca_transform,
        [
            ("X-1-d", ([1.0, 2.0, 3.0], mean, components)),
            ("components-1-d", (X, mean, [1.0, 0.0, 0.0])),
            ("mean-2-d", (X, [mean], components)),
            ("mean-length-1-would-broadcast", (X, [0.0], components)),
            ("components-wrong-d", (X, mean, [[1.0, 0.0]])),
            ("no-samples", (np.zeros((0, 3)), mean, components)),
        ],
        reason="X (n, d), mean (d,) and components (k, d) must agree on d; numpy's "
        "broadcasting of a wrong-length mean is not a projection",
    )


# ------------------------------------------------------------------ pca_inverse_transform


@function("pca_inverse_transform")
def test_pca_inverse_transform_hand_worked(student, expect):
    check_cases(
        expect,
        student.pca_inverse_transform,
        [
            ("docstring", ([[5], [0]], [1, 1], [[0.6, 0.8]]), [[4, 5], [1, 1]]),
            ("two-components-in-3d",
             ([[1, 2], [-1, 0]], [0, 1, 2], [[0, 0, 1], [1, 0, 0]]), [[2, 1, 3], [0, 1, 1]]),
        ],
    )  # fmt: skip


@function("pca_inverse_transform")
@weight(2)
def test_pca_inverse_transform_random(student, expect, rng):
    for n, k, d in [(6, 2, 3), (1, 3, 3), (9, 1, 5)]:
        Z, mean = rng.normal(scale=3.0, size=(n, k)), rng.normal(size=d)
        components = random_components(rng, k, d)
        originals = [Z.copy(), mean.copy(), components.copy()]
        expected = np.einsum("nk,kd->nd", Z, components) + mean
        got = student.pca_inverse_transform(Z, mean, components)
        with expect.case(f"random-{n}x{k}-to-d{d}"):
            check_unmodified(expect, [Z, mean, components], originals)
            expect.close(got, expected, **TOL)


@gated
@function("pca_inverse_transform")
def test_pca_inverse_transform_rejects_bad_shapes(student, expect):
    Z, mean, components = [[1.0, 2.0]], [0.0, 0.0, 0.0], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]
    check_errors(
        expect,
        student.pca_inverse_transform,
        [
            ("Z-1-d", ([1.0, 2.0], mean, components)),
            ("components-1-d", ([[1.0]], mean, [1.0, 0.0, 0.0])),
            ("mean-2-d", (Z, [mean], components)),
            ("mean-length-1-would-broadcast", (Z, [0.0], components)),
            ("Z-has-3-coordinates-for-2-components", ([[1.0, 2.0, 3.0]], mean, components)),
            ("no-samples", (np.zeros((0, 2)), mean, components)),
        ],
        reason="Z (n, k), mean (d,) and components (k, d) must agree on k and d",
    )


# ------------------------------------------------------------------ explained_variance_ratio


def ratio_oracle(X):
    values = np.linalg.eigvalsh(np.atleast_2d(np.cov(np.asarray(X, float), rowvar=False)))
    values = np.clip(values[::-1], 0.0, None)
    n, d = np.shape(X)
    return values[: min(n, d)] / values.sum()


@function("explained_variance_ratio")
@weight(2)
def test_explained_variance_ratio_hand_worked(student, expect):
    check_cases(
        expect,
        student.explained_variance_ratio,
        [
            ("docstring-rectangle", (RECTANGLE,), [0.8, 0.2]),
            ("single-feature", ([[1], [5], [2]],), [1.0]),
            ("points-on-a-line", ([[1, 2], [2, 4], [3, 6]],), [1.0, 0.0]),
            ("two-samples-in-3d", ([[0, 0, 0], [1, 2, 2]],), [1.0, 0.0]),
            ("rectangle-at-scale-1e-9-is-not-constant", (TINY_RECTANGLE,), [0.8, 0.2]),
            ("rectangle-at-scale-1e-15", ((1e-15 * np.array(RECTANGLE)).tolist(),), [0.8, 0.2]),
            ("5-percent-above-the-zero-variance-threshold", (near_zero_variance(1.05),), [1, 0]),
            ("the-same-with-a-negative-delta", (near_zero_variance(1.05, -1.0),), [1, 0]),
        ],
    )


@function("explained_variance_ratio")
@weight(2)
def test_explained_variance_ratio_random(student, expect, rng):
    for n, d in [(20, 3), (5, 5), (3, 6)]:
        X = random_data(rng, n, d)
        original = X.copy()
        got = student.explained_variance_ratio(X)
        with expect.case(f"random-{n}x{d}"):
            check_unmodified(expect, [X], [original])
            expect.close(got, ratio_oracle(original), rtol=1e-9, atol=1e-12)


@gated
@function("explained_variance_ratio")
def test_explained_variance_ratio_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.explained_variance_ratio,
        [
            ("1-d-data", ([1.0, 2.0, 3.0],)),
            ("single-sample", ([[1.0, 2.0, 3.0]],)),
            ("no-features", (np.zeros((3, 0)),)),
            ("all-rows-equal", ([[2.0, -1.0]] * 4,)),
            ("all-rows-equal-centring-leaves-round-off", ([[0.1, 0.7, 1 / 3]] * 7,)),
            ("the-same-with-a-zero-column", ([[0.0, 0.1, 0.7, 1 / 3]] * 7,)),
            ("the-same-negated", ([[-0.1, -0.7, -1 / 3]] * 7,)),
            ("5-percent-below-the-threshold", (near_zero_variance(0.95),)),
        ],
        reason="X must be 2-D with n >= 2 and d >= 1, and rows that are all equal have no "
        "variance to share out (centring them leaves only round-off, so compare with a "
        "tolerance relative to the size of the data)",
    )


# ------------------------------------------------------------------ n_components_for_variance


def check_count(expect, name, got, expected):
    with expect.case(name):
        expect.scalar(got, expected, kind=int)


@function("n_components_for_variance")
@weight(2)
def test_n_components_for_variance_hand_worked(student, expect):
    cases = [
        ("docstring-0.75", RECTANGLE, 0.75, 1),
        ("exactly-0.8-is-reached-by-1", RECTANGLE, 0.8, 1),
        ("0.81-needs-2", RECTANGLE, 0.81, 2),
        ("tiny-threshold", RECTANGLE, 1e-6, 1),
        ("threshold-1-despite-round-off", ROUNDOFF, 1.0, 3),
        ("rectangle-at-scale-1e-9-0.81-needs-2", TINY_RECTANGLE, 0.81, 2),
    ]
    for name, X, threshold, expected in cases:
        check_count(expect, name, student.n_components_for_variance(X, threshold), expected)


@function("n_components_for_variance")
@weight(2)
def test_n_components_for_variance_random(student, expect, rng):
    for n, d in [(25, 5), (6, 4), (4, 6)]:
        X = random_data(rng, n, d)
        original = X.copy()
        cumulative = np.cumsum(ratio_oracle(X))
        j = int(rng.integers(1, min(n, d) - 1))  # aim between two running totals
        threshold = float((cumulative[j - 1] + cumulative[j]) / 2)
        got = student.n_components_for_variance(X, threshold)
        with expect.case(f"random-{n}x{d}-threshold-{threshold:.4f}"):
            check_unmodified(expect, [X], [original])
            expect.scalar(got, j + 1, kind=int)


@gated
@function("n_components_for_variance")
def test_n_components_for_variance_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.n_components_for_variance,
        [
            ("threshold-zero", (RECTANGLE, 0.0)),
            ("threshold-negative", (RECTANGLE, -0.5)),
            ("threshold-above-1", (RECTANGLE, 1.5)),
            ("threshold-nan", (RECTANGLE, float("nan"))),
            ("all-rows-equal", ([[3.0, 3.0]] * 3, 0.5)),
        ],
        reason="threshold must lie in (0, 1] and X must have some variance",
    )


# ------------------------------------------------------------------ reconstruction_error


def error_oracle(X, k):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    centred = X - X.mean(axis=0)
    total = float(np.sum(centred**2))
    kept = float(np.sum(np.linalg.eigvalsh(centred.T @ centred)[::-1][:k]))
    return max(total - kept, 0.0) / (n * d), total / (n * d)


def check_error(expect, name, got, X, k):
    expected, scale = error_oracle(X, k)
    with expect.case(name):
        expect.scalar(got, expected, kind=float, rtol=1e-9, atol=1e-10 * scale)


@function("reconstruction_error")
def test_reconstruction_error_hand_worked(student, expect):
    cases = [
        ("docstring-rectangle-k1", RECTANGLE, 1, 0.125),
        ("rectangle-all-components", RECTANGLE, 2, 0.0),
        ("points-on-a-line-k1", [[1, 2], [2, 4], [3, 6]], 1, 0.0),
    ]
    for name, X, k, expected in cases:
        with expect.case(name):
            got = student.reconstruction_error(X, k)
            expect.scalar(got, expected, kind=float, rtol=1e-9, atol=1e-12)


@function("reconstruction_error")
@weight(2)
def test_reconstruction_error_random(student, expect, rng):
    for n, d, k in [(6, 4, 1), (6, 4, 2), (15, 3, 2), (3, 5, 1)]:
        X = random_data(rng, n, d)
        original = X.copy()
        got = student.reconstruction_error(X, k)
        with expect.case(f"random-{n}x{d}-k{k}"):
            check_unmodified(expect, [X], [original])
        check_error(expect, f"random-{n}x{d}-k{k}", got, original, k)


@gated
@function("reconstruction_error")
def test_reconstruction_error_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.reconstruction_error,
        [
            ("1-d-data", ([1.0, 2.0, 3.0], 1)),
            ("single-sample", ([[1.0, 2.0]], 1)),
            ("k-zero", (RECTANGLE, 0)),
            ("k-above-min-n-d", (RECTANGLE, 3)),
        ],
        reason="X must be 2-D with n >= 2 rows and n_components an integer with "
        "1 <= k <= min(n, d)",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _data: `if data.shape[1] < 1:` -> `if data.shape[(0)] < 1:`, `if data.shape[1] < 1:`
#   -> `if data.shape[1] < (0):`: data without columns then fails later with a ValueError
#   all the same: in the check of n_components (k <= min(n, 0) is impossible) or in the
#   reduction over its entries.
# - _centred_svd: `_, s, vt = np.linalg.svd(X - mean, full_matrices=False)` -> `_, s, vt =
#   np.linalg.svd((mean - X), full_matrices=False)`: negating the centred data negates U and
#   Vt together; the variances are the same and the sign convention fixes each component.
# - _centred_svd: `_, s, vt = np.linalg.svd(X - mean, full_matrices=False)` -> `_, s, vt =
#   np.linalg.svd(X - mean, full_matrices=(True))`: only the first min(n, d) rows of Vt are
#   used, and they are the same with full_matrices=True.
# - _with_sign_convention: `leading = np.argmax(magnitude >= magnitude.max(axis=1,
#   keepdims=True) - _SIGN_TIE, axis=1)` -> `leading = np.argmax((magnitude >
#   magnitude.max(axis=1, keepdims=True) - _SIGN_TIE), axis=1)`: the largest entry is always
#   more than 1e-9 above max - 1e-9, so > and >= select the same entries.
# - _with_sign_convention: `signs = np.where(rows[np.arange(len(rows)), leading] < 0,
#   -1.0, 1.0)` -> `signs = np.where((rows[np.arange(len(rows)), leading] <= 0), -1.0,
#   1.0)`: the entry that decides is the largest of a unit row, never 0.
# - _with_sign_convention: `return rows * signs[:, None]` -> `return (rows / signs[:,
#   None])`: the signs are 1 or -1, and dividing by them is multiplying by them.
# - _variance_ratios: `if np.max(np.abs(X - mean)) <= 10 * X.shape[0] *
#   np.finfo(float).eps * scale:` -> `if (np.max(np.abs(X - mean)) < 10 * X.shape[0] *
#   np.finfo(float).eps * scale):`: the two differ only when the largest centred entry
#   equals the threshold to the last bit.
# - _variance_ratios: `if np.max(np.abs(X - mean)) <= 10 * X.shape[0] *
#   np.finfo(float).eps * scale:` -> `if np.max(np.abs((mean - X))) <= 10 * X.shape[0] *
#   np.finfo(float).eps * scale:`: a matrix and its negative have the same largest absolute
#   entry.
# - pca_transform: `if not X.shape[1] == mean.shape[0] == components.shape[1]:` -> `if not
#   X.shape[1] == mean.shape[(-1)] == components.shape[1]:`: mean is checked to be 1-D
#   first, so shape[-1] is shape[0].
# - pca_inverse_transform: `if mean.shape[0] != components.shape[1]:` -> `if
#   mean.shape[(-1)] != components.shape[1]:`: mean is checked to be 1-D first, so shape[-1]
#   is shape[0].
# - n_components_for_variance: `if np.ndim(threshold) != 0 or not 0.0 < float(threshold)
#   <= 1.0:` -> `if (not 0.0 < float(threshold) <= 1.0):`: threshold is documented as a
#   number; for a number np.ndim is 0.
# - n_components_for_variance: `return int(np.argmax(cumulative >= float(threshold) -
#   1e-12)) + 1` -> `return int(np.argmax((cumulative > float(threshold) - 1e-12))) + 1`:
#   the two differ only when a running total equals threshold - 1e-12 to the last bit.
# - reconstruction_error: `centred = X - mean` -> `centred = (mean - X)`, `residual =
#   centred - (centred @ kept.T) @ kept` -> `residual = (centred @ kept.T @ kept -
#   centred)`: negating the centred data, or the residual, leaves every squared entry
#   unchanged.
