"""Hidden suite for Part 17: Tensors and Higher-Order Generalizations.

Each function is checked on hand-worked cases, on seeded random inputs of
several shapes (inputs left unmodified), on the edge cases its contract names
(a batch of one 1x1 matrix, a single sample, a single pixel, constant
channels, scores so large that a naive softmax overflows, masks that forbid
all keys but one) and for every documented error. A test item checks a whole
table of named cases, so that a failure names its case while the session
stays small. ``bilinear_form`` is also read, never run, to enforce the rule of
the exercise: vectorised, as docs/conventions.md defines it
(``grader.checks.python_loops``).

Oracles are independent of the reference solution and never use the axis
tricks the exercises teach: plain Python loops over the batch, the samples or
every index (allowed here, in the grader) with ``np.dot`` on one pair of
matrices or vectors at a time; ``statistics.fmean`` and ``statistics.pstdev``
on the list of a channel's values; and a softmax written with ``math.exp``
and ``math.fsum`` one query at a time, shifted by the row's largest allowed
score. Properties are checked as well: attention rows sum to 1 and masked
weights are exactly 0; a standardised channel has mean 0 and standard
deviation 1.

Tolerances, and why:

- Moving axes and flattening copy numbers without arithmetic, so those
  results must be exact: ``rtol=atol=0``.
- Batched products, bilinear forms and standardised values are sums of at
  most a few dozen products of numbers of order 1-300: a correct float64 result
  has a relative error of about 1e-14. ``rtol=atol=1e-9`` leaves a wide margin
  for any order of summation (einsum, ``@``, a product then a row sum) and still
  fails every wrong formula, which is off by more than 1e-2 on these inputs
  (ddof=1 against ddof=0 on 36 values changes a result by 1.4 %).
- Attention weights come from ``exp`` of scores shifted by their row maximum;
  with scores up to 1e6 the shift loses at most about 1e6 * 2e-16 = 2e-10 in
  a score, which changes a weight by the same relative amount.
  ``rtol=atol=1e-9`` covers it. Masked weights must be exactly 0 (``atol=0``):
  the contract says so, and ``exp(-inf)`` is exactly 0.
"""

import math
import statistics

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

TOL = {"rtol": 1e-9, "atol": 1e-9}
EXACT = {"rtol": 0.0, "atol": 0.0}

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated
rule = pytest.mark.rule


def check_cases(expect, call, cases, tolerance=TOL):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **tolerance)


# ------------------------------------------------------------------ batch_matmul


def batch_matmul_oracle(A, B):
    return np.array([np.dot(a, b) for a, b in zip(A, B, strict=True)])


@function("batch_matmul")
def test_batch_matmul_hand_worked(student, expect):
    check_cases(
        expect,
        student.batch_matmul,
        [
            ("docstring", ([[[1, 2]], [[3, 4]]], [[[1], [1]], [[2], [0]]]), [[[3.0]], [[6.0]]]),
            ("one-1x1-matrix", ([[[3]]], [[[-2]]]), [[[-6.0]]]),
            (
                "identity-then-swap",
                ([np.eye(2), [[0, 1], [1, 0]]], [[[1, 2], [3, 4]], [[1, 2], [3, 4]]]),
                [[[1.0, 2.0], [3.0, 4.0]], [[3.0, 4.0], [1.0, 2.0]]],
            ),
            (
                "(1,2,3)-times-(1,3,1)",
                ([[[1, 0, 2], [0, 1, -1]]], [[[1], [2], [3]]]),
                [[[7.0], [-1.0]]],
            ),
        ],
    )


@function("batch_matmul")
@weight(2)
def test_batch_matmul_random(student, expect, rng):
    for b, m, n, p in [(1, 1, 1, 1), (3, 2, 4, 5), (5, 3, 3, 2)]:
        A, B = rng.normal(size=(b, m, n)), rng.normal(size=(b, n, p))
        originals = [A.copy(), B.copy()]
        with expect.case(f"({b},{m},{n})-times-({b},{n},{p})"):
            expect.close(student.batch_matmul(A, B), batch_matmul_oracle(A, B), **TOL)
            check_unmodified(expect, [A, B], originals)


