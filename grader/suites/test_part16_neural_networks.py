"""Hidden suite for Part 16: Neural Networks as Matrix Functions.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), and for every documented error. A
test item checks a whole table of named cases, so that a failure names its
case (``[dead-hidden-layer] mlp_gradients(...) returned ...``) while the
session stays small.

Oracles are independent of the reference solution:

- ``init_mlp``: the documented draws, made here with numpy's own generator.
- ``relu``, ``relu_grad``, ``softmax``, ``cross_entropy``: plain Python on
  lists (``max``, ``math.exp``, ``math.log``, ``math.fsum``), and hand-worked
  values such as ``softmax([[1000, 999, 998]])`` written out with ``e^-1``.
- ``dense_forward`` and ``mlp_forward``: one sample and one output at a time
  with ``math.fsum``, never a matrix product.
- ``dense_backward``: index sums written with ``np.einsum`` from the
  definition dW[i, j] = sum_k X[k, i] dZ[k, j] (and likewise dX and db).
- ``mlp_gradients``: centred finite differences of the loss, which this suite
  computes with its own log-sum-exp forward pass; plus a hand-worked network
  whose hidden pre-activations are exactly 0, where the documented slope 0 of
  ReLU decides the answer and a finite difference would not.

Tolerances. The closed-form functions do a few dozen operations on numbers of
order 1-10, so a correct float64 result is within about 1e-13 of the oracle;
``rtol=1e-9, atol=1e-12`` leaves a wide margin for any order of summation
while every wrong formula below is off by at least 1e-3. ``atol`` is small
because softmax probabilities such as ``e^-2 / (1 + e^-1 + e^-2)`` must keep
their relative accuracy. ``init_mlp`` must reproduce numpy's draws, so it gets
``rtol=1e-12``: the same generator gives the same numbers, up to the last bit
of ``std * z``. The finite differences use a step h = 1e-6 on losses of
order 1: the truncation error is O(h^2) ~ 1e-12 and the rounding error
O(1e-16 / h) ~ 1e-10, so ``rtol=1e-5, atol=1e-7`` is safe for gradients of
order 0.01-1, while forgetting the 1/n, the ReLU mask or the sign changes
them by a factor or more. Random pre-activations are continuous, so none lies
within h of the ReLU's kink except with negligible probability.
"""

import itertools
import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, check_unmodified

TOL = {"rtol": 1e-9, "atol": 1e-12}
DRAW_TOL = {"rtol": 1e-12, "atol": 0.0}
FD_TOL = {"rtol": 1e-5, "atol": 1e-7}
FD_STEP = 1e-6

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


def check_cases(expect, call, cases):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **TOL)


def flat(params):
    """Every array of a list of (W, b) pairs, for copies and comparisons."""
    return [array for pair in params for array in pair]


def check_pairs(expect, got, expected, names, tol, case):
    """``got`` is a list of (A, B) tuples close to ``expected``, one pair per layer.

    A failure names the case, the layer (counting from 0) and the array, such as
    ``[finite-differences-5x3, layer 1, db]``.
    """
    with expect.case(case):
        expect.that(
            isinstance(got, list),
            f"returned {type(got).__name__}; expected a list with one "
            f"({names[0]}, {names[1]}) pair per layer",
        )
        expect.that(
            len(got) == len(expected),
            f"returned {len(got)} pairs; expected {len(expected)}, one per layer",
        )
    for layer, (pair, targets) in enumerate(zip(got, expected, strict=True)):
        with expect.case(f"{case}, layer {layer}"):
            expect.that(
                isinstance(pair, tuple) and len(pair) == 2,
                f"returned {type(pair).__name__} {str(pair)[:40]} for layer {layer}; "
                f"expected a tuple ({names[0]}, {names[1]})",
            )
        for name, array, target in zip(names, pair, targets, strict=True):
            with expect.case(f"{case}, layer {layer}, {name}"):
                expect.close(array, target, **tol)


def random_params(rng, sizes):
    return [
        (rng.normal(scale=0.8, size=(m, k)), rng.normal(scale=0.5, size=k))
        for m, k in itertools.pairwise(sizes)
    ]


# ------------------------------------------------------------------ init_mlp


def init_oracle(sizes, seed):
    generator = np.random.default_rng(seed)
    return [
        (generator.normal(0.0, np.sqrt(2.0 / m), size=(m, k)), np.zeros(k))
        for m, k in itertools.pairwise(sizes)
    ]


