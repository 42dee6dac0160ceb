"""Hidden suite for Part 19: Kernel Methods and Feature Spaces.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), and for every documented error. A
test item checks a whole table of named cases, so that a failure names its
case while the session stays small.

Oracles are independent of the reference solution: kernel entries summed one
pair at a time with ``np.dot`` or from explicit differences ``x - y``; the
degree-2 polynomial kernel as an inner product of the explicit feature map
``phi``; centring as the Gram matrix of explicitly centred feature vectors (or
``K - row means - column means + grand mean``); kernel ridge through the
residual ``(K + alpha I) c - y`` and, for the linear kernel, through primal
ridge ``w = (X^T X + alpha I)^(-1) X^T y = X^T c``; validity through matrices
built from chosen eigenvalues.

Tolerances: inputs are of order 1 and matrices at most 6 x 6, so a correct
float64 answer is within about 1e-13 of the oracle; ``rtol=atol=1e-9`` leaves a
wide margin for any order of summation while every wrong formula below is off
by at least 1e-2. Kernel ridge solves systems whose condition number is below
about 1e3 (alpha >= 0.1 on a kernel of norm <= 30), so its results carry about
1e-13 of relative error; 1e-9 still holds. The RBF case with points near 1e3
loses about ``1e6 * 1e-16`` of absolute accuracy in each squared distance
when computed from norms, so it is compared with ``atol=1e-7``.
"""

import numpy as np
import pytest

from grader.checks import (
    VECTORISED,
    CheckFailed,
    calls,
    check_errors,
    check_unmodified,
    describe_loops,
    python_loops,
)

TOL = {"rtol": 1e-9, "atol": 1e-9}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def check_cases(expect, call, cases):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


def pairwise(f, X, Y):
    """The matrix ``[[f(x, y) for y in Y] for x in X]``, one pair at a time."""
    return np.array([[f(x, y) for y in Y] for x in X]).reshape(len(X), len(Y))


def with_eigenvalues(rng, values):
    """A symmetric matrix with exactly these eigenvalues, in a random orthonormal basis."""
    Q, _ = np.linalg.qr(rng.normal(size=(len(values), len(values))))
    K = Q @ np.diag(values) @ Q.T
    return (K + K.T) / 2.0


POINT_ERRORS = [
    ("X-is-1-d", ([1.0, 2.0], [[1.0, 2.0]])),
    ("Y-is-1-d", ([[1.0, 2.0]], [1.0, 2.0])),
    ("X-is-empty", (np.zeros((0, 2)), [[1.0, 2.0]])),
    ("columns-2-and-3", ([[1.0, 2.0]], [[1.0, 2.0, 3.0]])),
]
POINTS_REASON = "X and Y must be non-empty 2-D arrays with the same number of columns"


# ------------------------------------------------------------------ linear_kernel


@function("linear_kernel")
def test_linear_kernel_hand_worked(student, expect):
    check_cases(
        expect,
        student.linear_kernel,
        [
            ("docstring-example", ([[1, 2]], [[3, 4], [1, 0]]), [[11.0, 1.0]]),
            ("1x1", ([[3]], [[-2]]), [[-6.0]]),
            ("zero-vector", ([[0, 0], [1, 1]], [[5, 7]]), [[0.0], [12.0]]),
            (
                "3-by-2-not-square",
                ([[1, 0], [0, 1], [1, 1]], [[2, 3], [4, 5]]),
                [[2.0, 4.0], [3.0, 5.0], [5.0, 9.0]],
            ),
        ],
    )


@function("linear_kernel")
@weight(2)
def test_linear_kernel_random(student, expect, rng):
    for n, m, d in [(4, 2, 3), (2, 5, 6)]:
        X, Y = rng.normal(size=(n, d)), rng.normal(size=(m, d))
        originals = [X.copy(), Y.copy()]
        expect.close(student.linear_kernel(X, Y), pairwise(np.dot, X, Y), **TOL)
        check_unmodified(expect, [X, Y], originals)


