"""Hidden suite for Part 20: Random Projections and Fast Transforms.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), and for every documented error. A
test item checks a whole table of named cases, so that a failure names its
case while the session stays small.

Oracles are independent of the reference solution:

* ``jl_min_dim``: the bound evaluated with ``math.log`` and ``math.ceil``.
* the two matrix generators: the recipe the docstring prescribes, drawn here
  from ``np.random.default_rng(seed)``, plus statistical properties (mean 0,
  variance 1/k, the three values and their frequencies for the sparse one).
* ``project``: ``np.dot`` on float64 copies.
* ``max_distortion``: a Python double loop over the pairs with ``math.fsum``,
  and properties (0 for an isometry, ``c**2 - 1`` for a scaling by c,
  invariance under translations).
* ``fwht``: the Sylvester matrix built with ``np.kron`` times ``x``, and the
  identity ``fwht(fwht(x)) = n x``.

Tolerances. ``jl_min_dim`` returns an int and is compared exactly. The
generated matrices must reproduce the prescribed draw: ``rng.normal(0, s)``
and ``s * rng.standard_normal()`` differ by at most one rounding, so
``rtol=1e-12`` accepts every faithful implementation and rejects any other
draw, scale or shape. Statistical checks use 10,000 entries: the sample
variance has a relative standard error of about 1.4% and a frequency of 1/6 a
standard error of 0.004, so the margins (10% and 0.03) are 7 standard errors
wide, yet a wrong scale (variance 1/k**2 or 1/(3k)) or wrong probabilities
miss by far more. ``project``, ``max_distortion`` and ``fwht`` do at most a few
hundred additions of numbers of order 1 to 100, so float64 answers agree with
the oracles to about 1e-13 relative; ``rtol=1e-9`` (``atol=1e-9`` for zeros)
leaves room for any order of summation, while every wrong formula is off by
more than 1e-2. The translation case of ``max_distortion`` moves the points
1e4 away from the origin and allows 1e-6: the subtraction of squared norms
(the Gram-matrix trick) loses about 1e-8 there, which is still accepted.
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, check_unmodified, function_node

TOL = {"rtol": 1e-9, "atol": 1e-9}
DRAW = {"rtol": 1e-12, "atol": 0.0}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def check_cases(expect, call, cases, tol=TOL):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **tol)


# ------------------------------------------------------------------ jl_min_dim


def jl_bound(n, eps):
    return math.ceil(4 * math.log(n) / (eps**2 / 2 - eps**3 / 3))


@function("jl_min_dim")
@weight(2)
def test_jl_min_dim_hand_worked(student, expect):
    for name, args, expected in [
        ("docstring-10000-points", (10000, 0.1), 7895),
        ("single-point-needs-nothing", (1, 0.5), 0),
        ("two-points-eps-0.5", (2, 0.5), 34),
        ("numpy-integer-count", (np.int64(100), 0.2), jl_bound(100, 0.2)),
    ]:
        with expect.case(name):
            expect.scalar(student.jl_min_dim(*args), expected, kind=int)


@function("jl_min_dim")
def test_jl_min_dim_follows_the_bound(student, expect):
    for n, eps in [(50, 0.3), (123456, 0.05), (7, 0.9)]:
        with expect.case(f"n={n}-eps={eps}"):
            expect.scalar(student.jl_min_dim(n, eps), jl_bound(n, eps), kind=int)


@gated
@function("jl_min_dim")
@weight(2)
def test_jl_min_dim_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.jl_min_dim,
        [
            ("eps-zero", (100, 0.0)),
            ("eps-one", (100, 1.0)),
            ("eps-negative", (100, -0.1)),
            ("eps-nan", (100, float("nan"))),
            ("no-samples", (0, 0.1)),
            ("fractional-samples", (2.5, 0.1)),
            ("samples-is-a-bool", (True, 0.1)),
        ],
        reason="n_samples must be an integer >= 1 and eps must satisfy 0 < eps < 1",
    )


# ------------------------------------------------------------------ generators


def gaussian_recipe(d, k, seed):
    return np.random.default_rng(seed).normal(0.0, 1.0 / np.sqrt(k), size=(d, k))


def sparse_recipe(d, k, seed):
    rng = np.random.default_rng(seed)
    return np.sqrt(3 / k) * rng.choice([-1.0, 0.0, 1.0], size=(d, k), p=[1 / 6, 2 / 3, 1 / 6])


BAD_DIMS = [
    ("d-zero", (0, 3)),
    ("k-zero", (5, 0)),
    ("k-negative", (5, -2)),
    ("d-fractional", (2.5, 3)),
    ("k-is-a-bool", (5, True)),
]


def check_recipe(expect, call, recipe):
    for name, d, k, seed in [
        ("1x1", 1, 1, 0),
        ("tall-5x3-seed-7", 5, 3, 7),
        ("wide-3x8-seed-42", 3, 8, 42),
    ]:
        with expect.case(name):
            expect.close(call(d, k, seed=seed), recipe(d, k, seed), **DRAW)
    with expect.case("default-seed-is-0"):
        expect.close(call(4, 2), recipe(4, 2, 0), **DRAW)


def check_variance(expect, got, k):
    variance = float(np.mean(got**2))
    expect.that(
        abs(variance / (1 / k) - 1) < 0.1,
        f"returned entries of mean square {variance:.4g}; expected variance 1/k = {1 / k:.4g}, "
        "so that squared lengths are kept on average",
    )
    expect.that(
        abs(float(np.mean(got))) < 0.1 / math.sqrt(k),
        f"returned entries of mean {float(np.mean(got)):.3g}; expected mean 0",
    )


@function("gaussian_projection_matrix")
@weight(2)
def test_gaussian_projection_matrix_matches_the_draw(student, expect):
    check_recipe(expect, student.gaussian_projection_matrix, gaussian_recipe)


@function("gaussian_projection_matrix")
def test_gaussian_projection_matrix_statistics(student, expect):
    d, k = 400, 25
    got = expect.array(student.gaussian_projection_matrix(d, k, seed=3), shape=(d, k))
    check_variance(expect, got, k)


@gated
@function("gaussian_projection_matrix")
def test_gaussian_projection_matrix_rejects_bad_sizes(student, expect):
    check_errors(
        expect,
        student.gaussian_projection_matrix,
        BAD_DIMS,
        reason="d and k must be integers >= 1",
    )


@function("sparse_projection_matrix")
@weight(2)
def test_sparse_projection_matrix_matches_the_draw(student, expect):
    check_recipe(expect, student.sparse_projection_matrix, sparse_recipe)


@function("sparse_projection_matrix")
@weight(2)
def test_sparse_projection_matrix_statistics(student, expect):
    d, k = 500, 20
    got = expect.array(student.sparse_projection_matrix(d, k, seed=5), shape=(d, k))
    s = math.sqrt(3 / k)
    values = np.unique(got)
    expect.that(
        values.size == 3 and np.allclose(values, [-s, 0.0, s], rtol=1e-12, atol=0.0),
        f"returned entries {values[:5].tolist()}; expected exactly -sqrt(3/k), 0 and "
        f"+sqrt(3/k) = {s:.6g}",
    )
    for name, value, p in [("negative", -s, 1 / 6), ("zero", 0.0, 2 / 3), ("positive", s, 1 / 6)]:
        share = float(np.mean(np.isclose(got, value, rtol=1e-12, atol=1e-15)))
        expect.that(
            abs(share - p) < 0.03,
            f"returned {share:.1%} {name} entries; expected about {p:.1%}",
        )
    check_variance(expect, got, k)


@gated
@function("sparse_projection_matrix")
def test_sparse_projection_matrix_rejects_bad_sizes(student, expect):
    check_errors(
        expect,
        student.sparse_projection_matrix,
        BAD_DIMS,
        reason="d and k must be integers >= 1",
    )


# ------------------------------------------------------------------ project


@function("project")
def test_project_hand_worked(student, expect):
    check_cases(
        expect,
        student.project,
        [
            ("docstring-integers", ([[1, 2, 3]], [[1, 0], [0, 1], [1, 1]]), [[4.0, 5.0]]),
            ("1x1", ([[3.0]], [[-2.0]]), [[-6.0]]),
            ("two-samples-to-one-dim", ([[1, 0], [0, 1]], [[2], [5]]), [[2.0], [5.0]]),
        ],
    )


@function("project")
@weight(2)
def test_project_random_shapes(student, expect, rng):
    for n, d, k in [(1, 6, 2), (5, 4, 4), (7, 9, 3)]:
        with expect.case(f"n={n}-d={d}-k={k}"):
            X = rng.normal(scale=5.0, size=(n, d))
            R = rng.normal(size=(d, k))
            originals = [X.copy(), R.copy()]
            expect.close(student.project(X, R), np.dot(originals[0], originals[1]), **TOL)
            check_unmodified(expect, [X, R], originals)


@gated
@function("project")
def test_project_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.project,
        [
            ("X-is-a-vector", ([1.0, 2.0, 3.0], np.ones((3, 2)))),
            ("R-is-a-vector", (np.ones((2, 3)), [1.0, 2.0, 3.0])),
            ("columns-3-rows-2", (np.ones((2, 3)), np.ones((2, 2)))),
            ("R-transposed", (np.ones((4, 3)), np.ones((2, 3)))),
            ("X-empty", (np.ones((0, 3)), np.ones((3, 2)))),
        ],
        reason="X (n, d) and R (d, k) must be non-empty 2-D arrays with matching d",
    )


# ------------------------------------------------------------------ max_distortion


def distortion_oracle(X, Z):
    worst = 0.0
    for i in range(len(X)):
        for j in range(i + 1, len(X)):
            before = math.fsum((a - b) ** 2 for a, b in zip(X[i], X[j], strict=True))
            after = math.fsum((a - b) ** 2 for a, b in zip(Z[i], Z[j], strict=True))
            worst = max(worst, abs(after / before - 1))
    return worst


@function("max_distortion")
@weight(2)
def test_max_distortion_hand_worked(student, expect):
    square = [[0, 0], [2, 0], [0, 2]]
    for name, args, expected in [
        ("docstring-shrinks-one-pair", (square, [[0, 0], [2, 0], [0, 1]]), 0.75),
        ("stretch-one-pair", ([[0.0], [1.0], [3.0]], [[0.0], [2.0], [4.0]]), 3.0),
        ("identity-is-exact", (square, square), 0.0),
        ("two-points-to-one-dim", ([[0, 0, 0], [1, 2, 2]], [[0.0], [6.0]]), 3.0),
    ]:
        with expect.case(name):
            expect.scalar(student.max_distortion(*args), expected, kind=float, **TOL)


@function("max_distortion")
@weight(2)
def test_max_distortion_random_projections(student, expect, rng):
    for n, d, k in [(4, 10, 3), (9, 6, 6)]:
        with expect.case(f"n={n}-d={d}-k={k}"):
            X = rng.normal(size=(n, d))
            Z = X @ rng.normal(scale=1 / np.sqrt(k), size=(d, k))
            originals = [X.copy(), Z.copy()]
            expected = distortion_oracle(X.tolist(), Z.tolist())
            got = student.max_distortion(X, Z)
            expect.scalar(got, expected, kind=float, **TOL)
            check_unmodified(expect, [X, Z], originals)
    X = rng.normal(size=(6, 5))
    Z = rng.normal(size=(6, 2))
    with expect.case("translated-far-from-origin"):
        got = student.max_distortion(X + 1e4, Z - 1e4)
        expect.scalar(got, distortion_oracle(X.tolist(), Z.tolist()), kind=float, rtol=1e-6)


@gated
@function("max_distortion")
def test_max_distortion_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.max_distortion,
        [
            ("X-is-a-vector", ([1.0, 2.0, 3.0], [[1.0], [2.0], [3.0]])),
            ("Z-is-a-vector", ([[1.0], [2.0], [3.0]], [1.0, 2.0, 3.0])),
            ("rows-3-and-2", (np.eye(3), np.eye(3)[:2])),
            ("single-point", ([[1.0, 2.0]], [[1.0]])),
            ("repeated-point", ([[1.0, 2.0], [0.0, 0.0], [1.0, 2.0]], np.eye(3))),
        ],
        reason="X and Z need the same number n >= 2 of rows and X no two equal rows",
    )


# ------------------------------------------------------------------ fwht


def sylvester(n):
    H = np.ones((1, 1))
    while H.shape[0] < n:
        H = np.kron(np.array([[1.0, 1.0], [1.0, -1.0]]), H)
    return H


@function("fwht")
@weight(2)
def test_fwht_hand_worked(student, expect):
    check_cases(
        expect,
        student.fwht,
        [
            ("length-1", ([5],), [5.0]),
            ("length-2-sum-then-difference", ([3, 1],), [4.0, 2.0]),
            ("docstring", ([1, 0, 1, 0],), [2.0, 2.0, 0.0, 0.0]),
            ("first-basis-vector", ([1, 0, 0, 0, 0, 0, 0, 0],), np.ones(8)),
            ("last-basis-vector", ([0, 0, 0, 1],), [1.0, -1.0, -1.0, 1.0]),
        ],
    )


@function("fwht")
@weight(2)
def test_fwht_random_vectors(student, expect, rng):
    for n in (16, 64):
        with expect.case(f"length-{n}"):
            x = rng.normal(scale=10.0, size=n)
            original = x.copy()
            got = expect.close(student.fwht(x), sylvester(n) @ original, rtol=1e-9, atol=1e-8)
            expect.new_array(got)
            check_unmodified(expect, [x], [original])
    with expect.case("twice-gives-n-times-x"):
        x = rng.normal(size=32)
        once = expect.array(student.fwht(x), shape=(32,))
        expect.close(student.fwht(once), 32 * x, rtol=1e-9, atol=1e-9)


@gated
@function("fwht")
def test_fwht_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.fwht,
        [
            ("length-3", ([1.0, 2.0, 3.0],)),
            ("length-6", (np.ones(6),)),
            ("empty", ([],)),
            ("matrix", (np.ones((2, 2)),)),
            ("scalar", (4.0,)),
        ],
        reason="x must be a non-empty 1-D vector whose length is a power of two",
    )


FORBIDDEN = {"hadamard", "kron", "matmul", "dot", "einsum", "block", "tensordot", "inner"}


def matrix_shortcuts(source, name):
    """Forbidden calls and ``@`` in function ``name`` or the module's functions it calls."""
    found, seen, todo = [], set(), [name]
    while todo:
        current = todo.pop()
        node = function_node(source, current) if current not in seen else None
        seen.add(current)
        if node is None:
            continue
        for sub in ast.walk(node):
            if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.MatMult):
                found.append("the @ operator")
            elif isinstance(sub, ast.Call):
                target = sub.func
                called = getattr(target, "attr", None) or getattr(target, "id", None)
                if called in FORBIDDEN:
                    found.append(f"{ast.unparse(target)}(...)")
                elif isinstance(target, ast.Name):
                    todo.append(called)
    return found


