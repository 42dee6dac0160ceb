"""Hidden suite for Part 9: Rank, Nullspace, and the Fundamental Theorem.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), on how it uses ``tol``, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case (``[needs-row-swap] rref(...) returned ...``) while the
session stays small. One rule of the exercise is read from the student's
source, never run: ``rref`` does its own elimination, with no ``np.linalg``
routine and no library ``rref``.

Oracles are independent of the reference solution:

- ``rref``: values worked by hand, and Gauss-Jordan elimination in exact
  rational arithmetic (``fractions.Fraction`` of the float64 inputs) for the
  pivoting cases; for random ``A = B @ C`` with B of shape (m, r) and C of
  shape (r, n), the identity ``rref(A) = [C[:, :r]^-1 C ; 0]`` (the rows of A
  span the rows of C, and the first r columns are the pivot columns with
  probability 1), computed with ``np.linalg.solve``. On rank-deficient inputs
  the result must also be *exactly* in reduced row echelon form, as the
  docstring promises: pivots exactly 1, the rest of a pivot column and every
  zero row exactly 0 (rounding residues at most ``tol`` become 0).
- ``rank``: the rank by construction of ``B @ C``, which
  ``np.linalg.matrix_rank`` (the same default threshold) confirms; diagonal
  matrices, whose singular values are known exactly, for the threshold itself.
- ``null_space``, ``column_space``: a basis is not unique, so the suite checks
  what is: the shape, orthonormal columns (``Q.T @ Q = I``), the sign
  convention, ``A @ N = 0`` and the orthogonal projector ``Q @ Q.T``, compared
  with the projector onto the known subspace. Random inputs are built as
  ``A = U[:, :r] diag(s) W[:, :r].T`` with orthonormal U, W and s in [1, 3],
  so the column space is span(U[:, :r]) and the nullspace the orthogonal
  complement of span(W[:, :r]), both known before the call.
- ``classify_system``: systems built to have the answer (b = A x for a
  consistent system, a Gaussian b against a rank-deficient or tall A for an
  inconsistent one, which is inconsistent with probability 1).

Tolerances. Inputs have entries of order 1-10 and at most 6 rows or columns.
A float64 SVD is backward stable: the computed singular vectors of the
subspaces above are accurate to about ``eps * ||A|| / gap``, where the gap
between the kept and the dropped singular values is at least 1 here, so
projectors, ``Q.T @ Q`` and ``A @ N`` are within about 1e-14 of the oracle;
``atol=1e-9`` leaves five orders of magnitude and still fails every wrong
subspace, whose projector is off by at least 1e-1. Gauss-Jordan with partial
pivoting on these inputs has errors of about ``n * eps * growth * cond``,
below 1e-12 for Gaussian C with small r; random ``rref`` results are compared
with ``rtol=1e-8`` and ``atol=1e-8`` times the largest expected entry,
hand-worked ones with ``rtol=atol=1e-9`` against exact fractions.

Ranks, basis shapes and classifications are discrete, so the inputs are made
so that rounding cannot decide them. An exactly rank-deficient float matrix
has rounding residues as singular values, up to about a third of the default
threshold ``sigma_max * max(m, n) * eps`` (measured over thousands of draws),
so random matrices are redrawn until every residue lies below a tenth of the
threshold and every kept singular value above a million times it: any correct
SVD-based count then agrees. The cases that probe the threshold itself use
diagonal matrices, whose singular values the SVD returns exactly, with values
a factor of 2 or more away from the threshold (1e-15 between ``2 * eps`` and
``10 * eps``; 100 against ``tol=50``), and matrices of scale 1e-12, full rank
for the relative default threshold but below any absolute one such as 1e-10.

The tests of pivoting use a pivot of 1e-17 with ``tol=0``, where elimination
that divides by it instead of swapping rows loses every digit (an error of
1), and a pivot of 3e-10, just above the default ``tol``, where it loses up
to ``eps / 3e-10 ~ 7e-7`` (1.6e-8 measured on that case, eight times the
tolerance ``1e-9 * (1 + |x|)``), while partial pivoting is exact to 1e-16.
"""

import ast
from fractions import Fraction

import numpy as np
import pytest

from grader.checks import CheckFailed, calls, check_errors, function_node