@function("init_mlp")
@weight(3)
def test_init_mlp_makes_the_documented_draws(student, expect):
    cases = [
        ("equal-widths-seed-3", ([5, 5, 5, 5], 3)),
        ("single-1x1-layer", ([1, 1], 7)),
        ("wide-input-seed-11", ([40, 3], 11)),
    ]
    for name, (sizes, seed) in cases:
        with expect.case(name):
            got = student.init_mlp(sizes, seed)
        check_pairs(expect, got, init_oracle(sizes, seed), ("W", "b"), DRAW_TOL, name)
    with expect.case("default-seed-is-0"):
        got = student.init_mlp([4, 3, 2])
    check_pairs(expect, got, init_oracle([4, 3, 2], 0), ("W", "b"), DRAW_TOL, "default-seed-is-0")


@gated
@function("init_mlp")
def test_init_mlp_rejects_bad_sizes(student, expect):
    check_errors(
        expect,
        student.init_mlp,
        [
            ("one-size-only", ([3],)),
            ("zero-width", ([3, 0, 2],)),
            ("negative-width", ([3, -2],)),
            ("fractional-width", ([3, 2.5],)),
            ("a-bool-width", ([3, True],)),
        ],
        reason="layer_sizes needs at least two entries, each a positive integer",
    )


# ------------------------------------------------------------------ relu


def relu_oracle(Z):
    return np.array([max(z, 0.0) for z in np.ravel(Z).tolist()]).reshape(np.shape(Z))


@function("relu")
def test_relu_hand_worked(student, expect):
    cube = np.arange(-12, 12).reshape(2, 3, 4)
    check_cases(
        expect,
        student.relu,
        [
            ("docstring-int-list", ([-1, 0, 2],), [0.0, 0.0, 2.0]),
            ("matrix", ([[-1.5, 2.0], [3.0, -0.25]],), [[0.0, 2.0], [3.0, 0.0]]),
            ("3-d-int-array", (cube,), relu_oracle(cube.astype(float))),
        ],
    )


@function("relu")
def test_relu_random_returns_a_new_array(student, expect, rng):
    for shape in [(7,), (4, 3)]:
        with expect.case(f"shape-{shape}"):
            Z = rng.normal(size=shape)
            original = Z.copy()
            got = student.relu(Z)
            expect.close(got, relu_oracle(original), **TOL)
            expect.new_array(got)
            check_unmodified(expect, [Z], [original])


@gated
@function("relu")
def test_relu_rejects_empty_input(student, expect):
    check_errors(
        expect,
        student.relu,
        [("empty-list", ([],)), ("no-rows", (np.zeros((0, 3)),))],
        reason="Z must have at least one entry",
    )


# ------------------------------------------------------------------ relu_grad


@function("relu_grad")
@weight(2)
def test_relu_grad_values(student, expect, rng):
    check_cases(
        expect,
        student.relu_grad,
        [
            ("docstring", ([-1, 0, 2],), [0.0, 0.0, 1.0]),
            (
                "zero-is-on-the-flat-side",
                ([[0.0, -0.0, 1e-300], [-1e-300, 5.0, -5.0]],),
                [[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]],
            ),
            ("3-d", (np.arange(-4, 4).reshape(2, 2, 2),), [[[0, 0], [0, 0]], [[0, 1], [1, 1]]]),
        ],
    )
    with expect.case("random-5x4"):
        Z = rng.normal(scale=3.0, size=(5, 4))
        original = Z.copy()
        expected = [[1.0 if z > 0 else 0.0 for z in row] for row in Z.tolist()]
        expect.close(student.relu_grad(Z), expected, **TOL)
        check_unmodified(expect, [Z], [original])


@gated
@function("relu_grad")
def test_relu_grad_rejects_empty_input(student, expect):
    check_errors(
        expect,
        student.relu_grad,
        [("empty-list", ([],))],
        reason="Z must have at least one entry",
    )


# ------------------------------------------------------------------ softmax


def softmax_oracle(Z):
    rows = []
    for row in Z.tolist():
        exps = [math.exp(z) for z in row]
        total = math.fsum(exps)
        rows.append([e / total for e in exps])
    return rows


