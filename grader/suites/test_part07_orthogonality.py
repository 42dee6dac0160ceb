"""Hidden suite for Part 7: Orthogonality and Projections.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes and structures (inputs left unmodified), and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case (``[dependent-columns] project_onto_subspace(...)
returned ...``) while the session stays small.

Oracles are independent of the reference solution (which projects with
``np.linalg.lstsq`` and orthonormalises by Gram-Schmidt with a second pass):

- the projection onto a line uses the unit vector ``u / np.linalg.norm(u)``;
- the projection onto a column space is ``Q @ (Q.T @ v)``, with ``Q`` from
  ``np.linalg.qr`` of a full-rank basis of that space that the test built
  itself (for dependent columns, the independent columns they were made from;
  for an ill-conditioned matrix, the orthonormal factor it was made from);
- Gram-Schmidt is compared with ``np.linalg.qr``, whose ``Q`` is unique once the
  diagonal of ``R`` is made positive (flip the signs of the columns where it is
  negative), and its errors must be ``numpy.linalg.LinAlgError``;
- ``is_orthonormal`` gets matrices whose answer is known by construction.

Tolerances. The inputs have entries of order 1-10 and at most 9 rows, so a
backward-stable computation (Householder QR, an SVD, modified Gram-Schmidt, or
classical Gram-Schmidt on the well-conditioned matrices used here, condition
number below 1e3) agrees with the oracle to about 1e-13 relative to the size of
``v`` or of a unit vector. ``rtol=atol=1e-9`` leaves a margin of 1e4 for any
such method and still fails every wrong formula, which is off by at least 1e-2
on these inputs. Two families need more care:

- the ill-conditioned matrix (condition number 1e5) moves its column space by
  about ``eps * 1e5 = 2e-11`` under rounding, so its projection is compared with
  ``atol = 1e-8 * |v|``: lstsq, pinv, the SVD and Gram-Schmidt (classical or
  modified) stay below 2e-9 on every seed we tried, while the normal
  equations, which square the condition number, reach 4e-7 on some seeds
  (they always fail the dependent columns below, where A^T A is singular);
- matrices with dependent columns are built by repeating a column, doubling
  one, subtracting two, or multiplying random n-by-2 and 2-by-k factors, so
  their extra singular values are rounding noise of order 1e-16 relative, far
  below every common rank cutoff (lstsq's ``rcond=None``, pinv's default, a
  relative Gram-Schmidt threshold of 1e-10), and the projection is unique to
  about 1e-14: all of these methods passed on 300 seeds.

Scaled inputs (``u`` of size 1e-20, ``A`` of size 1e-12 or with columns from
1e-8 to 1e8) check that every threshold is relative to the data, as the
docstrings require: an absolute cutoff such as ``norm < 1e-10`` fails them.

The rule "write Gram-Schmidt by hand" is checked on the student's source, parsed
and never run: ``gram_schmidt`` and the module's functions it calls must not
call ``qr`` (``np.linalg.qr``, ``scipy.linalg.qr`` or an imported alias).
"""

import ast

import numpy as np
import pytest

from grader.checks import calls, check_errors, function_node

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


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; compute on a copy and return a new array instead",
    )


def well_conditioned(rng, m, n, scale=3.0):
    """A random m-by-n matrix (m >= n) whose condition number is below 1e3."""
    while True:
        A = rng.normal(scale=scale, size=(m, n))
        if np.linalg.cond(A) < 1e3:
            return A


def ill_conditioned(rng, m, n, cond):
    """(A, U): A is m-by-n with condition number ``cond``; U's columns are an orthonormal
    basis of A's column space."""
    U, _ = np.linalg.qr(rng.normal(size=(m, n)))
    V, _ = np.linalg.qr(rng.normal(size=(n, n)))
    singular_values = np.logspace(0, -np.log10(cond), n)
    return (U * singular_values) @ V.T, U


def projection_oracle(v, basis):
    """The projection of ``v`` onto the span of the independent columns of ``basis``."""
    Q, _ = np.linalg.qr(np.asarray(basis, dtype=float))
    return Q @ (Q.T @ v)


def gram_schmidt_oracle(A):
    """Householder QR with the signs fixed so that R has a positive diagonal."""
    Q, R = np.linalg.qr(A)
    return Q * np.sign(np.diag(R))