@gated
@function("batch_matmul")
def test_batch_matmul_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.batch_matmul,
        [
            ("A-is-2-d", (np.ones((2, 3)), np.ones((1, 3, 2)))),
            ("A-is-2-d-with-as-many-rows-as-B-matrices", (np.ones((2, 2)), np.ones((2, 2, 2)))),
            ("B-is-2-d-and-would-broadcast", (np.ones((2, 2, 2)), np.ones((2, 2)))),
            ("B-is-4-d", (np.ones((1, 2, 3)), np.ones((1, 1, 3, 2)))),
            ("batch-sizes-2-and-3", (np.ones((2, 2, 2)), np.ones((3, 2, 2)))),
            ("batch-of-1-would-broadcast", (np.ones((1, 2, 2)), np.ones((3, 2, 2)))),
            ("inner-dimensions-3-and-2", (np.ones((2, 4, 3)), np.ones((2, 2, 4)))),
        ],
        reason="A and B must be 3-D, with equal batch sizes (no broadcasting of the batch "
        "axis) and A's last axis equal to B's middle axis",
    )


# ------------------------------------------------------------------ to_channels_first


def channels_first_oracle(images):
    n_, h_, w_, c_ = images.shape
    out = np.zeros((n_, c_, h_, w_))
    for n in range(n_):
        for h in range(h_):
            for w in range(w_):
                for c in range(c_):
                    out[n, c, h, w] = images[n, h, w, c]
    return out


@function("to_channels_first")
@weight(2)
def test_to_channels_first_moves_every_entry(student, expect, rng):
    cases = []
    for shape in [(1, 1, 1, 1), (2, 3, 4, 5), (2, 3, 3, 3), (1, 2, 4, 3)]:
        images = rng.integers(0, 256, size=shape)
        cases.append((f"shape-{shape}", (images,), channels_first_oracle(images)))
    check_cases(expect, student.to_channels_first, cases, EXACT)


@function("to_channels_first")
def test_to_channels_first_returns_a_new_array(student, expect, rng):
    images = rng.normal(size=(2, 2, 3, 3))
    original = images.copy()
    got = student.to_channels_first(images)
    expect.close(got, channels_first_oracle(original), **EXACT)
    expect.new_array(got)
    check_unmodified(expect, [images], [original])


@gated
@function("to_channels_first")
def test_to_channels_first_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.to_channels_first,
        [
            ("one-image-(H,W,C)", (np.zeros((4, 5, 3)),)),
            ("5-d-video-batch", (np.zeros((2, 3, 4, 5, 3)),)),
        ],
        reason="images must be a 4-D batch (N, H, W, C)",
    )


# ------------------------------------------------------------------ flatten_batch


def flatten_oracle(x):
    return [np.ravel(sample).tolist() if np.ndim(sample) else [float(sample)] for sample in x]


@function("flatten_batch")
@weight(2)
def test_flatten_batch_cases(student, expect, rng):
    x3 = np.arange(12).reshape(2, 2, 3)
    x4 = rng.normal(size=(3, 2, 3, 2))
    cases = [
        ("docstring-(2,2,3)", (x3,), flatten_oracle(x3)),
        ("1-d-(3,)-becomes-(3,1)", ([4, 5, 6],), [[4.0], [5.0], [6.0]]),
        ("already-2-d-(3,3)", (np.arange(9).reshape(3, 3),), np.arange(9.0).reshape(3, 3)),
        ("single-sample-(1,2,2,2)", (np.arange(8).reshape(1, 2, 2, 2),), [np.arange(8.0)]),
        ("random-(3,2,3,2)", (x4,), flatten_oracle(x4)),
    ]
    check_cases(expect, student.flatten_batch, cases, EXACT)