@function("softmax")
def test_softmax_hand_worked(student, expect):
    check_cases(
        expect,
        student.softmax,
        [
            ("2x2-by-hand", ([[0.0, math.log(3.0)], [2.0, 2.0]],), [[0.25, 0.75], [0.5, 0.5]]),
            ("one-class-per-row", ([[3.0], [-2.0]],), [[1.0], [1.0]]),
            ("uniform-row", ([[2, 2, 2, 2]],), [[0.25, 0.25, 0.25, 0.25]]),
        ],
    )


@function("softmax")
@weight(2)
def test_softmax_is_stable_for_large_logits(student, expect):
    e1, e2 = math.exp(-1.0), math.exp(-2.0)
    s3, s2 = 1.0 + e1 + e2, 1.0 + e1
    check_cases(
        expect,
        student.softmax,
        [
            ("large-logits", ([[1000.0, 999.0, 998.0]],), [[1 / s3, e1 / s3, e2 / s3]]),
            ("very-negative-logits", ([[-1000.0, -1001.0]],), [[1 / s2, e1 / s2]]),
            ("logits-1000-apart", ([[1000.0, 0.0], [0.0, 1000.0]],), [[1.0, 0.0], [0.0, 1.0]]),
            (
                "each-row-its-own-scale",
                ([[0.0, 0.0], [1000.0, 1000.0], [-1000.0, -999.0]],),
                [[0.5, 0.5], [0.5, 0.5], [e1 / s2, 1 / s2]],
            ),
        ],
    )


@function("softmax")
@weight(2)
def test_softmax_random_rows(student, expect, rng):
    for n, c in [(1, 5), (3, 3)]:
        with expect.case(f"{n}x{c}"):
            Z = rng.normal(scale=3.0, size=(n, c))
            original = Z.copy()
            got = student.softmax(Z)
            expect.close(got, softmax_oracle(original), **TOL)
            check_unmodified(expect, [Z], [original])


@gated
@function("softmax")
def test_softmax_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.softmax,
        [
            ("1-d", ([1.0, 2.0, 3.0],)),
            ("no-rows", (np.zeros((0, 3)),)),
            ("no-columns", (np.zeros((2, 0)),)),
        ],
        reason="Z must be a non-empty 2-D array, one sample per row",
    )


# ------------------------------------------------------------------ cross_entropy


def cross_entropy_oracle(probs, labels):
    logs = [math.log(max(row[y], 1e-12)) for row, y in zip(probs.tolist(), labels, strict=True)]
    return -math.fsum(logs) / len(logs)