TOL = {"rtol": 1e-9, "atol": 1e-9}
SUBSPACE_ATOL = 1e-9
EPS = np.finfo(float).eps

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


# ------------------------------------------------------------------ helpers


def check_cases(expect, call, cases):
    """Each case is (name, args, kwargs, expected): call(*args, **kwargs) is close to expected."""
    thunks = calls(
        expect.student,
        call,
        [(tuple(args), dict(kwargs)) for name, args, kwargs, expected in cases],
    )
    for (name, _args, _kwargs, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


def check_answers(expect, call, cases, kind):
    """Each case is (name, args, kwargs, expected): a scalar of ``kind`` equal to expected."""
    thunks = calls(
        expect.student,
        call,
        [(tuple(args), dict(kwargs)) for name, args, kwargs, expected in cases],
    )
    for (name, _args, _kwargs, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=kind)


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; work on a copy (np.array(A, dtype=float)) instead",
    )


def rule_broken(problem):
    """Fail with a message about how the function is written (no call to name)."""
    raise CheckFailed(problem)


def orthonormal(rng, n):
    """A random n x n orthogonal matrix."""
    Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return Q


def separated(M, r):
    """Whether ``M`` has rank r beyond doubt: residues < threshold / 10, kept values > 1e6 x."""
    s = np.linalg.svd(M, compute_uv=False)
    threshold = s[0] * max(M.shape) * EPS
    return (r == 0 or s[r - 1] > 1e6 * threshold) and (r == len(s) or s[r] < threshold / 10)


def redrawn(draw, r, column=None, augmented_rank=None):
    """``draw()`` again until its matrix has clear rank r (and with ``column`` appended, too)."""
    for _ in range(200):
        drawn = draw()
        A = drawn[0] if isinstance(drawn, tuple) else drawn
        if separated(A, r) and (
            column is None or separated(np.column_stack([A, column(A)]), augmented_rank)
        ):
            return drawn
    raise RuntimeError("the suite could not draw a matrix of clear rank")  # a suite bug


def built(rng, m, n, r):
    """``(A, column_projector, null_projector)`` for a random m x n matrix of rank r.

    A = U[:, :r] diag(s) W[:, :r].T with s in [1, 3]: its column space is
    span(U[:, :r]) and its nullspace the orthogonal complement of span(W[:, :r]).
    """

    def draw():
        U, W = orthonormal(rng, m)[:, :r], orthonormal(rng, n)[:, :r]
        A = (U * rng.uniform(1.0, 3.0, size=r)) @ W.T
        return A, U @ U.T, np.eye(n) - W @ W.T

    return redrawn(draw, r)


def product(rng, m, n, r):
    """``(A, C)``: a Gaussian product A = B @ C of rank r, B of shape (m, r), C (r, n)."""

    def draw():
        C = rng.normal(size=(r, n))
        return rng.normal(size=(m, r)) @ C, C

    return redrawn(draw, r)


def exact_rref(A):
    """Gauss-Jordan elimination in exact rational arithmetic: the true RREF of ``A``."""
    R = [[Fraction(float(x)) for x in row] for row in np.asarray(A, dtype=float)]
    m, n = len(R), len(R[0])
    top = 0
    for col in range(n):
        pivot = next((i for i in range(top, m) if R[i][col] != 0), None)
        if pivot is None:
            continue
        R[top], R[pivot] = R[pivot], R[top]
        R[top] = [x / R[top][col] for x in R[top]]
        for i in range(m):
            if i != top and R[i][col] != 0:
                factor = R[i][col]
                R[i] = [x - factor * y for x, y in zip(R[i], R[top], strict=True)]
        top += 1
        if top == m:
            break
    return np.array([[float(x) for x in row] for row in R])


def echelon_problem(R):
    """What keeps ``R`` from being *exactly* in reduced row echelon form, or None."""
    last_pivot, zero_row = -1, None
    for i, row in enumerate(R):
        nonzero = np.flatnonzero(row != 0.0)
        if nonzero.size == 0:
            zero_row = i if zero_row is None else zero_row
            continue
        j = int(nonzero[0])
        if zero_row is not None:
            return f"row {i} is not zero but comes after the zero row {zero_row}"
        if row[j] != 1.0:
            return (
                f"the first non-zero entry of row {i} is {row[j]!r} (column {j}). A pivot must "
                "be exactly 1, and entries of absolute value at most tol must be set to "
                "exactly 0, not left as rounding noise"
            )
        if j <= last_pivot:
            return f"the pivot of row {i} is not to the right of the pivot above it"
        others = np.delete(R[:, j], i)
        if np.any(others != 0.0):
            return (
                f"column {j} holds the pivot of row {i} but has other entries that are not "
                "exactly 0; set them to 0.0 after eliminating"
            )
        last_pivot = j
    return None