@function("flatten_batch")
def test_flatten_batch_returns_a_new_array(student, expect, rng):
    x = rng.normal(size=(2, 3, 2))
    original = x.copy()
    got = student.flatten_batch(x)
    expect.close(got, flatten_oracle(original), **EXACT)
    expect.new_array(got)
    check_unmodified(expect, [x], [original])


@gated
@function("flatten_batch")
def test_flatten_batch_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.flatten_batch,
        [("0-d-scalar", (5.0,)), ("no-samples-(0,3)", (np.zeros((0, 3)),))],
        reason="x needs a batch axis with at least one sample",
    )


# ------------------------------------------------------------------ standardize_channels


def standardize_oracle(images):
    out = np.zeros(images.shape)
    for c in range(images.shape[3]):
        values = images[..., c].ravel().tolist()
        mean, std = statistics.fmean(values), statistics.pstdev(values)
        if std <= 1e-12 * max(abs(v) for v in values):
            continue
        out[..., c] = (images[..., c] - mean) / std
    return out


@function("standardize_channels")
@weight(2)
def test_standardize_channels_hand_worked(student, expect):
    two_channels = [[[[1, 10], [3, 10]], [[5, 10], [7, 10]]]]  # (1, 2, 2, 2)
    s = 1 / math.sqrt(5)  # the first channel 1, 3, 5, 7 has mean 4 and std sqrt(5)
    check_cases(
        expect,
        student.standardize_channels,
        [
            ("docstring", ([[[[1], [3]]]],), [[[[-1.0], [1.0]]]]),
            (
                "second-channel-constant-10",
                (two_channels,),
                [[[[-3 * s, 0.0], [-s, 0.0]], [[s, 0.0], [3 * s, 0.0]]]],
            ),
            ("constant-0.1-with-rounding", (np.full((2, 3, 3, 1), 0.1),), np.zeros((2, 3, 3, 1))),
            ("single-pixel-(1,1,1,3)", ([[[[0.2, -4.0, 9.0]]]],), np.zeros((1, 1, 1, 3))),
            # "constant" is relative to the channel's size: 1e-15 * [1, 3] is not constant
            ("channel-of-size-1e-15", ([[[[1e-15], [3e-15]]]],), [[[[-1.0], [1.0]]]]),
            (
                "stats-over-the-batch-axis",
                ([[[[0.0]]], [[[2.0]]], [[[4.0]]], [[[6.0]]]],),
                np.array([-3.0, -1.0, 1.0, 3.0]).reshape(4, 1, 1, 1) / math.sqrt(5),
            ),
        ],
    )


@function("standardize_channels")
@weight(3)
def test_standardize_channels_random(student, expect, rng):
    for shape in [(4, 3, 3, 2), (1, 5, 4, 3), (6, 2, 2, 1)]:
        centres = rng.uniform(0, 255, size=shape[3])
        spreads = rng.uniform(0.5, 40, size=shape[3])
        images = centres + spreads * rng.normal(size=shape)
        original = images.copy()
        with expect.case(f"shape-{shape}"):
            got = student.standardize_channels(images)
            expect.close(got, standardize_oracle(images), **TOL)
            check_unmodified(expect, [images], [original])


@gated
@function("standardize_channels")
def test_standardize_channels_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.standardize_channels,
        [
            ("one-image-(H,W,C)", (np.ones((4, 4, 3)),)),
            ("no-images-(0,2,2,3)", (np.zeros((0, 2, 2, 3)),)),
            ("no-channels-(2,2,2,0)", (np.zeros((2, 2, 2, 0)),)),
        ],
        reason="images must be a non-empty 4-D batch (N, H, W, C)",
    )


# ------------------------------------------------------------------ bilinear_form


def bilinear_oracle(x, W, y):
    return [float(np.dot(np.dot(xi, W), yi)) for xi, yi in zip(x, y, strict=True)]


