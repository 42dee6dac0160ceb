"""Hidden suite for Part 18: Spectral Methods in ML.

Each function is checked on hand-worked graphs, on seeded random graphs of
several sizes (inputs left unmodified), for its return type, and for every
documented error. A test item checks a whole table of named cases, so that a
failure names its case while the session stays small.

Oracles are independent of the reference solution. Adjacency matrices and
Laplacians are rebuilt entry by entry with Python loops over the edges and
the formulas ``L[i, j] = -w_ij`` (or ``-w_ij / sqrt(d_i d_j)``). The path
graph P_n has the known Laplacian eigenvectors ``cos(pi k (i + 1/2) / n)``
with the simple eigenvalues ``2 - 2 cos(pi k / n)``, which gives exact
Fiedler vectors and embeddings. Random graphs are compared with
``np.linalg.eigh`` of ``diag(A.sum(1)) - A`` and the sign convention
(re-implemented here, ties included); the number of components of a random
graph is known by construction (blocks of connected graphs, shuffled); the
two clusters of a random graph are planted and confirmed against the signs
of the eigh oracle.

Tolerances. Building A and L is exact or a few roundings of numbers of order
1-10: ``rtol=atol=1e-9`` leaves a margin of 1e5 and fails every wrong formula
(a sign, a missing square root, D^-1 A), which is off by at least 0.1. A
symmetric eigensolver is backward stable: an eigenvector is within about
``n * eps * ||L|| / gap`` of the exact one. Random graphs here have n <= 10,
weights in [0.5, 2] (||L|| <= 40), and are redrawn until the eigenvalues
that matter are at least 0.05 apart, so the error is below 2e-12 and
``atol=1e-8`` keeps a margin of 5e3; eigenvalue counts use graphs whose
zero eigenvalues sit below 1e-13 and whose others exceed 0.05 (or, for the
documented ``tol`` cases, 1e-12 against 1e-9 and 0.1 against 0.5). Random
clusters are accepted only when every Fiedler entry is at least 1e-3 from 0,
so the labels cannot depend on rounding.
"""

import itertools
import math

import numpy as np
import pytest

from grader.checks import calls, check_errors, check_unmodified

TOL = {"rtol": 1e-9, "atol": 1e-9}
EIGTOL = {"rtol": 0.0, "atol": 1e-8}
SQRT3 = math.sqrt(3.0)
HALF = 1 / math.sqrt(2.0)

function = pytest.mark.function
weight = pytest.mark.weight
gated = pytest.mark.gated


def check_cases(expect, call, cases, tol=TOL):
    """Each case is (name, args, expected): call(*args) must be close to expected."""
    thunks = calls(expect.student, call, [(tuple(args), {}) for name, args, expected in cases])
    for (name, _args, expected), thunk in zip(cases, thunks, strict=True):
        with expect.case(name):
            expect.close(expect.value_of(thunk, expected), expected, **tol)


# ------------------------------------------------------------------ graph builders and oracles


def path_adjacency(n, weights=None):
    """The path 0 - 1 - ... - (n-1), with weights 1 unless given."""
    A = np.zeros((n, n))
    for i, w in enumerate(weights if weights is not None else [1.0] * (n - 1)):
        A[i, i + 1] = A[i + 1, i] = w
    return A


def path_eigenvector(n, k):
    """The exact unit eigenvector of the path's Laplacian for its (k+1)-th smallest eigenvalue."""
    v = np.array([math.cos(math.pi * k * (i + 0.5) / n) for i in range(n)])
    return convention(v / np.linalg.norm(v))


def convention(v):
    """Flip v so that its first entry of largest absolute value (ties within 1e-9) is positive."""
    big = max(abs(x) for x in v.tolist())
    first = next(x for x in v.tolist() if abs(x) >= big - 1e-9)
    return -v if first < 0 else v


