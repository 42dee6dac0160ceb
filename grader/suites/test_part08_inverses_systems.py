"""Hidden suite for Part 8: Matrix Inverses and Systems of Equations.

Each function is checked on hand-worked cases (row swaps needed, tiny pivots,
1x1 matrices), on seeded random inputs of several shapes (inputs left
unmodified), on singular, nearly singular and badly scaled matrices, and for
every documented error. ``solve``, ``inverse`` and ``determinant`` must do
their own elimination: a separate item reads the student's source (parsed,
never run) and fails if they, or the module's helper functions they use, call
the numpy or scipy routine that the exercise forbids. A test item checks a
whole table of named cases, so that a failure names its case while the session
stays small.

Oracles are independent of the reference solution:

- ``solve``: hand-worked solutions; ``np.linalg.solve`` on random matrices;
  the residual ``A x - b`` on ill-conditioned systems, where the solution
  itself is sensitive but a backward-stable method must still leave a tiny
  residual.
- ``inverse``: hand-worked inverses, the Hilbert matrix's exactly known
  integer inverse, ``np.linalg.inv`` and the identities ``A X = X A = I``.
- ``determinant``: hand-worked values (signs of permutations, triangular
  matrices) and ``np.linalg.det``.
- ``is_invertible`` and ``condition_number``: matrices built as
  ``Q1 diag(s) Q2^T`` from orthogonal ``Q1``, ``Q2`` (from QR of Gaussian
  matrices), whose singular values are ``s`` by construction; rank-deficient
  products; hand-worked diagonal and shear matrices.

Random matrices are built with singular values in [0.5, 2] (condition number
at most 4), so that their answers are insensitive to rounding whatever the
seed.

Tolerances. Gaussian elimination with partial pivoting is backward stable: the
computed solution solves a system perturbed by about n * eps * ||A|| (eps =
2.2e-16, n <= 6, pivot growth small on these inputs), so its relative error is
about kappa * n * eps. For kappa <= 4 that is below 1e-14, and ``rtol=1e-9``
with ``atol`` 1e-9 times the size of the expected entries leaves five orders of
margin while every wrong method (no swap of b, a transposed result, a
forgotten pivot division, a lost sign) is off by 1e-1 or more. On the Hilbert
matrix of order 4 (kappa = 1.6e4) the forward error is about 1e-11, checked
with ``rtol=1e-8``. Ill-conditioned systems are judged by the residual:
``|A x - b| <= 1e-10 (|A| |x| + |b|)`` in the max-norm, 1e5 times the
backward error of any stable elimination. Determinants are compared with
``rtol=1e-9`` plus an absolute slack of 1e-12 times Hadamard's bound
``prod_i ||A[i]||`` (the largest |det| that rows of those lengths allow): the
error of an eliminated determinant is a few eps times that bound, and this
slack also accepts the tiny non-zero value that rounding can leave for a
matrix that is singular in exact arithmetic, as the contract allows. Condition
numbers built from ``s`` compare with ``rtol=1e-7``: a computed smallest
singular value carries an absolute error of a few eps * sigma_max, a relative
error of about 1e-9 for kappa = 1e6. Decisions of ``is_invertible`` use
matrices whose singular-value ratio is at least 10 times away from the
threshold, or a rounding residue (below 1e-15) for rank-deficient ones.
"""

import ast

import numpy as np
import pytest

from grader.checks import CheckFailed, calls, check_errors

TOL = {"rtol": 1e-9, "atol": 1e-9}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


# ------------------------------------------------------------------ helpers


def check_cases(expect, call, cases, rtol=1e-9):
    """Each case is (name, args, expected): call(*args) must be close to expected.

    ``atol`` is ``rtol`` times the largest expected entry, so that results of any
    scale are compared relative to their size.
    """
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **scaled(expected, rtol))


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
        "changed an argument in place; work on a copy and leave the inputs as they are",
    )


def scaled(expected, rtol=1e-9):
    """Tolerances relative to the size of the expected result."""
    size = float(np.max(np.abs(expected), initial=0.0))
    return {"rtol": rtol, "atol": rtol * max(size, 1e-300)}


def with_singular_values(rng, s):
    """A square matrix ``Q1 diag(s) Q2^T`` whose singular values are ``s`` (up to rounding)."""
    n = len(s)
    q1, _ = np.linalg.qr(rng.normal(size=(n, n)))
    q2, _ = np.linalg.qr(rng.normal(size=(n, n)))
    return (q1 * np.asarray(s, dtype=float)) @ q2.T


