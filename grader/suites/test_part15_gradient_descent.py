"""Hidden suite for Part 15: Gradient Descent in Linear Models.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), for its return type, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case while the session stays small. Two rules of the
exercise are read from the student's source, never run: ``mse_gradient`` is
vectorised as docs/conventions.md defines it (``grader.checks.python_loops``),
and ``numerical_gradient_mse`` does not simply call ``mse_gradient``.

Oracles are independent of the reference solution:

- the loss and the gradient are summed sample by sample with ``math.fsum``;
- gradient descent on the MSE is a linear recurrence with a closed form: with
  ``H = (2/n) X^T X`` and any minimiser ``w*`` (``np.linalg.lstsq``, which
  also covers rank-deficient ``X``), ``w_t = w* + (I - lr H)^t (w0 - w*)``,
  evaluated with ``np.linalg.matrix_power``;
- mini-batch SGD is fully specified by its docstring (one ``default_rng(seed)``,
  ``rng.permutation(n)`` per epoch, consecutive batches), so the recipe is
  replayed here sample by sample; two properties are checked as well: with
  ``batch_size = n`` it is full-batch gradient descent (the closed form again),
  and on noise-free data it converges to the exact weights;
- the central difference of a quadratic is exact for every ``eps``, so the
  numerical gradient is compared with the analytic one at large ``eps`` too;
- the stable learning rate is ``n / sigma_max(X)^2`` from ``np.linalg.svd``,
  and it is checked to be the threshold: the error recurrence contracts at
  0.98 times the returned rate and blows up at 1.02 times it.

Tolerances. Inputs are of order 1 with n <= 20 and d <= 4, so a loss or a
gradient entry is a sum of at most 20 terms within about ``20 * eps * scale``
(~5e-15 relative) of the exact value; ``rtol=1e-9`` with ``atol=1e-9 *
max(1, scale)`` leaves a margin of 1e5 and still fails every wrong formula (a
missing 2 or 1/n, a transposed product, a flipped sign), which is off by at
least 10 % on these inputs. Gradient descent and SGD run at most 25 epochs or
steps at a stable rate (errors contract, so rounding does not accumulate
beyond ``steps * eps * scale`` ~ 1e-14), and the closed form's matrix powers
are accurate to ``t * d * eps`` relative; ``rtol=1e-8`` and ``atol=1e-8 *
max(1, scale)`` leave a margin of 1e5. The one diverging run grows by a factor
of at most 1.6 per step over 12 steps; its error stays relative, within the same
tolerance. A central difference at ``eps`` loses about ``4 * eps_mach * loss /
eps`` to cancellation (~1e-9 * loss at the default 1e-6), so it is compared
with ``rtol=1e-6`` and ``atol=1e-7 * max(1, loss)``; at ``eps >= 1e-3`` the
cancellation is ~1e-12 and ``atol=1e-9 * max(1, loss)`` applies; a one-sided
difference is off by ``eps * H_jj / 2``, at least 0.05 at ``eps = 0.1``. The
largest eigenvalue of a symmetric matrix is accurate to ``d * eps * ||H||``,
so stable rates compare with ``rtol=1e-10``. SGD on noise-free data with the
fixed, well-conditioned design used here reaches the exact weights to about
1e-12 in 200 epochs; it is compared with ``atol=1e-8``.
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import (
    VECTORISED,
    CheckFailed,
    calls,
    check_errors,
    describe_loops,
    function_node,
    python_loops,
)

TOL = {"rtol": 1e-9, "atol": 1e-9}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def check_scalars(expect, call, cases, **tolerance):
    """Each case is (name, args, expected): call(*args) is a float close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=float, **tolerance)


def check_cases(expect, call, cases, **tolerance):
    """Each case is (name, args, kwargs, expected): call(*args, **kwargs) is close to it."""
    thunks = calls(
        expect.student,
        call,
        [(tuple(args), dict(kwargs)) for name, args, kwargs, expected in cases],
    )
    for (name, _args, _kwargs, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **(tolerance or TOL))


