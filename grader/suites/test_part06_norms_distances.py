"""Hidden suite for Part 6: Norms and Distances.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), on the edge cases its contract names
(zero vectors and zero rows, 1x1 inputs, a single sample, entries so large or
small that naive powers overflow) and for every documented error. A test item
checks a whole table of named cases, so that a failure names its case while
the session stays small. ``pairwise_distances`` is also read, never run, to
enforce the rule of the exercise: vectorised, as docs/conventions.md defines it
(``grader.checks.python_loops``), and no scipy ``cdist``.

Oracles are independent of the reference solution: ``np.linalg.norm`` with an
explicit ``ord``, the singular values of ``np.linalg.svd`` (the Frobenius norm
squared is their sum of squares), ``math.fsum``, plain Python loops over pairs
(allowed here, in the grader) and the homogeneity of a norm,
``||c x|| = |c| ||x||``, for inputs that would overflow a naive formula.

Tolerances, and why:

- Norms, normalised rows, clipped gradients and penalties are short sums of
  well-scaled terms: a correct float64 answer has a relative error of a few
  times 1e-16 times the number of terms. ``rtol=1e-10`` leaves a margin of
  about a million for any order of summation or scaling and still fails every
  wrong formula, which is off by at least 1e-3 relative on these inputs.
  Norms use ``atol=0``: the only exact zero is the zero vector, which every
  correct method maps to 0.0 exactly, and the underflow case expects
  1.4e-200, which any positive ``atol`` would let through as 0.
- Euclidean distances may be computed from ``||x||^2 + ||y||^2 - 2 x.y``, as
  the lesson teaches. That sum loses about ``eps * R^2`` to cancellation, where
  ``R`` is the largest row norm, so a distance near 0 can be off by
  ``sqrt(c * eps) * R`` (about ``5e-8 * R`` for the small dimensions used).
  The suite therefore allows ``atol = 1e-6 * R`` plus ``rtol=1e-9``: twenty
  times that bound, and still a million times smaller than the errors of the
  wrong answers (a forgotten square root, swapped rows and columns, the
  similarity instead of the distance).
- Manhattan and cosine distances have no such cancellation beyond a few ulps
  of their O(1) values: ``rtol=1e-9``, ``atol=1e-9``.
"""

import math

import numpy as np
import pytest

from grader.checks import (
    VECTORISED,
    calls,
    check_errors,
    check_unmodified,
    describe_loops,
    python_loops,
)

TOL = {"rtol": 1e-10, "atol": 1e-12}
NORM_TOL = {"rtol": 1e-10, "atol": 0.0}
DIST_TOL = {"rtol": 1e-9, "atol": 1e-9}
INF = float("inf")
NAN = float("nan")

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def check_cases(expect, call, cases, tol=TOL):
    """Each case is (name, args, expected): call(*args) must be an array close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **tol)


def check_scalars(expect, call, cases, tol=TOL):
    """Each case is (name, args, expected): call(*args) must be a float close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=float, **tol)


# ------------------------------------------------------------------ lp_norm


@function("lp_norm")
@weight(2)
def test_lp_norm_hand_worked(student, expect):
    check_scalars(
        expect,
        student.lp_norm,
        [
            ("3-4-euclidean", ([3, -4], 2), 5.0),
            ("3-4-manhattan", ([3, -4], 1), 7.0),
            ("3-4-max-norm", ([3, -4], INF), 4.0),
            ("four-ones-p3", ([1, 1, 1, 1], 3), 4.0 ** (1 / 3)),
            ("zero-vector", ([0, 0, 0], 2), 0.0),
        ],
        tol=NORM_TOL,
    )


@function("lp_norm")
@weight(2)
def test_lp_norm_random(student, expect, rng):
    for n, p in [(1, 2), (6, 1), (9, 3.5), (17, INF)]:
        x = rng.normal(scale=5.0, size=n)
        original = x.copy()
        with expect.case(f"n={n}-p={p}"):
            got = student.lp_norm(x, p)
            expect.scalar(got, np.linalg.norm(original, ord=p), kind=float, **NORM_TOL)
            check_unmodified(expect, [x], [original])