@gated
@function("linear_kernel")
def test_linear_kernel_rejects_bad_input(student, expect):
    check_errors(expect, student.linear_kernel, POINT_ERRORS, reason=POINTS_REASON)


# ------------------------------------------------------------------ polynomial_kernel


def degree2_features(X, c):
    """The explicit feature map of ``(x . y + c) ** 2`` for 2-D points."""
    x1, x2 = X[:, 0], X[:, 1]
    r = np.sqrt(2.0)
    return np.column_stack(
        [x1**2, x2**2, r * x1 * x2, r * np.sqrt(c) * x1, r * np.sqrt(c) * x2, np.full(len(X), c)]
    )


@function("polynomial_kernel")
def test_polynomial_kernel_hand_worked(student, expect):
    check_cases(
        expect,
        student.polynomial_kernel,
        [
            ("docstring-example", ([[1, 2]], [[3, 4], [1, 0]], 2), [[144.0, 4.0]]),
            ("defaults-degree-3-coef0-1", ([[1, 2]], [[1, 1], [0, 0]]), [[64.0, 1.0]]),
            ("odd-degree-keeps-sign", ([[1]], [[-2]], 3, 0.0), [[-8.0]]),
            ("degree-1-coef0-0-is-linear", ([[1, 2], [3, 4]], [[5, 6]], 1, 0.0), [[17.0], [39.0]]),
        ],
    )


@function("polynomial_kernel")
@weight(2)
def test_polynomial_kernel_random(student, expect, rng):
    for n, m, degree, coef0 in [(3, 4, 2, 1.0), (5, 2, 2, 0.5), (2, 3, 4, 0.0)]:
        X, Y = rng.normal(size=(n, 2)), rng.normal(size=(m, 2))
        originals = [X.copy(), Y.copy()]
        got = student.polynomial_kernel(X, Y, degree, coef0)
        if degree == 2:
            expected = degree2_features(X, coef0) @ degree2_features(Y, coef0).T
        else:
            expected = pairwise(lambda x, y, c=coef0, p=degree: (np.dot(x, y) + c) ** p, X, Y)
        expect.close(got, expected, **TOL)
        check_unmodified(expect, [X, Y], originals)


@gated
@function("polynomial_kernel")
def test_polynomial_kernel_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.polynomial_kernel,
        [
            ("degree-0", ([[1.0]], [[1.0]], 0)),
            ("fractional-degree", ([[1.0]], [[1.0]], 2.5)),
            ("degree-is-a-bool", ([[1.0]], [[1.0]], True)),
            *POINT_ERRORS[::3],
        ],
        reason="degree must be an integer >= 1 and the points non-empty 2-D arrays "
        "with the same number of columns",
    )


# ------------------------------------------------------------------ rbf_kernel


def rbf_oracle(X, Y, gamma):
    return pairwise(lambda x, y: np.exp(-gamma * np.sum((x - y) ** 2)), X, Y)


@function("rbf_kernel")
def test_rbf_kernel_hand_worked(student, expect):
    e = np.exp(-1.0)
    check_cases(
        expect,
        student.rbf_kernel,
        [
            ("docstring-example", ([[0, 0]], [[0, 0], [1, 1]], 0.5), [[1.0, e]]),
            ("1x1-same-point", ([[4]], [[4]], 3.0), [[1.0]]),
            (
                "3-by-2-not-square",
                ([[0, 0], [1, 0], [0, 3]], [[0, 0], [1, 0]], 1.0),
                [[1.0, e], [e, 1.0], [np.exp(-9.0), np.exp(-10.0)]],
            ),
        ],
    )


@function("rbf_kernel")
@weight(2)
def test_rbf_kernel_random(student, expect, rng):
    for n, m, d, gamma in [(1, 3, 2, 0.5), (4, 4, 3, 1.0), (5, 2, 1, 2.0)]:
        X, Y = rng.normal(size=(n, d)), rng.normal(size=(m, d))
        originals = [X.copy(), Y.copy()]
        expect.close(student.rbf_kernel(X, Y, gamma), rbf_oracle(X, Y, gamma), **TOL)
        check_unmodified(expect, [X, Y], originals)