@function("cross_entropy")
@weight(2)
def test_cross_entropy_hand_worked(student, expect):
    cases = [
        ("docstring", ([[0.5, 0.5], [0.5, 0.5]], [0, 1]), math.log(2.0)),
        ("confident-and-right", ([[1.0, 0.0], [0.0, 1.0]], [0, 1]), 0.0),
        ("zero-probability-is-clipped", ([[0.0, 1.0]], [0]), -math.log(1e-12)),
        (
            "float-labels",
            ([[0.25, 0.75], [0.6, 0.4], [0.1, 0.9]], [1.0, 0.0, 0.0]),
            -(math.log(0.75) + math.log(0.6) + math.log(0.1)) / 3,
        ),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            expect.scalar(student.cross_entropy(*args), expected, kind=float, **TOL)


@function("cross_entropy")
@weight(2)
def test_cross_entropy_random(student, expect, rng):
    for n, c in [(7, 4), (1, 3)]:
        with expect.case(f"{n}-samples-{c}-classes"):
            logits = rng.normal(scale=2.0, size=(n, c))
            probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
            labels = rng.integers(0, c, size=n)
            originals = [probs.copy(), labels.copy()]
            got = student.cross_entropy(probs, labels)
            expect.scalar(got, cross_entropy_oracle(probs, labels.tolist()), kind=float, **TOL)
            check_unmodified(expect, [probs, labels], originals)


@gated
@function("cross_entropy")
def test_cross_entropy_rejects_bad_input(student, expect):
    two = [[0.5, 0.5], [0.5, 0.5]]
    check_errors(
        expect,
        student.cross_entropy,
        [
            ("probs-1-d", ([0.5, 0.5], [0])),
            ("fewer-labels-than-samples", (two, [0])),
            ("label-equals-c", (two, [0, 2])),
            ("negative-label", (two, [-1, 0])),
            ("fractional-label", (two, [0.5, 1.0])),
            ("labels-as-a-column", (two, [[0], [1]])),
            ("no-samples", (np.zeros((0, 2)), [])),
        ],
        reason="probs is a non-empty (n, c) array and labels holds n whole numbers in [0, c)",
    )


# ------------------------------------------------------------------ dense_forward


def dense_oracle(X, W, b):
    """One output at a time: Z[k, j] = sum_i X[k, i] W[i, j] + b[j]."""
    columns = np.asarray(W).T.tolist()
    return [
        [
            math.fsum(x * w for x, w in zip(row, column, strict=True)) + bias
            for column, bias in zip(columns, np.ravel(b).tolist(), strict=True)
        ]
        for row in np.asarray(X).tolist()
    ]


@function("dense_forward")
def test_dense_forward_hand_worked(student, expect):
    check_cases(
        expect,
        student.dense_forward,
        [
            ("docstring", ([[1, 2]], [[1, 0, 1], [0, 1, 1]], [0, 0, 1]), [[1.0, 2.0, 4.0]]),
            (
                "3-samples-2-outputs",
                ([[1, 0], [0, 1], [1, 1]], [[2, 3], [4, 5]], [10, 20]),
                [[12.0, 23.0], [14.0, 25.0], [16.0, 28.0]],
            ),
            ("bias-per-column", ([[0, 0], [0, 0]], np.eye(2), [1, 2]), [[1.0, 2.0], [1.0, 2.0]]),
        ],
    )


@function("dense_forward")
@weight(2)
def test_dense_forward_random(student, expect, rng):
    for n, m, k in [(4, 3, 2), (1, 5, 3)]:
        with expect.case(f"X-{n}x{m}-W-{m}x{k}"):
            X, W, b = rng.normal(size=(n, m)), rng.normal(size=(m, k)), rng.normal(size=k)
            originals = [X.copy(), W.copy(), b.copy()]
            expect.close(student.dense_forward(X, W, b), dense_oracle(X, W, b), **TOL)
            check_unmodified(expect, [X, W, b], originals)


@gated
@function("dense_forward")
def test_dense_forward_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.dense_forward,
        [
            ("X-1-d", ([1.0, 2.0], [[1.0], [1.0]], [0.0])),
            ("b-2-d", ([[1.0, 2.0]], [[1.0], [1.0]], [[0.0]])),
            ("X-columns-differ-from-W-rows", ([[1.0, 2.0, 3.0]], [[1.0], [1.0]], [0.0])),
            ("b-too-long", ([[1.0, 2.0]], [[1.0], [1.0]], [0.0, 0.0])),
            ("b-of-length-1-would-broadcast", ([[1.0, 2.0]], np.eye(2), [5.0])),
        ],
        reason="X is (n, fan_in), W is (fan_in, fan_out) and b is (fan_out,)",
    )


# ------------------------------------------------------------------ dense_backward


def check_backward(expect, got, expected):
    """``got`` is the tuple (dX, dW, db), each close to ``expected``."""
    expect.that(
        isinstance(got, tuple) and len(got) == 3,
        f"returned {type(got).__name__} of length {len(got) if hasattr(got, '__len__') else '?'}"
        "; expected a tuple (dX, dW, db)",
    )
    for array, target in zip(got, expected, strict=True):
        expect.close(array, target, **TOL)


@function("dense_backward")
def test_dense_backward_hand_worked(student, expect):
    with expect.case("docstring"):
        got = student.dense_backward([[1, 0, 1]], [[1, 2]], [[1, 0, 1], [0, 1, 1]])
        check_backward(expect, got, ([[2.0, 1.0]], [[1.0, 0.0, 1.0], [2.0, 0.0, 2.0]], [1, 0, 1]))
    with expect.case("2-samples-sum-not-average"):
        got = student.dense_backward([[1, 2], [3, 4]], [[1, 0], [0, 1]], [[0, 1], [1, 0]])
        check_backward(expect, got, ([[2.0, 1.0], [4.0, 3.0]], [[1, 2], [3, 4]], [4.0, 6.0]))


@function("dense_backward")
@weight(3)
def test_dense_backward_random(student, expect, rng):
    for n, m, k in [(5, 3, 3), (1, 4, 2), (6, 2, 5)]:
        with expect.case(f"dZ-{n}x{k}-X-{n}x{m}-W-{m}x{k}"):
            dZ, X, W = rng.normal(size=(n, k)), rng.normal(size=(n, m)), rng.normal(size=(m, k))
            originals = [dZ.copy(), X.copy(), W.copy()]
            expected = (
                np.einsum("kj,ij->ki", dZ, W),
                np.einsum("ki,kj->ij", X, dZ),
                np.einsum("kj->j", dZ),
            )
            check_backward(expect, student.dense_backward(dZ, X, W), expected)
            check_unmodified(expect, [dZ, X, W], originals)