def deficient_families(rng):
    """(name, A, basis): matrices with dependent columns and a basis of their column space."""
    a, b = rng.normal(scale=3.0, size=(2, 6))
    B = rng.normal(size=(7, 2))
    return [
        (
            "repeated-scaled-and-combined-columns",
            np.column_stack([a, b, 2 * a, a - b, a]),
            np.column_stack([a, b]),
        ),
        ("rank-2-product-7x4", B @ rng.normal(size=(2, 4)), B),
    ]


# ------------------------------------------------------------------ project_onto_vector


@function("project_onto_vector")
@weight(2)
def test_project_onto_vector_hand_worked(student, expect):
    check_cases(
        expect,
        student.project_onto_vector,
        [
            ("docstring-example", ([2, 3], [1, 0]), [2.0, 0.0]),
            ("u-not-unit-length", ([2, 3], [0, 2]), [0.0, 3.0]),
            ("v-along-u", ([3, 6], [1, 2]), [3.0, 6.0]),
            ("v-orthogonal-to-u", ([2, -1], [1, 2]), [0.0, 0.0]),
            ("u-pointing-away", ([1, 1], [-2, 0]), [1.0, 0.0]),
        ],
    )


@function("project_onto_vector")
@weight(2)
def test_project_onto_vector_random_and_scaled(student, expect, rng):
    # u . u overflows at 1e200 and underflows at 1e-200; the line does not change.
    cases = [(1, 1.0), (4, 1.0), (17, 1.0), (3, 1e-20), (3, 1e20), (3, 1e-200), (3, 1e200)]
    for n, u_scale in cases:
        with expect.case(f"n={n}, u of size {u_scale:g}"):
            v = rng.normal(scale=3.0, size=n)
            u = rng.normal(size=n) * u_scale
            originals = [v.copy(), u.copy()]
            unit = u / np.max(np.abs(u))
            unit = unit / np.linalg.norm(unit)
            expect.close(student.project_onto_vector(v, u), np.dot(v, unit) * unit, **TOL)
            check_unmodified(expect, [v, u], originals)


@gated
@function("project_onto_vector")
def test_project_onto_vector_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.project_onto_vector,
        [
            ("zero-u", ([1.0, 2.0], [0.0, 0.0])),
            ("lengths-3-and-2", ([1.0, 2.0, 3.0], [1.0, 2.0])),
            ("length-1-u-would-broadcast", ([1.0, 2.0, 3.0], [1.0])),
            ("v-is-a-matrix", ([[1.0, 2.0]], [1.0, 2.0])),
            ("empty", ([], [])),
        ],
        reason="u must be a non-zero 1-D vector of the same length as the 1-D vector v",
    )


# ------------------------------------------------------------------ project_onto_subspace


@function("project_onto_subspace")
@weight(2)
def test_project_onto_subspace_hand_worked(student, expect):
    check_cases(
        expect,
        student.project_onto_subspace,
        [
            ("docstring-example", ([1, 2, 3], [[1, 0], [1, 1], [0, 0]]), [1.0, 2.0, 0.0]),
            ("one-column-a-line", ([1, 2, 3], [[1], [1], [0]]), [1.5, 1.5, 0.0]),
            ("dependent-columns", ([1, 2, 3], [[1, 2], [1, 2], [0, 0]]), [1.5, 1.5, 0.0]),
            ("whole-plane", ([1, -2], [[2, 1], [1, 1]]), [1.0, -2.0]),
            ("more-columns-than-rows", ([3, 4], [[1, 0, 1], [0, 1, 1]]), [3.0, 4.0]),
            ("zero-matrix", ([1, 2], [[0], [0]]), [0.0, 0.0]),
            ("v-orthogonal-to-span", ([0, 0, 5], [[1, 0], [1, 1], [0, 0]]), [0.0, 0.0, 0.0]),
        ],
    )


@function("project_onto_subspace")
@weight(2)
def test_project_onto_subspace_random(student, expect, rng):
    for n, k in [(1, 1), (5, 2), (8, 3), (4, 4)]:
        with expect.case(f"random-{n}x{k}"):
            v, A = rng.normal(scale=3.0, size=n), well_conditioned(rng, n, k)
            originals = [v.copy(), A.copy()]
            got = student.project_onto_subspace(v, A)
            expect.close(got, projection_oracle(v, A), **TOL)
            check_unmodified(expect, [v, A], originals)