def check_basis(expect, got, shape, projector, A=None):
    """``got`` is an orthonormal basis (columns) in the sign convention with this projector."""
    expect.array(got, shape=shape)
    k = shape[1]
    gap = float(np.abs(got.T @ got - np.eye(k)).max(initial=0.0))
    expect.that(
        gap <= SUBSPACE_ATOL,
        f"returned columns that are not orthonormal: Q.T @ Q differs from the identity by "
        f"{gap:.3g} (tolerance {SUBSPACE_ATOL:g})",
    )
    for j in range(k):
        column = got[:, j]
        size = np.abs(column)
        first = int(np.argmax(size >= size.max() - 1e-9))  # ties within 1e-9: the first
        expect.that(
            column[first] > 0,
            f"returned a column {j} whose entry of largest absolute value (the first of "
            "those within 1e-9 of it) is negative; the sign convention asks you to negate "
            "such a column",
        )
    if A is not None and k:
        residual = float(np.abs(A @ got).max())
        expect.that(
            residual <= SUBSPACE_ATOL * max(1.0, float(np.abs(A).max())),
            f"returned columns that A does not send to zero: the largest entry of A @ N is "
            f"{residual:.3g}",
        )
    error = float(np.abs(got @ got.T - projector).max(initial=0.0))
    expect.that(
        error <= SUBSPACE_ATOL,
        f"returned columns that span the wrong subspace: the projector Q @ Q.T differs from "
        f"the expected one by {error:.3g} (tolerance {SUBSPACE_ATOL:g})",
    )


def line_projector(v):
    v = np.asarray(v, dtype=float)
    return np.outer(v, v) / (v @ v)


BAD_MATRICES = [
    ("1-d-input", ([1.0, 2.0, 3.0],), {}),
    ("no-rows", (np.zeros((0, 3)),), {}),
    ("no-columns", (np.zeros((2, 0)),), {}),
]


# ------------------------------------------------------------------ rref


@function("rref")
@weight(3)
def test_rref_hand_worked(student, expect):
    check_cases(
        expect,
        student.rref,
        [
            ("docstring-integers", ([[2, 4, 3], [1, 2, 3]],), {}, [[1, 2, 0], [0, 0, 1]]),
            ("needs-row-swap", ([[0, 2, 4], [1, 1, 1]],), {}, [[1, 0, -1], [0, 1, 2]]),
            (
                "dependent-middle-column",
                ([[1, 2, 1], [2, 4, 0], [3, 6, 1]],),
                {},
                [[1, 2, 0], [0, 0, 1], [0, 0, 0]],
            ),
            ("tall-3x2", ([[1, 2], [3, 4], [5, 6]],), {}, [[1, 0], [0, 1], [0, 0]]),
            ("zero-first-column", ([[0, 3, -6], [0, 1, 1]],), {}, [[0, 1, 0], [0, 0, 1]]),
            ("zero-matrix", (np.zeros((2, 3)),), {}, np.zeros((2, 3))),
            ("1x1", ([[-4.0]],), {}, [[1.0]]),
        ],
    )


@function("rref")
@weight(2)
def test_rref_random_full_rank(student, expect, rng):
    for m, n in [(3, 5), (4, 4), (5, 3), (1, 4)]:
        A = rng.normal(scale=3.0, size=(m, n))
        original = A.copy()
        r = min(m, n)
        expected = np.zeros((m, n))
        expected[:r] = np.linalg.solve(A[:r, :r], A[:r]) if m <= n else np.eye(n)
        scale = max(1.0, float(np.abs(expected).max()))
        with expect.case(f"{m}x{n}-rank-{r}"):
            expect.close(student.rref(A), expected, rtol=1e-8, atol=1e-8 * scale)
            check_unmodified(expect, [A], [original])