def check_unmodified(expect, arrays, originals):
    expect.that(
        all(np.array_equal(a, b) for a, b in zip(arrays, originals, strict=True)),
        "changed an argument in place; work on a copy instead",
    )


def rule_broken(problem):
    """Fail with a message about how the function is written (no call to name)."""
    raise CheckFailed(problem)


def scale_of(*arrays):
    return max(1.0, *(float(np.max(np.abs(a))) for a in arrays if np.size(a)))


def random_problem(rng, n, d):
    X = rng.normal(size=(n, d))
    return X, rng.normal(size=n), rng.normal(size=d)


def loss_oracle(X, y, w):
    rows, targets = X.tolist(), y.tolist()
    residuals = [
        math.fsum(a * b for a, b in zip(row, w.tolist(), strict=True)) - t
        for row, t in zip(rows, targets, strict=True)
    ]
    return math.fsum(r * r for r in residuals) / len(targets)


def gradient_oracle(X, y, w):
    rows = X.tolist()
    residuals = [
        math.fsum(a * b for a, b in zip(row, w.tolist(), strict=True)) - t
        for row, t in zip(rows, y.tolist(), strict=True)
    ]
    n, d = X.shape
    return [
        2.0 / n * math.fsum(r * row[j] for r, row in zip(residuals, rows, strict=True))
        for j in range(d)
    ]


def stable_rate_oracle(X):
    """2 / lambda_max((2/n) X^T X) = n / sigma_max(X)^2."""
    sigma = np.linalg.svd(X, compute_uv=False)[0]
    return math.inf if sigma == 0 else X.shape[0] / sigma**2


def descent_oracle(X, y, lr, n_steps, w0):
    """Weights and losses of gradient descent from the closed form of the recurrence."""
    n, d = X.shape
    hessian = 2.0 / n * X.T @ X
    w_star = np.linalg.lstsq(X, y, rcond=None)[0]
    contraction = np.eye(d) - lr * hessian
    path = [
        w_star + np.linalg.matrix_power(contraction, t) @ (w0 - w_star) for t in range(n_steps + 1)
    ]
    losses = [float(np.mean((X @ w - y) ** 2)) for w in path]
    return path[-1], np.array(losses)


def pair(expect, got, first, second):
    """``got`` is a 2-tuple; return its two entries."""
    expect.that(
        isinstance(got, tuple) and len(got) == 2,
        f"returned {type(got).__name__} {got!r:.60}; expected a tuple ({first}, {second})",
    )
    return got


def check_descent(expect, got, w_expected, losses_expected, rtol):
    w, losses = pair(expect, got, "w", "losses")
    expect.close(w, w_expected, rtol=rtol, atol=rtol * scale_of(w_expected))
    expect.close(losses, losses_expected, rtol=rtol, atol=rtol * scale_of(losses_expected))


# ------------------------------------------------------------------ mse_loss


@function("mse_loss")
@weight(2)
def test_mse_loss_hand_worked(student, expect):
    check_scalars(
        expect,
        student.mse_loss,
        [
            ("docstring-2x2", ([[1, 2], [3, 4]], [1, 1], [1, 0]), 2.0),
            ("mean-not-sum", ([[1], [1], [1], [1]], [0, 0, 0, 4], [1]), 3.0),
            ("single-sample", ([[2, -1]], [4], [1, 1]), 9.0),
            ("perfect-fit-3x2", ([[1, 0], [0, 1], [1, 1]], [2, 3, 5], [2, 3]), 0.0),
        ],
        **TOL,
    )


@function("mse_loss")
@weight(2)
def test_mse_loss_random(student, expect, rng):
    for n, d in [(1, 1), (6, 3), (20, 4)]:
        X, y, w = random_problem(rng, n, d)
        originals = [X.copy(), y.copy(), w.copy()]
        with expect.case(f"random-{n}x{d}"):
            expected = loss_oracle(X, y, w)
            got = student.mse_loss(X, y, w)
            expect.scalar(got, expected, kind=float, rtol=1e-9, atol=1e-12)
            check_unmodified(expect, [X, y, w], originals)


