"""Hidden suite for Part 11: Singular Value Decomposition.

Each function is checked on hand-worked cases (unsorted diagonals, tall and
wide shapes, 1x1 matrices, rank-deficient and zero matrices, the exact
boundary of a threshold), on seeded random inputs of several shapes (inputs
left unmodified), for its return type, and for every documented error. A test
item checks a whole table of named cases, so that a failure names its case
while the session stays small. One rule of the exercise is read from the
student's source, never run: ``pseudo_inverse`` is built from the SVD, not
from ``pinv``.

Oracles are independent of the reference solution and of any SVD routine
where possible. Random matrices are *built* with known singular values as
``A = Q1 diag(s) Q2^T``, with ``Q1``, ``Q2`` orthonormal columns from the QR
factorisation of Gaussian matrices, so that the exact answers follow from the
construction:

- ``low_rank_approximation``: ``Q1[:, :k] diag(s[:k]) Q2[:, :k]^T``, with
  ``s`` well separated so that the best rank-k approximation is unique;
  hand-worked diagonal and outer-product matrices.
- ``energy_retained``: ``math.fsum`` of the squares of Python's ``sorted``.
- ``rank_for_energy``: the cumulative energies of the known ``s``, with the
  threshold placed half-way between two of them, so that the answer is
  unambiguous whatever the rounding.
- ``pseudo_inverse``: ``Q2 diag(1/s) Q1^T`` over the non-zero ``s``;
  hand-worked inverses, zero matrices and a relative cutoff.
- ``compression_ratio``: integer counting, by hand.
- ``lsa_similarity``: the document representations ``Z = V_k diag(s_k)``
  have the Gram matrix ``Z Z^T``, the best rank-k approximation of
  ``A^T A``; it is computed from ``np.linalg.eigh(A^T A)``, and cosines
  follow from it without any sign choice. Hand-worked term-document matrices
  with one or two topics and zero documents.

Tolerances. The random matrices are at most 7 x 7 with singular values in
[0.4, 4.1] and gaps of at least 0.38 between neighbours, so a
backward-stable SVD reproduces every answer to about ``n * eps * kappa``
(below 1e-13); ``rtol=atol=1e-9`` leaves four orders of margin and still
fails every wrong formula, which is off by 1e-2 or more. Pseudo-inverses are
compared with ``rtol=1e-9`` and ``atol`` 1e-9 times the largest expected
entry, because their entries scale as ``1/s_min``: an SVD-based inverse has a
relative error of about ``kappa * eps`` (2e-12 for the ill-conditioned case,
``kappa = 1e4``), and the relative cutoff is tested on a matrix of scale
1e-20, whose inverse has entries 1e20. The rank-deficient random case uses
``rcond=1e-10``: its rounded "zero" singular values sit near 1e-16 and must
fall clearly below the cutoff. The Gram-matrix oracle of ``lsa_similarity``
squares the singular values, which costs accuracy only near a tie; the
random term-count matrices have no ties with probability one and the cosines
agree to about 1e-13. Energies and ratios are Python floats compared with
``rtol=1e-12``; ranks are exact ints.
"""

import ast
import math

import numpy as np
import pytest

from grader.checks import CheckFailed, calls, check_errors, check_unmodified, function_node

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


def check_scalars(expect, call, cases, kind, **tolerance):
    """Each case is (name, args, expected): call(*args) is a scalar of ``kind`` equal to it."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=kind, **tolerance)


def orthonormal_columns(rng, m, r):
    """An (m, r) matrix with orthonormal columns, from QR of a Gaussian matrix."""
    q, _ = np.linalg.qr(rng.normal(size=(m, r)))
    return q


def built_matrix(rng, m, n, s):
    """(A, Q1, Q2) with A = Q1 diag(s) Q2^T, so that A's singular values are s."""
    s = np.asarray(s, dtype=float)
    q1, q2 = orthonormal_columns(rng, m, s.size), orthonormal_columns(rng, n, s.size)
    return (q1 * s) @ q2.T, q1, q2


def distinct_values(rng, r):
    """r <= 7 singular values in [0.4, 4.1], in descending order, at least 0.38 apart."""
    return np.linspace(4.0, 0.5, r) + rng.uniform(-0.1, 0.1, size=r)


# ------------------------------------------------------------------ low_rank_approximation