def well_conditioned(rng, n, scale=1.0):
    """An n x n matrix with singular values in [0.5, 2] * scale: condition number <= 4."""
    return with_singular_values(rng, scale * rng.uniform(0.5, 2.0, size=n))


def hilbert(n):
    """The Hilbert matrix H[i, j] = 1 / (i + j + 1): famously ill-conditioned."""
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1.0)


def hadamard_bound(A):
    """Hadamard's bound on |det A|: the product of the rows' Euclidean lengths."""
    return float(np.prod(np.linalg.norm(np.asarray(A, dtype=float), axis=1)))


def check_residual(expect, got, A, b):
    """``got`` has b's shape and solves A x = b up to a backward-stable residual."""
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    x = expect.array(got, shape=b.shape)
    residual = np.max(np.abs(A @ x - b))
    size = np.max(np.abs(A)) * A.shape[1] * np.max(np.abs(x)) + np.max(np.abs(b))
    expect.that(
        np.all(np.isfinite(x)) and residual <= 1e-10 * size,
        f"returned x with max |A @ x - b| = {residual:.3g}; an elimination with partial "
        f"pivoting leaves a residual below {1e-10 * size:.3g} even on this badly "
        "conditioned system",
    )


# Rank 2, with rounding left in the last pivot (about 1e-17) and a zero entry.
NEAR_SINGULAR_WITH_ZERO = [[0.0, 0.1, 0.2], [0.3, 0.4, 0.5], [0.6, 0.7, 0.8]]

# Which np.linalg / scipy.linalg routines each exercise forbids, as in the docstrings.
FORBIDDEN = {
    "solve": ("solve", "inv", "lstsq", "pinv"),
    "inverse": ("inv", "solve", "pinv"),
    "determinant": ("det", "slogdet"),
}


def linalg_names(routines):
    """How a docstring names each routine: ``np.linalg.solve``."""
    return [f"``np.linalg.{name}``" for name in routines]