@function("bilinear_form")
@weight(2)
def test_bilinear_form_hand_worked(student, expect):
    check_cases(
        expect,
        student.bilinear_form,
        [
            ("docstring", ([[1, 0], [0, 1]], [[1, 2], [3, 4]], [[0, 1], [1, 0]]), [2.0, 3.0]),
            ("one-sample-1x1", ([[2]], [[3]], [[-4]]), [-24.0]),
            (
                "W-2x3-not-square",
                ([[1, 2], [0, 1]], [[1, 0, 2], [0, 1, 0]], [[1, 1, 1], [0, 0, 1]]),
                [5.0, 0.0],
            ),
            ("W-zero", ([[1, 2], [3, 4]], np.zeros((2, 2)), [[5, 6], [7, 8]]), [0.0, 0.0]),
            ("W-not-symmetric", ([[0, 1]], [[0, 5], [1, 0]], [[1, 0]]), [1.0]),
        ],
    )


@function("bilinear_form")
@weight(2)
def test_bilinear_form_random(student, expect, rng):
    for n, p, q in [(1, 1, 1), (5, 3, 4), (7, 2, 2)]:
        x, W, y = rng.normal(size=(n, p)), rng.normal(size=(p, q)), rng.normal(size=(n, q))
        originals = [x.copy(), W.copy(), y.copy()]
        with expect.case(f"n={n}-p={p}-q={q}"):
            expect.close(student.bilinear_form(x, W, y), bilinear_oracle(x, W, y), **TOL)
            check_unmodified(expect, [x, W, y], originals)


@function("bilinear_form")
@rule(VECTORISED)
def test_bilinear_form_has_no_python_loop(student, expect, student_source):
    # One call first: an unfinished function is "not started", not "loop-free".
    expect.close(student.bilinear_form([[1.0]], [[2.0]], [[3.0]]), [6.0], **TOL)
    loops = python_loops(student_source, "bilinear_form")
    expect.that(
        not loops,
        f"works, but the exercise asks for vectorised code (no Python loop) and the code has "
        f"{describe_loops(loops)}. Compute every x[i] @ W @ y[i] at once: (x @ W) * y summed "
        "along each row, or one np.einsum over the indices i, p, q.",
    )


@gated
@function("bilinear_form")
def test_bilinear_form_rejects_bad_shapes(student, expect):
    x, W, y = np.ones((3, 2)), np.ones((2, 4)), np.ones((3, 4))
    check_errors(
        expect,
        student.bilinear_form,
        [
            ("x-is-1-d", (np.ones(2), W, y)),
            ("x-is-1-d-of-length-n", (np.ones(3), W, y)),
            ("y-is-1-d-of-length-n", (x, W, np.ones(3))),
            ("W-is-1-d", (x, np.ones(2), y)),
            ("3-rows-of-x-2-of-y", (x, W, np.ones((2, 4)))),
            ("1-row-of-y-would-broadcast", (x, W, np.ones((1, 4)))),
            ("x-has-3-columns-W-2-rows", (np.ones((3, 3)), W, y)),
            ("W-has-4-columns-y-3", (x, W, np.ones((3, 3)))),
        ],
        reason="x (n, p), W (p, q) and y (n, q) must be 2-D with matching n, p and q",
    )


# ------------------------------------------------------------------ attention


def attention_oracle(Q, K, V, mask=None):
    """Softmax one query at a time with math.exp, then a weighted sum of the rows of V."""
    d_k = Q.shape[1]
    weights = np.zeros((Q.shape[0], K.shape[0]))
    for i, q in enumerate(Q):
        allowed = [j for j in range(K.shape[0]) if mask is None or mask[i][j]]
        scores = {j: float(np.dot(q, K[j])) / math.sqrt(d_k) for j in allowed}
        top = max(scores.values())
        total = math.fsum(math.exp(s - top) for s in scores.values())
        for j, s in scores.items():
            weights[i, j] = math.exp(s - top) / total
    output = np.array(
        [
            [math.fsum(w * v for w, v in zip(row, col, strict=True)) for col in V.T]
            for row in weights
        ]
    )
    return output, weights