def laplacian_oracle(A, normalized=False):
    """D - A, or I - D^-1/2 A D^-1/2 with isolated nodes at zero, entry by entry."""
    n = A.shape[0]
    degree = [math.fsum(row) for row in A.tolist()]
    L = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if not normalized:
                L[i, j] = (degree[i] if i == j else 0.0) - A[i, j]
            elif degree[i] > 0 and degree[j] > 0:
                L[i, j] = (1.0 if i == j else 0.0) - A[i, j] / math.sqrt(degree[i] * degree[j])
    return L


def eigh_oracle(A):
    """Ascending eigenvalues and eigenvectors (columns) of D - A, from numpy."""
    return np.linalg.eigh(np.diag(A.sum(axis=1)) - A)


def random_connected(rng, n, density=0.4):
    """A connected random graph: a random spanning path plus extra edges, weights in [0.5, 2]."""
    A = np.zeros((n, n))
    order = rng.permutation(n)
    for a, b in itertools.pairwise(order):
        A[a, b] = A[b, a] = rng.uniform(0.5, 2.0)
    extra = np.triu(rng.random((n, n)) < density, 1) * rng.uniform(0.5, 2.0, (n, n))
    A = np.where(A > 0, A, extra + extra.T)
    return A


def random_graph_with_gaps(rng, n, k, density=0.4):
    """A connected random graph whose eigenvalues 0..k+1 of D - A are at least 0.05 apart."""
    while True:
        A = random_connected(rng, n, density)
        values = np.linalg.eigvalsh(np.diag(A.sum(axis=1)) - A)
        if np.all(np.diff(values[: min(k + 2, n)]) >= 0.05):
            return A


def adjacency_oracle(n, edges, weights):
    rows = [[0.0] * n for _ in range(n)]
    for (i, j), w in zip(edges, weights, strict=True):
        rows[i][j] = rows[j][i] = float(w)
    return rows


# ------------------------------------------------------------------ adjacency_from_edges


@function("adjacency_from_edges")
@weight(2)
def test_adjacency_from_edges_hand_worked(student, expect):
    check_cases(
        expect,
        student.adjacency_from_edges,
        [
            ("path-3-unweighted", (3, [(0, 1), (1, 2)]), [[0, 1, 0], [1, 0, 1], [0, 1, 0]]),
            (
                "weighted-triangle-reversed-pairs",
                (3, [(1, 0), (2, 0), (1, 2)], [1.0, 2.0, 3.0]),
                [[0, 1, 2], [1, 0, 3], [2, 3, 0]],
            ),
            ("single-node-no-edges", (1, []), [[0.0]]),
            ("3-nodes-no-edges", (3, []), np.zeros((3, 3))),
            (
                "edges-as-int-array",
                (4, np.array([[0, 3], [2, 1]]), np.array([0.5, 4.0])),
                [[0, 0, 0, 0.5], [0, 0, 4, 0], [0, 4, 0, 0], [0.5, 0, 0, 0]],
            ),
        ],
    )


@function("adjacency_from_edges")
@weight(2)
def test_adjacency_from_edges_random(student, expect, rng):
    for n in (6, 10):
        pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.4]
        edges = np.array([(j, i) if rng.random() < 0.5 else (i, j) for i, j in pairs])
        weights = rng.uniform(0.1, 3.0, size=len(pairs))
        originals = [edges.copy(), weights.copy()]
        got = student.adjacency_from_edges(n, edges, weights)
        expect.close(got, adjacency_oracle(n, edges.tolist(), weights.tolist()), **TOL)
        check_unmodified(expect, [edges, weights], originals)