@gated
@function("dense_backward")
def test_dense_backward_rejects_bad_shapes(student, expect):
    X, W = np.ones((2, 3)), np.ones((3, 4))
    check_errors(
        expect,
        student.dense_backward,
        [
            ("dZ-1-d", (np.ones(4), X, W)),
            ("dZ-rows-differ-from-X-rows", (np.ones((3, 4)), X, W)),
            ("dZ-columns-differ-from-W-columns", (np.ones((2, 3)), X, W)),
            ("X-columns-differ-from-W-rows", (np.ones((2, 4)), np.ones((2, 2)), W)),
        ],
        reason="dZ is (n, fan_out), X is (n, fan_in) and W is (fan_in, fan_out)",
    )


# ------------------------------------------------------------------ mlp_forward


def forward_oracle(X, params):
    """Logits one sample at a time, with ReLU after every layer but the last."""
    logits = []
    for row in np.asarray(X).tolist():
        h = row
        for layer, (W, b) in enumerate(params):
            h = dense_oracle([h], W, b)[0]
            if layer < len(params) - 1:
                h = [max(z, 0.0) for z in h]
        logits.append(h)
    return logits


@function("mlp_forward")
def test_mlp_forward_hand_worked(student, expect):
    check_cases(
        expect,
        student.mlp_forward,
        [
            (
                "docstring",
                ([[1, -1]], [(np.eye(2), np.zeros(2)), (np.ones((2, 1)), np.array([0.5]))]),
                [[1.5]],
            ),
            (
                "logits-keep-their-sign",
                ([[1, 2]], [(np.eye(2), np.zeros(2)), (-np.ones((2, 1)), np.zeros(1))]),
                [[-3.0]],
            ),
            (
                "single-layer-no-relu",
                ([[1, -2], [-3, 0]], [(np.eye(2), np.array([0.0, -1.0]))]),
                [[1.0, -3.0], [-3.0, -1.0]],
            ),
        ],
    )


@function("mlp_forward")
@weight(2)
def test_mlp_forward_random(student, expect, rng):
    for n, sizes in [(6, [3, 5, 4, 2]), (1, [2, 3])]:
        with expect.case(f"{n}-samples-sizes-{sizes}"):
            X, params = rng.normal(size=(n, sizes[0])), random_params(rng, sizes)
            originals = [a.copy() for a in [X, *flat(params)]]
            got = student.mlp_forward(X, params)
            expect.close(got, forward_oracle(X, params), **TOL)
            check_unmodified(expect, [X, *flat(params)], originals)


@gated
@function("mlp_forward")
def test_mlp_forward_rejects_bad_shapes(student, expect):
    X = np.ones((2, 3))
    layer = (np.ones((3, 4)), np.zeros(4))
    check_errors(
        expect,
        student.mlp_forward,
        [
            ("X-1-d", (np.ones(3), [layer])),
            ("no-layers", (X, [])),
            ("layers-do-not-chain", (X, [layer, (np.ones((5, 2)), np.zeros(2))])),
            ("bias-of-length-1", (X, [(np.ones((3, 4)), np.zeros(1))])),
        ],
        reason="X is (n, s0), params is not empty and each W is (s(l-1), s(l)) with b (s(l),)",
    )


# ------------------------------------------------------------------ mlp_gradients


def loss_oracle(X, labels, params):
    """Mean softmax cross-entropy, through a log-sum-exp."""
    H = X
    for layer, (W, b) in enumerate(params):
        H = H @ W + b
        if layer < len(params) - 1:
            H = np.maximum(H, 0.0)
    shift = H.max(axis=1, keepdims=True)
    log_probs = H - shift - np.log(np.exp(H - shift).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(len(labels)), labels].mean()