def check_attention(expect, got, expected_output, expected_weights, mask=None):
    """``got`` is a pair (output, weights) close to the expected ones; masked weights are 0."""
    expect.that(
        isinstance(got, (tuple, list)) and len(got) == 2,
        "must return a pair (output, weights)",
    )
    output, weights = got
    expect.close(weights, expected_weights, **TOL)
    if mask is not None:
        masked = np.where(np.asarray(mask), 0.0, weights)
        expect.that(
            not masked.any(), "gave a non-zero weight where the mask is False; it must be 0"
        )
    expect.close(output, expected_output, **TOL)


@function("scaled_dot_product_attention")
@weight(3)
def test_attention_hand_worked(student, expect):
    a = 1 / (1 + math.exp(-math.sqrt(2)))  # softmax of the scores (sqrt 2, 0)
    V = [[1.0, 2.0], [3.0, 4.0]]
    cases = [
        (
            "docstring-masked",
            ([[1, 0]], [[1, 0], [0, 1]], V),
            {"mask": [[True, False]]},
            [[1.0, 2.0]],
            [[1.0, 0.0]],
        ),
        ("zero-query-uniform", ([[0, 0]], [[1, 0], [0, 1]], V), {}, [[2.0, 3.0]], [[0.5, 0.5]]),
        (
            "scaled-by-sqrt-2",
            ([[2, 0]], [[1, 0], [0, 1]], V),
            {},
            [[a + 3 * (1 - a), 2 * a + 4 * (1 - a)]],
            [[a, 1 - a]],
        ),
        (
            "one-key",
            ([[3.0], [-1.0]], [[2.0]], [[5.0, -5.0]]),
            {},
            [[5.0, -5.0], [5.0, -5.0]],
            [[1.0], [1.0]],
        ),
    ]
    for name, args, kwargs, output, weights in cases:
        with expect.case(name):
            got = student.scaled_dot_product_attention(*args, **kwargs)
            check_attention(expect, got, output, weights, kwargs.get("mask"))


@function("scaled_dot_product_attention")
@weight(4)
def test_attention_random(student, expect, rng):
    for n_q, n_k, d_k, d_v, masking in [
        (1, 1, 1, 1, "none"),
        (3, 5, 4, 2, "none"),
        (4, 4, 8, 3, "causal"),
        (6, 3, 2, 5, "random"),
    ]:
        Q, K, V = (
            rng.normal(size=(n_q, d_k)),
            rng.normal(size=(n_k, d_k)),
            rng.normal(size=(n_k, d_v)),
        )
        Q, K = 2 * Q, 2 * K  # larger scores make the scaling and the axis matter more
        mask = None
        if masking == "causal":
            mask = np.tril(np.ones((n_q, n_k), dtype=bool))
        elif masking == "random":
            mask = rng.random((n_q, n_k)) < 0.5
            mask[np.arange(n_q), rng.integers(0, n_k, size=n_q)] = True
        kwargs = {} if mask is None else {"mask": mask}
        arrays = [Q, K, V] + ([] if mask is None else [mask])
        originals = [a.copy() for a in arrays]
        with expect.case(f"n_q={n_q}-n_k={n_k}-d_k={d_k}-d_v={d_v}-mask-{masking}"):
            got = student.scaled_dot_product_attention(Q, K, V, **kwargs)
            check_attention(expect, got, *attention_oracle(Q, K, V, mask), mask)
            expect.close(got[1].sum(axis=1), np.ones(n_q), **TOL)
            check_unmodified(expect, arrays, originals)