@gated
@function("adjacency_from_edges")
@weight(2)
def test_adjacency_from_edges_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.adjacency_from_edges,
        [
            ("n-zero", (0, [])),
            ("n-not-an-integer", (2.5, [(0, 1)])),
            ("n-is-a-bool", (True, [])),
            ("edges-as-one-flat-list", (3, [0, 1])),
            ("first-node-equals-n", (3, [(3, 0)])),
            ("second-node-negative", (3, [(0, -1)])),
            ("node-equals-n", (3, [(0, 1), (0, 3)])),
            ("negative-node", (3, [(-1, 0)])),
            ("self-loop", (3, [(0, 1), (1, 1)])),
            ("same-edge-both-orientations", (3, [(0, 1), (1, 0)])),
            ("triple-instead-of-pair", (3, [(0, 1, 2)])),
            ("too-few-weights", (3, [(0, 1), (1, 2)], [1.0])),
            ("zero-weight", (3, [(0, 1), (1, 2)], [1.0, 0.0])),
            ("nan-weight", (3, [(0, 1)], [float("nan")])),
        ],
        reason="nodes are integers in [0, n), no self-loops or repeated edges, and one "
        "positive, finite weight per edge",
    )


# ------------------------------------------------------------------ graph_laplacian


@function("graph_laplacian")
@weight(2)
def test_graph_laplacian_unnormalized_hand_worked(student, expect):
    tiny = [[0.0, 1.0, 0.0], [1.0 + 1e-13, 0.0, 1.0], [0.0, 1.0, 0.0]]
    heavy = [[0.0, 1e6 + 1e-5], [1e6, 0.0]]
    at_limit = [[0.0, 1e-10], [0.0, 0.0]]
    check_cases(
        expect,
        student.graph_laplacian,
        [
            (
                "path-3",
                ([[0, 1, 0], [1, 0, 1], [0, 1, 0]],),
                [[1, -1, 0], [-1, 2, -1], [0, -1, 1]],
            ),
            (
                "weighted-triangle",
                ([[0, 1, 2], [1, 0, 3], [2, 3, 0]],),
                [[3, -1, -2], [-1, 4, -3], [-2, -3, 5]],
            ),
            ("single-node", ([[0.0]],), [[0.0]]),
            ("asymmetry-of-1e-13-counts-as-symmetric", (tiny,), laplacian_oracle(np.array(tiny))),
            # the limit 1e-10 * max(1, max|A|) grows with the weights and is allowed itself
            ("weights-1e6-asymmetric-by-1e-5", (heavy,), laplacian_oracle(np.array(heavy))),
            ("asymmetry-equal-to-the-limit", (at_limit,), laplacian_oracle(np.array(at_limit))),
        ],
    )


@function("graph_laplacian")
@weight(2)
def test_graph_laplacian_normalized_hand_worked(student, expect):
    check_cases(
        expect,
        student.graph_laplacian,
        [
            (
                "path-3",
                ([[0, 1, 0], [1, 0, 1], [0, 1, 0]], True),
                [[1, -HALF, 0], [-HALF, 1, -HALF], [0, -HALF, 1]],
            ),
            (
                "isolated-node-stays-zero",
                ([[0, 2, 0], [2, 0, 0], [0, 0, 0]], True),
                [[1, -1, 0], [-1, 1, 0], [0, 0, 0]],
            ),
            ("single-isolated-node", ([[0.0]], True), [[0.0]]),
        ],
    )


@function("graph_laplacian")
@weight(3)
def test_graph_laplacian_random(student, expect, rng):
    for n in (5, 8):
        A = random_connected(rng, n - 1, density=0.5) * rng.uniform(0.2, 3.0)
        A = np.pad(A, ((0, 1), (0, 1)))  # the last node is isolated
        order = rng.permutation(n)
        A = A[np.ix_(order, order)]
        original = A.copy()
        for normalized in (False, True):
            expected = laplacian_oracle(original, normalized)
            with expect.case(f"n={n}, normalized={normalized}"):
                got = student.graph_laplacian(A, normalized)
                check_unmodified(expect, [A], [original])
                expect.close(got, expected, **TOL)