@function("project_onto_subspace")
@weight(2)
def test_project_onto_subspace_dependent_and_ill_conditioned(student, expect, rng):
    for name, A, basis in deficient_families(rng):
        with expect.case(name):
            v = rng.normal(scale=3.0, size=A.shape[0])
            got = student.project_onto_subspace(v, A)
            expect.close(got, projection_oracle(v, basis), **TOL)
    with expect.case("condition-number-1e5"):
        A, U = ill_conditioned(rng, 5, 3, 1e5)
        v = rng.normal(scale=3.0, size=5)
        got = student.project_onto_subspace(v, A)
        size = float(np.linalg.norm(v))
        expect.close(got, U @ (U.T @ v), rtol=1e-8, atol=1e-8 * size)


@gated
@function("project_onto_subspace")
def test_project_onto_subspace_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.project_onto_subspace,
        [
            ("A-is-1d", ([1.0, 2.0], [1.0, 2.0])),
            ("v-longer-than-columns", ([1.0, 2.0, 3.0], [[1.0, 0.0], [0.0, 1.0]])),
            ("A-given-as-rows", ([1.0, 2.0, 3.0], [[1.0, 1.0, 0.0], [0.0, 1.0, 0.0]])),
            ("v-is-a-matrix", ([[1.0, 2.0]], [[1.0], [2.0]])),
            ("A-without-columns", ([1.0, 2.0], np.zeros((2, 0)))),
        ],
        reason="v must be a 1-D vector and A a non-empty 2-D matrix with one row per entry "
        "of v: its columns span the subspace",
    )


# ------------------------------------------------------------------ gram_schmidt


@function("gram_schmidt")
@weight(2)
def test_gram_schmidt_hand_worked(student, expect):
    root2, root6 = np.sqrt(2.0), np.sqrt(6.0)
    check_cases(
        expect,
        student.gram_schmidt,
        [
            ("docstring-example", ([[3, 1], [4, 0]],), [[0.6, 0.8], [0.8, -0.6]]),
            ("negative-first-column", ([[-2, 0], [0, 3]],), [[-1.0, 0.0], [0.0, 1.0]]),
            ("1x1-negative", ([[-3]],), [[-1.0]]),
            ("single-column", ([[1], [2], [2]],), [[1 / 3], [2 / 3], [2 / 3]]),
            (
                "non-orthogonal-3x2",
                ([[1, 1], [1, 0], [0, 1]],),
                [[1 / root2, 1 / root6], [1 / root2, -1 / root6], [0.0, 2 / root6]],
            ),
        ],
    )


@function("gram_schmidt")
@weight(3)
def test_gram_schmidt_random_against_qr(student, expect, rng):
    for m, n in [(3, 3), (6, 2), (9, 4), (5, 1)]:
        with expect.case(f"random-{m}x{n}"):
            A = well_conditioned(rng, m, n)
            original = A.copy()
            expect.close(student.gram_schmidt(A), gram_schmidt_oracle(A), **TOL)
            check_unmodified(expect, [A], [original])


@function("gram_schmidt")
@weight(2)
def test_gram_schmidt_thresholds_are_relative(student, expect, rng):
    base = well_conditioned(rng, 5, 3)
    a, b = rng.normal(size=(2, 5))
    cases = [
        ("whole-matrix-of-size-1e-12", base * 1e-12),
        ("whole-matrix-of-size-1e12", base * 1e12),
        ("columns-of-sizes-1e-8-1-1e8", base * np.array([1e-8, 1.0, 1e8])),
        ("nearly-parallel-columns", np.column_stack([a, a + 1e-5 * b])),
    ]
    for name, A in cases:
        with expect.case(name):
            expect.close(student.gram_schmidt(A), gram_schmidt_oracle(A), **TOL)


@gated
@function("gram_schmidt")
@weight(2)
def test_gram_schmidt_rejects_dependent_columns(student, expect, rng):
    a, b = rng.normal(size=(2, 4))
    check_errors(
        expect,
        student.gram_schmidt,
        [
            ("zero-first-column", ([[0.0, 1.0], [0.0, 2.0], [0.0, 3.0]],)),
            ("third-is-sum-of-first-two", (np.column_stack([a, b, a + b]),)),
            ("more-columns-than-rows", ([[1.0, 0.0, 2.0], [0.0, 1.0, 3.0]],)),
            ("dependent-up-to-1e-13", (np.column_stack([a, 2 * a + 1e-13 * b]),)),
        ],
        exception=np.linalg.LinAlgError,
        reason="a column with nothing left after removing its projections onto the earlier "
        "columns (at most 1e-10 of its norm) makes the columns dependent",
    )