def numerical_gradients(X, labels, params):
    """Centred differences of the loss for every entry of every W and b."""
    params = [(W.copy(), b.copy()) for W, b in params]
    gradients = []
    for pair in params:
        grads = []
        for array in pair:
            grad = np.zeros_like(array)
            for index in np.ndindex(array.shape):
                saved = array[index]
                array[index] = saved + FD_STEP
                up = loss_oracle(X, labels, params)
                array[index] = saved - FD_STEP
                down = loss_oracle(X, labels, params)
                array[index] = saved
                grad[index] = (up - down) / (2 * FD_STEP)
            grads.append(grad)
        gradients.append(tuple(grads))
    return gradients


@function("mlp_gradients")
@weight(2)
def test_mlp_gradients_hand_worked(student, expect):
    with expect.case("docstring"):
        got = student.mlp_gradients([[1, 2]], [0], [(np.zeros((2, 2)), np.zeros(2))])
    expected = [([[-0.5, 0.5], [-1.0, 1.0]], [-0.5, 0.5])]
    check_pairs(expect, got, expected, ("dW", "db"), TOL, "docstring")
    # every hidden pre-activation is exactly 0, so relu'(0) = 0 blocks the first layer
    X = [[1.0, 2.0], [-1.0, 0.5], [0.0, 3.0]]
    W2 = np.array([[1.0, -1.0, 0.0], [0.0, 2.0, 1.0], [1.0, 0.0, -1.0]])
    b2 = np.array([0.1, -0.2, 0.3])
    exps = [math.exp(v) for v in b2.tolist()]
    p = [e / math.fsum(exps) for e in exps]
    expected = [(np.zeros((2, 3)), np.zeros(3)), (np.zeros((3, 3)), [q - 1 / 3 for q in p])]
    with expect.case("dead-hidden-layer"):
        got = student.mlp_gradients(X, [0, 2, 1], [(np.zeros((2, 3)), np.zeros(3)), (W2, b2)])
    check_pairs(expect, got, expected, ("dW", "db"), TOL, "dead-hidden-layer")


@function("mlp_gradients")
@weight(4)
def test_mlp_gradients_match_finite_differences(student, expect, rng):
    for n, sizes in [(5, [3, 4, 3]), (4, [2, 3, 3, 2]), (1, [4, 2])]:
        case = f"{n}-samples-sizes-{sizes}"
        X, params = rng.normal(size=(n, sizes[0])), random_params(rng, sizes)
        labels = rng.integers(0, sizes[-1], size=n)
        originals = [a.copy() for a in [X, labels, *flat(params)]]
        with expect.case(case):
            got = student.mlp_gradients(X, labels, params)
            check_unmodified(expect, [X, labels, *flat(params)], originals)
        expected = numerical_gradients(X, labels, params)
        check_pairs(expect, got, expected, ("dW", "db"), FD_TOL, case)


@gated
@function("mlp_gradients")
def test_mlp_gradients_rejects_bad_input(student, expect):
    X = np.ones((2, 3))
    params = [(np.ones((3, 4)), np.zeros(4)), (np.ones((4, 2)), np.zeros(2))]
    check_errors(
        expect,
        student.mlp_gradients,
        [
            ("label-equals-sL", (X, [0, 2], params)),
            ("fractional-label", (X, [0, 0.5], params)),
            ("fewer-labels-than-samples", (X, [1], params)),
            ("no-layers", (X, [0, 1], [])),
            ("X-does-not-fit-the-first-layer", (np.ones((2, 4)), [0, 1], params)),
        ],
        reason="X is (n, s0), labels holds n whole numbers in [0, sL) and params is not empty",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _labels: `if labels.ndim != 1 or labels.shape[0] != n:` -> `if labels.ndim != 1 or
#   labels.shape[(-1)] != n:`: labels is checked to be 1-D first, so shape[-1] is shape[0].
# - _labels: `if not np.all(np.isfinite(values)) or np.any(values != np.round(values)):`
#   -> `if (np.any(values != np.round(values))):`, `if not np.all(np.isfinite(values)) or
#   np.any(values != np.round(values)):` -> `if not (np.any(np.isfinite(values))) or
#   np.any(values != np.round(values)):`: a NaN label is not equal to its rounding, and an
#   infinite one fails the range check [0, c), so the same ValueError comes either way.
# - relu: `return np.where(Z > 0, Z, 0.0)` -> `return np.where((Z >= 0), Z, 0.0)`: the two
#   differ only at Z = 0 (or -0.0), where both return zero.
# - mlp_gradients: `if n == 0:` -> `if n == (-1):`: an X without rows is refused earlier,
#   by the check that it is a non-empty matrix.