@gated
@function("graph_laplacian")
@weight(2)
def test_graph_laplacian_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.graph_laplacian,
        [
            ("1-d-input", ([0.0, 1.0, 1.0, 0.0],)),
            ("not-square", (np.zeros((2, 3)),)),
            ("empty", (np.zeros((0, 0)),)),
            ("not-symmetric", ([[0.0, 1.0], [2.0, 0.0]],)),
            ("asymmetric-by-1e-7", ([[0.0, 1.0], [1.0 + 1e-7, 0.0]],)),
            ("negative-weight", ([[0.0, -1.0], [-1.0, 0.0]],)),
        ],
        reason="A must be a non-empty square matrix, symmetric within 1e-10 * max(1, max|A|), "
        "with no negative entry",
    )


# ------------------------------------------------------------------ num_connected_components


@function("num_connected_components")
@weight(2)
def test_num_connected_components_hand_worked(student, expect):
    two_pairs = [[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]]
    cases = [
        ("single-node", ([[0.0]],), 1),
        ("3-isolated-nodes", (np.zeros((3, 3)),), 3),
        ("two-pairs", (two_pairs,), 2),
        ("connected-path-5", (path_adjacency(5),), 1),
        ("edge-of-weight-1e-12-is-below-tol", (path_adjacency(4, [1.0, 1e-12, 1.0]),), 2),
        ("weak-link-with-tol-0.5", (path_adjacency(4, [1.0, 0.1, 1.0]), 0.5), 2),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            expect.scalar(student.num_connected_components(*args), expected, kind=int)


@function("num_connected_components")
@weight(2)
def test_num_connected_components_random(student, expect, rng):
    for sizes in [(4, 1, 3), (2, 5, 1, 1, 3)]:
        n = sum(sizes)
        A = np.zeros((n, n))
        start = 0
        for size in sizes:
            if size > 1:
                A[start : start + size, start : start + size] = random_connected(rng, size)
            start += size
        order = rng.permutation(n)
        A = A[np.ix_(order, order)]
        original = A.copy()
        with expect.case(f"{len(sizes)}-components-of-sizes-{sizes}"):
            expect.scalar(student.num_connected_components(A), len(sizes), kind=int)
            check_unmodified(expect, [A], [original])


@gated
@function("num_connected_components")
def test_num_connected_components_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.num_connected_components,
        [
            ("tol-zero", (path_adjacency(3), 0.0)),
            ("negative-tol", (path_adjacency(3), -1e-3)),
            ("not-square", (np.zeros((2, 3)),)),
            ("not-symmetric", ([[0.0, 1.0], [0.0, 0.0]],)),
            ("negative-weight", ([[0.0, -1.0], [-1.0, 0.0]],)),
        ],
        reason="A must be a square, symmetric, non-negative adjacency matrix and tol > 0",
    )


# ------------------------------------------------------------------ fiedler_vector


@function("fiedler_vector")
@weight(2)
def test_fiedler_vector_hand_worked(student, expect):
    check_cases(
        expect,
        student.fiedler_vector,
        [
            (
                "weighted-path-3",
                ([[0, 1, 0], [1, 0, 2], [0, 2, 0]],),
                [(3 + SQRT3) / 6, -(3 - SQRT3) / 6, -1 / SQRT3],
            ),
            ("2-nodes-tie-first-entry-positive", ([[0, 1], [1, 0]],), [HALF, -HALF]),
            ("path-6-tie-first-entry-positive", (path_adjacency(6),), path_eigenvector(6, 1)),
            ("path-7-weight-3", (3 * path_adjacency(7),), path_eigenvector(7, 1)),
        ],
        tol=EIGTOL,
    )


@function("fiedler_vector")
@weight(3)
def test_fiedler_vector_random(student, expect, rng):
    for n in (3, 6, 10):
        A = random_graph_with_gaps(rng, n, 1)
        original = A.copy()
        expected = convention(eigh_oracle(A)[1][:, 1])
        with expect.case(f"random-connected-n={n}"):
            expect.close(student.fiedler_vector(A), expected, **EIGTOL)
            check_unmodified(expect, [A], [original])