@function("lp_norm")
def test_lp_norm_extreme_scales(student, expect):
    # Oracle by homogeneity: ||c x|| = |c| ||x|| with a harmless x.
    check_scalars(
        expect,
        student.lp_norm,
        [
            ("huge-entries-overflow-x**2", ([1e200, 1e200], 2), 1e200 * math.sqrt(2.0)),
            ("tiny-entries-underflow-x**2", ([1e-200, -1e-200], 2), 1e-200 * math.sqrt(2.0)),
            ("huge-entries-p3", ([1e150, -1e150, 1e150], 3), 1e150 * 3.0 ** (1 / 3)),
            ("p-1000-tends-to-max", ([3, 4], 1000), 4.0 * (1.0 + 0.75**1000) ** (1 / 1000)),
        ],
        tol=NORM_TOL,
    )


@gated
@function("lp_norm")
@weight(2)
def test_lp_norm_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.lp_norm,
        [
            ("matrix", ([[3.0, 4.0]], 2)),
            ("empty", ([], 2)),
            ("p-one-half", ([3.0, 4.0], 0.5)),
            ("p-nan", ([3.0, 4.0], NAN)),
        ],
        reason="x must be a non-empty 1-D vector and p a number >= 1 or np.inf; "
        "NaN fails every comparison, so test for it explicitly",
    )


# ------------------------------------------------------------------ frobenius_norm


@function("frobenius_norm")
def test_frobenius_norm_hand_worked(student, expect):
    check_scalars(
        expect,
        student.frobenius_norm,
        [
            ("2x2-rank-one", ([[1, 2], [2, 4]],), 5.0),
            ("1x1-negative", ([[-3]],), 3.0),
            ("identity-3x3", (np.eye(3),), math.sqrt(3.0)),
        ],
        tol=NORM_TOL,
    )


@function("frobenius_norm")
@weight(2)
def test_frobenius_norm_random(student, expect, rng):
    for m, n in [(1, 4), (5, 3), (4, 4)]:
        A = rng.normal(scale=3.0, size=(m, n))
        original = A.copy()
        singular_values = np.linalg.svd(original, compute_uv=False)
        with expect.case(f"{m}x{n}"):
            got = student.frobenius_norm(A)
            expect.scalar(got, math.sqrt(math.fsum(singular_values**2)), kind=float, **TOL)
            check_unmodified(expect, [A], [original])


@gated
@function("frobenius_norm")
def test_frobenius_norm_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.frobenius_norm,
        [
            ("1-d-vector", ([3.0, 4.0],)),
            ("3-d-array", (np.ones((2, 2, 2)),)),
            ("no-rows", (np.zeros((0, 3)),)),
        ],
        reason="A must be a non-empty 2-D matrix",
    )


# ------------------------------------------------------------------ pairwise_distances


def distance_oracle(X, Y, metric):
    """Distances pair by pair with np.linalg.norm and np.dot: slow, simple, independent."""
    out = np.empty((X.shape[0], Y.shape[0]))
    for i, x in enumerate(X):
        for j, y in enumerate(Y):
            if metric == "euclidean":
                out[i, j] = np.linalg.norm(x - y, ord=2)
            elif metric == "manhattan":
                out[i, j] = np.linalg.norm(x - y, ord=1)
            else:
                out[i, j] = 1.0 - np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y))
    return out


def distance_tol(metric, *arrays):
    """Euclidean: atol grows with the largest row norm R (see the module docstring)."""
    if metric != "euclidean":
        return DIST_TOL
    largest = max(float(np.linalg.norm(np.asarray(a, dtype=float), axis=1).max()) for a in arrays)
    return {"rtol": 1e-9, "atol": 1e-6 * max(largest, 1.0)}


def check_distances(expect, got, X, Y, metric):
    expect.close(got, distance_oracle(X, Y, metric), **distance_tol(metric, X, Y))
    expect.that(
        np.all(got >= 0),
        f"returned a negative {metric} distance ({float(np.min(got))!r}); a distance is "
        "never negative: clip rounding errors at 0",
    )


