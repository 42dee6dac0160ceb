"""Hidden suite for Part 10: Eigenvalues and Eigenvectors.

Each function is checked on hand-worked cases, on seeded random inputs of
several sizes (inputs left unmodified), for its return type, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case while the session stays small. One rule of the
exercise is read from the student's source, never run: ``power_iteration``
does its own iteration and calls no eigen-solver.

Oracles are independent of the reference solution. Random matrices are built
from their eigendecomposition, so the answer is known by construction:
``S = Q diag(lam) Q.T`` with ``Q`` orthogonal (from ``np.linalg.qr`` of a
Gaussian matrix) for the symmetric functions, ``A = V B V^-1`` with ``B``
block diagonal (real eigenvalues and a rotation-scaling block ``r R(theta)``
for a complex pair) for the spectral radius. ``power_iteration``'s recipe is
fully specified, so a few steps of it are replayed here step by step.
Covariances are compared with ``np.cov(X, rowvar=False)``, Rayleigh quotients
with ``math.fsum`` of the products, and a few properties are checked
directly: ``S v = lam v``, ``V.T V = I``, the sign convention.

Tolerances. Direct formulas (Rayleigh quotient, covariance, the replayed
recipe) on inputs of order 1-100 are within about ``n * eps * scale`` (1e-13
relative) of the oracle; ``rtol=atol=1e-9`` (scaled by the data's magnitude)
leaves a margin of 1e4 and still fails every wrong formula (ddof, centring,
a missing division), which is off by at least 1e-2. A symmetric
eigendecomposition is backward stable: eigenvalues are within ``n * eps *
||S||`` (~1e-14 ||S||) and an eigenvector within ``n * eps * ||S|| / gap``;
the random spectra keep every gap >= 0.5 at ``||S|| <= 10``, so ``atol=1e-9
* max(1, ||S||)`` has a margin of 1e4. Power iteration stops when one step
moves the vector by at most ``tol = 1e-10``; with a ratio ``r = |lam2 / lam1|
<= 2/3`` (at most 0.5 for the random matrices) the vector is then within
``1e-10 * r / (1 - r) <= 2e-10`` of the eigenvector, so vectors compare with
``atol=1e-8``; for a symmetric matrix the
Rayleigh quotient's error is quadratic in that (``rtol=1e-9``), for the
non-symmetric one it is linear and scaled by the condition of the eigenvector
basis (at most ~10 here), so ``rtol=atol=1e-7`` and ``atol=1e-6`` for its
vector. Spectral radii of small exact cases (triangular matrices, rotations)
are within a few ulps of the answer, ``rtol=atol=1e-12``; the spectral radius
of ``V B V^-1`` is computed with an error of about ``cond(V) * eps * ||A||``,
under 1e-12 for these well-conditioned ``V``; ``rtol=1e-8``. ``is_stable`` is only
asked about matrices whose spectral radius either is exactly 1 in floating
point (diagonal and triangular matrices, whose eigenvalues are their diagonal
entries, and a quarter-turn rotation) or sits at least 0.05 from 1.
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import CheckFailed, check_errors, check_unmodified, function_node

TOL = {"rtol": 1e-9, "atol": 1e-9}
EIGEN_SOLVERS = ("eig", "eigh", "eigvals", "eigvalsh")

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def pair(expect, got, first, second):
    """``got`` is a 2-tuple; return its two entries."""
    expect.that(
        isinstance(got, tuple) and len(got) == 2,
        f"returned {type(got).__name__} {got!r:.60}; expected a tuple ({first}, {second})",
    )
    return got


def sign_fixed(vectors):
    """Each column (or the one vector) flipped so that its largest entry in size is positive.

    Entries within 1e-9 of the largest size count as tied, and the first of them decides.
    """
    vectors = np.array(vectors, dtype=float)
    columns = vectors.reshape(len(vectors), -1)
    size = np.abs(columns)
    rows = np.argmax(size >= size.max(axis=0) - 1e-9, axis=0)
    columns *= np.where(columns[rows, np.arange(columns.shape[1])] < 0, -1.0, 1.0)
    return columns.reshape(vectors.shape)


def breaks_sign_convention(vectors):
    """Columns whose largest entry in size is clearly (not up to a near-tie) negative."""
    columns = np.asarray(vectors).reshape(len(vectors), -1)
    bad = []
    for j, column in enumerate(columns.T):
        size = np.abs(column)
        top = int(np.argmax(size))
        rivals = np.delete(size, top)
        clear = rivals.size == 0 or rivals.max() < size[top] - 1e-8
        if clear and column[top] < 0:
            bad.append(j)
    return bad


def orthogonal(rng, n):
    q, r = np.linalg.qr(rng.normal(size=(n, n)))
    return q * np.sign(np.diag(r))


def symmetric_with(rng, values):
    """A symmetric matrix with these eigenvalues, and its eigenvectors as columns."""
    q = orthogonal(rng, len(values))
    return (q * values) @ q.T, q


# ------------------------------------------------------------------ power_iteration


def replay_power_iteration(A, steps, seed, tol=-1.0):
    """The docstring's recipe, for at most ``steps`` steps; the default tol never stops it."""
    A = np.asarray(A, dtype=float)
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = sign_fixed(x / np.linalg.norm(x))
    for _ in range(steps):
        y = A @ x
        if not np.any(y):
            return 0.0, x
        x_new = sign_fixed(y / np.linalg.norm(y))
        stop = np.linalg.norm(x_new - x) <= tol
        x = x_new
        if stop:
            break
    return float(x @ A @ x), x