@gated
@function("fiedler_vector")
def test_fiedler_vector_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.fiedler_vector,
        [
            ("single-node", ([[0.0]],)),
            ("1-d-input", ([0.0, 1.0, 1.0, 0.0],)),
            ("not-square", (np.zeros((2, 3)),)),
            ("not-symmetric", ([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 2.0, 0.0]],)),
            ("negative-weight", ([[0.0, -1.0], [-1.0, 0.0]],)),
        ],
        reason="A must be a square, symmetric, non-negative adjacency matrix with n >= 2",
    )


# ------------------------------------------------------------------ spectral_bipartition


def clique_and_pair():
    """Nodes 0-3 form a clique, 4-5 a pair; one weak edge 3-4. Node 0's Fiedler entry is < 0."""
    A = np.zeros((6, 6))
    A[:4, :4] = 1.0 - np.eye(4)
    A[4, 5] = A[5, 4] = 1.0
    A[3, 4] = A[4, 3] = 0.1
    return A


def planted_clusters(rng, sizes):
    """Two dense random clusters with two weak links, nodes shuffled; returns (A, labels)."""
    n = sum(sizes)
    while True:
        A = np.zeros((n, n))
        A[: sizes[0], : sizes[0]] = random_connected(rng, sizes[0], density=0.8)
        A[sizes[0] :, sizes[0] :] = random_connected(rng, sizes[1], density=0.8)
        for _ in range(2):
            i, j = rng.integers(sizes[0]), sizes[0] + rng.integers(sizes[1])
            A[i, j] = A[j, i] = 0.05
        order = rng.permutation(n)
        A = A[np.ix_(order, order)]
        planted = (order >= sizes[0]).astype(np.int64)
        planted = planted if planted[0] == 0 else 1 - planted
        f = convention(eigh_oracle(A)[1][:, 1])
        signs = (f < 0).astype(np.int64)
        signs = signs if signs[0] == 0 else 1 - signs
        if np.min(np.abs(f)) > 1e-3 and np.array_equal(signs, planted):
            return A, planted


@function("spectral_bipartition")
@weight(2)
def test_spectral_bipartition_hand_worked(student, expect):
    two_triangles = np.zeros((6, 6))
    for a, b, w in [(0, 2, 1), (2, 4, 1), (0, 4, 1), (1, 3, 1), (3, 5, 1), (1, 5, 1), (4, 5, 0.2)]:
        two_triangles[a, b] = two_triangles[b, a] = w
    cases = [
        (
            "weighted-path-4",
            ([[0, 2, 0, 0], [2, 0, 1, 0], [0, 1, 0, 2], [0, 0, 2, 0]],),
            [0, 0, 1, 1],
        ),
        ("clique-and-pair-node-0-negative", (clique_and_pair(),), [0, 0, 0, 0, 1, 1]),
        ("interleaved-triangles", (two_triangles,), [0, 1, 0, 1, 0, 1]),
        ("two-nodes", ([[0, 1], [1, 0]],), [0, 1]),
    ]
    for name, args, expected in cases:
        with expect.case(name):
            expect.equal(student.spectral_bipartition(*args), expected, dtype=np.int64)


@function("spectral_bipartition")
@weight(2)
def test_spectral_bipartition_random(student, expect, rng):
    for sizes in [(3, 7), (6, 4)]:
        A, expected = planted_clusters(rng, sizes)
        original = A.copy()
        with expect.case(f"clusters-of-sizes-{sizes}-shuffled"):
            expect.equal(student.spectral_bipartition(A), expected, dtype=np.int64)
            check_unmodified(expect, [A], [original])


@gated
@function("spectral_bipartition")
def test_spectral_bipartition_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.spectral_bipartition,
        [
            ("single-node", ([[0.0]],)),
            ("not-symmetric", ([[0.0, 1.0], [3.0, 0.0]],)),
            ("negative-weight", ([[0.0, -1.0], [-1.0, 0.0]],)),
        ],
        reason="A must be a square, symmetric, non-negative adjacency matrix with n >= 2",
    )