@gated
@function("gram_schmidt")
def test_gram_schmidt_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.gram_schmidt,
        [
            ("1-d-vector", ([1.0, 2.0, 3.0],)),
            ("no-rows", (np.zeros((0, 2)),)),
            ("no-columns", (np.zeros((3, 0)),)),
            ("3-d-array", (np.ones((2, 2, 2)),)),
        ],
        reason="A must be a non-empty 2-D matrix",
    )


def forbidden_calls(source, name, forbidden):
    """Calls of ``forbidden`` names in function ``name`` or the module's functions it calls."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    aliases = set(forbidden)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            aliases |= {a.asname for a in node.names if a.name in forbidden and a.asname}
    found, seen, todo = [], set(), [name]
    while todo:
        current = todo.pop()
        node = function_node(source, current) if current not in seen else None
        seen.add(current)
        if node is None:
            continue
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            target = call.func
            called = getattr(target, "attr", None) or getattr(target, "id", None)
            if called in aliases:
                found.append(ast.unparse(target))
            elif isinstance(target, ast.Name):
                todo.append(called)
    return found


@function("gram_schmidt")
@weight(3)
@rule("``np.linalg.qr``")
def test_gram_schmidt_is_written_by_hand(student, expect, student_source):
    expect.close(student.gram_schmidt([[1, 1], [0, 1]]), np.eye(2), **TOL)
    expect.that(
        function_node(student_source, "gram_schmidt") is not None,
        "is not defined with `def gram_schmidt(A):` at the top level of the module",
    )
    used = forbidden_calls(student_source, "gram_schmidt", {"qr"})
    expect.that(
        not used,
        f"is written with {', '.join(sorted(set(used)))}(...); the rule of this exercise is to "
        "write the Gram-Schmidt process yourself: subtract from each column its projections "
        "onto the unit vectors found so far, then normalise what is left",
    )


# ------------------------------------------------------------------ is_orthonormal


@function("is_orthonormal")
@weight(3)
def test_is_orthonormal_known_matrices(student, expect, rng):
    c, s = np.cos(0.3), np.sin(0.3)
    orthonormal_8x3, _ = np.linalg.qr(rng.normal(size=(8, 3)))
    cases = [
        ("rotation", np.array([[c, -s], [s, c]]), True),
        ("tall-3x2-orthonormal-columns", np.array([[0.6, 0.0], [0.8, 0.0], [0.0, 1.0]]), True),
        ("random-8x3-from-qr", orthonormal_8x3, True),
        ("1x1-minus-one", np.array([[-1.0]]), True),
        ("orthogonal-but-length-2", 2.0 * np.eye(2), False),
        ("orthogonal-but-length-0.5", 0.5 * np.eye(2), False),
        ("unit-but-not-orthogonal", np.array([[1.0, 0.6], [0.0, 0.8]]), False),
        ("one-column-of-length-sqrt2", np.array([[1.0], [1.0]]), False),
        ("wide-2x3-orthonormal-rows", np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), False),
    ]
    for name, Q, expected in cases:
        with expect.case(name):
            original = Q.copy()
            expect.scalar(student.is_orthonormal(Q), expected, kind=bool)
            check_unmodified(expect, [Q], [original])


@function("is_orthonormal")
@weight(2)
def test_is_orthonormal_uses_tol(student, expect):
    nudged = np.eye(3)
    nudged[0, 1] = 1e-6
    cases = [
        ("off-by-1e-6-default-tol", (nudged,), {}, False),
        ("off-by-1e-6-tol-1e-4", (nudged,), {"tol": 1e-4}, True),
        ("deviation-equals-tol", ([[1.0, 0.5], [0.0, 1.0]],), {"tol": 0.5}, True),
        ("wide-even-with-tol-10", ([[1.0, 0.0, 0.0]],), {"tol": 10.0}, False),
        ("tol-0-exact-identity", (np.eye(3),), {"tol": 0.0}, True),
    ]
    for name, args, kwargs, expected in cases:
        with expect.case(name):
            expect.scalar(student.is_orthonormal(*args, **kwargs), expected, kind=bool)


@gated
@function("is_orthonormal")
def test_is_orthonormal_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_orthonormal,
        [
            ("1-d-vector", ([1.0, 0.0],)),
            ("empty", (np.zeros((0, 3)),)),
            ("negative-tol", (np.eye(2),), {"tol": -1e-3}),
        ],
        reason="Q must be a non-empty 2-D matrix and tol a number >= 0",
    )


# ------------------------------------------------------------------ decompose


@function("decompose")
@weight(3)
def test_decompose_hand_worked_and_random(student, expect, rng):
    cases = [
        ("docstring-example", [1.0, 2.0, 3.0], [[1.0], [1.0], [0.0]], [1.5, 1.5, 0.0]),
        (
            "dependent-columns",
            [1.0, 2.0, 3.0],
            [[1.0, 2.0], [1.0, 2.0], [0.0, 0.0]],
            [1.5, 1.5, 0.0],
        ),
    ]
    for n, k in [(6, 2), (4, 1)]:
        v, A = rng.normal(scale=3.0, size=n), well_conditioned(rng, n, k)
        cases.append((f"random-{n}x{k}", v, A, projection_oracle(v, A)))
    for name, A, basis in deficient_families(rng)[:1]:
        v = rng.normal(scale=3.0, size=A.shape[0])
        cases.append((name, v, A, projection_oracle(v, basis)))
    for name, v, A, parallel in cases:
        with expect.case(name):
            v, A = np.asarray(v, dtype=float), np.asarray(A, dtype=float)
            originals = [v.copy(), A.copy()]
            got = student.decompose(v, A)
            returned = (
                f"a tuple of length {len(got)}"
                if isinstance(got, tuple)
                else f"a {type(got).__name__}"
            )
            expect.that(
                isinstance(got, tuple) and len(got) == 2,
                f"returned {returned}; expected a tuple (parallel, perpendicular) of two arrays",
            )
            expect.close(got[0], parallel, **TOL)
            expect.close(got[1], v - parallel, **TOL)
            check_unmodified(expect, [v, A], originals)


@gated
@function("decompose")
def test_decompose_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.decompose,
        [
            ("A-is-1d", ([1.0, 2.0], [1.0, 2.0])),
            ("v-longer-than-columns", ([1.0, 2.0, 3.0], [[1.0], [2.0]])),
            ("v-is-a-matrix", ([[1.0, 2.0]], [[1.0], [2.0]])),
        ],
        reason="v must be a 1-D vector and A a non-empty 2-D matrix with one row per entry of v",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _vector: `if vector.size == 0:` -> `if vector.size == (-1):`: an empty vector then
#   fails later with a ValueError all the same: in the reduction over its entries, or
#   against the rows of A.
# - _vector_and_columns: `if A.shape[0] != v.shape[0]:` -> `if A.shape[0] !=
#   v.shape[(-1)]:`: v is checked to be 1-D first, so shape[-1] is shape[0].
# - project_onto_vector: `return (v @ direction) / (direction @ direction) * direction` ->
#   `return ((direction @ v)) / (direction @ direction) * direction`: a dot product of two
#   vectors is symmetric.
# - gram_schmidt: `basis = Q[:, :j]` -> `basis = Q[:, :j + 1]`: column j of Q is still
#   zero when it joins the basis, so it removes nothing.
# - gram_schmidt: `for _ in range(2):` -> `for _ in range((3)):`: a third pass removes
#   nothing that the second one left.
# - gram_schmidt: `for _ in range(2):` -> `for _ in range((1)):`: one pass is classical
#   Gram-Schmidt, which the docstring allows; the second pass only improves orthogonality
#   for ill-conditioned A beyond what the contract asks.
# - is_orthonormal: `if np.ndim(tol) != 0 or not tol >= 0:` -> `if (not tol >= 0):`: tol
#   is documented as a number; for a number np.ndim(tol) is 0.
# - is_orthonormal: `deviation = Q.T @ Q - np.eye(n)` -> `deviation = (np.eye(n) - Q.T @
#   Q)`: a matrix and its negative have the same largest absolute entry.