@function("rref")
@weight(2)
def test_rref_random_rank_deficient(student, expect, rng):
    for m, n, r in [(5, 6, 2), (4, 4, 3)]:
        A, C = product(rng, m, n, r)
        original = A.copy()
        expected = np.zeros((m, n))
        expected[:r] = np.linalg.solve(C[:, :r], C)
        scale = max(1.0, float(np.abs(expected).max()))
        with expect.case(f"{m}x{n}-rank-{r}"):
            got = expect.close(student.rref(A), expected, rtol=1e-8, atol=1e-8 * scale)
            check_unmodified(expect, [A], [original])
            problem = echelon_problem(got)
            expect.that(problem is None, f"returned a matrix that is close but {problem}")


@function("rref")
@weight(2)
def test_rref_pivoting_and_tol(student, expect):
    tiny = [[3e-10, 1.1, 0.7], [1.3, 0.9, 2.1]]
    tinier = [[1e-17, 1.0, 1.0], [1.0, 1.0, 2.0]]
    small = (1e-12 * np.array([[1.0, 2.0], [3.0, 4.0]])).tolist()
    check_cases(
        expect,
        student.rref,
        [
            ("tol-0-tiny-pivot-needs-a-row-swap", (tinier,), {"tol": 0.0}, exact_rref(tinier)),
            ("tiny-pivot-needs-a-row-swap", (tiny,), {}, exact_rref(tiny)),
            ("all-entries-below-tol", (small,), {}, np.zeros((2, 2))),
            ("same-matrix-tol-0", (small,), {"tol": 0.0}, np.eye(2)),
            (
                "tol-applies-after-elimination",
                ([[1.0, 2.0], [3.0, 4.0]],),
                {"tol": 2.5},
                [[1.0, 4.0 / 3.0], [0.0, 0.0]],
            ),
            ("largest-candidate-is-negative", ([[1e-20, 1.0], [-1.0, 1.0]],), {}, np.eye(2)),
            ("pivot-equal-to-tol-is-no-pivot", ([[0.5, 1.0]],), {"tol": 0.5}, [[0.0, 1.0]]),
        ],
    )


@gated
@function("rref")
def test_rref_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.rref,
        [*BAD_MATRICES, ("negative-tol", ([[1.0, 2.0]],), {"tol": -1e-10})],
        reason="A must be a non-empty 2-D matrix and tol >= 0",
    )


FORBIDDEN_MODULES = ("numpy.linalg", "scipy", "sympy")