@function("fwht")
@weight(2)
@rule(
    "``@``",
    "``scipy.linalg.hadamard``",
    *(f"``np.{name}``" for name in sorted(FORBIDDEN - {"hadamard"})),
)
def test_fwht_is_written_by_hand(student, expect, student_source):
    expect.close(student.fwht([1, 2, 3, 4]), [10.0, -2.0, -4.0, 0.0], **TOL)
    expect.that(
        function_node(student_source, "fwht") is not None,
        "is not defined with `def fwht(x):` at the top level of the module",
    )
    used = matrix_shortcuts(student_source, "fwht")
    expect.that(
        not used,
        f"is written with {', '.join(sorted(set(used)))}; the rule of this exercise is to "
        "write the butterfly passes yourself, without building the Hadamard matrix or "
        "multiplying by it: that product costs O(n**2), the passes O(n log n)",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - max_distortion: `if X.ndim != 2 or Z.ndim != 2:` -> `if (X.ndim != 2 and Z.ndim !=
#   2):`, `if X.ndim != 2 or Z.ndim != 2:` -> `if (Z.ndim != 2):`, `if X.ndim != 2 or Z.ndim
#   != 2:` -> `if (X.ndim != 2):`: a 1-D X or Z then fails in the sum over axis 1
#   (np.exceptions.AxisError, a ValueError), with a ValueError all the same.
# - max_distortion: `if X.shape[0] < 2:` -> `if X.shape[0] < (1):`: a single point then
#   leaves no pair, and the reductions over the empty pairs raise a ValueError all the same.
# - max_distortion: `bad = int(np.argmin(before))` -> `bad = int((np.argmax(before)))`:
#   this line only picks the pair that the error message names; the ValueError is raised
#   either way.
# - max_distortion: `before = np.sum((X[i] - X[j]) ** 2, axis=1)` -> `before =
#   np.sum(((X[j] - X[i])) ** 2, axis=1)`, `after = np.sum((Z[i] - Z[j]) ** 2, axis=1)` ->
#   `after = np.sum(((Z[j] - Z[i])) ** 2, axis=1)`, `return float(np.max(np.abs(after /
#   before - 1.0)))` -> `return float(np.max(np.abs((1.0 - after / before))))`: a difference
#   and its negative have the same square, and 1 - r and r - 1 the same absolute value.
# - fwht: `blocks = y.reshape(-1, 2, h)` -> `blocks = y.reshape(-(2), 2, h)`: reshape(-2,
#   2, h) is read as reshape(-1, 2, h).