@gated
@function("mse_loss")
def test_mse_loss_rejects_bad_shapes(student, expect):
    X = [[1.0, 2.0], [3.0, 4.0]]
    check_errors(
        expect,
        student.mse_loss,
        [
            ("X-is-1-d", ([1.0, 2.0], [1.0, 2.0], [1.0]), {}),
            ("X-has-no-rows", (np.zeros((0, 2)), np.zeros(0), np.zeros(2)), {}),
            ("X-has-no-columns", (np.zeros((3, 0)), np.zeros(3), np.zeros(0)), {}),
            ("y-is-a-column", (X, [[1.0], [1.0]], [1.0, 0.0]), {}),
            ("w-is-a-column", (X, [1.0, 1.0], [[1.0], [0.0]]), {}),
            ("y-of-length-1-would-broadcast", (X, [1.0], [1.0, 0.0]), {}),
            ("w-too-long", (X, [1.0, 1.0], [1.0, 0.0, 0.0]), {}),
        ],
        reason="X must be (n, d) with n, d >= 1, y of shape (n,) and w of shape (d,); "
        "numpy's broadcasting would silently compute something else",
    )


# ------------------------------------------------------------------ mse_gradient


@function("mse_gradient")
@weight(2)
def test_mse_gradient_hand_worked(student, expect):
    check_cases(
        expect,
        student.mse_gradient,
        [
            ("docstring-2x2", ([[1, 2], [3, 4]], [1, 1], [1, 0]), {}, [6.0, 8.0]),
            ("3x2-non-square", ([[1, 0], [0, 1], [1, 1]], [1, 2, 0], [1, 1]), {}, [4 / 3, 2 / 3]),
            ("single-sample", ([[1, 2, 3]], [1], [0, 0, 0]), {}, [-2.0, -4.0, -6.0]),
            ("zero-at-the-minimum", ([[1, 0], [0, 1], [1, 1]], [2, 3, 5], [2, 3]), {}, [0.0, 0.0]),
        ],
    )


@function("mse_gradient")
@weight(2)
def test_mse_gradient_random(student, expect, rng):
    for n, d in [(1, 1), (5, 3), (12, 4)]:
        X, y, w = random_problem(rng, n, d)
        originals = [X.copy(), y.copy(), w.copy()]
        with expect.case(f"random-{n}x{d}"):
            expected = gradient_oracle(X, y, w)
            got = student.mse_gradient(X, y, w)
            expect.close(got, expected, rtol=1e-9, atol=1e-9 * scale_of(expected))
            check_unmodified(expect, [X, y, w], originals)


@gated
@function("mse_gradient")
def test_mse_gradient_rejects_bad_shapes(student, expect):
    X = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    check_errors(
        expect,
        student.mse_gradient,
        [
            ("X-is-1-d", ([1.0, 2.0], [1.0, 2.0], [1.0]), {}),
            ("y-is-a-column", (X, [[1.0], [1.0], [1.0]], [1.0, 0.0]), {}),
            ("y-of-length-1-would-broadcast", (X, [1.0], [1.0, 0.0]), {}),
            ("w-too-short", (X, [1.0, 1.0, 1.0], [1.0]), {}),
        ],
        reason="X must be (n, d), y of shape (n,) and w of shape (d,)",
    )


@function("mse_gradient")
@rule(VECTORISED)
def test_mse_gradient_is_vectorised(student, expect, student_source):
    expect.close(student.mse_gradient([[1.0]], [1.0], [2.0]), [2.0], **TOL)
    loops = python_loops(student_source, "mse_gradient")
    if loops:
        rule_broken(
            f"mse_gradient works, but the exercise asks for vectorised code and it has "
            f"{describe_loops(loops)}. Write it as one expression: the residual vector "
            "X @ w - y, then X.T @ residual scaled by 2 / n, with no loop over samples or "
            "features."
        )


# ------------------------------------------------------------------ gradient_descent