@function("rbf_kernel")
@weight(2)
def test_rbf_kernel_far_from_origin_stays_in_0_1(student, expect, rng):
    X = 1e3 + rng.normal(size=(6, 3))
    got = expect.close(student.rbf_kernel(X, X, 1.0), rbf_oracle(X, X, 1.0), rtol=0, atol=1e-7)
    expect.that(
        bool(np.all(got <= 1.0)) and bool(np.all(got >= 0.0)),
        f"returned entries outside [0, 1] (largest {got.max()!r}) for points near 1e3: "
        "round-off made a squared distance negative; clip the squared distances at 0",
    )


@function("rbf_kernel")
@rule(VECTORISED)
def test_rbf_kernel_is_vectorised(student, expect, student_source):
    expect.close(student.rbf_kernel([[0.0]], [[1.0]], 1.0), [[np.exp(-1.0)]], **TOL)
    loops = python_loops(student_source, "rbf_kernel")
    if loops:
        raise CheckFailed(
            f"rbf_kernel works, but the exercise asks for vectorised code and it has "
            f"{describe_loops(loops)}. Compute all squared distances at once: combine the "
            "squared row norms of X and Y with X @ Y.T by broadcasting."
        )


@gated
@function("rbf_kernel")
def test_rbf_kernel_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.rbf_kernel,
        [
            ("gamma-0", ([[1.0]], [[1.0]], 0.0)),
            ("negative-gamma", ([[1.0]], [[1.0]], -1.0)),
            *[(name, (*args, 1.0)) for name, args in POINT_ERRORS[::3]],
        ],
        reason="gamma must be > 0 and the points non-empty 2-D arrays with the same "
        "number of columns",
    )


# ------------------------------------------------------------------ is_valid_kernel_matrix


@function("is_valid_kernel_matrix")
@weight(2)
def test_is_valid_kernel_matrix_hand_worked(student, expect, rng):
    big = with_eigenvalues(rng, [1e10, 1e10, -1e-4])
    cases = [
        ("docstring-example-indefinite", ([[1, 2], [2, 1]],), False),
        ("1x1-zero", ([[0.0]],), True),
        ("1x1-negative", ([[-1.0]],), False),
        ("not-square", ([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],), False),
        ("not-symmetric-but-pd-symmetric-part", ([[1.0, 0.5], [0.0, 1.0]],), False),
        ("asymmetric-by-1e-12-only", ([[2.0, 1.0], [1.0 + 1e-12, 2.0]],), True),
        ("round-off-relative-to-scale-1e10", (big,), True),
        ("two-negative-eigenvalues", (np.diag([2.0, -1.0, -1.0]),), False),
        ("eigenvalue-minus-1e-6", (np.diag([1.0, 0.5, -1e-6]),), False),
        ("tol-0.1-forgives-minus-0.05", ([[1.0, 0.0], [0.0, -0.05]], 0.1), True),
        ("tol-0.1-forgives-asymmetry-0.05", ([[1.0, 0.05], [0.0, 1.0]], 0.1), True),
        # the documented limits, taken exactly: each is allowed
        ("tol-0-identity", (np.eye(2), 0.0), True),
        ("asymmetry-equal-to-tol", ([[1.0, 0.5], [0.0, 1.0]], 0.5), True),
        ("smallest-eigenvalue-equal-to-minus-tol", (np.diag([1.0, -1e-8]),), True),
        # eigenvalues of (K + K.T) / 2, not of K, 2 K or K / 2 ...
        ("eigenvalue-minus-0.6e-8-below-scale-1", (np.diag([0.1, -0.6e-8]),), True),
        ("eigenvalue-minus-1.5e-8-below-scale-1", (np.diag([0.1, -1.5e-8]),), False),
        ("only-the-symmetric-part-is-psd-enough", ([[0.0, 0.45e-8], [1.35e-8, 0.0]],), True),
        # ... and the scale is the largest eigenvalue in size, here a negative one
        ("tol-2-forgives-minus-5", (np.diag([-5.0, 0.5]), 2.0), True),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            expect.scalar(student.is_valid_kernel_matrix(*args), expected, kind=bool)


@function("is_valid_kernel_matrix")
@weight(2)
def test_is_valid_kernel_matrix_random(student, expect, rng):
    X = rng.normal(size=(6, 2))
    gram_rbf = rbf_oracle(X, X, 0.7)
    gram_linear = pairwise(np.dot, X, X)  # rank 2 of 6: four zero eigenvalues
    indefinite = with_eigenvalues(rng, [3.0, 1.0, 0.5, -0.5])
    for name, K, expected in [
        ("rbf-gram-6x6", gram_rbf, True),
        ("linear-gram-rank-deficient", gram_linear, True),
        ("one-negative-eigenvalue", indefinite, False),
    ]:
        with expect.case(name):
            original = K.copy()
            expect.scalar(student.is_valid_kernel_matrix(K), expected, kind=bool)
            check_unmodified(expect, [K], [original])


@gated
@function("is_valid_kernel_matrix")
def test_is_valid_kernel_matrix_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_valid_kernel_matrix,
        [
            ("1-d", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 0)),)),
            ("negative-tol", (np.eye(2), -1e-3)),
        ],
        reason="K must be a non-empty 2-D matrix and tol >= 0",
    )


