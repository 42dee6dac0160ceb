"""Hidden suite for Part 3: Matrix Arithmetic: Add, Scale, Multiply.

Each function is checked on hand-worked cases with non-square shapes (so that
rows and columns cannot be swapped unnoticed), on seeded random inputs of
several shapes (inputs left unmodified), for its return type, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case while the session stays small. Two rules of the
exercise are read from the student's source, never run: ``matmul`` is built
from rows and columns, and ``matrix_power`` squares repeatedly.

Oracles are independent of the reference solution: plain Python arithmetic on
lists with ``math.fsum``, numpy's own ``@`` and ``np.linalg.matrix_power``, and
identities (the trace is the sum of the eigenvalues; ``A I = A``; a rotation by
a quarter turn, applied four times, is the identity).

Tolerances: the random inputs are of order 1 and at most 6 x 6, so a matrix
entry is a sum of at most 6 products and any order of summation is within
about ``6 * 2.2e-16 * 6 ~ 1e-14`` of the exact value; ``rtol=atol=1e-9``
leaves a margin of 1e5 and still fails every wrong formula, which is off by at
least 1e-2 on these inputs. Hand-worked cases use small integers, which float64
represents exactly, with the same tolerance. A computed k-th power has an
error of about ``k * n * eps * ||A||^k`` (each of the ~2 log2(k) products adds
``n * eps`` relative to the product of the norms), so powers are compared with
``rtol=1e-9`` and ``atol=1e-9 * max(1, ||A||_2^k)``. The trace compared with
the sum of the eigenvalues allows ``1e-9 * max(1, ||A||_F)``, far above the
backward error of ``eigvals`` (about ``n * eps * ||A||``). ``is_symmetric``
is checked against differences that sit orders of magnitude on either side of
its ``tol``, except where a case tests the boundary itself with numbers that
float64 holds exactly (0.5 against ``tol=0.5``, an exact 0 against ``tol=0``).
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
    """Each case is (name, args, kwargs, expected): a scalar of ``kind`` equal to expected."""
    thunks = calls(
        expect.student,
        call,
        [(tuple(args), dict(kwargs)) for name, args, kwargs, expected in cases],
    )
    for (name, _args, _kwargs, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.scalar(expect.value_of(thunk, expected), expected, kind=kind, **tolerance)


def rule_broken(problem):
    """Fail with a message about how the function is written (no call to name)."""
    raise CheckFailed(problem)


def names_in(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def has_subscript(node):
    return any(isinstance(n, ast.Subscript) for n in ast.walk(node))


# ------------------------------------------------------------------ matmul


@function("matmul")
@weight(2)
def test_matmul_hand_worked(student, expect):
    check_cases(
        expect,
        student.matmul,
        [
            ("2x2-docstring", ([[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[19, 22], [43, 50]]),
            (
                "2x3-times-3x2",
                ([[1, 0, 2], [-1, 3, 1]], [[3, 1], [2, 1], [1, 0]]),
                [[5, 1], [4, 2]],
            ),
            ("row-times-column", ([[1, 2, 3]], [[4], [5], [6]]), [[32]]),
            ("column-times-row", ([[1], [2], [3]], [[4, 5]]), [[4, 5], [8, 10], [12, 15]]),
            (
                "times-identity",
                ([[1.5, -2], [0, 4], [7, 1]], np.eye(2)),
                [[1.5, -2], [0, 4], [7, 1]],
            ),
        ],
    )


@function("matmul")
@weight(2)
def test_matmul_random(student, expect, rng):
    for m, n, p in [(1, 1, 1), (3, 4, 2), (4, 1, 3), (2, 6, 5)]:
        A, B = rng.normal(size=(m, n)), rng.normal(size=(n, p))
        originals = [A.copy(), B.copy()]
        with expect.case(f"{m}x{n}-times-{n}x{p}"):
            expect.close(student.matmul(A, B), originals[0] @ originals[1], **TOL)
            check_unmodified(expect, [A, B], originals)


@gated
@function("matmul")
def test_matmul_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.matmul,
        [
            ("2x3-times-2x3", ([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.ones((2, 3)))),
            ("2x3-times-4x2", (np.ones((2, 3)), np.ones((4, 2)))),
            ("vector-A", ([1.0, 2.0], [[1.0], [2.0]])),
            ("empty-A", (np.zeros((0, 2)), np.ones((2, 2)))),
        ],
        reason="A (m, n) and B (n, p) must be non-empty 2-D arrays with A's columns "
        "matching B's rows",
    )


PRODUCT_FUNCTIONS = {"matmul", "dot", "einsum", "tensordot", "inner", "vdot", "multi_dot"}
PRODUCT_RULE = (
    "to the whole matrices",
    "``@``",
    *(f"``np.{'linalg.' if name == 'multi_dot' else ''}{name}``" for name in PRODUCT_FUNCTIONS),
)


def whole_matrix_products(node):
    """Products in ``node`` whose operands are all whole matrices, as source strings.

    A name is a whole matrix if it is a parameter, or is assigned from an
    expression that uses a whole matrix and no indexing (``A = np.asarray(A)``).
    An operand is whole if it uses a whole matrix and no indexing: ``A @ B`` and
    ``np.dot(A, B.T)`` are found, ``A[i] @ B[:, j]`` and ``A[i] @ B`` are not.
    """
    whole = {a.arg for a in node.args.args}
    pairs = []  # (name, value) for ``name = value`` and ``a, b = x, y``
    for assign in (n for n in ast.walk(node) if isinstance(n, ast.Assign)):
        for target in assign.targets:
            if isinstance(target, ast.Name):
                pairs.append((target.id, assign.value))
            elif isinstance(target, ast.Tuple) and isinstance(assign.value, ast.Tuple):
                for name, value in zip(target.elts, assign.value.elts, strict=False):
                    if isinstance(name, ast.Name):
                        pairs.append((name.id, value))
    changed = True
    while changed:
        changed = False
        for name, value in pairs:
            if name not in whole and not has_subscript(value) and names_in(value) & whole:
                whole.add(name)
                changed = True

    def is_whole(operand):
        return not has_subscript(operand) and bool(names_in(operand) & whole)

    found = []
    for sub in ast.walk(node):
        operands = None
        if isinstance(sub, (ast.BinOp, ast.AugAssign)) and isinstance(sub.op, ast.MatMult):
            operands = [sub.left, sub.right] if isinstance(sub, ast.BinOp) else [sub.target]
            operands += [sub.value] if isinstance(sub, ast.AugAssign) else []
        elif isinstance(sub, ast.Call):
            func = sub.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "multi_dot":
                operands = []
            elif name in PRODUCT_FUNCTIONS:
                operands = [a for a in sub.args if not isinstance(a, ast.Constant)]
                if isinstance(func, ast.Attribute) and name == "dot" and len(operands) == 1:
                    operands.insert(0, func.value)  # A.dot(B)
        if operands is not None and all(is_whole(o) for o in operands):
            found.append(f"line {sub.lineno}: {ast.unparse(sub)}")
    return found


@function("matmul")
@rule(*PRODUCT_RULE)
def test_matmul_is_built_from_rows_and_columns(student, expect, student_source):
    expect.close(student.matmul([[1.0, 2.0]], [[3.0], [4.0]]), [[11.0]], **TOL)
    node = function_node(student_source, "matmul")
    if node is None:
        rule_broken("could not find a top-level definition of matmul in your module")
    found = whole_matrix_products(node)
    if found:
        rule_broken(
            f"matmul multiplies the whole matrices with a library product ({found[0]}). "
            "The rule of this exercise is to build the product yourself: loops, or dot "
            "products of one row of A with one column of B such as A[i] @ B[:, j]."
        )


# ------------------------------------------------------------------ add_bias


@function("add_bias")
@weight(2)
def test_add_bias_hand_worked(student, expect):
    check_cases(
        expect,
        student.add_bias,
        [
            ("2x2-docstring", ([[1, 2], [3, 4]], [10, 20]), [[11, 22], [13, 24]]),
            (
                "3x2-one-bias-per-column",
                ([[1, 2], [3, 4], [5, 6]], [0.5, -1]),
                [[1.5, 1], [3.5, 3], [5.5, 5]],
            ),
            ("single-column", ([[1], [2], [3], [4]], [-1]), [[0], [1], [2], [3]]),
        ],
    )


@function("add_bias")
@weight(2)
def test_add_bias_random(student, expect, rng):
    for m, n in [(1, 1), (5, 3), (2, 6)]:
        X, b = rng.normal(size=(m, n)), rng.normal(size=n)
        originals = [X.copy(), b.copy()]
        expected = [[x + c for x, c in zip(row, b.tolist(), strict=True)] for row in X.tolist()]
        with expect.case(f"{m}x{n}"):
            expect.close(student.add_bias(X, b), expected, **TOL)
            check_unmodified(expect, [X, b], originals)


@gated
@function("add_bias")
def test_add_bias_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.add_bias,
        [
            ("1-bias-would-broadcast", ([[1.0, 2.0], [3.0, 4.0]], [1.0])),
            ("one-bias-per-row", (np.ones((3, 2)), np.ones(3))),
            ("bias-as-row-matrix", ([[1.0, 2.0]], [[1.0, 2.0]])),
            ("X-is-a-vector", ([1.0, 2.0], [1.0, 2.0])),
            ("empty-X", (np.zeros((0, 2)), [1.0, 2.0])),
        ],
        reason="X must be a non-empty 2-D array and b a 1-D array with one entry per "
        "column of X; broadcasting must not stretch a wrong shape",
    )


# ------------------------------------------------------------------ weighted_sum


def weighted_sum_oracle(X, w):
    return [math.fsum(x * c for x, c in zip(row, w, strict=True)) for row in X]


@function("weighted_sum")
@weight(2)
def test_weighted_sum_hand_worked(student, expect):
    check_cases(
        expect,
        student.weighted_sum,
        [
            ("2x2-docstring", ([[1, 2], [3, 4]], [0.5, -1]), [-1.5, -2.5]),
            ("3-samples-2-features", ([[1, 0], [0, 1], [2, 3]], [4, -1]), [4, -1, 5]),
            ("single-sample", ([[1, 2, 3]], [1, 1, 1]), [6]),
            ("single-feature", ([[1], [2], [3], [4]], [2]), [2, 4, 6, 8]),
        ],
    )


@function("weighted_sum")
@weight(2)
def test_weighted_sum_random(student, expect, rng):
    for m, n in [(1, 1), (6, 3), (2, 5)]:
        X, w = rng.normal(size=(m, n)), rng.normal(size=n)
        originals = [X.copy(), w.copy()]
        with expect.case(f"{m}x{n}"):
            got = student.weighted_sum(X, w)
            expect.close(got, weighted_sum_oracle(X.tolist(), w.tolist()), **TOL)
            check_unmodified(expect, [X, w], originals)


@gated
@function("weighted_sum")
def test_weighted_sum_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.weighted_sum,
        [
            ("1-weight-would-broadcast", ([[1.0, 2.0], [3.0, 4.0]], [2.0])),
            ("weights-as-column", ([[1.0, 2.0], [3.0, 4.0]], [[1.0], [2.0]])),
            ("X-is-a-vector", ([1.0, 2.0], [1.0, 2.0])),
            ("empty-X", (np.zeros((0, 2)), [1.0, 2.0])),
        ],
        reason="X must be a non-empty 2-D array and w a 1-D array with one weight per column of X",
    )


# ------------------------------------------------------------------ hadamard


@function("hadamard")
@weight(2)
def test_hadamard_values(student, expect, rng):
    check_cases(
        expect,
        student.hadamard,
        [
            ("2x2-docstring", ([[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[5, 12], [21, 32]]),
            (
                "2x3",
                ([[1, -2, 3], [0, 1, 2]], [[2, 2, 2], [5, -1, 0.5]]),
                [[2, -4, 6], [0, -1, 1]],
            ),
            ("1x1", ([[-3]], [[4]]), [[-12]]),
        ],
    )
    for m, n in [(4, 3), (1, 5)]:
        A, B = rng.normal(size=(m, n)), rng.normal(size=(m, n))
        originals = [A.copy(), B.copy()]
        expected = [
            [a * b for a, b in zip(ra, rb, strict=True)]
            for ra, rb in zip(A.tolist(), B.tolist(), strict=True)
        ]
        with expect.case(f"random-{m}x{n}"):
            expect.close(student.hadamard(A, B), expected, **TOL)
            check_unmodified(expect, [A, B], originals)


@gated
@function("hadamard")
def test_hadamard_rejects_bad_shapes(student, expect):
    check_errors(
        expect,
        student.hadamard,
        [
            ("2x3-and-1x3-would-broadcast", (np.ones((2, 3)), [[1.0, 2.0, 3.0]])),
            ("2x3-and-3x2", (np.ones((2, 3)), np.ones((3, 2)))),
            ("vectors", ([1.0, 2.0], [3.0, 4.0])),
            ("empty", (np.zeros((0, 3)), np.zeros((0, 3)))),
        ],
        reason="the Hadamard product needs two non-empty 2-D arrays of exactly the same "
        "shape; numpy's broadcasting is not allowed here",
    )


# ------------------------------------------------------------------ is_symmetric


@function("is_symmetric")
@weight(2)
def test_is_symmetric_default_tolerance(student, expect):
    check_scalars(
        expect,
        student.is_symmetric,
        [
            ("symmetric-3x3", ([[1, 2, 3], [2, 5, -1], [3, -1, 0]],), {}, True),
            ("1x1", ([[7]],), {}, True),
            ("non-square-2x3", ([[1, 2, 3], [2, 1, 4]],), {}, False),
            ("constant-row-1x3", ([[2, 2, 2]],), {}, False),
            ("rounding-level-asymmetry", ([[1, 2 + 1e-13], [2, 1]],), {}, True),
            ("asymmetry-1e-6", ([[1, 2 + 1e-6], [2, 1]],), {}, False),
            ("large-entries", ([[1e6, 1e6 + 1e-3], [1e6, 1e6]],), {}, False),
        ],
        kind=bool,
    )


@function("is_symmetric")
@weight(2)
def test_is_symmetric_given_tolerance(student, expect, rng):
    M = rng.normal(size=(4, 4))
    S = M + M.T  # exactly symmetric: x + y == y + x in floating point
    perturbed = S.copy()
    perturbed[0, 3] += 1e-6
    originals = [S.copy(), perturbed.copy()]
    check_scalars(
        expect,
        student.is_symmetric,
        [
            ("random-symmetric-tol-0", (S, 0.0), {}, True),
            ("random-perturbed-tol-1e-8", (perturbed,), {"tol": 1e-8}, False),
            ("random-perturbed-tol-1e-5", (perturbed,), {"tol": 1e-5}, True),
            ("difference-equals-tol", ([[0, 1], [0.5, 0]],), {"tol": 0.5}, True),
        ],
        kind=bool,
    )
    check_unmodified(expect, [S, perturbed], originals)


@gated
@function("is_symmetric")
def test_is_symmetric_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.is_symmetric,
        [
            ("vector", ([1.0, 2.0, 3.0],)),
            ("empty", (np.zeros((0, 0)),)),
            ("negative-tol", ([[1.0, 2.0], [2.0, 1.0]], -1e-3)),
        ],
        reason="A must be a non-empty 2-D array and tol must be >= 0",
    )


# ------------------------------------------------------------------ trace


def check_float_trace(expect, got, expected, tolerance):
    expect.scalar(got, expected, kind=float, **tolerance)
    expect.that(
        isinstance(got, (float, np.floating)),
        f"returned {got!r} of type {type(got).__name__}; the trace is documented to be "
        "a float, also for integer entries",
    )


@function("trace")
@weight(2)
def test_trace_values(student, expect, rng):
    for name, A, expected in [
        ("2x2-docstring", [[1, 2], [3, 4]], 5.0),
        ("3x3-integers", [[2, 9, -4], [7, -5, 1], [3, 3, 6]], 3.0),
        ("1x1", [[-2.5]], -2.5),
    ]:
        with expect.case(name):
            check_float_trace(expect, student.trace(A), expected, TOL)
    for n in (1, 5):
        A = rng.normal(size=(n, n))
        original = A.copy()
        expected = float(np.sum(np.linalg.eigvals(A)).real)  # trace = sum of eigenvalues
        scale = max(1.0, float(np.linalg.norm(A)))
        with expect.case(f"random-{n}x{n}-sum-of-eigenvalues"):
            check_float_trace(
                expect, student.trace(A), expected, {"rtol": 1e-9, "atol": 1e-9 * scale}
            )
            check_unmodified(expect, [A], [original])


@gated
@function("trace")
def test_trace_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.trace,
        [
            ("non-square-2x3", ([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]],)),
            ("vector", ([1.0, 2.0],)),
            ("empty", (np.zeros((0, 0)),)),
        ],
        reason="the trace needs a non-empty square 2-D array",
    )


# ------------------------------------------------------------------ matrix_power


@function("matrix_power")
@weight(2)
def test_matrix_power_hand_worked(student, expect):
    quarter_turn = [[0, -1], [1, 0]]
    check_cases(
        expect,
        student.matrix_power,
        [
            ("shear-docstring-k-5", ([[1, 1], [0, 1]], 5), [[1, 5], [0, 1]]),
            ("k-0-is-identity", ([[2, 3], [4, 5]], 0), np.eye(2)),
            ("k-1-is-A", ([[2, 3], [4, 5]], 1), [[2, 3], [4, 5]]),
            ("fibonacci-k-10", ([[1, 1], [1, 0]], 10), [[89, 55], [55, 34]]),
            ("quarter-turn-k-4", (quarter_turn, 4), np.eye(2)),
            (
                "nilpotent-k-2",
                ([[0, 1, 0], [0, 0, 1], [0, 0, 0]], 2),
                [[0, 0, 1], [0, 0, 0], [0, 0, 0]],
            ),
        ],
    )


@function("matrix_power")
@weight(2)
def test_matrix_power_random(student, expect, rng):
    for n, k in [(1, 7), (4, 13), (3, np.int64(11))]:
        A = rng.normal(size=(n, n)) / math.sqrt(n)
        original = A.copy()
        scale = max(1.0, float(np.linalg.norm(A, 2)) ** int(k))
        with expect.case(f"{n}x{n}-k-{k}"):
            got = student.matrix_power(A, k)
            expected = np.linalg.matrix_power(original, int(k))
            expect.close(got, expected, rtol=1e-9, atol=1e-9 * scale)
            check_unmodified(expect, [A], [original])


@gated
@function("matrix_power")
def test_matrix_power_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.matrix_power,
        [
            ("negative-k", ([[1.0, 2.0], [3.0, 4.0]], -1)),
            ("fractional-k", ([[1.0, 2.0], [3.0, 4.0]], 2.5)),
            ("k-is-a-bool", ([[1.0, 2.0], [3.0, 4.0]], True)),
            ("non-square", (np.ones((2, 3)), 2)),
            ("empty", (np.zeros((0, 0)), 1)),
        ],
        reason="A must be a non-empty square matrix and k an integer >= 0",
    )


HALVING_OPERATORS = (ast.FloorDiv, ast.RShift, ast.Div, ast.BitAnd, ast.LShift)
HALVING_FUNCTIONS = {"bin", "divmod", "format"}  # bin(k), divmod(k, 2), format(k, "b")
HALVING_METHODS = {"bit_length", "binary_repr"}  # k.bit_length(), np.binary_repr(k)


def reads_binary_digits(node):
    """Whether ``node`` halves a number or reads its binary digits."""
    if isinstance(node, (ast.BinOp, ast.AugAssign)):
        return isinstance(node.op, HALVING_OPERATORS)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id in HALVING_FUNCTIONS
        return isinstance(node.func, ast.Attribute) and node.func.attr in HALVING_METHODS
    if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
        return "b" in ast.unparse(node.format_spec)  # f"{k:b}"
    return False


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


def power_rule_problem(source, node):
    """What is wrong with how ``matrix_power`` is written, or None."""
    exponent = node.args.args[1].arg if len(node.args.args) > 1 else "k"
    nodes = called_helpers(source, node, {node.name})
    halves = False
    for sub in (s for n in nodes for s in ast.walk(n)):
        if isinstance(sub, ast.Attribute) and sub.attr == "matrix_power":
            return f"line {sub.lineno} calls {ast.unparse(sub)}"
        if isinstance(sub, ast.For) and isinstance(sub.iter, ast.Call):
            func, args = sub.iter.func, sub.iter.args
            linear = all(
                isinstance(n, (ast.Name, ast.Constant, ast.BinOp, ast.Add, ast.Sub, ast.Load))
                for a in args
                for n in ast.walk(a)
            )
            if (
                getattr(func, "id", "") == "range"
                and linear
                and any(exponent in names_in(a) for a in args)
            ):
                return f"line {sub.lineno} loops over {ast.unparse(sub.iter)}: k products"
        halves = halves or reads_binary_digits(sub)
    if not halves:
        return "nothing in it halves k or reads its binary digits"
    return None


@function("matrix_power")
@rule("use repeated squaring", "not k - 1 products in a row", "``np.linalg.matrix_power``")
def test_matrix_power_squares_repeatedly(student, expect, student_source):
    expect.close(student.matrix_power([[1.0, 1.0], [0.0, 1.0]], 8), [[1, 8], [0, 1]], **TOL)
    node = function_node(student_source, "matrix_power")
    if node is None:
        rule_broken("could not find a top-level definition of matrix_power in your module")
    problem = power_rule_problem(student_source, node)
    if problem:
        rule_broken(
            f"matrix_power must use repeated squaring, but {problem}. Square a base "
            "(A, A^2, A^4, A^8, ...) and multiply into the result the powers that the "
            "binary digits of k select: about log2(k) products, and no "
            "np.linalg.matrix_power."
        )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - matmul: `product[i, j] = A[i] @ B[:, j]  # row i of A times column j of B` ->
#   `product[i, j] = (B[:, j] @ A[i])  # row i of A times column j of B`: a dot product of
#   two vectors is symmetric, with the same products summed in the same order.
# - add_bias: `if b.shape[0] != X.shape[1]:` -> `if b.shape[(-1)] != X.shape[1]:`: b is
#   checked to be 1-D first, so shape[-1] is shape[0].
# - weighted_sum: `if w.shape[0] != X.shape[1]:` -> `if w.shape[(-1)] != X.shape[1]:`: w
#   is checked to be 1-D first, so shape[-1] is shape[0].
# - is_symmetric: `return bool(np.max(np.abs(A - A.T)) <= tol)` -> `return bool(np.max((A
#   - A.T)) <= tol)`, `return bool(np.max(np.abs(A - A.T)) <= tol)` -> `return
#   bool(np.max(np.abs((A.T - A))) <= tol)`: A - A.T is antisymmetric, so its largest entry
#   is its largest absolute entry, and A.T - A has the same absolute values.
# - matrix_power: `result = np.eye(A.shape[0])` -> `result = np.eye(A.shape[(1)])`,
#   `result = np.eye(A.shape[0])` -> `result = np.eye(A.shape[(-1)])`: A is checked to be
#   square first.
# - matrix_power: `result = result @ base` -> `result = (base @ result)`: powers of one
#   matrix commute: the product differs only by rounding, far inside the tolerance.
# - matrix_power: `if k > 0:` -> `if (k >= 0):`, `if k > 0:` -> `if k > (-1):`: one more
#   squaring of the base after the last multiplication is never used.