@function("pairwise_distances")
@weight(2)
def test_pairwise_distances_hand_worked(student, expect):
    half = 1.0 - 1.0 / math.sqrt(2.0)
    check_cases(
        expect,
        student.pairwise_distances,
        [
            (
                "euclidean-is-the-default",
                ([[0, 0], [3, 0]], [[3, 4], [0, 4]]),
                [[5.0, 4.0], [4.0, 5.0]],
            ),
            (
                "manhattan-2x3",
                ([[0, 0], [3, 0]], [[3, 4], [0, 4], [1, -1]], "manhattan"),
                [[7.0, 4.0, 2.0], [4.0, 7.0, 3.0]],
            ),
            (
                "cosine-2x3",
                ([[1, 0], [1, 1]], [[0, 2], [-3, 0], [2, 2]], "cosine"),
                [[1.0, 2.0, half], [half, 1.0 + 1.0 / math.sqrt(2.0), 0.0]],
            ),
            ("euclidean-1x1-in-1d", ([[2]], [[-1]], "euclidean"), [[3.0]]),
        ],
        tol={"rtol": 1e-9, "atol": 1e-9},
    )


@function("pairwise_distances")
@weight(3)
def test_pairwise_distances_random(student, expect, rng):
    for m, k, d, metric in [
        (1, 4, 3, "euclidean"),
        (5, 2, 7, "manhattan"),
        (6, 3, 2, "cosine"),
        (4, 4, 5, "euclidean"),
        (3, 5, 1, "manhattan"),
        (2, 6, 4, "cosine"),
    ]:
        X = rng.normal(loc=2.0, scale=3.0, size=(m, d))
        Y = rng.normal(loc=-1.0, scale=3.0, size=(k, d))
        originals = [X.copy(), Y.copy()]
        with expect.case(f"{metric}-X-{m}x{d}-Y-{k}x{d}"):
            got = student.pairwise_distances(X, Y, metric)
            check_distances(expect, got, *originals, metric)
            check_unmodified(expect, [X, Y], originals)


@function("pairwise_distances")
def test_pairwise_distances_never_negative(student, expect):
    # Sixteen points far from the origin and close together: ||x||^2 + ||y||^2 - 2 x.y
    # cancels to rounding noise, and for these points some of that noise is negative,
    # in the Euclidean formula and in 1 - cos alike. A fixed generator, not the rng
    # fixture: this data set is known to produce negative noise.
    X = np.random.default_rng(5).normal(size=(16, 3)) + 100.0
    for metric in ("euclidean", "cosine"):
        original = X.copy()
        with expect.case(f"{metric}-X-against-itself"):
            got = student.pairwise_distances(X, X, metric)
            check_distances(expect, got, original, original, metric)
            check_unmodified(expect, [X], [original])


@gated
@function("pairwise_distances")
@weight(2)
def test_pairwise_distances_rejects_bad_input(student, expect):
    X = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    check_errors(
        expect,
        student.pairwise_distances,
        [
            ("X-is-1-d", ([1.0, 2.0, 3.0], X, "euclidean")),
            ("Y-has-one-column-would-broadcast", (X, [[1.0], [2.0]], "manhattan")),
            ("X-has-no-rows", (np.zeros((0, 3)), X, "euclidean")),
            ("unknown-metric-l2", (X, X, "l2")),
            ("metric-is-a-list", (X, X, ["euclidean"])),
            ("cosine-zero-row-in-X", ([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]], X, "cosine")),
            ("cosine-zero-row-in-Y", (X, [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]], "cosine")),
        ],
        reason="X and Y must be non-empty 2-D arrays with the same number of columns, the "
        "metric one of euclidean, manhattan, cosine, and a cosine needs non-zero rows",
    )


@function("pairwise_distances")
@weight(2)
@rule(VECTORISED, "``scipy.spatial.distance.cdist``")
def test_pairwise_distances_has_no_python_loop(student, expect, student_source):
    # One call first: an unfinished function is "not started", not "loop-free".
    expect.close(student.pairwise_distances([[0.0, 0.0]], [[3.0, 4.0]]), [[5.0]], **DIST_TOL)
    loops = python_loops(student_source, "pairwise_distances", also=("cdist", "pdist"))
    expect.that(
        not loops,
        f"works, but the exercise asks for vectorised code (no Python loop, no cdist) and "
        f"the code has {describe_loops(loops)}. Compute all pairs at once: broadcast "
        "X[:, None, :] against Y[None, :, :], or expand ||x - y||^2 = ||x||^2 + ||y||^2 - "
        "2 x.y with one matrix product",
    )