def forbidden_uses(source, name, forbidden):
    """``linalg.<f>`` for f in ``forbidden``, used in ``name`` or a helper it refers to.

    The helpers are the module's top-level functions that ``name`` mentions,
    followed transitively; imports such as ``from numpy.linalg import solve``
    and ``import numpy.linalg as la`` are resolved. Returns (text, line) pairs.
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
                elif node.module.endswith("linalg") and alias.name in forbidden:
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
    """The function works on a small case and does its elimination without np.linalg."""
    with expect.case("docstring-example"):
        call()
    uses = forbidden_uses(source, name, FORBIDDEN[name])
    if uses:
        text, line = uses[0]
        names = ", ".join(f"np.linalg.{f}" for f in FORBIDDEN[name])
        raise CheckFailed(
            f"{name}() calls {text} (line {line}); the point of this exercise is to write the "
            f"elimination yourself, with row swaps and row operations on numpy arrays. Do not "
            f"use {names} (or scipy's) in {name}() or in the helpers it calls."
        )


# ------------------------------------------------------------------ solve


@function("solve")
@weight(2)
def test_solve_hand_worked(student, expect):
    check_cases(
        expect,
        student.solve,
        [
            ("docstring-example", ([[2, 1], [1, 3]], [3, 5]), [0.8, 1.4]),
            ("1x1", ([[4]], [2]), [0.5]),
            ("zero-first-pivot-needs-a-swap", ([[0, 2], [3, 1]], [4, 5]), [1.0, 2.0]),
            ("tiny-first-pivot-needs-a-swap", ([[1e-20, 1], [1, 1]], [1, 2]), [1.0, 1.0]),
            ("largest-candidate-is-negative", ([[1e-20, 1], [-1, 1]], [1, 0]), [1.0, 1.0]),
            (
                "zero-pivot-at-step-2",
                ([[1, 1, 1], [1, 1, 2], [1, 2, 3]], [6, 9, 14]),
                [1.0, 2.0, 3.0],
            ),
            (
                "two-right-hand-sides",
                ([[2, 1], [1, 3]], [[3, 1], [5, 0]]),
                [[0.8, 0.6], [1.4, -0.2]],
            ),
        ],
    )


@function("solve")
@weight(2)
def test_solve_random(student, expect, rng):
    for n, b_shape in [(4, (4,)), (5, (5, 3)), (3, (3, 1))]:
        A = well_conditioned(rng, n, scale=float(rng.choice([0.1, 1.0, 10.0])))
        b = rng.normal(scale=3.0, size=b_shape)
        originals = [A.copy(), b.copy()]
        expected = np.linalg.solve(A, b)
        with expect.case(f"A-{n}x{n}-b-of-shape-{b_shape}"):
            expect.close(student.solve(A, b), expected, **scaled(expected))
            check_unmodified(expect, [A, b], originals)


@function("solve")
def test_solve_ill_conditioned_and_badly_scaled(student, expect):
    for name, A, b in [
        ("nearly-parallel-rows", [[1, 1], [1, 1 + 1e-9]], [2, 3]),
        ("hilbert-5", hilbert(5), hilbert(5) @ np.ones(5)),
    ]:
        with expect.case(name):
            check_residual(expect, student.solve(A, b), A, b)
    # a relative singularity test: tiny entries are not a singular matrix
    check_cases(
        expect,
        student.solve,
        [
            (
                "entries-of-size-1e-30",
                (1e-30 * np.array([[2, 1], [1, 3]]), [3, 5]),
                [0.8e30, 1.4e30],
            )
        ],
    )


@gated
@function("solve")
@weight(2)
def test_solve_raises_on_singular(student, expect):
    check_errors(
        expect,
        student.solve,
        [
            ("1x1-zero", ([[0]], [1])),
            ("rank-1", ([[1, 2], [2, 4]], [1, 2])),
            ("rank-2-of-3-with-rounding", ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3])),
            ("singular-up-to-1e-14", ([[1, 1], [1, 1 + 1e-14]], [1, 2])),
            # The threshold scales with the largest entry in size: not the smallest (0
            # here), not the largest signed entry (negative below).
            ("rank-2-with-a-zero-entry", (NEAR_SINGULAR_WITH_ZERO, [1, 2, 3])),
            ("negated-rank-2-of-3", (-np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [1, 2, 3])),
        ],
        exception=np.linalg.LinAlgError,
        reason="A is singular: a candidate pivot of at most 1e-12 times the largest entry of "
        "A counts as zero, even when rounding left it slightly non-zero",
    )


@gated
@function("solve")
def test_solve_rejects_bad_shapes(student, expect):
    identity = [[1.0, 0.0], [0.0, 1.0]]
    check_errors(
        expect,
        student.solve,
        [
            ("A-not-square", ([[1, 2, 3], [4, 5, 6]], [1, 2])),
            ("A-1-d", ([1, 2], [1, 2])),
            ("A-empty", (np.zeros((0, 0)), np.zeros(0))),
            ("b-as-a-row-(1,n)", (identity, [[1, 2]])),
            ("b-3-d", (identity, np.ones((2, 1, 1)))),
            ("b-with-no-columns", (identity, np.zeros((2, 0)))),
        ],
        reason="A must be a non-empty square matrix and b a non-empty (n,) or (n, m) array "
        "with as many rows as A",
    )


@function("solve")
@rule(*linalg_names(FORBIDDEN["solve"]))
def test_solve_written_by_hand(student, expect, student_source):
    check_written_by_hand(
        expect, lambda: student.solve([[2, 1], [1, 3]], [3, 5]), student_source, "solve"
    )


# ------------------------------------------------------------------ inverse


@function("inverse")
@weight(2)
def test_inverse_hand_worked(student, expect):
    check_cases(
        expect,
        student.inverse,
        [
            ("docstring-example", ([[2, 1], [1, 1]],), [[1.0, -1.0], [-1.0, 2.0]]),
            ("1x1", ([[4]],), [[0.25]]),
            ("zero-first-pivot-needs-a-swap", ([[0, 2], [1, 0]],), [[0.0, 1.0], [0.5, 0.0]]),
            (
                "3x3-not-symmetric",
                ([[1, 2, 3], [0, 1, 4], [5, 6, 0]],),
                [[-24.0, 18.0, 5.0], [20.0, -15.0, -4.0], [-5.0, 4.0, 1.0]],
            ),
        ],
    )
    hilbert_inverse = [
        [16.0, -120.0, 240.0, -140.0],
        [-120.0, 1200.0, -2700.0, 1680.0],
        [240.0, -2700.0, 6480.0, -4200.0],
        [-140.0, 1680.0, -4200.0, 2800.0],
    ]
    check_cases(expect, student.inverse, [("hilbert-4", (hilbert(4),), hilbert_inverse)], 1e-8)


@function("inverse")
@weight(2)
def test_inverse_random(student, expect, rng):
    for n, scale in [(3, 1.0), (6, 100.0)]:
        A = well_conditioned(rng, n, scale)
        original = A.copy()
        expected = np.linalg.inv(A)
        with expect.case(f"{n}x{n}-entries-of-size-{scale:g}"):
            X = expect.close(student.inverse(A), expected, **scaled(expected))
            check_unmodified(expect, [A], [original])
            identity = np.eye(n)
            expect.that(
                np.allclose(A @ X, identity, atol=1e-9)
                and np.allclose(X @ A, identity, atol=1e-9),
                "returned X with A @ X or X @ A not equal to the identity",
            )


@gated
@function("inverse")
def test_inverse_raises_on_singular(student, expect):
    check_errors(
        expect,
        student.inverse,
        [
            ("1x1-zero", ([[0]],)),
            ("rank-2-of-3-with-rounding", ([[1, 2, 3], [4, 5, 6], [7, 8, 9]],)),
            ("singular-up-to-1e-14", ([[1, 1], [1, 1 + 1e-14]],)),
        ],
        exception=np.linalg.LinAlgError,
        reason="A is singular: a candidate pivot of at most 1e-12 times the largest entry of "
        "A counts as zero, even when rounding left it slightly non-zero",
    )


@gated
@function("inverse")
def test_inverse_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.inverse,
        [
            ("not-square", ([[1, 2, 3], [4, 5, 6]],)),
            ("1-d", ([1, 2],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="A must be a non-empty square matrix",
    )


@function("inverse")
@rule(*linalg_names(FORBIDDEN["inverse"]))
def test_inverse_written_by_hand(student, expect, student_source):
    check_written_by_hand(
        expect, lambda: student.inverse([[2, 1], [1, 1]]), student_source, "inverse"
    )


# ------------------------------------------------------------------ determinant


def check_determinants(expect, call, cases):
    """Each case is (name, A, expected): call(A) returns a float close to expected."""
    thunks = calls(expect.student, call, [((A,), {}) for name, A, expected in cases])
    for (name, A, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(
                expect.value_of(thunk, expected),
                expected,
                kind=float,
                rtol=1e-9,
                atol=1e-12 * hadamard_bound(A),
            )


@function("determinant")
@weight(2)
def test_determinant_hand_worked(student, expect):
    check_determinants(
        expect,
        student.determinant,
        [
            ("docstring-example-one-swap", [[2, 1], [4, 3]], 2.0),
            ("no-swap-needed", [[4, 3], [2, 1]], -2.0),
            ("swap-permutation", [[0, 1], [1, 0]], -1.0),
            ("cyclic-permutation-two-swaps", [[0, 1, 0], [0, 0, 1], [1, 0, 0]], 1.0),
            ("1x1-negative", [[-3]], -3.0),
            ("3x3", [[2, 0, 1], [1, 3, 2], [1, 1, 4]], 18.0),
        ],
    )


@function("determinant")
def test_determinant_of_singular_matrices(student, expect):
    check_determinants(
        expect,
        student.determinant,
        [
            ("zero-matrix", np.zeros((3, 3)), 0.0),
            ("zero-column", [[1, 0, 2], [3, 0, 4], [5, 0, 6]], 0.0),
            ("rank-2-of-3-with-rounding", [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 0.0),
        ],
    )


@function("determinant")
@weight(2)
def test_determinant_random(student, expect, rng):
    for n, scale in [(2, 1.0), (4, 3.0), (6, 0.5)]:
        A = well_conditioned(rng, n, scale)
        original = A.copy()
        expected = float(np.linalg.det(A))
        with expect.case(f"{n}x{n}-entries-of-size-{scale:g}"):
            got = student.determinant(A)
            expect.scalar(got, expected, kind=float, rtol=1e-9, atol=1e-12 * hadamard_bound(A))
            check_unmodified(expect, [A], [original])


@gated
@function("determinant")
def test_determinant_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.determinant,
        [
            ("not-square", ([[1, 2, 3], [4, 5, 6]],)),
            ("1-d", ([1, 2],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="A must be a non-empty square matrix",
    )


@function("determinant")
@rule(*linalg_names(FORBIDDEN["determinant"]))
def test_determinant_written_by_hand(student, expect, student_source):
    check_written_by_hand(
        expect, lambda: student.determinant([[2, 1], [4, 3]]), student_source, "determinant"
    )


# ------------------------------------------------------------------ is_invertible


@function("is_invertible")
@weight(2)
def test_is_invertible_cases(student, expect, rng):
    rank_2 = rng.normal(size=(4, 2)) @ rng.normal(size=(2, 4))
    originals = [rank_2.copy()]
    check_answers(
        expect,
        student.is_invertible,
        [
            ("docstring-example-rank-1", ([[1, 2], [2, 4]],), False),
            ("1x1-nonzero", ([[-0.5]],), True),
            ("not-square-2x3", ([[1, 0, 0], [0, 1, 0]],), False),
            ("zero-matrix", (np.zeros((2, 2)),), False),
            ("identity-times-1e-20", (1e-20 * np.eye(2),), True),
            ("ratio-1e-13-below-tol", (np.diag([1.0, 1e-13]),), False),
            ("ratio-1e-11-above-tol", (np.diag([1.0, 1e-11]),), True),
            ("random-rank-2-of-4", (rank_2,), False),
        ],
        kind=bool,
    )
    check_unmodified(expect, [rank_2], originals)


@function("is_invertible")
def test_is_invertible_uses_tol(student, expect):
    check_answers(
        expect,
        student.is_invertible,
        [
            ("ratio-1e-6-tol-1e-5", (np.diag([1.0, 1e-6]),), {"tol": 1e-5}, False),
            ("ratio-1e-6-tol-1e-7", (np.diag([1.0, 1e-6]),), {"tol": 1e-7}, True),
            ("ratio-1e-13-tol-0", (np.diag([1.0, 1e-13]),), {"tol": 0.0}, True),
            ("zero-matrix-tol-0", (np.zeros((2, 2)),), {"tol": 0.0}, False),
        ],
        kind=bool,
    )


@gated
@function("is_invertible")
def test_is_invertible_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_invertible,
        [
            ("1-d", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 3)),)),
            ("negative-tol", ([[1.0, 0.0], [0.0, 1.0]],), {"tol": -1e-3}),
        ],
        reason="A must be a non-empty 2-D array and tol must be >= 0",
    )


# ------------------------------------------------------------------ condition_number


@function("condition_number")
@weight(2)
def test_condition_number_hand_worked(student, expect):
    check_answers(
        expect,
        student.condition_number,
        [
            ("zero-singular-value", (np.diag([1.0, 0.0]),), float("inf")),
            ("zero-matrix", (np.zeros((2, 2)),), float("inf")),
        ],
        kind=float,
    )
    for name, A, expected in [
        ("docstring-example", [[2, 0], [0, 0.5]], 4.0),
        ("1x1-negative", [[-3]], 1.0),
        ("shear-not-symmetric", [[1, 1], [0, 1]], (3 + np.sqrt(5)) / 2),
    ]:
        with expect.case(name):
            expect.scalar(student.condition_number(A), expected, kind=float, **TOL)
    with expect.case("rank-1-with-rounding"):
        got = expect.scalar(student.condition_number([[1, 2], [2, 4]]), kind=float)
        expect.that(
            got >= 1e15,
            f"returned {got!r}; this matrix is singular, so its condition number is infinite, "
            "or at least about 1e16 when rounding leaves a tiny smallest singular value",
        )


@function("condition_number")
@weight(2)
def test_condition_number_random(student, expect, rng):
    for name, s in [
        ("orthogonal-2x2", [1.0, 1.0]),
        ("4x4-kappa-1e3", [10.0, 2.0, 0.5, 0.01]),
        ("3x3-kappa-1e6", [1e3, 1.0, 1e-3]),
    ]:
        A = with_singular_values(rng, s)
        original = A.copy()
        with expect.case(name):
            expected = float(np.max(s) / np.min(s))
            got = student.condition_number(A)
            expect.scalar(got, expected, kind=float, rtol=1e-7, atol=0.0)
            check_unmodified(expect, [A], [original])


@gated
@function("condition_number")
def test_condition_number_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.condition_number,
        [
            ("not-square", ([[1, 2, 3], [4, 5, 6]],)),
            ("1-d", ([1, 2],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="A must be a non-empty square matrix",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - solve: `n = U.shape[0]` -> `n = U.shape[(1)]`, `n = U.shape[0]` -> `n =
#   U.shape[(-1)]`, `B = b.reshape(n, -1).copy()  # one column per right-hand side` -> `B =
#   b.reshape(n, -(2)).copy()  # one column per right-hand side`: A is checked to be square
#   first.
# - inverse: `n = A.shape[0]` -> `n = A.shape[(1)]`, `n = A.shape[0]` -> `n =
#   A.shape[(-1)]`: A is checked to be square first.
# - inverse: `return M[:, n:].copy()` -> `return (M[:, n:])`: M is the function's own work
#   array, so the view shares no memory with an argument.
# - determinant: `n = U.shape[0]` -> `n = U.shape[(1)]`, `n = U.shape[0]` -> `n =
#   U.shape[(-1)]`: A is checked to be square first.
# - condition_number: `if singular_values[-1] == 0.0:` -> `if singular_values[-(0)] ==
#   0.0:`: index -0 is index 0, the largest singular value: it is 0 only for the zero
#   matrix, whose smallest is 0 too, and otherwise a zero smallest one makes the quotient
#   inf all the same.
