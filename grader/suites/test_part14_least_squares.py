"""Hidden suite for Part 14: Least Squares and Linear Regression.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), on the edge cases of regression (a
single sample, a single feature, more features than samples, an all-zero
design, collinear features such as a temperature given in both Celsius and
Fahrenheit), and for every documented error. ``fit_normal_equation`` may not
form an inverse and ``fit_lstsq`` may not call ``np.linalg.lstsq`` or
``np.linalg.pinv``: a separate item reads the student's source (parsed, never
run) for each rule. A test item checks a whole table of named cases, so that a
failure names its case while the session stays small.

Oracles are independent of the reference solution:

- ``add_intercept`` and ``polynomial_features``: ``np.column_stack`` with
  ``np.ones`` and ``np.vander(x, degree + 1, increasing=True)``.
- ``fit_normal_equation`` and ``fit_lstsq``: hand-worked fits (the line through
  (0, 1), (1, 2), (2, 2), (3, 4) has intercept and slope 0.9), and
  ``np.linalg.lstsq(X, y, rcond=None)``, which returns the minimum-norm
  solution with the same singular-value cutoff as the contract; for a wide X
  of full row rank, the closed form ``X.T (X X.T)^-1 y``; for an
  ill-conditioned X, the weights the targets were made from.
- ``fit_ridge``: ridge is ordinary least squares on the augmented data
  ``[X; sqrt(alpha) I]``, ``[y; 0]``, solved by ``np.linalg.lstsq``; and the
  closed form ``x y / (x^2 + alpha)`` in one dimension.
- ``r2_score``: the definition summed with ``math.fsum``, hand-worked values,
  and the identity R^2 = corr(y, y_hat)^2 for a least-squares fit with an
  intercept.

Random designs are built as ``Q1 diag(s) Q2^T`` with orthonormal ``Q1``, ``Q2``
and singular values ``s`` in [0.5, 2] (condition number at most 4), so their
answers do not depend on rounding whatever the seed.

Tolerances. On a design with condition number kappa, a backward-stable
least-squares solver (QR, SVD) has a relative error of about kappa * eps, and
the normal equations about kappa^2 * eps (eps = 2.2e-16). For kappa <= 4 both
are below 1e-14, so the weights compare with ``rtol=1e-9`` and ``atol`` 1e-9
times the largest expected entry: five orders of margin, while every wrong
formula (no intercept, transposed factor, alpha added to every entry, a
forgotten cutoff) is off by 1e-2 or more. The ill-conditioned item uses kappa =
1e8 and targets in the column space: a factorisation of X is then within
about 1e-8 of the true weights, checked with a relative tolerance of 1e-6 (a
100-fold margin), while the normal equations square kappa to 1e16 and lose
every digit. Rank-deficient designs have a smallest computed singular value
of order 1e-16 * ||X||, far below the cutoff max(n, d) * eps * s_max of
np.linalg.lstsq; the oracle drops it as the contract does, and what remains
has a condition number below 1e2, so ``rtol=1e-8`` applies. Scaling X by 1e-12
or 1e8 scales the tolerances with the expected weights. R^2 values are
compared with ``rtol=1e-9`` and ``atol=1e-12``: a sum of at most 40 squares of
order 1 is exact to about 1e-15.
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, function_node

TOL = {"rtol": 1e-9, "atol": 1e-9}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule

# Data sets used by several functions.
LINE_X = [[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]  # intercept column, then x
LINE_Y = [1.0, 2.0, 2.0, 4.0]  # best line: y = 0.9 + 0.9 x
CELSIUS = np.array([21.3, 25.7, 30.1, 12.9])
# temperature in Celsius and in Fahrenheit: the third column is 32 * col0 + 1.8 * col1,
# yet rounding leaves X.T @ X invertible for np.linalg.solve
TEMPERATURES = np.column_stack([np.ones(4), CELSIUS, CELSIUS * 1.8 + 32.0])
# the third column is 0.1 * col0 + 2 * col1, again not exactly singular after rounding
AFFINE = np.array([[1.0, 0.1, 0.3], [1.0, 0.2, 0.5], [1.0, 0.7, 1.5], [1.0, 0.4, 0.9]])


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


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; work on a copy and leave the inputs as they are",
    )


def with_singular_values(rng, n, d, s):
    """An n x d matrix ``Q1 diag(s) Q2^T`` whose singular values are ``s`` (len min(n, d))."""
    s = np.asarray(s, dtype=float)
    q1, _ = np.linalg.qr(rng.normal(size=(n, s.size)))
    q2, _ = np.linalg.qr(rng.normal(size=(d, s.size)))
    return (q1 * s) @ q2.T


def well_conditioned(rng, n, d):
    """An n x d design with singular values in [0.5, 2]: condition number at most 4."""
    return with_singular_values(rng, n, d, rng.uniform(0.5, 2.0, size=min(n, d)))


def lstsq(X, y):
    return np.linalg.lstsq(np.asarray(X, dtype=float), np.asarray(y, dtype=float), rcond=None)[0]


def forbidden_calls(source, name, forbidden):
    """Calls of ``forbidden`` names in function ``name`` or in module functions it calls."""
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


CUTOFF_X = [[1.0, 0.0], [0.0, 1e-15]] + [[0.0, 0.0]] * 8

SHAPE_ERRORS_REASON = (
    "X must be a non-empty 2-D design matrix (n, d) and y a 1-D vector with one target per row"
)


# ------------------------------------------------------------------ add_intercept


@function("add_intercept")
@weight(2)
def test_add_intercept_puts_ones_first(student, expect, rng):
    random_6x2 = rng.normal(size=(6, 2))
    random_1x1 = rng.normal(size=(1, 1))
    cases = [
        ("docstring-example", [[2], [5]], [[1.0, 2.0], [1.0, 5.0]]),
        ("single-sample", [[4, -1, 7]], [[1.0, 4.0, -1.0, 7.0]]),
        ("no-features-yet", np.zeros((3, 0)), np.ones((3, 1))),
        ("random-6x2", random_6x2, np.column_stack([np.ones(6), random_6x2])),
        ("random-1x1", random_1x1, np.column_stack([np.ones(1), random_1x1])),
    ]
    for name, X, expected in cases:
        with expect.case(name):
            original = np.array(X, copy=True)
            expect.close(student.add_intercept(X), expected, **TOL)
            if isinstance(X, np.ndarray):
                check_unmodified(expect, [X], [original])


@gated
@function("add_intercept")
def test_add_intercept_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.add_intercept,
        [
            ("1-d-vector", ([1.0, 2.0, 3.0],)),
            ("3-d-array", (np.zeros((2, 2, 2)),)),
            ("no-rows", (np.zeros((0, 2)),)),
            ("scalar", (5.0,)),
        ],
        reason="X must be a 2-D design matrix with at least one row; a 1-D vector is "
        "ambiguous (one sample or one feature?)",
    )


# ------------------------------------------------------------------ fit_normal_equation


@function("fit_normal_equation")
@weight(2)
def test_fit_normal_equation_hand_worked(student, expect):
    check_cases(
        expect,
        student.fit_normal_equation,
        [
            ("docstring-exact-line", ([[1, 0], [1, 1], [1, 2]], [1, 3, 5]), [1.0, 2.0]),
            ("noisy-line", (LINE_X, LINE_Y), [0.9, 0.9]),
            ("1x1", ([[2.0]], [3.0]), [1.5]),
            ("line-through-origin", ([[1], [2], [3]], [2, 3, 7]), [29.0 / 14.0]),
            ("square-system-exact", ([[2, 1], [1, 3]], [3, 5]), [0.8, 1.4]),
        ],
    )


@function("fit_normal_equation")
@weight(2)
def test_fit_normal_equation_random(student, expect, rng):
    for n, d in [(5, 2), (12, 4), (3, 3)]:
        with expect.case(f"random-{n}x{d}"):
            X, y = well_conditioned(rng, n, d), rng.normal(size=n)
            originals = [X.copy(), y.copy()]
            expect.close(student.fit_normal_equation(X, y), lstsq(X, y), **TOL)
            check_unmodified(expect, [X, y], originals)


@gated
@function("fit_normal_equation")
@weight(2)
def test_fit_normal_equation_singular(student, expect, rng):
    check_errors(
        expect,
        student.fit_normal_equation,
        [
            ("celsius-and-fahrenheit", (TEMPERATURES, [3.0, 1.0, 4.0, 1.0])),
            ("third-column-affine-in-second", (AFFINE, [0.0, 1.0, 2.0, 3.0])),
            ("more-features-than-samples", (rng.normal(size=(2, 3)), [1.0, 2.0])),
            ("all-zero-design", (np.zeros((3, 2)), [1.0, 2.0, 3.0])),
        ],
        exception=np.linalg.LinAlgError,
        reason="X does not have full column rank (np.linalg.matrix_rank(X) < d), so X.T @ X is "
        "singular; rounding can leave it barely invertible, so check the rank yourself",
    )


@gated
@function("fit_normal_equation")
def test_fit_normal_equation_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.fit_normal_equation,
        [
            ("y-too-short", (LINE_X, [1.0, 2.0, 3.0])),
            ("y-as-a-column", (LINE_X, [[1.0], [2.0], [2.0], [4.0]])),
            ("X-1-d", ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])),
        ],
        reason=SHAPE_ERRORS_REASON,
    )


@function("fit_normal_equation")
@rule("``np.linalg.inv``", "``np.linalg.pinv``")
def test_fit_normal_equation_never_forms_the_inverse(student, expect, student_source):
    expect.close(student.fit_normal_equation(LINE_X, LINE_Y), [0.9, 0.9], **TOL)
    expect.that(
        function_node(student_source, "fit_normal_equation") is not None,
        "is not defined with `def fit_normal_equation(X, y):` at the top level of the module",
    )
    used = forbidden_calls(student_source, "fit_normal_equation", {"inv", "pinv"})
    expect.that(
        not used,
        f"calls {', '.join(sorted(set(used)))}(...); the rule of this exercise is to solve the "
        "system X.T @ X @ w = X.T @ y with np.linalg.solve: forming an inverse costs more and "
        "loses accuracy",
    )


# ------------------------------------------------------------------ fit_lstsq


@function("fit_lstsq")
@weight(2)
def test_fit_lstsq_hand_worked(student, expect):
    check_cases(
        expect,
        student.fit_lstsq,
        [
            ("docstring-duplicate-direction", ([[1, 1], [2, 2]], [2, 4]), [1.0, 1.0]),
            ("noisy-line", (LINE_X, LINE_Y), [0.9, 0.9]),
            ("all-zero-design", (np.zeros((3, 2)), [1.0, 2.0, 3.0]), [0.0, 0.0]),
            ("1x1", ([[4.0]], [2.0]), [0.5]),
            ("one-sample-two-features", ([[3.0, 4.0]], [5.0]), [0.6, 0.8]),
            # s = [1, 1e-15] with n = 10: 1e-15 is below max(n, d) * eps * max(s) = 2.2e-15
            ("cutoff-uses-max(n,d)", (CUTOFF_X, [1.0, 1.0] + [0.0] * 8), [1.0, 0.0]),
        ],
    )


@function("fit_lstsq")
@weight(2)
def test_fit_lstsq_random_full_rank(student, expect, rng):
    for n, d in [(6, 3), (20, 5)]:
        with expect.case(f"random-{n}x{d}"):
            X, y = well_conditioned(rng, n, d), rng.normal(size=n)
            originals = [X.copy(), y.copy()]
            expect.close(student.fit_lstsq(X, y), lstsq(X, y), **TOL)
            check_unmodified(expect, [X, y], originals)
    with expect.case("wide-2x5-minimum-norm"):
        X, y = well_conditioned(rng, 2, 5), rng.normal(size=2)
        expected = X.T @ np.linalg.solve(X @ X.T, y)
        expect.close(student.fit_lstsq(X, y), expected, **TOL)


@function("fit_lstsq")
@weight(3)
def test_fit_lstsq_rank_deficient_and_scaled(student, expect, rng):
    low_rank = rng.normal(size=(8, 2)) @ rng.normal(size=(2, 4))
    tiny = 1e-12 * well_conditioned(rng, 5, 3)
    huge_low_rank = 1e8 * (rng.normal(size=(6, 2)) @ rng.normal(size=(2, 3)))
    cases = [
        ("rank-2-of-8x4", low_rank, rng.normal(size=8)),
        ("celsius-and-fahrenheit", TEMPERATURES, np.array([3.0, 1.0, 4.0, 1.0])),
        ("full-rank-scaled-by-1e-12", tiny, rng.normal(size=5)),
        ("rank-2-scaled-by-1e8", huge_low_rank, rng.normal(size=6)),
    ]
    for name, X, y in cases:
        with expect.case(name):
            expected = lstsq(X, y)
            expect.close(student.fit_lstsq(X, y), expected, **scaled(expected, 1e-8))


@function("fit_lstsq")
@weight(2)
def test_fit_lstsq_ill_conditioned(student, expect, rng):
    X = with_singular_values(rng, 10, 4, np.logspace(0, -8, 4))
    w_true = rng.normal(size=4)
    with expect.case("condition-number-1e8"):
        expect.close(
            student.fit_lstsq(X, X @ w_true),
            w_true,
            **scaled(w_true, 1e-6),
        )


@gated
@function("fit_lstsq")
def test_fit_lstsq_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.fit_lstsq,
        [
            ("y-too-long", (LINE_X, [1.0, 2.0, 2.0, 4.0, 5.0])),
            ("y-as-a-column", (LINE_X, [[1.0], [2.0], [2.0], [4.0]])),
            ("empty-X", (np.zeros((0, 2)), np.zeros(0))),
        ],
        reason=SHAPE_ERRORS_REASON,
    )


@function("fit_lstsq")
@rule("``np.linalg.lstsq``", "``np.linalg.pinv``")
def test_fit_lstsq_uses_a_factorisation(student, expect, student_source):
    expect.close(student.fit_lstsq(LINE_X, LINE_Y), [0.9, 0.9], **TOL)
    expect.that(
        function_node(student_source, "fit_lstsq") is not None,
        "is not defined with `def fit_lstsq(X, y):` at the top level of the module",
    )
    used = forbidden_calls(student_source, "fit_lstsq", {"lstsq", "pinv"})
    expect.that(
        not used,
        f"calls {', '.join(sorted(set(used)))}(...); the rule of this exercise is to build the "
        "solution yourself from np.linalg.svd (or np.linalg.qr): rotate y with U.T, divide by "
        "the singular values you keep, and rotate back with V",
    )


# ------------------------------------------------------------------ fit_ridge


@function("fit_ridge")
@weight(2)
def test_fit_ridge_hand_worked(student, expect):
    check_cases(
        expect,
        student.fit_ridge,
        [
            ("docstring-example", ([[1], [2]], [1, 2], 5.0), [0.5]),
            ("1x1-x-y-over-x2-plus-alpha", ([[2.0]], [4.0], 4.0), [1.0]),
            ("orthonormal-columns-halve", ([[1, 0], [0, 1], [0, 0]], [2, 4, 9], 1.0), [1.0, 2.0]),
            ("alpha-0-is-least-squares", (LINE_X, LINE_Y, 0.0), [0.9, 0.9]),
            ("intercept-is-penalised-too", ([[1], [1], [1]], [3, 3, 3], 3.0), [1.5]),
        ],
    )


@function("fit_ridge")
@weight(3)
def test_fit_ridge_random(student, expect, rng):
    for n, d, alpha in [(8, 3, 0.5), (3, 6, 2.0), (20, 4, 100.0)]:
        with expect.case(f"random-{n}x{d}-alpha-{alpha:g}"):
            X, y = rng.normal(size=(n, d)), rng.normal(size=n)
            originals = [X.copy(), y.copy()]
            augmented_X = np.vstack([X, np.sqrt(alpha) * np.eye(d)])
            augmented_y = np.concatenate([y, np.zeros(d)])
            expected = lstsq(augmented_X, augmented_y)
            expect.close(student.fit_ridge(X, y, alpha), expected, **scaled(expected, 1e-8))
            check_unmodified(expect, [X, y], originals)


@gated
@function("fit_ridge")
def test_fit_ridge_singular_without_penalty(student, expect, rng):
    check_errors(
        expect,
        student.fit_ridge,
        [
            ("celsius-and-fahrenheit-alpha-0", (TEMPERATURES, [3.0, 1.0, 4.0, 1.0], 0.0)),
            ("more-features-than-samples-alpha-0", (rng.normal(size=(2, 3)), [1.0, 2.0], 0)),
        ],
        exception=np.linalg.LinAlgError,
        reason="with alpha = 0 ridge is ordinary least squares, and this X does not have full "
        "column rank; check np.linalg.matrix_rank(X) yourself",
    )


@gated
@function("fit_ridge")
def test_fit_ridge_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.fit_ridge,
        [
            ("negative-alpha", (LINE_X, LINE_Y, -0.5)),
            ("y-too-short", (LINE_X, [1.0, 2.0], 1.0)),
            ("y-as-a-column", (LINE_X, [[1.0], [2.0], [2.0], [4.0]], 1.0)),
            ("X-1-d", ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0], 1.0)),
        ],
        reason="alpha must be >= 0, X a non-empty 2-D matrix and y a 1-D vector with one "
        "target per row",
    )


# ------------------------------------------------------------------ polynomial_features


@function("polynomial_features")
@weight(2)
def test_polynomial_features_hand_worked(student, expect):
    check_cases(
        expect,
        student.polynomial_features,
        [
            (
                "docstring-example",
                ([1, 2, 3], 2),
                [[1.0, 1.0, 1.0], [1.0, 2.0, 4.0], [1.0, 3.0, 9.0]],
            ),
            ("degree-0-is-the-intercept", ([5.0, -2.0, 0.0], 0), [[1.0], [1.0], [1.0]]),
            (
                "zero-and-negative-inputs",
                ([-2.0, 0.0, 0.5], 3),
                [[1.0, -2.0, 4.0, -8.0], [1.0, 0.0, 0.0, 0.0], [1.0, 0.5, 0.25, 0.125]],
            ),
            ("single-sample-degree-4", ([3.0], 4), [[1.0, 3.0, 9.0, 27.0, 81.0]]),
        ],
    )


@function("polynomial_features")
def test_polynomial_features_random(student, expect, rng):
    for n, degree in [(5, 1), (7, 5)]:
        with expect.case(f"random-{n}-values-degree-{degree}"):
            x = rng.uniform(-2.0, 2.0, size=n)
            original = x.copy()
            expected = np.vander(x, degree + 1, increasing=True)
            expect.close(student.polynomial_features(x, degree), expected, **TOL)
            check_unmodified(expect, [x], [original])


@gated
@function("polynomial_features")
def test_polynomial_features_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.polynomial_features,
        [
            ("x-as-a-column", ([[1.0], [2.0]], 2)),
            ("empty-x", ([], 2)),
            ("negative-degree", ([1.0, 2.0], -1)),
            ("fractional-degree", ([1.0, 2.0], 2.5)),
            ("degree-is-a-bool", ([1.0, 2.0], True)),
        ],
        reason="x must be a non-empty 1-D vector and degree an integer >= 0 (2.5 is not rounded)",
    )


# ------------------------------------------------------------------ r2_score


R2_TOL = {"rtol": 1e-9, "atol": 1e-12}


def r2_oracle(y_true, y_pred):
    mean = math.fsum(y_true) / len(y_true)
    residual = math.fsum((t - p) ** 2 for t, p in zip(y_true, y_pred, strict=True))
    total = math.fsum((t - mean) ** 2 for t in y_true)
    return 1.0 - residual / total


@function("r2_score")
@weight(2)
def test_r2_score_hand_worked(student, expect):
    cases = [
        ("docstring-example", [1, 2, 3], [1, 2, 4], 0.5),
        ("perfect-predictions", [2.0, -1.0, 5.0], [2.0, -1.0, 5.0], 1.0),
        ("always-the-mean", [1.0, 2.0, 6.0], [3.0, 3.0, 3.0], 0.0),
        ("reversed-worse-than-mean", [1, 2, 3], [3, 2, 1], -3.0),
        ("shifted-by-one-perfectly-correlated", [1, 2, 3], [2, 3, 4], -0.5),
        ("two-samples", [0.0, 2.0], [0.5, 1.5], 0.75),
    ]
    for name, y_true, y_pred, expected in cases:
        with expect.case(name):
            expect.scalar(student.r2_score(y_true, y_pred), expected, kind=float, **R2_TOL)


@function("r2_score")
@weight(2)
def test_r2_score_random_and_fitted(student, expect, rng):
    with expect.case("random-noisy-predictions"):
        y_true = rng.normal(loc=3.0, size=40)
        y_pred = y_true + rng.normal(scale=0.5, size=40)
        originals = [y_true.copy(), y_pred.copy()]
        expected = r2_oracle(y_true.tolist(), y_pred.tolist())
        got = student.r2_score(y_true, y_pred)
        expect.scalar(got, expected, kind=float, **R2_TOL)
        check_unmodified(expect, [y_true, y_pred], originals)
    with expect.case("least-squares-fit-equals-squared-correlation"):
        x = rng.uniform(0.0, 5.0, size=15)
        y = 2.0 - 0.7 * x + rng.normal(size=15)
        X = np.column_stack([np.ones(15), x])
        fitted = X @ lstsq(X, y)
        expected = float(np.corrcoef(y, fitted)[0, 1] ** 2)
        expect.scalar(student.r2_score(y, fitted), expected, kind=float, rtol=1e-9, atol=1e-9)


@gated
@function("r2_score")
def test_r2_score_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.r2_score,
        [
            ("constant-targets", ([5.0, 5.0, 5.0], [5.0, 4.0, 6.0])),
            ("constant-0.1-mean-not-exact", ([0.1, 0.1, 0.1], [0.1, 0.2, 0.0])),
            ("single-sample", ([1.0], [1.0])),
            ("lengths-3-and-1", ([1.0, 2.0, 3.0], [2.0])),
            ("y-true-2-d", ([[1.0, 2.0, 3.0]], [[1.0, 2.0, 3.0]])),
            ("both-2x2", ([[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [3.0, 5.0]])),
            ("empty", ([], [])),
        ],
        reason="R^2 needs two 1-D vectors of the same length, and y_true must not be constant "
        "(all entries equal), where SS_tot is 0",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _design: `if X.size == 0:` -> `if X.size == (-1):`: an empty X then fails later with a
#   ValueError all the same (the length check of y, or numpy's own check of an empty
#   factorisation).
# - _design: `if y.shape[0] != X.shape[0]:` -> `if y.shape[(-1)] != X.shape[0]:`: y is
#   checked to be 1-D first, so shape[-1] is shape[0].
# - fit_ridge: `if np.ndim(alpha) != 0 or not alpha >= 0:` -> `if (not alpha >= 0):`:
#   alpha is documented as a number; for a number np.ndim is 0.
# - r2_score: `if np.all(y_true == y_true[0]):` -> `if np.all(y_true == y_true[(-1)]):`:
#   all entries equal the last one exactly when they all equal the first one.
# - r2_score: `ss_res = np.sum((y_true - y_pred) ** 2)` -> `ss_res = np.sum(((y_pred -
#   y_true)) ** 2)`, `ss_tot = np.sum((y_true - y_true.mean()) ** 2)` -> `ss_tot =
#   np.sum(((y_true.mean() - y_true)) ** 2)`: a difference and its negative have the same
#   square.
