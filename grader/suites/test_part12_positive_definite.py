"""Hidden suite for Part 12: Positive Definite Matrices.

Each function is checked on hand-worked cases (1x1 matrices, a zero pivot at
the last step, non-symmetric inputs), on seeded random inputs of several
shapes and scales (inputs left unmodified), on singular, nearly singular and
ill-conditioned matrices, and for every documented error. ``cholesky``,
``solve_cholesky`` and ``log_det`` must do their own work: a separate item per
function reads the student's source (parsed, never run) and fails if it, or a
module helper it uses, calls the numpy or scipy routine that the exercise
forbids. A test item checks a whole table of named cases, so that a failure
names its case while the session stays small.

Oracles are independent of the reference solution:

- ``is_positive_definite``: matrices built as ``Q diag(s) Q^T`` from an
  orthogonal ``Q`` (QR of a Gaussian matrix), whose eigenvalues are ``s`` by
  construction; products ``X X^T`` of known rank; hand-worked matrices whose
  pivots are exact in float64 and lie orders of magnitude on either side of
  the documented thresholds (``1e-12`` for pivots, ``1e-10`` for symmetry).
- ``cholesky``: hand-worked factors, ``np.linalg.cholesky`` on well-conditioned
  random matrices, and the properties that define the factor (lower
  triangular with exact zeros above the diagonal, positive diagonal,
  ``L L^T = A``) on the Hilbert matrix.
- ``solve_cholesky``: hand-worked solutions, ``np.linalg.solve``, and the
  residual ``A x - b`` on an ill-conditioned system.
- ``quadratic_form``: the double sum ``sum_ij x_i A_ij x_j`` with
  ``math.fsum``.
- ``nearest_psd``: Higham's formula for the nearest positive semi-definite
  matrix, ``(B + H) / 2`` with ``B`` the symmetric part and ``H = W S W^T``
  its symmetric polar factor from ``np.linalg.svd`` (no eigendecomposition),
  plus exact symmetry and non-negative ``eigvalsh``.
- ``log_det``: hand-worked values, ``np.linalg.slogdet``, and
  ``n log(c) + slogdet(B)`` for ``c B`` with ``c`` so large or small that the
  determinant itself overflows or underflows.

Random matrices have eigenvalues (or singular values) in [0.5, 2] times a
scale, a condition number of at most 4, so that their answers are insensitive
to rounding whatever the seed.

Tolerances. Cholesky is backward stable: the computed factor satisfies
``L L^T = A + E`` with ``|E| <= (n + 1) eps |L| |L^T|`` entrywise, and for a
condition number of at most 4 the forward error in ``L`` (and in the solution
of the two triangular systems) is a few ``n * eps`` relative to the size of
the entries: below 1e-14 for n <= 8. Arrays compare with ``rtol=1e-9`` and
``atol`` 1e-9 times the largest expected entry, five orders of margin, while
every wrong method (a transposed factor, a forgotten transpose in the back
substitution, a missing factor 2) is off by 1e-1 or more. On the Hilbert
matrix of order 8 (condition number 1.5e10) the factor itself is sensitive, so
it is judged by ``max |L L^T - H| <= 1e-12``, about 1e3 times the backward
error bound ``9 eps max|L| |L^T| <= 9 eps``, and its solutions by the residual
``|A x - b| <= 1e-10 (|A| |x| + |b|)``. Log-determinants are sums of n
logarithms, each with a relative error of a few eps, and compare with
``rtol=1e-9`` plus ``atol=1e-9 * n``. A quadratic form is a sum of n^2
products that may cancel; its rounding error is at most ``n^2 eps
sum_ij |x_i| |A_ij| |x_j|``, so ``atol`` is 1e-10 times that sum. The nearest
PSD matrix is compared with ``rtol=1e-9`` and ``atol`` 1e-9 times the largest
entry of A: eigendecomposition and SVD are backward stable, and the clipped
matrix is a well-conditioned function of A (Higham: the map is 1-Lipschitz in
the Frobenius norm).
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import CheckFailed, calls, check_errors

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


# ------------------------------------------------------------------ helpers


def scaled(expected, rtol=1e-9):
    """Tolerances relative to the size of the expected result."""
    size = float(np.max(np.abs(expected), initial=0.0))
    return {"rtol": rtol, "atol": rtol * max(size, 1e-300)}


def check_cases(expect, call, cases, rtol=1e-9):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **scaled(expected, rtol))


def check_answers(expect, call, cases):
    """Each case is (name, A, expected): call(A) must return the Python bool expected."""
    thunks = calls(expect.student, call, [((A,), {}) for name, A, expected in cases])
    for (name, _A, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=bool)


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; work on a copy and leave the inputs as they are",
    )


def orthogonal(rng, n):
    q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return q


def with_eigenvalues(rng, values):
    """A symmetric matrix ``Q diag(values) Q^T`` (symmetric up to rounding)."""
    q = orthogonal(rng, len(values))
    return (q * np.asarray(values, dtype=float)) @ q.T


def random_spd(rng, n, scale=1.0):
    """A symmetric positive definite n x n matrix with eigenvalues in [0.5, 2] * scale."""
    return with_eigenvalues(rng, scale * rng.uniform(0.5, 2.0, size=n))


def hilbert(n):
    """The Hilbert matrix H[i, j] = 1 / (i + j + 1): positive definite, badly conditioned."""
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1.0)


def check_factor(expect, got, A, residual_tol):
    """``got`` is a lower-triangular factor of A with a positive diagonal and L L^T ~ A."""
    L = expect.array(got, shape=np.shape(A))
    expect.that(
        np.all(np.triu(L, 1) == 0.0),
        "returned a matrix with non-zero entries above the diagonal; the Cholesky factor L "
        "is lower triangular (every entry above the diagonal exactly 0)",
    )
    expect.that(
        np.all(np.diag(L) > 0.0),
        f"returned a factor with diagonal {np.diag(L)}; the Cholesky factor has a positive "
        "diagonal (the square roots of the pivots)",
    )
    residual = float(np.max(np.abs(L @ L.T - A)))
    expect.that(
        residual <= residual_tol,
        f"returned L with max |L @ L.T - A| = {residual:.3g}; a Cholesky factor reproduces A "
        f"up to rounding (allowed: {residual_tol:.3g})",
    )


# Which np.linalg / scipy.linalg routines each exercise forbids, as in the docstrings.
FORBIDDEN = {
    "cholesky": ("cholesky", "cho_factor", "lu", "lu_factor", "ldl"),
    "solve_cholesky": (
        "solve",
        "inv",
        "lstsq",
        "pinv",
        "cholesky",
        "tensorsolve",
        "solve_triangular",
        "cho_solve",
        "cho_factor",
        "lu_solve",
        "lu_factor",
    ),
    "log_det": ("det", "slogdet", "cholesky", "cho_factor"),
}


def routine_names(routines):
    """How a docstring names each routine: ``np.linalg.solve``, or scipy's ``cho_solve``."""
    return [
        f"``np.linalg.{name}``" if hasattr(np.linalg, name) else f"``{name}``" for name in routines
    ]