# ------------------------------------------------------------------ spectral_embedding


@function("spectral_embedding")
@weight(2)
def test_spectral_embedding_hand_worked(student, expect):
    check_cases(
        expect,
        student.spectral_embedding,
        [
            (
                "weighted-path-3-k=2",
                ([[0, 1, 0], [1, 0, 2], [0, 2, 0]], 2),
                [
                    [(3 + SQRT3) / 6, -(3 - SQRT3) / 6],
                    [-(3 - SQRT3) / 6, (3 + SQRT3) / 6],
                    [-1 / SQRT3, -1 / SQRT3],
                ],
            ),
            (
                "path-4-k=3-every-column-signed",
                (path_adjacency(4), 3),
                np.column_stack([path_eigenvector(4, j) for j in (1, 2, 3)]),
            ),
            (
                "path-5-k=1-is-the-fiedler-vector",
                (path_adjacency(5), 1),
                path_eigenvector(5, 1)[:, None],
            ),
            # (1, -1) / sqrt(2), with the tie rule of the sign convention
            ("two-nodes-k=1", ([[0, 1], [1, 0]], 1), [[2**-0.5], [-(2**-0.5)]]),
        ],
        tol=EIGTOL,
    )


@function("spectral_embedding")
@weight(3)
def test_spectral_embedding_random(student, expect, rng):
    for n, k in [(7, 3), (10, 2)]:
        A = random_graph_with_gaps(rng, n, k)
        original = A.copy()
        vectors = eigh_oracle(A)[1]
        expected = np.column_stack([convention(vectors[:, j]) for j in range(1, k + 1)])
        with expect.case(f"random-connected-n={n}-k={k}"):
            expect.close(student.spectral_embedding(A, k), expected, **EIGTOL)
            check_unmodified(expect, [A], [original])


@gated
@function("spectral_embedding")
def test_spectral_embedding_rejects_bad_input(student, expect):
    check_errors(
        expect,
        student.spectral_embedding,
        [
            ("k-zero", (path_adjacency(4), 0)),
            ("k-equals-n", (path_adjacency(4), 4)),
            ("k-not-an-integer", (path_adjacency(4), 1.5)),
            ("k-is-a-bool", (path_adjacency(4), True)),
            ("single-node", ([[0.0]], 1)),
            ("not-symmetric", ([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 2.0, 0.0]], 1)),
        ],
        reason="k must be an integer with 1 <= k <= n - 1, and A a square, symmetric, "
        "non-negative adjacency matrix with n >= 2",
    )


# ------------------------------------------------------------------ equivalent mutants