@function("scaled_dot_product_attention")
@weight(2)
def test_attention_is_stable_for_huge_scores(student, expect):
    V = [[1.0, 2.0], [3.0, 4.0]]
    cases = [
        (
            "scores-near-+7e5-tied",
            [[1000.0, 0.0]],
            [[1000.0, 0.0], [1000.0, 0.0]],
            [[2.0, 3.0]],
            [[0.5, 0.5]],
        ),
        (
            "scores-near--7e5-tied",
            [[-1000.0, 0.0]],
            [[1000.0, 0.0], [1000.0, 0.0]],
            [[2.0, 3.0]],
            [[0.5, 0.5]],
        ),
        (
            "scores-7e5-apart",
            [[1000.0, 0.0]],
            [[1000.0, 0.0], [0.0, 1000.0]],
            [[1.0, 2.0]],
            [[1.0, 0.0]],
        ),
    ]
    for name, Q, K, output, weights in cases:
        with expect.case(name):
            got = student.scaled_dot_product_attention(Q, K, V)
            check_attention(expect, got, output, weights)


@gated
@function("scaled_dot_product_attention")
@weight(2)
def test_attention_rejects_bad_input(student, expect):
    Q, K, V = np.ones((2, 3)), np.ones((4, 3)), np.ones((4, 5))
    allowed = np.ones((2, 4), dtype=bool)
    no_key = allowed.copy()
    no_key[1] = False
    check_errors(
        expect,
        student.scaled_dot_product_attention,
        [
            ("Q-is-1-d", (np.ones(3), K, V)),
            ("Q-is-empty-(0,3)", (np.ones((0, 3)), K, V)),
            ("d_k-3-and-2", (Q, np.ones((4, 2)), V)),
            ("n_k-4-and-3", (Q, K, np.ones((3, 5)))),
            ("mask-of-0-and-1-ints", (Q, K, V), {"mask": allowed.astype(int)}),
            ("mask-transposed-(4,2)", (Q, K, V), {"mask": allowed.T.copy()}),
            ("mask-1-d-would-broadcast", (Q, K, V), {"mask": allowed[0].copy()}),
            ("mask-row-allows-no-key", (Q, K, V), {"mask": no_key}),
        ],
        reason="Q, K, V must be non-empty 2-D arrays with matching d_k and n_k, and the mask "
        "a boolean (n_q, n_k) array that allows at least one key in every row",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - standardize_channels: `constant = std <= 1e-12 * np.max(np.abs(images), axis=(0, 1,
#   2))` -> `constant = (std < 1e-12 * np.max(np.abs(images), axis=(0, 1, 2)))`: the two
#   differ only when std equals the limit to the last bit.
# - standardize_channels: `constant = std <= 1e-12 * np.max(np.abs(images), axis=(0, 1,
#   2))` -> `constant = std <= 1e-12 * (np.min(np.abs(images), axis=(0, 1, 2)))`: a channel
#   whose std is at most 1e-12 of its largest value has all its values within a factor 1 +-
#   1e-11 of each other, so its smallest and largest sizes give the same decision.
# - bilinear_form: `if x.shape[1] != W.shape[0] or W.shape[1] != y.shape[1]:` -> `if
#   (x.shape[1] != W.shape[0] and W.shape[1] != y.shape[1]):`, `if x.shape[1] != W.shape[0]
#   or W.shape[1] != y.shape[1]:` -> `if (W.shape[1] != y.shape[1]):`, `if x.shape[1] !=
#   W.shape[0] or W.shape[1] != y.shape[1]:` -> `if (x.shape[1] != W.shape[0]):`: a 2-D x, W
#   and y whose sizes do not fit are then refused by np.einsum, with a ValueError all the
#   same.
# - scaled_dot_product_attention: `empty = np.flatnonzero(~mask.any(axis=1))` -> `empty =
#   np.flatnonzero(~(mask.all(axis=1)))`, `empty = np.flatnonzero(~mask.any(axis=1))` ->
#   `empty = np.flatnonzero(~mask.any(axis=(2)))`, `empty =
#   np.flatnonzero(~mask.any(axis=1))` -> `empty = np.flatnonzero(~mask.any(axis=(0)))`:
#   this line only lists the empty rows for the error message; the ValueError is raised
#   either way (np.exceptions.AxisError is a ValueError).