# ------------------------------------------------------------------ normalize_rows


def normalize_oracle(X, p):
    norms = np.linalg.norm(X, ord=p, axis=1, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0)


@function("normalize_rows")
@weight(2)
def test_normalize_rows_hand_worked(student, expect):
    check_cases(
        expect,
        student.normalize_rows,
        [
            ("zero-row-stays-zero", ([[3, 4], [0, 0]],), [[0.6, 0.8], [0.0, 0.0]]),
            ("p1-rows-sum-to-one", ([[1, -3], [2, 2]], 1), [[0.25, -0.75], [0.5, 0.5]]),
            ("p-inf-largest-becomes-1", ([[2, -4], [0, 0.5]], INF), [[0.5, -1.0], [0.0, 1.0]]),
            ("1x1-negative", ([[-5]], 2), [[-1.0]]),
        ],
    )


@function("normalize_rows")
@weight(2)
def test_normalize_rows_random(student, expect, rng):
    for m, n, p in [(1, 3, 2), (5, 4, 1), (6, 2, INF), (4, 6, 3)]:
        X = rng.normal(scale=4.0, size=(m, n))
        if m > 1:
            X[m // 2] = 0.0
        original = X.copy()
        with expect.case(f"{m}x{n}-p={p}"):
            got = student.normalize_rows(X, p)
            expect.close(got, normalize_oracle(original, p), **TOL)
            norms = np.linalg.norm(got, ord=p, axis=1)
            nonzero = original.any(axis=1)
            expect.that(
                np.allclose(norms[nonzero], 1.0, rtol=0, atol=1e-12)
                and np.all(norms[~nonzero] == 0),
                f"returned rows with L^{p} norms {norms}; expected 1 for every non-zero row "
                "and 0 for the zero rows",
            )
            check_unmodified(expect, [X], [original])


@gated
@function("normalize_rows")
def test_normalize_rows_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.normalize_rows,
        [
            ("1-d-vector", ([3.0, 4.0], 2)),
            ("no-rows", (np.zeros((0, 2)), 2)),
            ("p-one-half", ([[3.0, 4.0]], 0.5)),
            ("p-nan", ([[3.0, 4.0]], NAN)),
        ],
        reason="X must be a non-empty 2-D array and p a number >= 1 or np.inf",
    )


# ------------------------------------------------------------------ clip_by_norm


@function("clip_by_norm")
@weight(2)
def test_clip_by_norm_hand_worked(student, expect):
    check_cases(
        expect,
        student.clip_by_norm,
        [
            ("too-long-scaled-to-1", ([3, 4], 1.0), [0.6, 0.8]),
            ("exactly-at-the-limit", ([3, 4], 5.0), [3.0, 4.0]),
            ("short-stays-unchanged", ([3, 4], 10.0), [3.0, 4.0]),
            ("matrix-global-norm-5", ([[3, 0], [0, 4]], 2.5), [[1.5, 0.0], [0.0, 2.0]]),
            ("zero-gradient-stays-zero", ([0, 0, 0], 1.0), [0.0, 0.0, 0.0]),
            ("single-entry", ([-3.0], 1.0), [-1.0]),
        ],
    )


@function("clip_by_norm")
@weight(2)
def test_clip_by_norm_random(student, expect, rng):
    for shape, ratio in [((7,), 0.3), ((3, 4), 0.5), ((2, 3, 4), 2.0)]:
        g = rng.normal(scale=3.0, size=shape)
        original = g.copy()
        norm = float(np.linalg.norm(original.ravel()))
        max_norm = ratio * norm
        expected = original * min(1.0, max_norm / norm)
        with expect.case(f"shape-{shape}-max-norm-{ratio}x-the-norm"):
            got = student.clip_by_norm(g, max_norm)
            expect.close(got, expected, **TOL)
            expect.new_array(got)
            check_unmodified(expect, [g], [original])