RULE = {
    "cholesky": "compute L yourself, column by column, with a loop over the pivots",
    "solve_cholesky": "factor A with your own cholesky, then write the forward and the back "
    "substitution yourself, with loops over the rows",
    "log_det": "factor A with your own cholesky and sum the logarithms of its diagonal",
}


def forbidden_uses(source, name, forbidden):
    """``linalg.<f>`` for f in ``forbidden``, used in ``name`` or a helper it refers to.

    The helpers are the module's top-level functions that ``name`` mentions,
    followed transitively; imports such as ``from numpy.linalg import cholesky``
    and ``import scipy.linalg as sla`` are resolved (a name that the module
    redefines with ``def`` is the student's own function, not the import).
    Returns (text, line) pairs.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    modules, imported = {"linalg"}, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.endswith(".linalg") and alias.asname:
                    modules.add(alias.asname)
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                bound = alias.asname or alias.name
                if alias.name == "linalg":
                    modules.add(bound)
                elif (
                    node.module.endswith("linalg")
                    and alias.name in forbidden
                    and bound not in functions
                ):
                    imported[bound] = f"{node.module}.{alias.name}"
    found, seen, queue = [], set(), [name]
    while queue:
        current = queue.pop()
        if current in seen or current not in functions:
            continue
        seen.add(current)
        for node in ast.walk(functions[current]):
            if isinstance(node, ast.Attribute) and node.attr in forbidden:
                base = node.value
                if (isinstance(base, ast.Attribute) and base.attr == "linalg") or (
                    isinstance(base, ast.Name) and base.id in modules
                ):
                    found.append((ast.unparse(node), node.lineno))
            elif isinstance(node, ast.Name):
                if node.id in imported:
                    found.append((imported[node.id], node.lineno))
                elif node.id in functions:
                    queue.append(node.id)
    return found


def check_written_by_hand(expect, call, source, name):
    """The function works on a small case and calls none of the routines it must not use."""
    with expect.case("docstring-example"):
        call()
    uses = forbidden_uses(source, name, FORBIDDEN[name])
    if uses:
        text, line = uses[0]
        names = ", ".join(f"linalg.{f}" for f in FORBIDDEN[name])
        raise CheckFailed(
            f"{name}() calls {text} (line {line}). The rule of this exercise: {RULE[name]}. "
            f"Do not use {names} (numpy's or scipy's) in {name}() or in the helpers it calls."
        )


# ------------------------------------------------------------------ is_positive_definite


@function("is_positive_definite")
@weight(2)
def test_is_positive_definite_hand_worked(student, expect):
    check_answers(
        expect,
        student.is_positive_definite,
        [
            ("docstring-example", [[2, 1], [1, 2]], True),
            ("indefinite-positive-diagonal", [[1, 2], [2, 1]], False),
            ("1x1-zero", [[0]], False),
            ("negative-definite-determinant-positive", [[-2, 0], [0, -1]], False),
            ("semi-definite-singular", [[1, 1], [1, 1]], False),
            ("not-symmetric-positive-eigenvalues", [[2, 1], [0, 2]], False),
            ("not-square-2x3", [[1, 0, 0], [0, 1, 0]], False),
        ],
    )


@function("is_positive_definite")
@weight(2)
def test_is_positive_definite_relative_thresholds(student, expect):
    large = 1e6 * np.array([[2.0, 1.0], [1.0, 2.0]])
    large[0, 1] += 1e-5  # asymmetry 5e-12 relative to max|A|: symmetric by the contract
    check_answers(
        expect,
        student.is_positive_definite,
        [
            ("tiny-entries-1e-20", 1e-20 * np.array([[2.0, 1.0], [1.0, 2.0]]), True),
            ("pivot-1e-13-below-threshold", np.diag([1.0, 1e-13]), False),
            ("singular-up-to-1e-14", [[1.0, 1.0], [1.0, 1.0 + 1e-14]], False),
            ("large-entries-asymmetric-by-1e-5", large, True),
            ("asymmetric-by-1e-6", [[2.0, 1.0 + 1e-6], [1.0, 2.0]], False),
            # max(1, max|A|) is the largest entry in size, and the limit itself is allowed
            ("zero-off-diagonal-entries-2e6-asymmetry-1e-5", [[2e6, 1e-5], [0.0, 2e6]], True),
            ("asymmetry-equal-to-the-threshold", [[1.0, 1e-10], [0.0, 1.0]], True),
        ],
    )


@function("is_positive_definite")
def test_is_positive_definite_random(student, expect, rng):
    X = rng.normal(size=(4, 2))
    cases = [
        ("spd-5x5-symmetric-up-to-rounding", random_spd(rng, 5, scale=10.0), True),
        ("indefinite-4x4", with_eigenvalues(rng, [2.0, 1.0, 0.7, -0.5]), False),
        ("rank-2-of-4-semi-definite", X @ X.T, False),
    ]
    originals = [A.copy() for _, A, _ in cases]
    check_answers(expect, student.is_positive_definite, cases)
    check_unmodified(expect, [A for _, A, _ in cases], originals)


@gated
@function("is_positive_definite")
def test_is_positive_definite_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_positive_definite,
        [
            ("1-d", ([1.0, 2.0],)),
            ("empty-0x3", (np.zeros((0, 3)),)),
            ("3-d", (np.ones((2, 2, 2)),)),
        ],
        reason="A must be a non-empty 2-D array; only a non-square or non-symmetric 2-D "
        "matrix gives False",
    )


# ------------------------------------------------------------------ cholesky

CLASSIC = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]]  # L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]


@function("cholesky")
@weight(2)
def test_cholesky_hand_worked(student, expect):
    check_cases(
        expect,
        student.cholesky,
        [
            ("docstring-example", ([[4, 2], [2, 2]],), [[2.0, 0.0], [1.0, 1.0]]),
            ("1x1", ([[9]],), [[3.0]]),
            ("3x3", (CLASSIC,), [[2.0, 0.0, 0.0], [6.0, 1.0, 0.0], [-8.0, 5.0, 3.0]]),
            (
                "tiny-entries-1e-20",
                (1e-20 * np.array([[4.0, 2.0], [2.0, 2.0]]),),
                [[2e-10, 0.0], [1e-10, 1e-10]],
            ),
            ("asymmetry-equal-to-the-threshold", ([[1.0, 1e-10], [0.0, 1.0]],), np.eye(2)),
        ],
    )


@function("cholesky")
@weight(2)
def test_cholesky_random(student, expect, rng):
    for n, scale in [(3, 0.01), (7, 100.0)]:
        A = random_spd(rng, n, scale)
        original = A.copy()
        expected = np.linalg.cholesky(A)
        with expect.case(f"spd-{n}x{n}-entries-of-size-{scale:g}"):
            L = expect.close(student.cholesky(A), expected, **scaled(expected))
            check_factor(expect, L, original, 1e-12 * scale)
            check_unmodified(expect, [A], [original])


@function("cholesky")
def test_cholesky_ill_conditioned_and_small_pivots(student, expect):
    with expect.case("hilbert-8"):
        check_factor(expect, student.cholesky(hilbert(8)), hilbert(8), 1e-12)
    # the last pivot is fl(1 + 1e-10) - 1, about 1e-10: small, but 100 times the threshold
    A = np.array([[1.0, 1.0], [1.0, 1.0 + 1e-10]])
    expected = [[1.0, 0.0], [1.0, math.sqrt(A[1, 1] - 1.0)]]
    check_cases(expect, student.cholesky, [("pivot-1e-10-above-threshold", (A,), expected)])


@gated
@function("cholesky")
@weight(2)
def test_cholesky_raises_when_not_positive_definite(student, expect):
    check_errors(
        expect,
        student.cholesky,
        [
            ("indefinite", ([[1, 2], [2, 1]],)),
            ("1x1-zero", ([[0]],)),
            ("semi-definite-zero-pivot", ([[1, 1], [1, 1]],)),
            ("singular-up-to-1e-14", ([[1.0, 1.0], [1.0, 1.0 + 1e-14]],)),
            ("negative-pivot-at-step-3", ([[1, 0, 1], [0, 1, 1], [1, 1, 1]],)),
            # symmetric by the contract: 1e-5 is 5e-12 of the largest entry in size
            ("negative-definite-2e6-asymmetric-by-1e-5", ([[-2e6, 1e-5], [0.0, -2e6]],)),
        ],
        exception=np.linalg.LinAlgError,
        reason="A is symmetric but not positive definite: a pivot A[j, j] - sum(L[j, :j]**2) "
        "of at most 1e-12 * max(diag(A)) means failure, even when rounding left it "
        "slightly positive, and a square root of a negative pivot is never taken",
    )


@gated
@function("cholesky")
def test_cholesky_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.cholesky,
        [
            ("not-symmetric", ([[1, 2], [0, 1]],)),
            ("asymmetric-by-1e-6", ([[2.0, 1.0 + 1e-6], [1.0, 2.0]],)),
            ("not-square", ([[1, 0, 0], [0, 1, 0]],)),
            ("1-d", ([4.0, 1.0],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="A must be a non-empty, square, symmetric matrix: |A[i, j] - A[j, i]| at most "
        "1e-10 * max(1, max|A|)",
    )


@function("cholesky")
@rule(*routine_names(FORBIDDEN["cholesky"]))
def test_cholesky_written_by_hand(student, expect, student_source):
    check_written_by_hand(
        expect, lambda: student.cholesky([[4, 2], [2, 2]]), student_source, "cholesky"
    )


# ------------------------------------------------------------------ solve_cholesky


@function("solve_cholesky")
@weight(2)
def test_solve_cholesky_hand_worked(student, expect):
    check_cases(
        expect,
        student.solve_cholesky,
        [
            ("docstring-example", ([[4, 2], [2, 2]], [2, 0]), [1.0, -1.0]),
            ("1x1", ([[4]], [2]), [0.5]),
            (
                "two-right-hand-sides",
                ([[4, 2], [2, 2]], [[2, 4], [0, 2]]),
                [[1.0, 1.0], [-1.0, 0.0]],
            ),
            ("3x3-b-as-a-column-(n,1)", (CLASSIC, [[-20], [-43], [192]]), [[1.0], [2.0], [3.0]]),
        ],
    )


@function("solve_cholesky")
@weight(2)
def test_solve_cholesky_random(student, expect, rng):
    for n, b_shape, scale in [(4, (4,), 1.0), (6, (6, 3), 50.0)]:
        A = random_spd(rng, n, scale)
        b = rng.normal(scale=3.0, size=b_shape)
        originals = [A.copy(), b.copy()]
        expected = np.linalg.solve(A, b)
        with expect.case(f"spd-{n}x{n}-b-of-shape-{b_shape}"):
            expect.close(student.solve_cholesky(A, b), expected, **scaled(expected))
            check_unmodified(expect, [A, b], originals)
    H = hilbert(6)
    b = H @ np.ones(6)
    with expect.case("hilbert-6-residual"):
        x = expect.array(student.solve_cholesky(H, b), shape=(6,))
        residual = float(np.max(np.abs(H @ x - b)))
        bound = 1e-10 * float(np.max(np.abs(H) @ np.abs(x) + np.abs(b)))
        expect.that(
            np.all(np.isfinite(x)) and residual <= bound,
            f"returned x with max |A @ x - b| = {residual:.3g}; two triangular solves with a "
            f"Cholesky factor leave a residual below {bound:.3g} even on this badly "
            "conditioned system",
        )


@gated
@function("solve_cholesky")
def test_solve_cholesky_rejects_bad_input(student, expect):
    spd = [[4.0, 2.0], [2.0, 2.0]]
    check_errors(
        expect,
        student.solve_cholesky,
        [("indefinite-A", ([[1, 2], [2, 1]], [1, 1]))],
        exception=np.linalg.LinAlgError,
        reason="A is symmetric but not positive definite",
    )
    check_errors(
        expect,
        student.solve_cholesky,
        [
            ("A-not-symmetric", ([[4, 2], [0, 2]], [1, 1])),
            ("A-not-square", ([[4, 2, 0], [2, 2, 0]], [1, 1])),
            ("b-of-length-3-for-2x2", (spd, [1, 2, 3])),
            ("b-3-d", (spd, np.ones((2, 1, 1)))),
        ],
        reason="A must be a non-empty square symmetric matrix and b an (n,) or (n, m) array "
        "with as many rows as A",
    )


@function("solve_cholesky")
@rule(*routine_names(FORBIDDEN["solve_cholesky"]))
def test_solve_cholesky_written_by_hand(student, expect, student_source):
    check_written_by_hand(
        expect,
        lambda: student.solve_cholesky([[4, 2], [2, 2]], [2, 0]),
        student_source,
        "solve_cholesky",
    )


# ------------------------------------------------------------------ quadratic_form


def quadratic_oracle(A, x):
    """sum_ij x_i A_ij x_j with math.fsum, and the size sum_ij |x_i| |A_ij| |x_j|."""
    terms = [
        xi * a * xj for xi, row in zip(x, A, strict=True) for a, xj in zip(row, x, strict=True)
    ]
    return math.fsum(terms), math.fsum(abs(t) for t in terms)


def check_quadratic(expect, call, cases):
    """Each case is (name, A, x): call(A, x) is a float equal to the double sum."""
    thunks = calls(expect.student, call, [((A, x), {}) for name, A, x in cases])
    for (name, A, x), thunk in zip(cases, thunks, strict=True):
        value, size = quadratic_oracle(np.asarray(A, dtype=float).tolist(), np.asarray(x).tolist())
        with expect.case(name):
            expect.scalar(thunk(), value, kind=float, rtol=1e-9, atol=1e-10 * size)


@function("quadratic_form")
@weight(2)
def test_quadratic_form_hand_worked(student, expect):
    check_quadratic(
        expect,
        student.quadratic_form,
        [
            ("docstring-example", [[2, 1], [1, 3]], [1, 2]),  # 18
            ("not-symmetric", [[0, 2], [0, 0]], [1, 3]),  # 6
            ("1x1-negative", [[-2]], [3]),  # -18
            ("indefinite-negative-value", [[1, 0], [0, -1]], [1, 2]),  # -3
        ],
    )


@function("quadratic_form")
def test_quadratic_form_random(student, expect, rng):
    cases = [
        ("not-symmetric-5x5", rng.normal(size=(5, 5)), rng.normal(size=5)),
        ("spd-3x3-large-entries", random_spd(rng, 3, scale=100.0), rng.normal(size=3)),
    ]
    originals = [a.copy() for _, A, x in cases for a in (A, x)]
    check_quadratic(expect, student.quadratic_form, cases)
    check_unmodified(expect, [a for _, A, x in cases for a in (A, x)], originals)


@gated
@function("quadratic_form")
def test_quadratic_form_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.quadratic_form,
        [
            ("x-too-short", ([[2, 1], [1, 3]], [1])),
            ("x-is-a-matrix", ([[2, 1], [1, 3]], [[1, 0], [0, 1]])),
            ("A-not-square", ([[1, 2, 3], [4, 5, 6]], [1, 1])),
            ("empty", (np.zeros((0, 0)), np.zeros(0))),
        ],
        reason="A must be a non-empty square matrix and x a 1-D vector of matching length",
    )


# ------------------------------------------------------------------ nearest_psd


def nearest_psd_oracle(A):
    """Higham (1988): (B + H) / 2 with B = (A + A^T) / 2 and H = W S W^T from B = U S W^T."""
    A = np.asarray(A, dtype=float)
    B = (A + A.T) / 2
    _, s, wt = np.linalg.svd(B)
    H = (wt.T * s) @ wt
    return (B + H) / 2


def check_nearest_psd(expect, got, A):
    A = np.asarray(A, dtype=float)
    expected = nearest_psd_oracle(A)
    X = expect.close(got, expected, rtol=1e-9, atol=1e-9 * max(float(np.max(np.abs(A))), 1e-300))
    expect.that(
        np.array_equal(X, X.T),
        "returned a matrix that is not exactly symmetric; symmetrise the result once more, "
        "as (B + B.T) / 2, to remove the round-off of the product",
    )
    smallest = float(np.min(np.linalg.eigvalsh(X)))
    expect.that(
        smallest >= -1e-12 * max(float(np.max(np.abs(A))), 1e-300),
        f"returned a matrix with eigenvalue {smallest:.3g}; the nearest positive "
        "semi-definite matrix has no negative eigenvalue",
    )


@function("nearest_psd")
@weight(2)
def test_nearest_psd_hand_worked(student, expect):
    check_cases(
        expect,
        student.nearest_psd,
        [
            ("docstring-example", ([[1, 2], [2, 1]],), [[1.5, 1.5], [1.5, 1.5]]),
            ("1x1-negative", ([[-3]],), [[0.0]]),
            ("not-symmetric", ([[0, 2], [0, 0]],), [[0.5, 0.5], [0.5, 0.5]]),
            ("already-positive-definite", ([[2, 1], [1, 2]],), [[2.0, 1.0], [1.0, 2.0]]),
            (
                "diagonal-mixed-signs",
                ([[3, 0, 0], [0, -1, 0], [0, 0, 0]],),
                [[3.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
            ),
        ],
    )


@function("nearest_psd")
@weight(2)
def test_nearest_psd_random(student, expect, rng):
    X = rng.normal(size=(5, 2))
    cases = [
        ("symmetric-indefinite-4x4", with_eigenvalues(rng, [3.0, 1.0, -0.5, -2.0])),
        ("not-symmetric-6x6", 10.0 * rng.normal(size=(6, 6))),
        ("semi-definite-rank-2-unchanged", X @ X.T),
    ]
    for name, A in cases:
        original = A.copy()
        with expect.case(name):
            check_nearest_psd(expect, student.nearest_psd(A), original)
            check_unmodified(expect, [A], [original])


@gated
@function("nearest_psd")
def test_nearest_psd_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.nearest_psd,
        [
            ("not-square", ([[1, 2, 3], [4, 5, 6]],)),
            ("1-d", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="A must be a non-empty square matrix",
    )


# ------------------------------------------------------------------ log_det


def check_log_dets(expect, call, cases):
    """Each case is (name, A, expected): call(A) is a float close to expected."""
    thunks = calls(expect.student, call, [((A,), {}) for name, A, expected in cases])
    for (name, A, expected), thunk in zip(cases, thunks, strict=True):
        n = np.shape(A)[0]
        with expect.case(name):
            expect.scalar(
                expect.value_of(thunk, expected), expected, kind=float, rtol=1e-9, atol=1e-9 * n
            )


@function("log_det")
@weight(2)
def test_log_det_hand_worked(student, expect):
    check_log_dets(
        expect,
        student.log_det,
        [
            ("docstring-example", [[4, 2], [2, 2]], math.log(4.0)),
            ("1x1", [[5]], math.log(5.0)),
            ("diagonal-3x3", [[2, 0, 0], [0, 3, 0], [0, 0, 4]], math.log(24.0)),
        ],
    )


@function("log_det")
@weight(2)
def test_log_det_random_and_extreme_scales(student, expect, rng):
    A = random_spd(rng, 5)
    B = random_spd(rng, 3)
    reference = float(np.linalg.slogdet(B)[1])
    cases = [
        ("spd-5x5", A, float(np.linalg.slogdet(A)[1])),
        ("det-underflows-1e-200", 1e-200 * B, 3 * math.log(1e-200) + reference),
        ("det-overflows-1e150", 1e150 * B, 3 * math.log(1e150) + reference),
    ]
    originals = [M.copy() for _, M, _ in cases]
    check_log_dets(expect, student.log_det, cases)
    check_unmodified(expect, [M for _, M, _ in cases], originals)


@gated
@function("log_det")
def test_log_det_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.log_det,
        [
            ("indefinite-negative-determinant", ([[1, 2], [2, 1]],)),
            ("semi-definite-zero-determinant", ([[1, 1], [1, 1]],)),
        ],
        exception=np.linalg.LinAlgError,
        reason="A is symmetric but not positive definite, so it has no Cholesky factor",
    )
    check_errors(
        expect,
        student.log_det,
        [
            ("not-symmetric", ([[4, 2], [0, 2]],)),
            ("not-square", ([[1, 0, 0], [0, 1, 0]],)),
        ],
        reason="A must be a non-empty, square, symmetric matrix",
    )


@function("log_det")
@rule(*routine_names(FORBIDDEN["log_det"]))
def test_log_det_uses_the_factor(student, expect, student_source):
    check_written_by_hand(
        expect, lambda: student.log_det([[4, 2], [2, 2]]), student_source, "log_det"
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _square: `if A.shape[0] != A.shape[1]:` -> `if A.shape[(1)] != A.shape[1]:`, `if
#   A.shape[0] != A.shape[1]:` -> `if A.shape[(-1)] != A.shape[1]:`, `if A.shape[0] !=
#   A.shape[1]:` -> `if A.shape[0] != A.shape[(0)]:`: a non-square A then fails in A - A.T,
#   a broadcast of mismatched shapes, with a ValueError all the same; is_positive_definite
#   checks the shape itself.
# - _asymmetry: `return float(np.max(np.abs(A - A.T))) / max(1.0,
#   float(np.max(np.abs(A))))` -> `return float(np.max((A - A.T))) / max(1.0,
#   float(np.max(np.abs(A))))`: A - A.T is antisymmetric, so its largest entry is its
#   largest absolute entry.
# - _asymmetry: `return float(np.max(np.abs(A - A.T))) / max(1.0,
#   float(np.max(np.abs(A))))` -> `return float(np.max(np.abs((A.T - A)))) / max(1.0,
#   float(np.max(np.abs(A))))`: a matrix and its negative have the same largest absolute
#   entry.
# - _factor: `n = A.shape[0]` -> `n = A.shape[(1)]`, `n = A.shape[0]` -> `n =
#   A.shape[(-1)]`: A is checked to be square first.
# - solve_cholesky: `B = b.reshape(n, -1)` -> `B = b.reshape(n, -(2))`: reshape(n, -2) is
#   read as reshape(n, -1).
# - solve_cholesky: `n = A.shape[0]` -> `n = A.shape[(1)]`, `n = A.shape[0]` -> `n =
#   A.shape[(-1)]`: A is checked to be square first.
# - quadratic_form: `if x.shape[0] != A.shape[0]:` -> `if x.shape[(-1)] != A.shape[0]:`: x
#   is checked to be 1-D first, so shape[-1] is shape[0].
# - quadratic_form: `if x.shape[0] != A.shape[0]:` -> `if x.shape[0] != A.shape[(1)]:`,
#   `if x.shape[0] != A.shape[0]:` -> `if x.shape[0] != A.shape[(-1)]:`: A is checked to be
#   square first.
# - quadratic_form: `return float(x @ (A @ x))` -> `return float((A @ x @ x))`, `return
#   float(x @ (A @ x))` -> `return float(x @ ((x @ A)))`: x @ A @ x is a number, equal to
#   its transpose x @ A.T @ x, and the order of the two products changes only the rounding.