@function("gradient_descent")
def test_gradient_descent_returns_new_weights(student, expect):
    w0 = np.array([1.0, -2.0])
    got = student.gradient_descent([[1.0, 0.0], [0.0, 1.0]], [1.0, 1.0], 0.1, 0, w0=w0)
    check_descent(expect, got, [1.0, -2.0], [4.5], 1e-12)
    expect.new_array(got)


@function("gradient_descent")
@weight(2)
def test_gradient_descent_hand_worked(student, expect):
    cases = [
        ("docstring-1x1", ([[1]], [2], 0.25, 2), {}, [1.5], [4.0, 1.0, 0.25]),
        (
            "zero-steps-keeps-w0",
            ([[1, 2], [3, 4]], [1, 1], 0.1, 0),
            {"w0": [1, 0]},
            [1.0, 0.0],
            [2.0],
        ),
        ("one-step-from-w0", ([[1], [1]], [2, 2], 0.25, 1), {"w0": [4]}, [3.0], [4.0, 1.0]),
        (
            "default-start-is-zeros",
            ([[1, 0], [0, 2]], [2, 4], 0.25, 1),
            {},
            [0.5, 2.0],
            [10.0, 1.125],
        ),
    ]
    for name, args, kwargs, w, losses in cases:
        with expect.case(name):
            check_descent(expect, student.gradient_descent(*args, **kwargs), w, losses, 1e-9)


@function("gradient_descent")
@weight(3)
def test_gradient_descent_matches_the_closed_form(student, expect, rng):
    cases = []
    X, y, w0 = random_problem(rng, 8, 3)
    cases.append(("8x3-from-zeros", X, y, 0.5, 25, None))
    X, y, w0 = random_problem(rng, 5, 2)
    cases.append(("5x2-from-w0", X, y, 0.9, 10, w0))
    X, y, w0 = random_problem(rng, 6, 3)
    X[:, 2] = X[:, 0] - X[:, 1]
    cases.append(("6x3-rank-deficient", X, y, 0.7, 15, w0))
    X, y, w0 = random_problem(rng, 4, 2)
    cases.append(("4x2-too-large-diverges", X, y, 1.3, 12, w0))
    for name, X, y, fraction, steps, w0 in cases:
        lr = fraction * stable_rate_oracle(X)
        start = np.zeros(X.shape[1]) if w0 is None else w0
        w_expected, losses_expected = descent_oracle(X, y, lr, steps, start)
        arrays = [a for a in (X, y, w0) if a is not None]
        originals = [a.copy() for a in arrays]
        with expect.case(name):
            got = student.gradient_descent(X, y, lr, steps, w0)
            check_descent(expect, got, w_expected, losses_expected, 1e-8)
            check_unmodified(expect, arrays, originals)
            if fraction > 1:
                expect.that(
                    got[1][-1] > got[1][0],
                    "has losses that do not grow although lr is above 2 / lambda_max; "
                    "a too-large learning rate is no error, it must simply diverge",
                )


@gated
@function("gradient_descent")
def test_gradient_descent_rejects_bad_input(student, expect):
    X, y = [[1.0, 2.0], [3.0, 4.0]], [1.0, 1.0]
    check_errors(
        expect,
        student.gradient_descent,
        [
            ("lr-zero", (X, y, 0.0, 3), {}),
            ("lr-negative", (X, y, -0.1, 3), {}),
            ("n_steps-negative", (X, y, 0.1, -1), {}),
            ("n_steps-not-an-integer", (X, y, 0.1, 2.5), {}),
            ("n_steps-is-a-bool", (X, y, 0.1, True), {}),
            ("w0-wrong-length", (X, y, 0.1, 3), {"w0": [1.0, 2.0, 3.0]}),
            ("y-wrong-length", (X, [1.0, 1.0, 1.0], 0.1, 3), {}),
            ("X-is-1-d", ([1.0, 2.0], y, 0.1, 3), {}),
        ],
        reason="lr must be > 0, n_steps an integer >= 0, and the shapes of X, y and w0 must match",
    )


# ------------------------------------------------------------------ minibatch_sgd