@function("low_rank_approximation")
@weight(2)
def test_low_rank_approximation_hand_worked(student, expect):
    outer = np.outer([1.0, 2.0], [3.0, -1.0, 2.0])
    check_cases(
        expect,
        student.low_rank_approximation,
        [
            ("docstring-diag-3-1", ([[3, 0], [0, 1]], 1), [[3, 0], [0, 0]]),
            (
                "unsorted-diagonal-keeps-the-2-largest",
                (np.diag([1.0, 5.0, 2.0]), np.int64(2)),
                np.diag([0.0, 5.0, 2.0]),
            ),
            ("tall-3x2", ([[0, 2], [1, 0], [0, 0]], 1), [[0, 2], [0, 0], [0, 0]]),
            ("rank-1-outer-product", (outer, 1), outer),
            ("1x1", ([[-2.5]], 1), [[-2.5]]),
        ],
    )


@function("low_rank_approximation")
@weight(3)
def test_low_rank_approximation_random(student, expect, rng):
    for m, n, k, rank in [(5, 3, 1, 3), (3, 6, 2, 3), (4, 3, 3, 3), (6, 4, 3, 2)]:
        s = distinct_values(rng, rank)
        A, q1, q2 = built_matrix(rng, m, n, s)
        original = A.copy()
        expected = (q1[:, :k] * s[:k]) @ q2[:, :k].T
        with expect.case(f"{m}x{n}-rank-{rank}-keep-{k}"):
            expect.close(student.low_rank_approximation(A, k), expected, **TOL)
            check_unmodified(expect, [A], [original])


@gated
@function("low_rank_approximation")
def test_low_rank_approximation_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.low_rank_approximation,
        [
            ("1-d-input", ([1.0, 2.0, 3.0], 1)),
            ("empty", (np.zeros((0, 3)), 1)),
            ("k-zero", (np.eye(2), 0)),
            ("k-above-min-m-n", ([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 3)),
            ("k-not-an-integer", (np.eye(3), 1.5)),
            ("k-is-a-bool", (np.eye(3), True)),
        ],
        reason="A must be a non-empty 2-D matrix and k an integer with 1 <= k <= min(m, n)",
    )


# ------------------------------------------------------------------ energy_retained


# Eight singular values whose cumulative energy, np.cumsum(s**2) / np.sum(s**2), ends
# below 1 by rounding: only the documented 1e-12 lets threshold = 1.0 be reached.
ROUNDOFF_VALUES = [4.3, 4.1, 3.3, 3.2, 2.8, 2.2, 1.8, 1.1]


def energy_oracle(s, k):
    squares = sorted((x * x for x in s.tolist()), reverse=True)
    return math.fsum(squares[:k]) / math.fsum(squares)


@function("energy_retained")
@weight(2)
def test_energy_retained_hand_worked(student, expect):
    check_scalars(
        expect,
        student.energy_retained,
        [
            ("docstring-3-1-keep-1", ([3, 1], 1), 0.9),
            ("keep-none", ([3, 1], 0), 0.0),
            ("keep-all", ([3, 1], 2), 1.0),
            ("unsorted-input-keep-1", ([1, 3, 2], 1), 9 / 14),
            ("zeros-hold-no-energy", ([0, 2, 0, 1], np.int64(2)), 1.0),
            ("single-value", ([3.0], 1), 1.0),
            ("values-below-1", ([0.5, 0.25], 1), 0.8),
        ],
        kind=float,
        rtol=1e-12,
        atol=1e-12,
    )


@function("energy_retained")
def test_energy_retained_random(student, expect, rng):
    for r in (4, 9):
        s = rng.permutation(rng.uniform(0.1, 5.0, size=r))  # not in descending order
        original = s.copy()
        k = int(rng.integers(1, r))
        with expect.case(f"{r}-shuffled-values-keep-{k}"):
            got = student.energy_retained(s, k)
            expect.scalar(got, energy_oracle(original, k), kind=float, rtol=1e-12, atol=1e-12)
            check_unmodified(expect, [s], [original])


@gated
@function("energy_retained")
def test_energy_retained_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.energy_retained,
        [
            ("2-d-input", ([[3.0, 1.0]], 1)),
            ("empty", ([], 0)),
            ("negative-value", ([3.0, -1.0], 1)),
            ("nan-value", ([1.0, float("nan")], 1)),
            ("all-zeros", ([0.0, 0.0], 1)),
            ("k-above-r", ([3.0, 1.0], 3)),
            ("k-negative", ([3.0, 1.0], -1)),
            ("k-not-an-integer", ([3.0, 1.0], 0.5)),
        ],
        reason="s must be a non-empty 1-D array of non-negative finite numbers, not all zero, "
        "and k an integer with 0 <= k <= len(s)",
    )


# ------------------------------------------------------------------ rank_for_energy