# ------------------------------------------------------------------ center_kernel


@function("center_kernel")
def test_center_kernel_hand_worked(student, expect):
    check_cases(
        expect,
        student.center_kernel,
        [
            ("docstring-example", ([[1, 0], [0, 1]],), [[0.5, -0.5], [-0.5, 0.5]]),
            ("1x1", ([[5]],), [[0.0]]),
            ("constant-matrix", (np.full((3, 3), 2.0),), np.zeros((3, 3))),
            ("points-0-and-2-on-a-line", ([[0, 0], [0, 4]],), [[1.0, -1.0], [-1.0, 1.0]]),
        ],
    )


@function("center_kernel")
@weight(2)
def test_center_kernel_random(student, expect, rng):
    for n, p in [(3, 2), (6, 4)]:
        features = rng.normal(loc=2.0, size=(n, p))
        K = features @ features.T
        centred = features - features.mean(axis=0)
        original = K.copy()
        expect.close(student.center_kernel(K), centred @ centred.T, **TOL)
        check_unmodified(expect, [K], [original])
    with expect.case("not-symmetric"):
        K = rng.normal(size=(4, 4))
        expected = K - K.mean(axis=0) - K.mean(axis=1)[:, None] + K.mean()
        expect.close(student.center_kernel(K), expected, **TOL)