def check_eigenpair(expect, got, value, vector, *, rtol, atol, vector_atol):
    value_got, vector_got = pair(expect, got, "eigenvalue", "eigenvector")
    expect.scalar(value_got, value, kind=float, rtol=rtol, atol=atol)
    expect.close(vector_got, vector, rtol=0, atol=vector_atol)


@function("power_iteration")
@weight(2)
def test_power_iteration_hand_worked(student, expect):
    s = 1 / math.sqrt(2)
    cases = [
        ("docstring-2x2", [[2, 1], [1, 2]], 3.0, [s, s]),
        ("negative-dominant-eigenvalue", np.diag([1.0, -3.0, 2.0]), -3.0, [0.0, 1.0, 0.0]),
        ("1x1-negative", [[-5.0]], -5.0, [1.0]),
        ("nilpotent-reaches-zero", [[0.0, 1.0], [0.0, 0.0]], 0.0, [1.0, 0.0]),
        # The iterates come out as (-1, 1)/sqrt(2) with the second entry one rounding
        # larger: the tie rule of the sign convention makes the first entry positive.
        ("entries-tied-up-to-rounding", [[2, -1], [-1, 2]], 3.0, [s, -s]),
    ]
    for name, A, value, vector in cases:
        with expect.case(name):
            got = student.power_iteration(A)
            check_eigenpair(expect, got, value, vector, rtol=1e-9, atol=1e-9, vector_atol=1e-8)