def sgd_oracle(X, y, lr, n_epochs, batch_size, seed):
    """The docstring's recipe, replayed with per-sample sums."""
    n, d = X.shape
    rng = np.random.default_rng(seed)
    w = [0.0] * d
    for _ in range(n_epochs):
        order = rng.permutation(n).tolist()
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            residuals = [math.fsum(X[i, j] * w[j] for j in range(d)) - y[i] for i in batch]
            w = [
                w[j]
                - lr
                * 2.0
                / len(batch)
                * math.fsum(r * X[i, j] for r, i in zip(residuals, batch, strict=True))
                for j in range(d)
            ]
    return np.array(w)


@function("minibatch_sgd")
@weight(2)
def test_minibatch_sgd_hand_worked(student, expect):
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, -1.0], [0.5, 0.5]])
    y = np.array([1.0, -1.0, 0.5, 2.0, 0.0])
    full_batch, _ = descent_oracle(X, y, 0.1, 3, np.zeros(2))
    check_cases(
        expect,
        student.minibatch_sgd,
        [
            (
                "docstring-2-samples",
                ([[1], [1]], [2, 2]),
                {"lr": 0.25, "n_epochs": 1, "batch_size": 1},
                [1.5],
            ),
            (
                "zero-epochs-stays-at-zero",
                ([[1, 2], [3, 4]], [1, 1]),
                {"lr": 0.1, "n_epochs": 0, "batch_size": 1},
                [0.0, 0.0],
            ),
            (
                "batch-of-all-5-is-gradient-descent",
                (X, y),
                {"lr": 0.1, "n_epochs": 3, "batch_size": 5, "seed": 4},
                full_batch,
            ),
        ],
        rtol=1e-9,
        atol=1e-12,
    )


@function("minibatch_sgd")
@weight(3)
def test_minibatch_sgd_follows_the_recipe(student, expect, rng):
    for n, d, batch_size, n_epochs, seed in [(7, 2, 3, 4, 0), (5, 3, 1, 2, 7), (9, 2, 4, 3, 123)]:
        X, y, _ = random_problem(rng, n, d)
        lr = 0.4 / float(np.max(np.sum(X**2, axis=1)))
        originals = [X.copy(), y.copy()]
        expected = sgd_oracle(X, y, lr, n_epochs, batch_size, seed)
        with expect.case(f"{n}x{d}-batches-of-{batch_size}-{n_epochs}-epochs-seed-{seed}"):
            got = student.minibatch_sgd(X, y, lr, n_epochs, batch_size, seed=seed)
            expect.close(got, expected, rtol=1e-8, atol=1e-8 * scale_of(expected))
            check_unmodified(expect, [X, y], originals)


@function("minibatch_sgd")
def test_minibatch_sgd_converges_on_noise_free_data(student, expect):
    X = np.array([[1, 0], [0, 1], [1, 1], [1, -1], [2, 0], [0, 2], [-1, 1], [1, 2]], dtype=float)
    w_true = np.array([1.5, -2.0])
    y = X @ w_true
    expected = np.linalg.lstsq(X, y, rcond=None)[0]
    with expect.case("8x2-batches-of-3-200-epochs"):
        got = student.minibatch_sgd(X, y, 0.05, 200, 3, seed=1)
        expect.close(got, expected, rtol=0, atol=1e-8)


@gated
@function("minibatch_sgd")
def test_minibatch_sgd_rejects_bad_input(student, expect):
    X, y = [[1.0], [2.0], [3.0]], [1.0, 2.0, 3.0]
    check_errors(
        expect,
        student.minibatch_sgd,
        [
            ("batch_size-zero", (X, y, 0.1, 2, 0), {}),
            ("batch_size-above-n", (X, y, 0.1, 2, 4), {}),
            ("batch_size-not-an-integer", (X, y, 0.1, 2, 1.5), {}),
            ("n_epochs-negative", (X, y, 0.1, -1, 1), {}),
            ("lr-zero", (X, y, 0.0, 2, 1), {}),
            ("y-wrong-length", (X, [1.0, 2.0], 0.1, 2, 1), {}),
            ("X-is-1-d", ([1.0, 2.0, 3.0], y, 0.1, 2, 1), {}),
        ],
        reason="1 <= batch_size <= n and n_epochs >= 0 must be integers, lr > 0, and "
        "X (n, d) must match y (n,)",
    )