@function("rank_for_energy")
@weight(2)
def test_rank_for_energy_hand_worked(student, expect):
    diagonal = np.diag([4.0, 2.0, 1.0])  # energies 16/21, 20/21, 21/21
    check_scalars(
        expect,
        student.rank_for_energy,
        [
            ("docstring-90-percent", (diagonal, 0.9), 2),
            ("all-the-energy", (diagonal, 1.0), 3),
            ("threshold-reached-exactly", ([[3.0, 0.0], [0.0, 1.0]], 0.9), 1),
            ("rank-1-matrix-all-energy", ([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]], 1.0), 1),
            ("1x1", ([[5.0]], 0.5), 1),
            # the running total ends at 0.9999999999999998 when summed the obvious way
            ("threshold-1-despite-round-off", (np.diag(ROUNDOFF_VALUES), 1.0), 8),
        ],
        kind=int,
    )


@function("rank_for_energy")
@weight(2)
def test_rank_for_energy_random(student, expect, rng):
    for m, n in [(7, 5), (4, 6)]:
        s = distinct_values(rng, min(m, n))
        A, _, _ = built_matrix(rng, m, n, s)
        original = A.copy()
        cumulative = np.cumsum(s**2) / np.sum(s**2)
        k = int(rng.integers(1, s.size))  # answer k: threshold between ranks k - 1 and k
        low = cumulative[k - 2] if k >= 2 else 0.0
        threshold = float((low + cumulative[k - 1]) / 2)
        with expect.case(f"{m}x{n}-threshold-{threshold:.4f}"):
            expect.scalar(student.rank_for_energy(A, threshold), k, kind=int)
            check_unmodified(expect, [A], [original])


@gated
@function("rank_for_energy")
def test_rank_for_energy_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.rank_for_energy,
        [
            ("zero-matrix", (np.zeros((2, 3)), 0.5)),
            ("1-d-input", ([1.0, 2.0], 0.5)),
            ("empty", (np.zeros((0, 2)), 0.5)),
            ("threshold-zero", (np.eye(2), 0.0)),
            ("threshold-above-one", (np.eye(2), 1.5)),
        ],
        reason="A must be a non-empty 2-D matrix with a non-zero entry and 0 < threshold <= 1",
    )


# ------------------------------------------------------------------ pseudo_inverse


def check_inverse(expect, got, expected):
    """Close within rtol=1e-9 and atol 1e-9 times the largest expected entry."""
    expected = np.asarray(expected, dtype=float)
    scale = float(np.max(np.abs(expected))) if expected.size else 0.0
    expect.close(got, expected, rtol=1e-9, atol=1e-9 * scale if scale > 0 else 1e-12)


@function("pseudo_inverse")
@weight(2)
def test_pseudo_inverse_hand_worked(student, expect):
    cases = [
        ("docstring-column", ([[1], [1]],), {}, [[0.5, 0.5]]),
        ("invertible-2x2", ([[2, 1], [1, 1]],), {}, [[1, -1], [-1, 2]]),
        ("wide-row", ([[3, 4]],), {}, [[0.12], [0.16]]),
        ("singular-diagonal", ([[2, 0], [0, 0]],), {}, [[0.5, 0], [0, 0]]),
        ("zero-matrix-2x3", (np.zeros((2, 3)),), {}, np.zeros((3, 2))),
        ("cutoff-is-relative", ([[1e-20, 0], [0, 2e-20]],), {}, [[1e20, 0], [0, 5e19]]),
        ("rcond-drops-a-value", (np.diag([10.0, 0.5]),), {"rcond": 0.1}, [[0.1, 0], [0, 0]]),
        (
            "rcond-0-keeps-every-value",
            (np.diag([1.0, 1e-20]),),
            {"rcond": 0.0},
            np.diag([1, 1e20]),
        ),
    ]
    for name, args, kwargs, expected in cases:
        with expect.case(name):
            check_inverse(expect, student.pseudo_inverse(*args, **kwargs), expected)


@function("pseudo_inverse")
@weight(3)
def test_pseudo_inverse_random(student, expect, rng):
    shapes = [
        ("5x3-full-rank", 5, 3, distinct_values(rng, 3), {}),
        ("3x6-full-rank", 3, 6, distinct_values(rng, 3), {}),
        ("4x3-ill-conditioned", 4, 3, np.array([1.0, 1e-2, 1e-4]), {}),
        ("6x4-rank-2", 6, 4, distinct_values(rng, 2), {"rcond": 1e-10}),
    ]
    for name, m, n, s, kwargs in shapes:
        A, q1, q2 = built_matrix(rng, m, n, s)
        original = A.copy()
        with expect.case(name):
            got = student.pseudo_inverse(A, **kwargs)
            check_inverse(expect, got, (q2 / s) @ q1.T)
            check_unmodified(expect, [A], [original])


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