@function("power_iteration")
@weight(2)
def test_power_iteration_random(student, expect, rng):
    cases = []
    for n, sign, name in [(4, 1.0, "positive"), (6, -1.0, "negative")]:
        dominant = sign * rng.uniform(2.5, 4.0)  # at least twice any other in size
        S, q = symmetric_with(rng, np.r_[dominant, rng.uniform(-1.0, 1.0, size=n - 1)])
        cases.append((f"symmetric-{n}x{n}-dominant-{name}", S, dominant, q[:, 0], 1e-9))
    V = rng.normal(size=(3, 3)) + 3 * np.eye(3)
    A = V @ np.diag([-3.0, 1.2, 0.4]) @ np.linalg.inv(V)
    cases.append(("non-symmetric-3x3", A, -3.0, V[:, 0] / np.linalg.norm(V[:, 0]), 1e-7))
    for name, A, value, vector, tolerance in cases:
        original = A.copy()
        with expect.case(name):
            got = student.power_iteration(A)
            check_eigenpair(
                expect,
                got,
                value,
                sign_fixed(vector),
                rtol=tolerance,
                atol=tolerance,
                vector_atol=1e-8 if tolerance < 1e-8 else 1e-6,
            )
            check_unmodified(expect, [A], [original])

    S, _ = symmetric_with(rng, [2.0, 2.0, -1.0])  # the dominant eigenvalue is repeated
    with expect.case("repeated-dominant-eigenvalue"):
        value, vector = pair(expect, student.power_iteration(S), "eigenvalue", "eigenvector")
        expect.scalar(value, 2.0, kind=float, rtol=1e-9, atol=1e-9)
        expect.array(vector, shape=(3,))
        expect.that(
            np.allclose(S @ vector, 2.0 * vector, rtol=0, atol=1e-8)
            and abs(np.linalg.norm(vector) - 1) < 1e-9,
            f"returned the vector {vector}, which is not a unit eigenvector for 2 "
            "(S v - 2 v should be 0 and ||v|| should be 1)",
        )
        expect.that(
            not breaks_sign_convention(vector),
            f"returned the vector {vector}, whose entry of largest absolute value is negative",
        )


@function("power_iteration")
@weight(2)
def test_power_iteration_follows_the_recipe(student, expect):
    A = np.array([[1.0, 0.5, 0.0], [0.2, 0.9, 0.3], [0.0, 0.4, -0.8]])
    cases = [
        ("1-step-seed-0", A, 1, 0),
        ("2-steps-seed-3", A, 2, 3),
        ("5-steps-seed-3", A, 5, 3),
        ("zero-matrix-returns-the-start-vector", np.zeros((3, 3)), 1000, 0),
    ]
    for name, A, steps, seed in cases:
        value, vector = replay_power_iteration(A, steps, seed)
        with expect.case(name):
            got = student.power_iteration(A, num_iters=steps, tol=0.0, seed=seed)
            check_eigenpair(expect, got, value, vector, **TOL, vector_atol=1e-9)
    # tol stops the iteration once a step moves the vector by at most tol: here after a
    # few steps, far from the eigenvector that 1000 steps would reach
    slow = cases[0][1]
    for tol in (0.3, 0.05):
        value, vector = replay_power_iteration(slow, 1000, 3, tol=tol)
        with expect.case(f"stops-once-a-step-moves-at-most-{tol}"):
            got = student.power_iteration(slow, num_iters=1000, tol=tol, seed=3)
            check_eigenpair(expect, got, value, vector, **TOL, vector_atol=1e-9)


@gated
@function("power_iteration")
def test_power_iteration_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.power_iteration,
        [
            ("vector-not-matrix", ([1.0, 2.0],), {}),
            ("not-square-2x3", (np.ones((2, 3)),), {}),
            ("empty-0x0", (np.zeros((0, 0)),), {}),
            ("num-iters-zero", ([[2.0, 1.0], [1.0, 2.0]],), {"num_iters": 0}),
            ("num-iters-not-an-integer", ([[2.0, 1.0], [1.0, 2.0]],), {"num_iters": 2.5}),
            ("num-iters-is-a-bool", ([[2.0, 1.0], [1.0, 2.0]],), {"num_iters": True}),
            ("negative-tol", ([[2.0, 1.0], [1.0, 2.0]],), {"tol": -1e-3}),
        ],
        reason="A must be a non-empty square matrix, num_iters an integer >= 1 and tol >= 0",
    )