@gated
@function("clip_by_norm")
def test_clip_by_norm_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.clip_by_norm,
        [
            ("empty-gradient", ([], 1.0)),
            ("max-norm-zero", ([3.0, 4.0], 0.0)),
            ("max-norm-negative", ([3.0, 4.0], -1.0)),
            ("max-norm-nan", ([3.0, 4.0], NAN)),
        ],
        reason="g must have an entry and max_norm must be a number > 0",
    )


# ------------------------------------------------------------------ regularization_penalty


@function("regularization_penalty")
@weight(2)
def test_regularization_penalty_hand_worked(student, expect):
    penalty = student.regularization_penalty
    cases = [
        ("docstring-example", ([1, -2],), {"l1": 0.5, "l2": 0.1}, 2.0),
        ("no-penalty-by-default", ([1, -2],), {}, 0.0),
        ("ridge-squares-the-norm", ([3, -4],), {"l2": 1.0}, 25.0),
        ("lasso-absolute-values", ([3, -4],), {"l1": 1.0}, 7.0),
        ("matrix-all-entries", ([[1, -1], [2, 0]], 1.0, 1.0), {}, 10.0),
    ]
    for name, args, kwargs, expected in cases:
        with expect.case(name):
            expect.scalar(penalty(*args, **kwargs), expected, kind=float, **TOL)


@function("regularization_penalty")
@weight(2)
def test_regularization_penalty_random(student, expect, rng):
    for shape in [(6,), (3, 4), (2, 2, 3)]:
        w = rng.normal(scale=2.0, size=shape)
        l1, l2 = (float(s) for s in rng.uniform(0.1, 1.0, size=2))
        original = w.copy()
        flat = original.ravel().tolist()
        expected = l1 * math.fsum(abs(v) for v in flat) + l2 * math.fsum(v * v for v in flat)
        with expect.case(f"shape-{shape}"):
            got = student.regularization_penalty(w, l1, l2)
            expect.scalar(got, expected, kind=float, **TOL)
            check_unmodified(expect, [w], [original])


@gated
@function("regularization_penalty")
def test_regularization_penalty_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.regularization_penalty,
        [
            ("empty-weights", ([], 0.1, 0.1)),
            ("negative-l1", ([1.0, 2.0], -0.1, 0.0)),
            ("negative-l2", ([1.0, 2.0], 0.0, -1.0)),
            ("nan-l2", ([1.0, 2.0], 0.0, NAN)),
        ],
        reason="w must have an entry and both strengths must be numbers >= 0",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _unit_scale_norms: `if p == 1:` -> `if p == (0):`, `if p == 2:` -> `if p == (1):`: p =
#   1 and p = 2 then take the general path, (sum |s|**p) ** (1/p), which gives the same
#   norms up to rounding.
# - lp_norm: `if x.size == 0:` -> `if x.size == (-1):`: an empty x then fails in the
#   reduction over its entries, with a ValueError all the same.
# - lp_norm: `return float(_row_norms(x[np.newaxis, :], order)[0, 0])` -> `return
#   float(_row_norms(x[np.newaxis, :], order)[(-1), 0])`, `return
#   float(_row_norms(x[np.newaxis, :], order)[0, 0])` -> `return
#   float(_row_norms(x[np.newaxis, :], order)[0, (-1)])`: the norms come back with shape (1,
#   1), so index -1 is index 0.
# - frobenius_norm: `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the L2 norm
#   of all entries` -> `return float(_row_norms(A.reshape(1, -(2)), 2.0)[0, 0])  # the L2
#   norm of all entries`, `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the L2
#   norm of all entries` -> `return float(_row_norms(A.reshape(1, -1), 2.0)[(-1), 0])  # the
#   L2 norm of all entries`, `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the
#   L2 norm of all entries` -> `return float(_row_norms(A.reshape(1, -1), 2.0)[0, (-1)])  #
#   the L2 norm of all entries`: reshape(1, -2) is read as reshape(1, -1), and the norms
#   come back with shape (1, 1), so index -1 is index 0.
# - pairwise_distances: `return np.abs(X[:, np.newaxis, :] - Y[np.newaxis, :,
#   :]).sum(axis=2)` -> `return np.abs((Y[np.newaxis, :, :] - X[:, np.newaxis,
#   :])).sum(axis=2)`: |x - y| = |y - x|.
# - pairwise_distances: `shift = X.mean(axis=0)` -> `shift = (X.sum(axis=0))`: any common
#   shift of X and Y leaves every distance unchanged; the mean only keeps the cancellation
#   small, and the documented tolerance (atol 1e-6 times the largest row norm) holds for the
#   sum as well.
# - clip_by_norm: `if clipped.size == 0:` -> `if clipped.size == (-1):`: an empty g then
#   fails in the reduction over its entries, with a ValueError all the same.
# - clip_by_norm: `norm = float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -(2)), 2.0)[0, 0])`, `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[(-1), 0])`, `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, (-1)])`: reshape(1, -2) is read as
#   reshape(1, -1), and the norm comes back with shape (1, 1), so index -1 is index 0.
# - clip_by_norm: `if norm > limit:` -> `if (norm >= limit):`: at norm == max_norm the
#   factor max_norm / norm is exactly 1.

# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _unit_scale_norms: `if p == 1:` -> `if p == (0):`, `if p == 2:` -> `if p == (1):`: p =
#   1 and p = 2 then take the general path, (sum |s|**p) ** (1/p), which gives the same
#   norms up to rounding.
# - lp_norm: `if x.size == 0:` -> `if x.size == (-1):`: an empty x then fails in the
#   reduction over its entries, with a ValueError all the same.
# - lp_norm: `return float(_row_norms(x[np.newaxis, :], order)[0, 0])` -> `return
#   float(_row_norms(x[np.newaxis, :], order)[(-1), 0])`, `return
#   float(_row_norms(x[np.newaxis, :], order)[0, 0])` -> `return
#   float(_row_norms(x[np.newaxis, :], order)[0, (-1)])`: the norms come back with shape (1,
#   1), so index -1 is index 0.
# - frobenius_norm: `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the L2 norm
#   of all entries` -> `return float(_row_norms(A.reshape(1, -(2)), 2.0)[0, 0])  # the L2
#   norm of all entries`, `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the L2
#   norm of all entries` -> `return float(_row_norms(A.reshape(1, -1), 2.0)[(-1), 0])  # the
#   L2 norm of all entries`, `return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the
#   L2 norm of all entries` -> `return float(_row_norms(A.reshape(1, -1), 2.0)[0, (-1)])  #
#   the L2 norm of all entries`: reshape(1, -2) is read as reshape(1, -1), and the norms
#   come back with shape (1, 1), so index -1 is index 0.
# - pairwise_distances: `if not isinstance(metric, str) or metric not in _METRICS:` -> `if
#   (metric not in _METRICS):`: _METRICS holds three str names and nothing else compares
#   equal to a str, so the membership test alone refuses a non-str metric with the same
#   ValueError.
# - pairwise_distances: `return np.abs(X[:, np.newaxis, :] - Y[np.newaxis, :,
#   :]).sum(axis=2)` -> `return np.abs((Y[np.newaxis, :, :] - X[:, np.newaxis,
#   :])).sum(axis=2)`: |x - y| = |y - x|.
# - pairwise_distances: `shift = X.mean(axis=0)` -> `shift = (X.sum(axis=0))`: any common
#   shift of X and Y leaves every distance unchanged; the mean only keeps the cancellation
#   small, and the documented tolerance (atol 1e-6 times the largest row norm) holds for the
#   sum as well.
# - clip_by_norm: `if clipped.size == 0:` -> `if clipped.size == (-1):`: an empty g then
#   fails in the reduction over its entries, with a ValueError all the same.
# - clip_by_norm: `norm = float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -(2)), 2.0)[0, 0])`, `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[(-1), 0])`, `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])` -> `norm =
#   float(_row_norms(clipped.reshape(1, -1), 2.0)[0, (-1)])`: reshape(1, -2) is read as
#   reshape(1, -1), and the norm comes back with shape (1, 1), so index -1 is index 0.
# - clip_by_norm: `if norm > limit:` -> `if (norm >= limit):`: at norm == max_norm the
#   factor max_norm / norm is exactly 1.