@gated
@function("center_kernel")
def test_center_kernel_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.center_kernel,
        [
            ("not-square", (np.ones((2, 3)),)),
            ("1-d", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="K must be a non-empty square matrix",
    )


# ------------------------------------------------------------------ kernel_ridge_fit


@function("kernel_ridge_fit")
def test_kernel_ridge_fit_hand_worked(student, expect):
    check_cases(
        expect,
        student.kernel_ridge_fit,
        [
            ("docstring-example", ([[1, 0], [0, 1]], [2, 4], 1.0), [1.0, 2.0]),
            ("1x1", ([[3]], [8], 1.0), [2.0]),
            ("zero-kernel", (np.zeros((3, 3)), [1, -2, 4], 0.5), [2.0, -4.0, 8.0]),
            ("off-diagonal", ([[2, 1], [1, 2]], [3, 3], 1.0), [0.75, 0.75]),
        ],
    )


@function("kernel_ridge_fit")
@weight(2)
def test_kernel_ridge_fit_random(student, expect, rng):
    for n, alpha in [(5, 0.1), (6, 2.0)]:
        X, y = rng.normal(size=(n, 2)), rng.normal(size=n)
        K = rbf_oracle(X, X, 0.5)
        originals = [K.copy(), y.copy()]
        with expect.case(f"rbf-n{n}-alpha{alpha}"):
            c = expect.array(student.kernel_ridge_fit(K, y, alpha), shape=(n,))
            expect.close((K + alpha * np.eye(n)) @ c, y, **TOL)
            check_unmodified(expect, [K, y], originals)
    with expect.case("linear-kernel-equals-primal-ridge"):
        X, y, alpha = rng.normal(size=(5, 3)), rng.normal(size=5), 0.3
        w = np.linalg.solve(X.T @ X + alpha * np.eye(3), X.T @ y)
        c = expect.array(student.kernel_ridge_fit(X @ X.T, y, alpha), shape=(5,))
        expect.close(X.T @ c, w, **TOL)


@gated
@function("kernel_ridge_fit")
def test_kernel_ridge_fit_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.kernel_ridge_fit,
        [
            ("K-not-square", (np.ones((2, 3)), [1.0, 2.0], 1.0)),
            ("y-too-short", (np.eye(3), [1.0, 2.0], 1.0)),
            ("y-is-2-d", (np.eye(2), [[1.0], [2.0]], 1.0)),
            ("alpha-0", (np.eye(2), [1.0, 2.0], 0.0)),
            ("negative-alpha", (np.eye(2), [1.0, 2.0], -0.5)),
        ],
        reason="K must be square, y 1-D with one entry per row of K, and alpha > 0",
    )
    with expect.case("singular-K-plus-alpha-I"):
        expect.raises(
            np.linalg.LinAlgError,
            student.kernel_ridge_fit,
            [[-1.0, 0.0], [0.0, 1.0]],
            [1.0, 1.0],
            1.0,
            reason="K + alpha I is singular, so the system has no unique solution",
        )


# ------------------------------------------------------------------ kernel_ridge_predict


@function("kernel_ridge_predict")
def test_kernel_ridge_predict_hand_worked(student, expect):
    check_cases(
        expect,
        student.kernel_ridge_predict,
        [
            ("docstring-example", ([[1, 0], [0.5, 0.5]], [1, 2]), [1.0, 1.5]),
            ("single-test-point", ([[1, 2, 3]], [1, 0, -1]), [-2.0]),
            ("2-test-3-train", ([[1, 1, 0], [0, 1, 1]], [1, 2, 4]), [3.0, 6.0]),
        ],
    )


@function("kernel_ridge_predict")
@weight(2)
def test_kernel_ridge_predict_random(student, expect, rng):
    for m, n in [(1, 4), (5, 3)]:
        K, c = rng.normal(size=(m, n)), rng.normal(size=n)
        originals = [K.copy(), c.copy()]
        expected = [sum(K[i, j] * c[j] for j in range(n)) for i in range(m)]
        expect.close(student.kernel_ridge_predict(K, c), expected, **TOL)
        check_unmodified(expect, [K, c], originals)
    with expect.case("training-points-give-y-minus-alpha-c"):
        X, y, alpha = rng.normal(size=(4, 2)), rng.normal(size=4), 0.5
        K = rbf_oracle(X, X, 1.0)
        c = np.linalg.solve(K + alpha * np.eye(4), y)
        expect.close(student.kernel_ridge_predict(K, c), y - alpha * c, **TOL)