def forbidden_names(tree):
    """Names that the module's imports bind to numpy.linalg, scipy or sympy (or their parts)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(FORBIDDEN_MODULES):
                    names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (
            (node.module or "").startswith(FORBIDDEN_MODULES)
            or (node.module == "numpy" and any(a.name == "linalg" for a in node.names))
        ):
            names.update(a.asname or a.name for a in node.names)
    return names


def called_helpers(source, node, seen):
    """``node`` and the top-level functions of the module that it calls, transitively."""
    nodes = [node]
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name):
            name = sub.func.id
            helper = function_node(source, name) if name not in seen else None
            if helper is not None:
                seen.add(name)
                nodes += called_helpers(source, helper, seen)
    return nodes


def library_elimination(source, node):
    """Where ``rref`` (or a helper it calls) uses a library routine instead of elimination."""
    forbidden = forbidden_names(ast.parse(source))
    for part in called_helpers(source, node, {node.name}):
        where = "line" if part is node else f"{part.name}(), which rref calls, at line"
        for sub in ast.walk(part):
            found = None
            if isinstance(sub, ast.Attribute) and sub.attr in ("linalg", "rref"):
                found = ast.unparse(sub)
            elif isinstance(sub, ast.Name) and sub.id in forbidden:
                found = sub.id
            elif isinstance(sub, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in sub.names] + [getattr(sub, "module", None) or ""]
                if any(name.startswith(FORBIDDEN_MODULES) for name in modules):
                    found = ast.unparse(sub)
            if found:
                return f"{where} {sub.lineno}: {found}"
    return None


@function("rref")
@rule("no ``np.linalg`` routine", "nothing from scipy or sympy")
def test_rref_does_its_own_elimination(student, expect, student_source):
    expect.close(student.rref([[1.0, 2.0], [2.0, 4.0]]), [[1.0, 2.0], [0.0, 0.0]], **TOL)
    node = function_node(student_source, "rref")
    if node is None:
        rule_broken("could not find a top-level definition of rref in your module")
    found = library_elimination(student_source, node)
    if found:
        rule_broken(
            f"rref uses a library routine ({found}). The rule of this exercise is to write "
            "Gauss-Jordan elimination yourself: pick each pivot, swap rows, divide and "
            "subtract multiples of rows, with no np.linalg, scipy or sympy inside rref."
        )


# ------------------------------------------------------------------ rank


@function("rank")
def test_rank_hand_worked(student, expect):
    check_answers(
        expect,
        student.rank,
        [
            ("docstring-rank-1", ([[1, 2], [2, 4], [3, 6]],), {}, 1),
            ("zero-matrix", (np.zeros((2, 3)),), {}, 0),
            ("1x1", ([[-3.0]],), {}, 1),
        ],
        kind=int,
    )


@function("rank")
@weight(2)
def test_rank_random(student, expect, rng):
    for m, n, r in [(5, 4, 2), (3, 6, 3), (6, 6, 5)]:
        A, _ = product(rng, m, n, r)
        original = A.copy()
        with expect.case(f"{m}x{n}-rank-{r}"):
            expect.scalar(student.rank(A), int(np.linalg.matrix_rank(A)), kind=int)
            check_unmodified(expect, [A], [original])


def diagonal(m, n, values):
    D = np.zeros((m, n))
    D[np.arange(len(values)), np.arange(len(values))] = values
    return D


@function("rank")
@weight(2)
def test_rank_threshold(student, expect, rng):
    tiny = 1e-12 * rng.normal(size=(3, 3))
    huge = 1e12 * product(rng, 4, 5, 2)[0]
    # 1e-15 lies between 2 * eps (min(m, n) * eps) and 10 * eps (max(m, n) * eps)
    check_answers(
        expect,
        student.rank,
        [
            ("scale-1e-12-full-rank", (tiny,), {}, 3),
            ("scale-1e12-rank-2", (huge,), {}, 2),
            ("2x10-threshold-uses-max(m,n)", (diagonal(2, 10, [1.0, 1e-15]),), {}, 1),
            ("10x2-threshold-uses-max(m,n)", (diagonal(10, 2, [1.0, 1e-15]),), {}, 1),
            ("tol-is-absolute", (100.0 * np.eye(3),), {"tol": 50.0}, 3),
            ("tol-above-every-value", (diagonal(3, 3, [5.0, 2.0, 0.5]),), {"tol": 1.0}, 2),
            ("tol-0-counts-every-non-zero-value", (np.diag([1.0, 1e-300]),), {"tol": 0.0}, 2),
        ],
        kind=int,
    )


@gated
@function("rank")
def test_rank_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.rank,
        [*BAD_MATRICES[:2], ("negative-tol", ([[1.0, 2.0]],), {"tol": -1.0})],
        reason="A must be a non-empty 2-D matrix and tol None or >= 0",
    )


# ------------------------------------------------------------------ null_space


@function("null_space")
@weight(2)
def test_null_space_hand_worked(student, expect):
    with expect.case("docstring-1x2"):
        expect.close(student.null_space([[1, 2]]), [[2 / 5**0.5], [-1 / 5**0.5]], **TOL)
    with expect.case("drops-the-third-axis"):
        expect.close(student.null_space([[1, 0, 0], [0, 2, 0]]), [[0.0], [0.0], [1.0]], **TOL)
    with expect.case("1x1-zero"):
        expect.close(student.null_space([[0.0]]), [[1.0]], **TOL)
    with expect.case("entries-tied-up-to-rounding-first-positive"):
        # The SVD returns (-1, 1)/sqrt(2) with the second entry one rounding larger.
        expect.close(student.null_space([[1, 1]]), [[2**-0.5], [-(2**-0.5)]], **TOL)
    with expect.case("invertible-2x2"):
        expect.array(student.null_space([[1.0, 2.0], [3.0, 4.0]]), shape=(2, 0))
    with expect.case("zero-matrix-2x3"):
        check_basis(expect, student.null_space(np.zeros((2, 3))), (3, 3), np.eye(3))
    with expect.case("rank-1-3x3"):
        A = [[1, 2, 3], [2, 4, 6], [-1, -2, -3]]
        got = student.null_space(A)
        check_basis(expect, got, (3, 2), np.eye(3) - line_projector([1, 2, 3]), np.array(A))


@function("null_space")
@weight(3)
def test_null_space_random(student, expect, rng):
    for m, n, r in [(3, 5, 3), (4, 4, 2), (6, 4, 4), (5, 6, 3)]:
        A, _, null_projector = built(rng, m, n, r)
        original = A.copy()
        with expect.case(f"{m}x{n}-rank-{r}"):
            check_basis(expect, student.null_space(A), (n, n - r), null_projector, A)
            check_unmodified(expect, [A], [original])


@function("null_space")
def test_null_space_threshold(student, expect, rng):
    check_cases(
        expect,
        student.null_space,
        [
            ("tol-1e-3-drops-1e-6", ([[1.0, 0.0], [0.0, 1e-6]],), {"tol": 1e-3}, [[0.0], [1.0]]),
            ("scale-1e-12-full-rank", (1e-12 * rng.normal(size=(3, 3)),), {}, np.zeros((3, 0))),
        ],
    )


@gated
@function("null_space")
def test_null_space_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.null_space,
        [BAD_MATRICES[0], BAD_MATRICES[2], ("negative-tol", ([[1.0, 2.0]],), {"tol": -1.0})],
        reason="A must be a non-empty 2-D matrix and tol None or >= 0",
    )


# ------------------------------------------------------------------ column_space


@function("column_space")
def test_column_space_hand_worked(student, expect):
    with expect.case("docstring-rank-1"):
        got = student.column_space([[1, 2], [2, 4]])
        expect.close(got, [[1 / 5**0.5], [2 / 5**0.5]], **TOL)
    with expect.case("tall-3x2-is-a-plane"):
        A = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
        projector = A @ np.linalg.solve(A.T @ A, A.T)
        check_basis(expect, student.column_space(A), (3, 2), projector)
    with expect.case("1x1-negative"):
        expect.close(student.column_space([[-3.0]]), [[1.0]], **TOL)
    with expect.case("entries-tied-up-to-rounding-first-positive"):
        expect.close(student.column_space([[1], [-1]]), [[2**-0.5], [-(2**-0.5)]], **TOL)
    with expect.case("zero-matrix-2x3"):
        expect.array(student.column_space(np.zeros((2, 3))), shape=(2, 0))


@function("column_space")
@weight(2)
def test_column_space_random_and_tol(student, expect, rng):
    for m, n, r in [(5, 3, 3), (4, 6, 2), (6, 6, 4)]:
        A, column_projector, _ = built(rng, m, n, r)
        original = A.copy()
        with expect.case(f"{m}x{n}-rank-{r}"):
            check_basis(expect, student.column_space(A), (m, r), column_projector)
            check_unmodified(expect, [A], [original])
    check_cases(
        expect,
        student.column_space,
        [
            ("tol-1e-3-drops-1e-6", ([[1.0, 0.0], [0.0, 1e-6]],), {"tol": 1e-3}, [[1.0], [0.0]]),
            ("tol-1e-9-keeps-1e-6", ([[1.0, 0.0], [0.0, -1e-6]],), {"tol": 1e-9}, np.eye(2)),
        ],
    )


@gated
@function("column_space")
def test_column_space_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.column_space,
        [BAD_MATRICES[0], BAD_MATRICES[1], ("negative-tol", ([[1.0, 2.0]],), {"tol": -1.0})],
        reason="A must be a non-empty 2-D matrix and tol None or >= 0",
    )


# ------------------------------------------------------------------ classify_system


@function("classify_system")
@weight(2)
def test_classify_system_hand_worked(student, expect):
    tall = [[1, 0], [0, 1], [1, 1]]
    check_answers(
        expect,
        student.classify_system,
        [
            ("unique-2x2", ([[2, 1], [1, 3]], [3, 5]), {}, "unique"),
            ("docstring-parallel-lines", ([[1, 1], [2, 2]], [1, 3]), {}, "none"),
            ("the-same-line-twice", ([[1, 1], [2, 2]], [1, 2]), {}, "infinite"),
            ("tall-consistent", (tall, [1, 2, 3]), {}, "unique"),
            ("tall-inconsistent", (tall, [1, 2, 4]), {}, "none"),
            ("wide-full-row-rank", ([[1, 2, 3], [0, 1, 1]], [1, 1]), {}, "infinite"),
            ("wide-inconsistent", ([[1, 1, 1], [2, 2, 2]], [1, 3]), {}, "none"),
            ("zero-matrix-zero-b", ([[0, 0], [0, 0]], [0, 0]), {}, "infinite"),
            ("zero-matrix-nonzero-b", ([[0, 0], [0, 0]], [0, 1]), {}, "none"),
        ],
        kind=str,
    )


@function("classify_system")
def test_classify_system_random(student, expect, rng):
    def system(m, n, r, consistent):
        """A of shape (m, n) and rank r, and b in its column space or (generically) not."""
        x = rng.normal(size=n)
        b = rng.normal(size=m)
        rank_augmented = r if consistent else r + 1

        def column(A):
            return A @ x if consistent else b

        A = redrawn(lambda: product(rng, m, n, r)[0], r, column, rank_augmented)
        return A, column(A)

    tiny = 1e-12 * rng.normal(size=(3, 3))
    cases = [
        ("tall-b-in-range", *system(6, 3, 3, True), "unique"),
        ("tall-random-b", *system(6, 3, 3, False), "none"),
        ("rank-3-b-in-range", *system(5, 5, 3, True), "infinite"),
        ("rank-3-random-b", *system(5, 5, 3, False), "none"),
        ("scale-1e-12", tiny, tiny @ rng.normal(size=3), "unique"),
    ]
    for name, A, b, expected in cases:
        originals = [A.copy(), b.copy()]
        with expect.case(name):
            expect.scalar(student.classify_system(A, b), expected, kind=str)
            check_unmodified(expect, [A, b], originals)


@gated
@function("classify_system")
def test_classify_system_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.classify_system,
        [
            ("A-1-d", ([1.0, 2.0], [1.0, 2.0]), {}),
            ("A-empty", (np.zeros((0, 2)), np.zeros(0)), {}),
            ("b-a-column", ([[1.0, 2.0], [3.0, 4.0]], [[1.0], [2.0]]), {}),
            ("b-too-long", ([[1.0, 2.0], [3.0, 4.0]], [1.0, 2.0, 3.0]), {}),
        ],
        reason="A must be a non-empty 2-D matrix and b a 1-D vector with one entry per row",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _sign_convention: `if Q.shape[1] == 0:` -> `if Q.shape[(0)] == 0:`, `if Q.shape[1] ==
#   0:` -> `if Q.shape[1] == (-1):`, `signs = np.where(Q[largest, np.arange(Q.shape[1])] <
#   0, -1.0, 1.0)` -> `signs = np.where((Q[largest, np.arange(Q.shape[1])] <= 0), -1.0,
#   1.0)`: with no columns the reductions below return empty results, so Q comes back
#   unchanged all the same.
# - _sign_convention: `largest = np.argmax(size >= size.max(axis=0) - 1e-9, axis=0)` ->
#   `largest = np.argmax((size > size.max(axis=0) - 1e-09), axis=0)`: the largest entry is
#   always more than 1e-9 above max - 1e-9, so > and >= select the same entries.
# - _sign_convention: `return Q * signs` -> `return (Q / signs)`: the signs are 1 or -1,
#   and dividing by them is multiplying by them.
# - rref: `factors = R[:, col].copy()` -> `factors = (R[:, col])`: the outer product is
#   computed from the view before R changes, and the pivot column is overwritten right
#   after.
# - null_space: `return _sign_convention(Vt[r:].T.copy())` -> `return
#   _sign_convention((Vt[r:].T))`: Vt is the function's own array, and the sign convention
#   returns a new one: no memory is shared with A.
# - column_space: `U, singular_values, _ = np.linalg.svd(A, full_matrices=False)` -> `U,
#   singular_values, _ = np.linalg.svd(A, full_matrices=(True))`: the first r columns of U
#   span the column space either way, and any orthonormal basis in the sign convention is
#   accepted.
# - column_space: `return _sign_convention(U[:, :r].copy())` -> `return
#   _sign_convention((U[:, :r]))`: U is the function's own array, and the sign convention
#   returns a new one: no memory is shared with A.
# - classify_system: `if b.shape[0] != A.shape[0]:` -> `if b.shape[(-1)] != A.shape[0]:`:
#   b is checked to be 1-D first, so shape[-1] is shape[0].