def eigen_solver_uses(source, name):
    """``linalg.<solver>`` used in function ``name`` or the module's functions it refers to.

    Imports such as ``from numpy.linalg import eig`` and ``import numpy.linalg as la``
    are resolved. Returns (text, line) pairs.
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
                elif node.module.endswith("linalg") and alias.name in EIGEN_SOLVERS:
                    imported[bound] = f"{node.module}.{alias.name}"
    found, seen, queue = [], set(), [name]
    while queue:
        current = queue.pop()
        if current in seen or current not in functions:
            continue
        seen.add(current)
        for node in ast.walk(functions[current]):
            if isinstance(node, ast.Attribute) and node.attr in EIGEN_SOLVERS:
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


@function("power_iteration")
@rule(*(f"``np.linalg.{name}``" for name in EIGEN_SOLVERS))
def test_power_iteration_is_written_by_hand(student, expect, student_source):
    with expect.case("docstring-example"):
        pair(expect, student.power_iteration([[2, 1], [1, 2]]), "eigenvalue", "eigenvector")
    expect.that(
        function_node(student_source, "power_iteration") is not None,
        "is not defined with `def power_iteration(...)` at the top level of the module",
    )
    uses = eigen_solver_uses(student_source, "power_iteration")
    if uses:
        text, line = uses[0]
        raise CheckFailed(
            f"power_iteration() uses {text} (line {line}); the point of this exercise is to "
            "find the eigenpair yourself by multiplying by A and normalising, over and over. "
            "Do not call np.linalg.eig, eigh, eigvals or eigvalsh (or scipy's) in "
            "power_iteration() or in the helpers it calls."
        )


# ------------------------------------------------------------------ rayleigh_quotient


def rayleigh_oracle(A, x):
    A, x = np.asarray(A, dtype=float).tolist(), np.asarray(x, dtype=float).tolist()
    top = math.fsum(x[i] * a * x[j] for i, row in enumerate(A) for j, a in enumerate(row))
    return top / math.fsum(v * v for v in x)


@function("rayleigh_quotient")
@weight(2)
def test_rayleigh_quotient_hand_worked(student, expect):
    cases = [
        ("docstring-example", [[2, 1], [1, 2]], [1, 0], 2.0),
        ("eigenvector-gives-its-eigenvalue", [[2, 1], [1, 2]], [1, -1], 1.0),
        ("length-does-not-matter", [[2, 1], [1, 2]], [3, 3], 3.0),
        ("non-symmetric", [[1, 2], [0, 3]], [1, 1], 3.0),
        ("1x1", [[4]], [-2], 4.0),
    ]
    for name, A, x, expected in cases:
        with expect.case(name):
            got = student.rayleigh_quotient(A, x)
            expect.scalar(got, expected, kind=float, **TOL)


@function("rayleigh_quotient")
def test_rayleigh_quotient_random(student, expect, rng):
    for n in (1, 4, 7):
        A, x = rng.normal(size=(n, n)), rng.normal(scale=10.0, size=n)
        originals = [A.copy(), x.copy()]
        with expect.case(f"{n}x{n}-and-length-{n}"):
            got = student.rayleigh_quotient(A, x)
            expect.scalar(got, rayleigh_oracle(A, x), kind=float, rtol=1e-9, atol=1e-9)
            check_unmodified(expect, [A, x], originals)


@gated
@function("rayleigh_quotient")
def test_rayleigh_quotient_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.rayleigh_quotient,
        [
            ("zero-vector", ([[2.0, 1.0], [1.0, 2.0]], [0.0, 0.0]), {}),
            ("length-3-for-2x2", ([[2.0, 1.0], [1.0, 2.0]], [1.0, 2.0, 3.0]), {}),
            ("column-vector", ([[2.0, 1.0], [1.0, 2.0]], [[1.0], [2.0]]), {}),
            ("x-is-a-1x1-matrix", ([[2.0]], [[1.0]]), {}),
            ("A-not-square", (np.ones((2, 3)), [1.0, 2.0]), {}),
        ],
        reason="A must be a non-empty square matrix and x a non-zero 1-D vector of "
        "matching length",
    )


# ------------------------------------------------------------------ sorted_eigh


def check_sorted_eigh(expect, got, S, values, vectors=None):
    """Values close to ``values``; vectors close to ``vectors`` or, if None, valid ones."""
    S = np.asarray(S, dtype=float)
    n = S.shape[0]
    atol = 1e-9 * max(1.0, np.linalg.norm(S, 2))
    values_got, vectors_got = pair(expect, got, "values", "vectors")
    expect.close(values_got, values, rtol=1e-9, atol=atol)
    if vectors is not None:
        expect.close(vectors_got, vectors, rtol=0, atol=1e-9)
        return
    expect.array(vectors_got, shape=(n, n))
    expect.that(
        np.allclose(vectors_got.T @ vectors_got, np.eye(n), rtol=0, atol=1e-9),
        "returned vectors whose columns are not orthonormal (vectors.T @ vectors is not I)",
    )
    expect.that(
        np.allclose(S @ vectors_got, vectors_got * values, rtol=0, atol=atol),
        "returned vectors that are not eigenvectors: column j must satisfy S @ v = values[j] * v",
    )
    bad = breaks_sign_convention(vectors_got)
    expect.that(
        not bad,
        f"returned eigenvector column {bad[0] if bad else ''} whose entry of largest absolute "
        "value is negative; the course's convention makes that entry positive",
    )


@function("sorted_eigh")
@weight(2)
def test_sorted_eigh_hand_worked(student, expect):
    r5 = 1 / math.sqrt(5)
    cases = [
        ("docstring-example", [[5, 2], [2, 2]], [6.0, 1.0], [[2 * r5, -r5], [r5, 2 * r5]]),
        (
            "diagonal-needs-reordering",
            np.diag([1.0, 3.0, 2.0]),
            [3.0, 2.0, 1.0],
            [[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
        ),
        ("descending-not-by-size", [[-4, 0], [0, 1]], [1.0, -4.0], [[0.0, 1.0], [1.0, 0.0]]),
        ("needs-sign-flips", [[1, 2], [2, -2]], [2.0, -3.0], [[2 * r5, -r5], [r5, 2 * r5]]),
        ("1x1", [[-3]], [-3.0], [[1.0]]),
    ]
    for name, S, values, vectors in cases:
        with expect.case(name):
            check_sorted_eigh(expect, student.sorted_eigh(S), S, values, vectors)


@function("sorted_eigh")
@weight(2)
def test_sorted_eigh_random(student, expect, rng):
    for n in (2, 4, 7):
        values = np.sort(-5.0 + np.cumsum(rng.uniform(0.5, 1.5, size=n)))[::-1]
        S, q = symmetric_with(rng, values)
        original = S.copy()
        with expect.case(f"symmetric-{n}x{n}"):
            check_sorted_eigh(expect, student.sorted_eigh(S), S, values, sign_fixed(q))
            check_unmodified(expect, [S], [original])


@function("sorted_eigh")
@weight(2)
def test_sorted_eigh_degenerate(student, expect, rng):
    u = rng.normal(size=3)
    ill, _ = symmetric_with(rng, [1e8, 1.0, 1e-8])
    cases = [
        ("identity-repeated-eigenvalue", np.eye(3), [1.0, 1.0, 1.0]),
        ("zero-matrix", np.zeros((2, 2)), [0.0, 0.0]),
        ("rank-1-u-u-transpose", np.outer(u, u), [u @ u, 0.0, 0.0]),
        ("ill-conditioned-1e8-to-1e-8", (ill + ill.T) / 2, [1e8, 1.0, 1e-8]),
    ]
    for name, S, values in cases:
        with expect.case(name):
            check_sorted_eigh(expect, student.sorted_eigh(S), S, values)


@function("sorted_eigh")
def test_sorted_eigh_accepts_rounding_asymmetry(student, expect, rng):
    S, _ = symmetric_with(rng, [3.0, 1.0, -2.0])
    nudge = np.zeros((3, 3))
    nudge[0, 2] = 1.0
    cases = [
        ("asymmetry-1e-14", S + 1e-14 * nudge, 1.0),
        ("entries-1e8-asymmetry-1e-4", 1e8 * S + 1e-4 * nudge, 1e8),
    ]
    for name, S_near, scale in cases:
        with expect.case(name):
            got = student.sorted_eigh(S_near)
            check_sorted_eigh(expect, got, S * scale, scale * np.array([3.0, 1.0, -2.0]))
    # The threshold is 1e-10 * max(1, max|S|): the largest entry in size (not the
    # smallest, not the largest signed one), and an asymmetry equal to it is accepted.
    negative = -1e8 * np.array([[2.0, 1.0], [1.0, 3.0]])
    off_diagonal = np.array([[0.0, 1e6], [1e6, 0.0]])
    lower = np.array([[0.0, 0.0], [1.0, 0.0]])
    cases = [
        ("asymmetry-equal-to-the-threshold", 1e-10 * lower.T, np.zeros((2, 2))),
        ("entries-1e6-and-0-asymmetry-1e-6", off_diagonal + 1e-6 * lower.T, off_diagonal),
        ("negative-entries-1e8-asymmetry-1e-3", negative + 1e-3 * lower, negative),
    ]
    for name, S_near, S_sym in cases:
        with expect.case(name):
            values = np.linalg.eigvalsh(np.asarray(S_sym, dtype=float))[::-1]
            check_sorted_eigh(expect, student.sorted_eigh(S_near), S_sym, values)


@gated
@function("sorted_eigh")
@weight(2)
def test_sorted_eigh_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.sorted_eigh,
        [
            ("not-symmetric", ([[1.0, 2.0], [3.0, 4.0]],), {}),
            ("asymmetry-1e-6", ([[1.0, 0.5], [0.5 + 1e-6, 1.0]],), {}),
            ("not-square-2x3", (np.ones((2, 3)),), {}),
            ("vector-not-matrix", ([1.0, 2.0],), {}),
            ("empty-0x0", (np.zeros((0, 0)),), {}),
        ],
        reason="S must be a non-empty square matrix with |S[i, j] - S[j, i]| at most "
        "1e-10 * max(1, max|S|)",
    )


# ------------------------------------------------------------------ spectral_radius


def rotation(theta):
    return np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])


@function("spectral_radius")
@weight(2)
def test_spectral_radius_hand_worked(student, expect):
    cases = [
        ("docstring-negative-eigenvalue", [[0.5, 1], [0, -2]], 2.0),
        ("quarter-turn-complex-eigenvalues", [[0, -1], [1, 0]], 1.0),
        ("shrinking-rotation", 0.5 * rotation(1.0), 0.5),
        ("nilpotent-has-norm-1-radius-0", [[0, 1], [0, 0]], 0.0),
        ("1x1", [[-3]], 3.0),
    ]
    for name, A, expected in cases:
        with expect.case(name):
            got = student.spectral_radius(A)
            expect.scalar(got, expected, kind=float, rtol=1e-12, atol=1e-12)


@function("spectral_radius")
@weight(2)
def test_spectral_radius_random(student, expect, rng):
    for n in (3, 6):
        r = rng.uniform(0.5, 2.0)
        real = rng.uniform(-2.0, 2.0, size=n - 2)
        B = np.zeros((n, n))
        B[:2, :2] = r * rotation(rng.uniform(0.3, 2.8))
        B[2:, 2:] = np.diag(real)
        V = rng.normal(size=(n, n)) + 3 * np.eye(n)
        A = V @ B @ np.linalg.inv(V)
        original = A.copy()
        with expect.case(f"{n}x{n}-with-a-complex-pair"):
            got = student.spectral_radius(A)
            expect.scalar(got, max(r, *np.abs(real)), kind=float, rtol=1e-8, atol=1e-12)
            check_unmodified(expect, [A], [original])


@gated
@function("spectral_radius")
def test_spectral_radius_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.spectral_radius,
        [
            ("vector-not-matrix", ([1.0, 2.0],), {}),
            ("not-square-2x3", (np.ones((2, 3)),), {}),
            ("empty-0x0", (np.zeros((0, 0)),), {}),
        ],
        reason="A must be a non-empty square matrix",
    )


# ------------------------------------------------------------------ is_stable


@function("is_stable")
@weight(3)
def test_is_stable_known_matrices(student, expect, rng):
    q = orthogonal(rng, 3)
    cases = [
        ("docstring-example", [[0.5, 1], [0, 0.9]], True),
        ("large-norm-but-stable", [[0.5, 10], [0, 0.5]], True),
        ("identity-radius-exactly-1", np.eye(2), False),
        ("quarter-turn-radius-exactly-1", [[0, -1], [1, 0]], False),
        ("eigenvalue-minus-1.5", np.diag([-1.5, 0.5]), False),
        ("0.95-times-orthogonal", 0.95 * q, True),
        ("1.05-times-orthogonal", 1.05 * q, False),
    ]
    for name, A, expected in cases:
        with expect.case(name):
            expect.scalar(student.is_stable(A), expected, kind=bool)


@gated
@function("is_stable")
def test_is_stable_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_stable,
        [
            ("not-square-2x3", (np.ones((2, 3)),), {}),
            ("empty-0x0", (np.zeros((0, 0)),), {}),
        ],
        reason="A must be a non-empty square matrix",
    )


# ------------------------------------------------------------------ covariance_matrix


@function("covariance_matrix")
@weight(2)
def test_covariance_matrix_hand_worked(student, expect):
    cases = [
        ("docstring-example", [[0, 0], [1, 2], [2, 1]], [[1.0, 0.5], [0.5, 1.0]]),
        ("two-samples", [[1, 2], [3, 6]], [[2.0, 4.0], [4.0, 8.0]]),
        ("one-feature", [[1], [2], [3], [4]], [[5 / 3]]),
        ("far-from-the-origin", [[10, 0], [12, 2], [14, 1]], [[4.0, 1.0], [1.0, 1.0]]),
        ("constant-feature", [[7, 1], [7, 2], [7, 6]], [[0.0, 0.0], [0.0, 7.0]]),
    ]
    for name, X, expected in cases:
        with expect.case(name):
            expect.close(student.covariance_matrix(X), expected, **TOL)


@function("covariance_matrix")
@weight(2)
def test_covariance_matrix_random(student, expect, rng):
    for n, d in [(2, 1), (3, 5), (40, 4)]:
        X = rng.normal(loc=100.0, scale=rng.uniform(0.5, 5.0, size=d), size=(n, d))
        original = X.copy()
        expected = np.cov(X, rowvar=False).reshape(d, d)
        with expect.case(f"{n}-samples-{d}-features"):
            got = student.covariance_matrix(X)
            expect.close(got, expected, rtol=1e-9, atol=1e-9 * np.abs(expected).max())
            check_unmodified(expect, [X], [original])


@gated
@function("covariance_matrix")
def test_covariance_matrix_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.covariance_matrix,
        [
            ("1-d-input", ([1.0, 2.0, 3.0],), {}),
            ("single-sample", ([[1.0, 2.0, 3.0]],), {}),
            ("no-features", (np.zeros((4, 0)),), {}),
            ("3-d-input", (np.ones((3, 2, 2)),), {}),
        ],
        reason="X must be 2-D with at least 2 samples (rows) and at least 1 feature (column)",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _square: `if A.shape[0] != A.shape[1]:` -> `if A.shape[(1)] != A.shape[1]:`, `if
#   A.shape[0] != A.shape[1]:` -> `if A.shape[(-1)] != A.shape[1]:`, `if A.shape[0] !=
#   A.shape[1]:` -> `if A.shape[0] != A.shape[(0)]:`: a non-square A then fails inside numpy
#   (a product of mismatched shapes, or np.linalg's own check with LinAlgError, a subclass
#   of ValueError), so ValueError is raised all the same.
# - _square: `if A.shape[0] == 0:` -> `if A.shape[(1)] == 0:`, `if A.shape[0] == 0:` ->
#   `if A.shape[(-1)] == 0:`, `if A.shape[0] == 0:` -> `if A.shape[0] == (-1):`: an empty A
#   is 0 x 0 once it is square, and it then fails in the first reduction or product with a
#   ValueError all the same.
# - _fix_sign: `return -vector if vector[np.argmax(size >= size.max() - 1e-9)] < 0 else
#   vector` -> `return -vector if (vector[np.argmax(size >= size.max() - 1e-09)] <= 0) else
#   vector`: the entry that decides is the largest of a unit vector, never 0.
# - _fix_sign: `return -vector if vector[np.argmax(size >= size.max() - 1e-9)] < 0 else
#   vector` -> `return -vector if vector[np.argmax((size > size.max() - 1e-09))] < 0 else
#   vector`: the largest entry is always more than 1e-9 above max - 1e-9, so > and >= select
#   the same entries.
# - power_iteration: `x = rng.standard_normal(A.shape[0])` -> `x =
#   rng.standard_normal(A.shape[(1)])`, `x = rng.standard_normal(A.shape[0])` -> `x =
#   rng.standard_normal(A.shape[(-1)])`: A is checked to be square first.
# - power_iteration: `converged = np.linalg.norm(x_new - x) <= tol` -> `converged =
#   (np.linalg.norm(x_new - x) < tol)`: a step that moves the vector by exactly tol only
#   happens at a fixed point (tol = 0), where one more step changes nothing.
# - power_iteration: `converged = np.linalg.norm(x_new - x) <= tol` -> `converged =
#   np.linalg.norm((x - x_new)) <= tol`: a vector and its negative have the same norm.
# - power_iteration: `return float(x @ A @ x), x` -> `return float((x @ (x @ A))), x`: x @
#   A @ x is a number, equal to its transpose x @ A.T @ x: the same up to rounding.
# - power_iteration: `return float(x @ A @ x), x` -> `return float((A @ x) @ x), x`: x @ A
#   @ x is a number; (A @ x) @ x computes it with the products in the other order, the same
#   up to rounding.
# - rayleigh_quotient: `if x.ndim != 1 or x.shape[0] != A.shape[0]:` -> `if (x.ndim !=
#   1):`: a 1-D x of the wrong length then fails in the product with A, with a ValueError
#   all the same.
# - rayleigh_quotient: `if x.ndim != 1 or x.shape[0] != A.shape[0]:` -> `if x.ndim != 1 or
#   x.shape[(-1)] != A.shape[0]:`: x is checked to be 1-D first, so shape[-1] is shape[0].
# - rayleigh_quotient: `if x.ndim != 1 or x.shape[0] != A.shape[0]:` -> `if x.ndim != 1 or
#   x.shape[0] != A.shape[(1)]:`, `if x.ndim != 1 or x.shape[0] != A.shape[0]:` -> `if
#   x.ndim != 1 or x.shape[0] != A.shape[(-1)]:`: A is checked to be square first.
# - rayleigh_quotient: `return float(x @ A @ x / squared_length)` -> `return float((A @ x)
#   @ x / squared_length)`: x @ A @ x is a number; (A @ x) @ x computes it with the products
#   in the other order, the same up to rounding.
# - rayleigh_quotient: `return float(x @ A @ x / squared_length)` -> `return float((x @ (x
#   @ A)) / squared_length)`: x @ A @ x is a number, equal to its transpose x @ A.T @ x: the
#   same up to rounding.
# - sorted_eigh: `asymmetry = np.max(np.abs(S - S.T))` -> `asymmetry = np.max((S - S.T))`:
#   S - S.T is antisymmetric, so its largest entry is its largest absolute entry.
# - sorted_eigh: `asymmetry = np.max(np.abs(S - S.T))` -> `asymmetry = np.max(np.abs((S.T
#   - S)))`: a matrix and its negative have the same largest absolute entry.
# - sorted_eigh: `return values.copy(), np.column_stack([_fix_sign(v) for v in
#   vectors.T])` -> `return (values), np.column_stack([_fix_sign(v) for v in vectors.T])`:
#   values is a view of eigh's own array, which shares no memory with S.
# - covariance_matrix: `centred = X - X.mean(axis=0)` -> `centred = (X.mean(axis=0) - X)`:
#   negating the centred data leaves (X - mean).T @ (X - mean) unchanged.