# ------------------------------------------------------------------ numerical_gradient_mse


@function("numerical_gradient_mse")
@weight(2)
def test_numerical_gradient_hand_worked(student, expect):
    X, y, w = [[1, 2], [3, 4]], [1, 1], [1, 0]
    check_cases(
        expect,
        student.numerical_gradient_mse,
        [
            ("docstring-default-eps", (X, y, w), {}, [6.0, 8.0]),
            ("large-eps-is-still-exact", (X, y, w), {"eps": 0.5}, [6.0, 8.0]),
            ("1x1-eps-1", ([[2]], [1], [3]), {"eps": 1.0}, [20.0]),
        ],
        rtol=1e-6,
        atol=1e-6,
    )


@function("numerical_gradient_mse")
@weight(2)
def test_numerical_gradient_matches_the_analytic_one(student, expect, rng):
    for n, d, eps in [(1, 1, None), (6, 3, 1e-3), (10, 4, 0.1)]:
        X, y, w = random_problem(rng, n, d)
        originals = [X.copy(), y.copy(), w.copy()]
        expected = gradient_oracle(X, y, w)
        loss = loss_oracle(X, y, w)
        kwargs = {} if eps is None else {"eps": eps}
        atol = (1e-7 if eps is None else 1e-9) * max(1.0, loss)
        with expect.case(f"random-{n}x{d}-eps-{eps or 'default'}"):
            got = student.numerical_gradient_mse(X, y, w, **kwargs)
            expect.close(got, expected, rtol=1e-6, atol=atol)
            check_unmodified(expect, [X, y, w], originals)


@gated
@function("numerical_gradient_mse")
def test_numerical_gradient_rejects_bad_input(student, expect):
    X, y, w = [[1.0, 2.0], [3.0, 4.0]], [1.0, 1.0], [1.0, 0.0]
    check_errors(
        expect,
        student.numerical_gradient_mse,
        [
            ("eps-zero", (X, y, w), {"eps": 0.0}),
            ("eps-negative", (X, y, w), {"eps": -1e-3}),
            ("X-is-1-d", ([1.0, 2.0], y, [1.0]), {}),
            ("w-wrong-length", (X, y, [1.0, 0.0, 0.0]), {}),
        ],
        reason="eps must be > 0, and X (n, d), y (n,) and w (d,) must match",
    )


@function("numerical_gradient_mse")
@rule("do not call ``mse_gradient``")
def test_numerical_gradient_does_not_use_the_formula(student, expect, student_source):
    expect.close(
        student.numerical_gradient_mse([[1.0]], [1.0], [2.0]), [2.0], rtol=1e-6, atol=1e-6
    )
    node = function_node(student_source, "numerical_gradient_mse")
    if node is None:
        rule_broken(
            "could not find a top-level definition of numerical_gradient_mse in your module"
        )
    names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    if "mse_gradient" in names:
        rule_broken(
            "numerical_gradient_mse calls mse_gradient. A gradient check must not use the "
            "formula it checks: evaluate the loss at w + eps e_j and w - eps e_j for each "
            "coordinate j and divide the difference by 2 eps."
        )


# ------------------------------------------------------------------ max_stable_learning_rate


@function("max_stable_learning_rate")
@weight(2)
def test_max_stable_learning_rate_hand_worked(student, expect):
    check_scalars(
        expect,
        student.max_stable_learning_rate,
        [
            ("docstring-diagonal", ([[1, 0], [0, 2]],), 0.5),
            ("1x1", ([[2]],), 0.25),
            ("three-equal-samples", ([[1], [1], [1]],), 1.0),
            ("rank-1-2x2", ([[1, 1], [1, 1]],), 0.5),
            ("all-zeros-is-flat", (np.zeros((3, 2)),), math.inf),
            ("4-samples-3-features", ([[2, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0]],), 1.0),
        ],
        rtol=1e-12,
        atol=0.0,
    )