# Equivalent mutants (tools/mutants.py): one-line faults in the reference solution that
# behave like it on every valid input, so no test can tell them apart.
# - _adjacency: `if A.shape[0] != A.shape[1]:` -> `if A.shape[(1)] != A.shape[1]:`, `if
#   A.shape[0] != A.shape[1]:` -> `if A.shape[(-1)] != A.shape[1]:`, `if A.shape[0] !=
#   A.shape[1]:` -> `if A.shape[0] != A.shape[(0)]:`, `if A.shape[0] < min_nodes:` -> `if
#   A.shape[(1)] < min_nodes:`, `if A.shape[0] < min_nodes:` -> `if A.shape[(-1)] <
#   min_nodes:`: a non-square A then fails in A - A.T, a broadcast of mismatched shapes,
#   with a ValueError all the same; the node count is checked on a square A.
# - _adjacency: `scale = max(1.0, float(np.max(np.abs(A)))) if A.size else 1.0` -> `scale
#   = max(1.0, float(np.max((A)))) if A.size else 1.0`: a valid adjacency matrix has no
#   negative entry, so its largest entry is its largest absolute entry; a negative one is
#   refused either way.
# - _adjacency: `if not np.all(np.abs(A - A.T) <= 1e-10 * scale):` -> `if not np.all((A -
#   A.T) <= 1e-10 * scale):`, `if not np.all(np.abs(A - A.T) <= 1e-10 * scale):` -> `if not
#   np.all(np.abs((A.T - A)) <= 1e-10 * scale):`: A - A.T is antisymmetric: an entry above
#   the limit has a negative twin, so one-sided and two-sided checks agree.
# - _unnormalized_laplacian: `return np.diag(A.sum(axis=1)) - A` -> `return
#   np.diag(A.sum(axis=(0))) - A`: A is symmetric up to 1e-10 of its largest weight, so its
#   column sums equal its row sums up to that.
# - _fix_sign: `first = int(np.flatnonzero(magnitudes >= magnitudes.max() - _TIE)[0])` ->
#   `first = int(np.flatnonzero((magnitudes > magnitudes.max() - _TIE))[0])`: the largest
#   entry is always more than 1e-9 above max - 1e-9, so > and >= select the same entries.
# - _fix_sign: `return -vector if vector[first] < 0 else vector` -> `return -vector if
#   (vector[first] <= 0) else vector`: the entry that decides is the largest of a unit
#   vector, never 0.
# - adjacency_from_edges: `if pairs.ndim != 2 or pairs.shape[1] != 2:` -> `if (pairs.ndim
#   != 2):`: a row of three or more numbers then fails to unpack into (i, j), with a
#   ValueError all the same.
# - adjacency_from_edges: `for (i, j), w in zip(pairs.tolist(), values.tolist(),
#   strict=True):` -> `for (i, j), w in zip(pairs.tolist(), values.tolist(),
#   strict=(False)):`: the number of weights is checked against the edges before this loop.
# - graph_laplacian: `degrees = A.sum(axis=1)` -> `degrees = A.sum(axis=(0))`: A is
#   symmetric up to 1e-10 of its largest weight, so its column sums equal its row sums up to
#   that.
# - num_connected_components: `return int(np.count_nonzero(eigenvalues <= tol))` ->
#   `return int(np.count_nonzero((eigenvalues < tol)))`: the two differ only when an
#   eigenvalue equals tol to the last bit.
# - fiedler_vector: `return _low_eigenvectors(A, 1)[:, 0]` -> `return _low_eigenvectors(A,
#   1)[:, (-1)]`: with k = 1 there is one column, so column -1 is column 0.
# - spectral_bipartition: `f = _low_eigenvectors(_adjacency(A, min_nodes=2), 1)[:, 0]` ->
#   `f = _low_eigenvectors(_adjacency(A, min_nodes=2), 1)[:, (-1)]`: with k = 1 there is one
#   column, so column -1 is column 0.
# - spectral_bipartition: `labels = (f < 0).astype(np.int64)` -> `labels = ((f >=
#   0)).astype(np.int64)`: the labels are renamed so that node 0 has label 0, which undoes
#   the swap.
# - spectral_bipartition: `labels = (f < 0).astype(np.int64)` -> `labels = ((f <=
#   0)).astype(np.int64)`: the two differ only when an entry of the Fiedler vector is
#   exactly 0.
# - spectral_embedding: `A = _adjacency(A, min_nodes=2)` -> `A = _adjacency(A,
#   min_nodes=(1))`: a single node then fails the check of k, since 1 <= k <= n - 1 = 0 is
#   impossible, with the same ValueError.
# - spectral_embedding: `n = A.shape[0]` -> `n = A.shape[(1)]`, `n = A.shape[0]` -> `n =
#   A.shape[(-1)]`: A is checked to be square first.
# - spectral_embedding: `if not _is_integer(k) or not 1 <= k <= n - 1:` -> `if not
#   _is_integer(k) or not (0) <= k <= n - 1:`: k = 0 then fails in np.column_stack of no
#   columns, with a ValueError all the same.
