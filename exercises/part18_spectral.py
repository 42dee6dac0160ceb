"""Part 18: Spectral Methods in ML.

A graph becomes a matrix: the adjacency matrix records the edges, and the Laplacian
``L = D - A`` measures how much a signal on the nodes varies across them. Its
eigenvalues count the connected pieces of the graph, and its low eigenvectors place
the nodes on a line or in a plane so that clustering becomes easy. Fill in each
function below, then run ``la4ml grade 18``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def adjacency_from_edges(n, edges, weights=None):
    """Symmetric weighted adjacency matrix of an undirected graph.

    For each edge ``(i, j)`` with weight w, set ``A[i, j] = A[j, i] = w``; every other
    entry is 0. The inputs are left unchanged.

    Parameters
    ----------
    n : int
        Number of nodes, ``n >= 1``; nodes are numbered 0 to n - 1.
    edges : array_like of int, shape (m, 2)
        Undirected edges ``(i, j)`` with ``0 <= i, j < n`` and ``i != j``, as a
        sequence of pairs or an integer array of shape (m, 2); each unordered pair
        at most once. May be empty.
    weights : array_like, shape (m,), optional
        A positive, finite weight per edge, in the order of ``edges``. Default None:
        every weight is 1.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        The symmetric adjacency matrix, with a zero diagonal.

    Raises
    ------
    ValueError
        If ``n`` is not an integer >= 1, if an edge is not a pair of integers in
        ``[0, n)``, is a self-loop (``i == j``) or repeats an earlier edge (in
        either orientation), or if ``weights`` is not 1-D with one positive, finite
        entry per edge.

    Examples
    --------
    >>> adjacency_from_edges(3, [(0, 1), (1, 2)])
    array([[0., 1., 0.],
           [1., 0., 1.],
           [0., 1., 0.]])
    """
    raise NotImplementedError


def graph_laplacian(A, normalized=False):
    """Graph Laplacian of a weighted undirected graph.

    With the degrees ``d = A.sum(axis=1)`` and ``D = diag(d)``, the unnormalised
    Laplacian is ``D - A``. The symmetric normalised Laplacian is
    ``I - D^(-1/2) @ A @ D^(-1/2)``; an isolated node (degree 0) would divide by
    zero, so its row and column, diagonal entry included, are left at zero.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric adjacency matrix with non-negative entries, n >= 1. Symmetric
        means every ``|A[i, j] - A[j, i]|`` is at most ``1e-10 * max(1, max|A|)``;
        the other functions of this part use the same rule.
    normalized : bool, optional
        Whether to return the symmetric normalised Laplacian. Default False.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        The Laplacian: symmetric, positive semi-definite, with every row summing to
        0 when ``normalized`` is False.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, empty, not symmetric or has a negative
        entry.

    Examples
    --------
    >>> graph_laplacian([[0, 1, 0], [1, 0, 1], [0, 1, 0]])
    array([[ 1., -1.,  0.],
           [-1.,  2., -1.],
           [ 0., -1.,  1.]])
    """
    raise NotImplementedError


def num_connected_components(A, tol=1e-9):
    """Number of connected components, read off the spectrum of the Laplacian.

    The multiplicity of the eigenvalue 0 of ``D - A`` equals the number of connected
    components. Count the eigenvalues of ``D - A`` (``np.linalg.eigvalsh``) that are
    at most ``tol``. An isolated node is a component of its own.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric adjacency matrix with non-negative entries, n >= 1.
    tol : float, optional
        Eigenvalues ``<= tol`` count as zero, ``tol > 0``. Default 1e-9.

    Returns
    -------
    int
        A Python int between 1 and n.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, empty, not symmetric or has a negative
        entry, or if ``tol <= 0``.

    Examples
    --------
    >>> num_connected_components([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]])
    2
    """
    raise NotImplementedError


def fiedler_vector(A):
    """Fiedler vector: the eigenvector of ``D - A`` for the second-smallest eigenvalue.

    Use ``np.linalg.eigh`` on the unnormalised Laplacian; its eigenvalues come in
    ascending order, and the Fiedler vector is the eigenvector of the second one.
    Sign convention: the entry of largest absolute value is positive (if several
    entries tie within 1e-9, the first of them). The vector is unique up to sign only
    when the second-smallest eigenvalue is simple, as it is for most connected graphs.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric adjacency matrix with non-negative entries, n >= 2.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        A unit vector orthogonal to the all-ones vector (for a connected graph), with
        the sign convention above.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, not symmetric or has a negative entry, or
        if n < 2.

    Examples
    --------
    >>> fiedler_vector([[0, 1, 0], [1, 0, 2], [0, 2, 0]])
    array([ 0.78867513, -0.21132487, -0.57735027])
    """
    raise NotImplementedError


def spectral_bipartition(A):
    """Split a graph in two by the signs of its Fiedler vector.

    With f the Fiedler vector (sign convention of ``fiedler_vector``), nodes with
    ``f[i] >= 0`` form one cluster and nodes with ``f[i] < 0`` the other. The labels
    are then named so that node 0 is in cluster 0 and the other cluster is 1.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric adjacency matrix with non-negative entries, n >= 2.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype int64
        Labels 0 and 1, with ``labels[0] == 0``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, not symmetric or has a negative entry, or
        if n < 2.

    Examples
    --------
    >>> spectral_bipartition([[0, 2, 0, 0], [2, 0, 1, 0], [0, 1, 0, 2], [0, 0, 2, 0]])
    array([0, 0, 1, 1])
    """
    raise NotImplementedError


def spectral_embedding(A, k):
    """Laplacian eigenmap: k coordinates per node from the low eigenvectors of D - A.

    Take the eigenvectors of the unnormalised Laplacian ``D - A`` for its 2nd, 3rd,
    ..., (k+1)-th smallest eigenvalues (``np.linalg.eigh``, ascending), skipping the
    first, which is constant on a connected graph and carries no information. Column
    j is the eigenvector for the (j+2)-th smallest eigenvalue, a unit vector with the
    sign convention of ``fiedler_vector``; so column 0 is the Fiedler vector. Row i
    holds the coordinates of node i. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric adjacency matrix with non-negative entries, n >= 2.
    k : int
        Number of dimensions, with ``1 <= k <= n - 1``.

    Returns
    -------
    numpy.ndarray, shape (n, k), dtype float64
        The embedding, one node per row, with orthonormal columns.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, not symmetric or has a negative entry, if
        n < 2, or if ``k`` is not an integer with ``1 <= k <= n - 1``.

    Examples
    --------
    >>> spectral_embedding([[0, 1, 0], [1, 0, 2], [0, 2, 0]], 2)
    array([[ 0.78867513, -0.21132487],
           [-0.21132487,  0.78867513],
           [-0.57735027, -0.57735027]])
    """
    raise NotImplementedError