def pinv_names(source):
    """The names under which the module imports a ``pinv`` function (``from ... import``).

    A local variable that a student calls ``pinv`` is not one of them; ``np.linalg.pinv``
    and ``scipy.linalg.pinv`` are found as attributes.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name == "pinv"
    }


@function("pseudo_inverse")
@rule("``np.linalg.pinv``")
def test_pseudo_inverse_is_built_from_the_svd(student, expect, student_source):
    check_inverse(expect, student.pseudo_inverse([[2.0, 0.0], [0.0, 4.0]]), [[0.5, 0], [0, 0.25]])
    node = function_node(student_source, "pseudo_inverse")
    if node is None:
        raise CheckFailed("could not find a top-level definition of pseudo_inverse in your module")
    imported = pinv_names(student_source)
    for sub in (s for n in called_helpers(student_source, node, {node.name}) for s in ast.walk(n)):
        if (isinstance(sub, ast.Attribute) and sub.attr == "pinv") or (
            isinstance(sub, ast.Name) and sub.id in imported
        ):
            raise CheckFailed(
                f"pseudo_inverse uses a library pseudo-inverse (line {sub.lineno}: "
                f"{ast.unparse(sub)}). The rule of this exercise is to build it yourself from "
                "np.linalg.svd: invert the singular values above the cutoff, set the others "
                "to zero, and multiply the factors back together."
            )


@gated
@function("pseudo_inverse")
def test_pseudo_inverse_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.pseudo_inverse,
        [
            ("1-d-input", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 2)),)),
            ("negative-rcond", (np.eye(2), -1e-3)),
        ],
        reason="A must be a non-empty 2-D matrix and rcond >= 0",
    )


# ------------------------------------------------------------------ compression_ratio


@function("compression_ratio")
@weight(2)
def test_compression_ratio_hand_worked(student, expect):
    check_scalars(
        expect,
        student.compression_ratio,
        [
            ("docstring-100x50-rank-5", ((100, 50), 5), 755 / 5000),  # 5 * 151 numbers
            ("2x2-rank-1-is-larger", ((2, 2), 1), 5 / 4),  # 2 + 1 + 2 numbers for 4
            ("1x1", ((1, 1), 1), 3.0),
            ("image-480x640-rank-20", ((480, 640), 20), 20 * 1121 / 307200),
            ("numpy-integers", ((np.int64(6), np.int64(4)), np.int64(2)), 22 / 24),
        ],
        kind=float,
        rtol=1e-12,
    )


@gated
@function("compression_ratio")
def test_compression_ratio_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.compression_ratio,
        [
            ("shape-of-one-number", ((5,), 1)),
            ("zero-rows", ((0, 5), 1)),
            ("non-integer-size", ((2.5, 4), 1)),
            ("size-is-a-bool", ((True, 4), 1)),
            ("k-zero", ((3, 4), 0)),
            ("k-above-min-m-n", ((3, 4), 4)),
            ("k-not-an-integer", ((3, 4), 1.5)),
        ],
        reason="shape must be two positive integers and k an integer with 1 <= k <= min(m, n)",
    )


# ------------------------------------------------------------------ lsa_similarity


def lsa_oracle(A, k):
    """Cosines of the rows of V_k diag(s_k), from the best rank-k part of A^T A."""
    values, vectors = np.linalg.eigh(A.T @ A)  # ascending
    values, vectors = values[::-1][:k], vectors[:, ::-1][:, :k]
    gram = (vectors * values) @ vectors.T  # Z Z^T for Z = V_k diag(s_k)
    norms = np.sqrt(np.clip(np.diag(gram), 0.0, None))
    present = norms > 1e-6 * np.sqrt(values[0])  # zero documents are far below this
    outer = np.outer(np.where(present, norms, 1.0), np.where(present, norms, 1.0))
    return np.where(np.outer(present, present), gram / outer, 0.0)


@function("lsa_similarity")
@weight(2)
def test_lsa_similarity_hand_worked(student, expect):
    two_topics = [[1, 1, 0], [1, 1, 0], [0, 0, 1]]
    r = 1 / math.sqrt(2)
    check_cases(
        expect,
        student.lsa_similarity,
        [
            ("docstring-one-topic", ([[1, 1], [0, 1]], 1), [[1, 1], [1, 1]]),
            ("two-topics-k-2", (two_topics, 2), two_topics),
            (
                "weighted-by-singular-values",
                ([[2, 0, 1], [0, 1, 1]], 2),
                [[1, 0, r], [0, 1, r], [r, r, 1]],
            ),
            (
                "4-terms-2-documents",
                ([[1, 0], [1, 0], [0, 1], [1, 1]], 2),
                [[1, 1 / math.sqrt(6)], [1 / math.sqrt(6), 1]],
            ),
        ],
    )


@function("lsa_similarity")
@weight(3)
def test_lsa_similarity_random(student, expect, rng):
    for t, d, k in [(8, 5, 2), (6, 9, 3)]:
        counts = rng.poisson(1.0, size=(t, d)).astype(float)
        counts[rng.integers(t, size=d), np.arange(d)] += 1.0  # no empty document
        original = counts.copy()
        with expect.case(f"{t}-terms-{d}-documents-k-{k}"):
            expect.close(student.lsa_similarity(counts, k), lsa_oracle(original, k), **TOL)
            check_unmodified(expect, [counts], [original])


@function("lsa_similarity")
@weight(2)
def test_lsa_similarity_zero_documents(student, expect):
    angle = np.pi / 6
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    r = 1 / math.sqrt(2)
    check_cases(
        expect,
        student.lsa_similarity,
        [
            ("empty-document", ([[1, 0, 2], [3, 0, 1]], 2), [[1, 0, r], [0, 0, 0], [r, 0, 1]]),
            (
                "document-outside-the-topic",  # its latent vector is zero only up to rounding
                (rotation @ np.array([[2.0, 0.0, 1.0], [0.0, 1.0, 0.0]]), 1),
                [[1, 0, 1], [0, 0, 0], [1, 0, 1]],
            ),
            ("zero-matrix", (np.zeros((3, 2)), 1), np.zeros((2, 2))),
            # zero means at most 1e-12 * s[0]: 1e-9 is zero next to 1e6, not next to 1
            ("document-tiny-next-to-s0", (np.diag([1e6, 1.0, 1e-9]), 3), np.diag([1, 1, 0])),
        ],
    )


@gated
@function("lsa_similarity")
def test_lsa_similarity_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.lsa_similarity,
        [
            ("1-d-input", ([1.0, 2.0, 3.0], 1)),
            ("empty", (np.zeros((3, 0)), 1)),
            ("k-zero", (np.eye(2), 0)),
            ("k-above-min-t-d", ([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], 3)),
            ("k-not-an-integer", (np.eye(3), 1.5)),
        ],
        reason="term_doc must be a non-empty 2-D matrix and k an integer with 1 <= k <= min(t, d)",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - low_rank_approximation: `U, s, Vt = np.linalg.svd(A, full_matrices=False)` -> `U, s,
#   Vt = np.linalg.svd(A, full_matrices=(True))`: only the first k columns of U and rows of
#   Vt are used, and they are the same with full_matrices=True.
# - energy_retained: `if s.ndim != 1 or s.size == 0:` -> `if (s.ndim != 1):`: an empty s
#   then fails the next check, that some value is positive, with the same ValueError.
# - energy_retained: `if s.ndim != 1 or s.size == 0:` -> `if s.ndim != 1 or s.size ==
#   (-1):`: an empty s then fails the next check, that some value is positive, with the same
#   ValueError.
# - rank_for_energy: `if np.ndim(threshold) != 0 or not 0 < threshold <= 1:  # NaN fails
#   the comparison too` -> `if (not 0 < threshold <= 1):  # NaN fails the comparison too`:
#   threshold is documented as a number; for a number np.ndim is 0.
# - rank_for_energy: `return int(np.argmax(kept >= threshold - 1e-12)) + 1` -> `return
#   int(np.argmax((kept > threshold - 1e-12))) + 1`: the two differ only when a running
#   total equals threshold - 1e-12 to the last bit.
# - pseudo_inverse: `if np.ndim(rcond) != 0 or not rcond >= 0:` -> `if (not rcond >= 0):`:
#   rcond is documented as a number; for a number np.ndim is 0.
# - compression_ratio: `if size < 1:` -> `if size < (0):`: a zero size then fails the
#   check of k, since 1 <= k <= min(m, n) = 0 is impossible, with the same ValueError.
# - lsa_similarity: `_, s, Vt = np.linalg.svd(A, full_matrices=False)` -> `_, s, Vt =
#   np.linalg.svd(A, full_matrices=(True))`: only the first k rows of Vt are used, and they
#   are the same with full_matrices=True.
