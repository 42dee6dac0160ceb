"""Part 5: Linear Independence & Span.

A feature that is a linear combination of other features adds no information: it
only makes a model's parameters ambiguous. Rank, span and the Gram matrix tell
you how many directions a set of vectors really covers. This is the reference
solution.
"""

import numpy as np


def _vectors(V, name):
    """``V`` as a non-empty 2-D float array, or a ValueError naming the argument."""
    V = np.asarray(V, dtype=float)
    if V.ndim != 2:
        raise ValueError(
            f"{name} must be a 2-D array with one vector per row, got an array of shape {V.shape}"
        )
    if V.size == 0:
        raise ValueError(f"{name} must have at least one row and one column, got shape {V.shape}")
    return V


def _tolerance(tol):
    """``tol`` as a float, or a ValueError if it is negative (or NaN)."""
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    return float(tol)


def _rank(V, tol):
    """The number of singular values of ``V`` greater than ``tol``, as a Python int."""
    singular_values = np.linalg.svd(V, compute_uv=False)
    return int(np.count_nonzero(singular_values > tol))


def gram_matrix(V):
    """Gram matrix of a set of vectors: all pairwise dot products.

    The inputs are left unchanged.

    Parameters
    ----------
    V : array_like, shape (k, n)
        k >= 1 vectors in R^n, one per row, n >= 1.

    Returns
    -------
    numpy.ndarray, shape (k, k), dtype float64
        ``G[i, j] = V[i] . V[j]``, that is ``V @ V.T``: symmetric, with the
        squared lengths on the diagonal. One row and one column per vector
        (k-by-k), not per coordinate (n-by-n).

    Raises
    ------
    ValueError
        If ``V`` is not 2-D, or is empty (no rows or no columns).

    Examples
    --------
    >>> gram_matrix([[1, 2], [3, 4]])
    array([[ 5., 11.],
           [11., 25.]])
    """
    V = _vectors(V, "V")
    return V @ V.T


def are_independent(V, tol=1e-10):
    """Whether the rows of ``V`` are linearly independent.

    Numerically, the rows are independent when ``V`` has k singular values
    greater than ``tol``, i.e. its rank equals its number of rows. More vectors
    than dimensions (k > n) are never independent, and a zero row makes the set
    dependent. ``tol`` is an absolute threshold, suited to entries of order 1;
    for data on another scale, pass a ``tol`` that matches it.
    The inputs are left unchanged.

    Parameters
    ----------
    V : array_like, shape (k, n)
        k >= 1 vectors in R^n, one per row, n >= 1.
    tol : float, optional
        Singular values at most ``tol`` count as zero, ``tol >= 0``. Default
        1e-10.

    Returns
    -------
    bool
        True if the rows are linearly independent.

    Raises
    ------
    ValueError
        If ``V`` is not 2-D or is empty (no rows or no columns), or if ``tol``
        is negative.

    Examples
    --------
    >>> are_independent([[1, 0, 1], [2, 0, 2]])
    False
    """
    V = _vectors(V, "V")
    return _rank(V, _tolerance(tol)) == V.shape[0]


def in_span(v, V, tol=1e-8):
    """Whether ``v`` is a linear combination of the rows of ``V``.

    ``v`` is in the span when its distance to the span, the norm of the
    least-squares residual ``||V.T @ c - v||`` for the best coefficients ``c``,
    is at most ``tol``. The distance is absolute (not divided by ``||v||``) and
    not squared. The zero vector is in every span. The inputs are left unchanged.

    Parameters
    ----------
    v : array_like, shape (n,)
        The vector to test, n >= 1.
    V : array_like, shape (k, n)
        k >= 1 vectors spanning the subspace, one per row; they may be
        dependent.
    tol : float, optional
        The largest distance accepted, ``tol >= 0``. Default 1e-8.

    Returns
    -------
    bool
        True if ``v`` lies in the span of the rows of ``V``.

    Raises
    ------
    ValueError
        If ``v`` is not 1-D, ``V`` is not 2-D, either is empty, the length of
        ``v`` differs from the number of columns of ``V``, or ``tol`` is
        negative.

    Examples
    --------
    >>> in_span([2, 3, 0], [[1, 0, 0], [0, 1, 0]])
    True
    """
    v = np.asarray(v, dtype=float)
    if v.ndim != 1:
        raise ValueError(f"v must be a 1-D vector, got an array of shape {v.shape}")
    if v.size == 0:
        raise ValueError("v must have at least one entry, got an empty vector")
    V = _vectors(V, "V")
    if v.shape[0] != V.shape[1]:
        raise ValueError(
            f"v has length {v.shape[0]} but the rows of V (shape {V.shape}) have length "
            f"{V.shape[1]}"
        )
    tol = _tolerance(tol)
    # The columns of V.T are the spanning vectors: find the best combination of them.
    coeffs = np.linalg.lstsq(V.T, v, rcond=None)[0]
    distance = np.linalg.norm(V.T @ coeffs - v)
    return bool(distance <= tol)


def span_dimension(V, tol=1e-10):
    """Dimension of the span of the rows of ``V``: the rank of ``V``.

    The rank is the number of singular values of ``V`` greater than ``tol``
    (an absolute threshold, as in ``are_independent``). The inputs are left unchanged.

    Parameters
    ----------
    V : array_like, shape (k, n)
        k >= 1 vectors in R^n, one per row, n >= 1.
    tol : float, optional
        Singular values at most ``tol`` count as zero, ``tol >= 0``. Default
        1e-10.

    Returns
    -------
    int
        The dimension, between 0 and ``min(k, n)``.

    Raises
    ------
    ValueError
        If ``V`` is not 2-D or is empty (no rows or no columns), or if ``tol``
        is negative.

    Examples
    --------
    >>> span_dimension([[1, 2], [2, 4], [0, 1]])
    2
    """
    V = _vectors(V, "V")
    return _rank(V, _tolerance(tol))


def redundant_features(X, tol=1e-10):
    """Columns of a data matrix that are linear combinations of earlier columns.

    Scan the columns from left to right: column ``j`` is redundant when adding
    it to columns ``0, ..., j-1`` does not increase the rank (ranks counted as
    in ``span_dimension`` with the same ``tol``). A zero column is always
    redundant, the first one included; of two equal columns only the later one
    is. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (m, n)
        A data matrix with m >= 1 samples as rows and n >= 1 features as
        columns.
    tol : float, optional
        Singular values at most ``tol`` count as zero, ``tol >= 0``. Default
        1e-10.

    Returns
    -------
    numpy.ndarray, shape (r,), dtype int64
        The indices of the redundant columns in increasing order; empty (shape
        (0,)) when there are none. Removing these columns leaves the rank
        unchanged.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty (no rows or no columns), or if ``tol``
        is negative.

    Examples
    --------
    >>> redundant_features([[1, 2, 3], [0, 1, 1], [1, 0, 1]])
    array([2])
    """
    X = _vectors(X, "X")
    tol = _tolerance(tol)
    redundant = []
    rank = 0  # the rank of the columns 0, ..., j-1 seen so far
    for j in range(X.shape[1]):
        new_rank = _rank(X[:, : j + 1], tol)
        if new_rank == rank:
            redundant.append(j)
        rank = new_rank
    return np.array(redundant, dtype=np.int64)