@function("max_stable_learning_rate")
@weight(2)
def test_max_stable_learning_rate_random(student, expect, rng):
    for n, d in [(1, 3), (7, 2), (20, 4)]:
        X = rng.normal(scale=3.0, size=(n, d))
        original = X.copy()
        with expect.case(f"random-{n}x{d}"):
            got = student.max_stable_learning_rate(X)
            expect.scalar(got, stable_rate_oracle(X), kind=float, rtol=1e-10, atol=0.0)
            check_unmodified(expect, [X], [original])


@function("max_stable_learning_rate")
def test_max_stable_learning_rate_is_the_threshold(student, expect, rng):
    X = rng.normal(size=(10, 3))
    hessian = 2.0 / X.shape[0] * X.T @ X
    top = np.linalg.eigh(hessian)[1][:, -1]
    got = student.max_stable_learning_rate(X)
    expect.scalar(got, kind=float)
    growth = {}
    for factor in (0.98, 1.02):
        step = np.eye(3) - factor * float(got) * hessian
        error = top.copy()
        for _ in range(400):
            error = step @ error
        growth[factor] = float(np.linalg.norm(error))
    expect.that(
        growth[0.98] < 1e-3,
        f"returned {got!r}, but gradient descent at 0.98 times that rate does not "
        "converge: the rate is too large",
    )
    expect.that(
        growth[1.02] > 1e3,
        f"returned {got!r}, but gradient descent at 1.02 times that rate still "
        "converges: the rate is too small (it should be 2 / lambda_max of (2/n) X^T X)",
    )


@gated
@function("max_stable_learning_rate")
def test_max_stable_learning_rate_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.max_stable_learning_rate,
        [
            ("1-d", ([1.0, 2.0],), {}),
            ("no-rows", (np.zeros((0, 2)),), {}),
            ("no-columns", (np.zeros((2, 0)),), {}),
            ("3-d", (np.zeros((2, 2, 2)),), {}),
        ],
        reason="X must be a 2-D array with at least one row and one column",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _learning_rate: `if np.ndim(lr) != 0 or not lr > 0:` -> `if (not lr > 0):`: lr is
#   documented as a number; for a number np.ndim is 0.
# - _loss: `residual = X @ w - y` -> `residual = (y - X @ w)`: a residual and its negative
#   have the same square.
# - _loss: `return float(residual @ residual / y.shape[0])` -> `return float(residual @
#   residual / y.shape[(-1)])`: y is checked to be 1-D first, so shape[-1] is shape[0].
# - _gradient: `return (2.0 / y.shape[0]) * (X.T @ (X @ w - y))` -> `return (2.0 /
#   y.shape[(-1)]) * (X.T @ (X @ w - y))`: y is checked to be 1-D first, so shape[-1] is
#   shape[0].
# - minibatch_sgd: `if not 1 <= batch_size <= n:` -> `if not (0) <= batch_size <= n:`: a
#   batch size of 0 then fails in range(0, n, 0), with a ValueError all the same.
# - numerical_gradient_mse: `if np.ndim(eps) != 0 or not eps > 0:` -> `if (not eps > 0):`:
#   eps is documented as a number; for a number np.ndim is 0.
# - numerical_gradient_mse: `gradient = np.empty(w.shape[0])` -> `gradient =
#   np.empty(w.shape[(-1)])`, `for j in range(w.shape[0]):` -> `for j in
#   range(w.shape[(-1)]):`, `step = np.zeros(w.shape[0])` -> `step =
#   np.zeros(w.shape[(-1)])`: w is checked to be 1-D first, so shape[-1] is shape[0].
# - max_stable_learning_rate: `hessian = (2.0 / X.shape[0]) * (X.T @ X)` -> `hessian =
#   (2.0 / X.shape[0]) * ((X @ X.T))`: X @ X.T and X.T @ X have the same non-zero
#   eigenvalues, so the same largest one.
# - max_stable_learning_rate: `if largest <= 0.0:` -> `if (largest < 0.0):`: for X = 0 the
#   largest eigenvalue is 0, and 2 / 0.0 in numpy is inf, the same answer.