@gated
@function("kernel_ridge_predict")
def test_kernel_ridge_predict_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.kernel_ridge_predict,
        [
            ("1-coef-would-broadcast", (np.ones((2, 3)), [1.0])),
            ("coefs-2-d", (np.ones((2, 2)), [[1.0], [2.0]])),
            ("K-1-d", ([1.0, 2.0], [1.0, 2.0])),
            ("K-empty", (np.zeros((0, 2)), [1.0, 2.0])),
        ],
        reason="K_test_train must be a non-empty 2-D matrix with one column per dual "
        "coefficient, and dual_coef 1-D",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _square: `if K.ndim != 2 or K.size == 0 or K.shape[0] != K.shape[1]:` -> `if (K.ndim
#   != 2 or K.size == 0):`, `if K.ndim != 2 or K.size == 0 or K.shape[0] != K.shape[1]:` ->
#   `if K.ndim != 2 or K.size == 0 or K.shape[(1)] != K.shape[1]:`, `if K.ndim != 2 or
#   K.size == 0 or K.shape[0] != K.shape[1]:` -> `if K.ndim != 2 or K.size == 0 or
#   K.shape[(-1)] != K.shape[1]:`, `if K.ndim != 2 or K.size == 0 or K.shape[0] !=
#   K.shape[1]:` -> `if K.ndim != 2 or K.size == 0 or K.shape[0] != K.shape[(0)]:`: a
#   non-square K then fails in numpy (a product of mismatched shapes, or np.linalg.solve
#   with LinAlgError, a subclass of ValueError), so ValueError is raised all the same.
# - is_valid_kernel_matrix: `if K.ndim != 2 or K.size == 0:` -> `if K.ndim != 2 or K.size
#   == (-1):`: an empty K then fails in the reduction over its eigenvalues, with a
#   ValueError all the same.
# - is_valid_kernel_matrix: `if K.ndim != 2 or K.size == 0:` -> `if (K.ndim != 2):`: an
#   empty K then fails in the reduction over its eigenvalues, with a ValueError all the
#   same.
# - is_valid_kernel_matrix: `if K.shape[0] != K.shape[1] or not np.all(np.abs(K - K.T) <=
#   tol):` -> `if K.shape[0] != K.shape[1] or not np.all((K - K.T) <= tol):`: K - K.T is
#   antisymmetric: an entry above tol has a negative twin, so one-sided and two-sided checks
#   agree.
# - is_valid_kernel_matrix: `if K.shape[0] != K.shape[1] or not np.all(np.abs(K - K.T) <=
#   tol):` -> `if K.shape[0] != K.shape[1] or not np.all(np.abs((K.T - K)) <= tol):`: a
#   matrix and its negative have the same absolute entries.
# - center_kernel: `n = K.shape[0]` -> `n = K.shape[(1)]`, `n = K.shape[0]` -> `n =
#   K.shape[(-1)]`: K is checked to be square first.
# - center_kernel: `H = np.eye(n) - np.full((n, n), 1.0 / n)` -> `H = (np.full((n, n), 1.0
#   / n) - np.eye(n))`: (-H) K (-H) = H K H.
# - kernel_ridge_fit: `if y.ndim != 1 or y.shape[0] != K.shape[0]:` -> `if (y.ndim !=
#   1):`: a y of the wrong length then fails in np.linalg.solve, with a ValueError all the
#   same.
# - kernel_ridge_fit: `if y.ndim != 1 or y.shape[0] != K.shape[0]:` -> `if y.ndim != 1 or
#   y.shape[(-1)] != K.shape[0]:`: y is checked to be 1-D first (in the same condition), so
#   shape[-1] is shape[0].
# - kernel_ridge_fit: `if y.ndim != 1 or y.shape[0] != K.shape[0]:` -> `if y.ndim != 1 or
#   y.shape[0] != K.shape[(1)]:`, `if y.ndim != 1 or y.shape[0] != K.shape[0]:` -> `if
#   y.ndim != 1 or y.shape[0] != K.shape[(-1)]:`, `return np.linalg.solve(K + alpha *
#   np.eye(K.shape[0]), y)` -> `return np.linalg.solve(K + alpha * np.eye(K.shape[(1)]),
#   y)`, `return np.linalg.solve(K + alpha * np.eye(K.shape[0]), y)` -> `return
#   np.linalg.solve(K + alpha * np.eye(K.shape[(-1)]), y)`: K is checked to be square first.
# - kernel_ridge_predict: `if c.ndim != 1 or c.shape[0] != K.shape[1]:` -> `if (c.ndim !=
#   1):`: a c of the wrong length then fails in the product K @ c, with a ValueError all the
#   same.
# - kernel_ridge_predict: `if c.ndim != 1 or c.shape[0] != K.shape[1]:` -> `if c.ndim != 1
#   or c.shape[(-1)] != K.shape[1]:`: c is checked to be 1-D first, so shape[-1] is
#   shape[0].
