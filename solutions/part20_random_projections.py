"""Part 20: Random Projections and Fast Transforms.

The Johnson-Lindenstrauss lemma says that n points can be mapped into about
``log(n) / eps**2`` dimensions by a random matrix while every pairwise squared distance
changes by a factor of at most ``1 +- eps``, whatever the original dimension. Random
and structured (Hadamard) transforms make such reductions cheap enough for very large
data.

This is the reference solution.
"""

import numpy as np


def _check_dims(d, k):
    """Raise ValueError unless d and k are integers >= 1."""
    for name, value in (("d", d), ("k", k)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ValueError(f"{name} must be an integer >= 1, got {value!r}")


def jl_min_dim(n_samples, eps):
    """Target dimension that the Johnson-Lindenstrauss lemma guarantees is enough.

    The result is ``ceil(4 * ln(n_samples) / (eps**2 / 2 - eps**3 / 3))``: a random
    Gaussian projection to that many dimensions keeps every pairwise squared distance
    within a factor ``1 +- eps`` with probability at least ``1 / n_samples`` (the
    union-bound proof of the lemma; a larger constant than 4 buys a probability
    closer to 1). It does not depend on the original dimension.

    Parameters
    ----------
    n_samples : int
        Number of points, ``n_samples >= 1``.
    eps : float
        Allowed distortion, ``0 < eps < 1``.

    Returns
    -------
    int
        A Python int >= 0 (0 for a single point).

    Raises
    ------
    ValueError
        If ``n_samples`` is not an integer >= 1, or unless ``0 < eps < 1``.

    Examples
    --------
    >>> jl_min_dim(10000, 0.1)
    7895
    """
    if isinstance(n_samples, bool) or not isinstance(n_samples, (int, np.integer)):
        raise ValueError(f"n_samples must be an integer >= 1, got {n_samples!r}")
    if n_samples < 1:
        raise ValueError(f"n_samples must be >= 1, got {n_samples}")
    eps = float(eps)
    if not 0.0 < eps < 1.0:  # also rejects nan
        raise ValueError(f"eps must satisfy 0 < eps < 1, got {eps}")
    denominator = eps**2 / 2.0 - eps**3 / 3.0
    return int(np.ceil(4.0 * np.log(int(n_samples)) / denominator))


def gaussian_projection_matrix(d, k, seed=0):
    """Gaussian random projection matrix with entries drawn from N(0, 1/k).

    Draw it as ``np.random.default_rng(seed).normal(0.0, 1.0 / np.sqrt(k),
    size=(d, k))``. The variance 1/k makes ``||x @ R||**2`` equal ``||x||**2`` on
    average.

    Parameters
    ----------
    d : int
        Original dimension, ``d >= 1``.
    k : int
        Target dimension, ``k >= 1``.
    seed : int, optional
        Seed for ``np.random.default_rng``. Default 0.

    Returns
    -------
    numpy.ndarray, shape (d, k), dtype float64
        The projection matrix; the same seed gives the same matrix.

    Raises
    ------
    ValueError
        If ``d`` or ``k`` is not an integer >= 1.

    Examples
    --------
    >>> gaussian_projection_matrix(1000, 20).shape
    (1000, 20)
    """
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, 1.0 / np.sqrt(k), size=(d, k))


def sparse_projection_matrix(d, k, seed=0):
    """Achlioptas' sparse random projection matrix.

    Each entry is ``+sqrt(3/k)`` with probability 1/6, ``-sqrt(3/k)`` with
    probability 1/6 and 0 with probability 2/3, independently; like the Gaussian
    matrix it has mean 0 and variance 1/k, but two thirds of it is zeros. Draw it as
    ``np.sqrt(3 / k) * rng.choice([-1.0, 0.0, 1.0], size=(d, k), p=[1/6, 2/3, 1/6])``
    with ``rng = np.random.default_rng(seed)``.

    Parameters
    ----------
    d : int
        Original dimension, ``d >= 1``.
    k : int
        Target dimension, ``k >= 1``.
    seed : int, optional
        Seed for ``np.random.default_rng``. Default 0.

    Returns
    -------
    numpy.ndarray, shape (d, k), dtype float64
        The projection matrix; the same seed gives the same matrix.

    Raises
    ------
    ValueError
        If ``d`` or ``k`` is not an integer >= 1.

    Examples
    --------
    >>> np.unique(sparse_projection_matrix(300, 3))
    array([-1.,  0.,  1.])
    """
    _check_dims(d, k)
    rng = np.random.default_rng(seed)
    signs = rng.choice([-1.0, 0.0, 1.0], size=(d, k), p=[1 / 6, 2 / 3, 1 / 6])
    return np.sqrt(3.0 / k) * signs


def project(X, R):
    """Project data with a projection matrix: ``X @ R``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 1.
    R : array_like, shape (d, k)
        Projection matrix, k >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, k), dtype float64
        The projected samples as rows.

    Raises
    ------
    ValueError
        If ``X`` or ``R`` is not 2-D or is empty, or if the columns of ``X`` do not
        match the rows of ``R``.

    Examples
    --------
    >>> project([[1, 2, 3]], [[1, 0], [0, 1], [1, 1]])
    array([[4., 5.]])
    """
    X = np.asarray(X, dtype=np.float64)
    R = np.asarray(R, dtype=np.float64)
    for name, M in (("X", X), ("R", R)):
        if M.ndim != 2 or M.size == 0:
            raise ValueError(f"{name} must be a non-empty 2-D array, got shape {M.shape}")
    if X.shape[1] != R.shape[0]:
        raise ValueError(
            f"X has {X.shape[1]} columns but R has {R.shape[0]} rows (shapes {X.shape} "
            f"and {R.shape}); they must match"
        )
    return X @ R


def max_distortion(X, Z):
    """Largest relative change of a squared pairwise distance under a projection.

    The result is the maximum over all pairs ``i < j`` of
    ``abs(||Z[i] - Z[j]||**2 / ||X[i] - X[j]||**2 - 1)``, where row i of ``Z`` is the
    image of row i of ``X``. Squared Euclidean distances are compared, as in the
    Johnson-Lindenstrauss lemma, not the distances themselves (whose ratio would be the
    square root of this one). A projection satisfies the Johnson-Lindenstrauss bound
    for ``eps`` when this is at most ``eps``. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Original points as rows, n >= 2, no two rows equal.
    Z : array_like, shape (n, k)
        The projected points, in the same order; k may differ from d.

    Returns
    -------
    float
        A Python float >= 0.

    Raises
    ------
    ValueError
        If ``X`` or ``Z`` is not 2-D, if they differ in number of rows, if there are
        fewer than 2 rows, or if two rows of ``X`` are equal (a zero distance).

    Examples
    --------
    >>> max_distortion([[0, 0], [2, 0], [0, 2]], [[0, 0], [2, 0], [0, 1]])
    0.75
    """
    X = np.asarray(X, dtype=np.float64)
    Z = np.asarray(Z, dtype=np.float64)
    if X.ndim != 2 or Z.ndim != 2:
        raise ValueError(f"X and Z must be 2-D, got shapes {X.shape} and {Z.shape}")
    if X.shape[0] != Z.shape[0]:
        raise ValueError(
            f"X and Z must have the same number of rows, got shapes {X.shape} and {Z.shape}"
        )
    if X.shape[0] < 2:
        raise ValueError(f"need at least 2 points to form a pair, got shape {X.shape}")
    i, j = np.triu_indices(X.shape[0], k=1)
    # Differences, not the Gram-matrix identity: no cancellation for close points.
    before = np.sum((X[i] - X[j]) ** 2, axis=1)
    after = np.sum((Z[i] - Z[j]) ** 2, axis=1)
    if np.any(before == 0.0):
        bad = int(np.argmin(before))
        raise ValueError(f"rows {i[bad]} and {j[bad]} of X are equal: a zero distance")
    return float(np.max(np.abs(after / before - 1.0)))


def fwht(x):
    """Fast Walsh-Hadamard transform, unnormalised, written by hand.

    Computes ``H @ x`` for the Sylvester-ordered Hadamard matrix H of size n,
    defined by ``H_1 = [[1]]`` and ``H_2m = [[H_m, H_m], [H_m, -H_m]]``, in
    O(n log n) operations. Rule of the exercise: write the butterfly passes yourself
    (for h = 1, 2, 4, ..., n/2, and in each block of 2h consecutive entries, replace
    every pair ``a = block[i]``, ``b = block[i + h]`` with ``i < h`` by
    ``(a + b, a - b)``); do not build H or multiply by a matrix: no ``@``,
    ``np.kron``, ``np.block``, ``np.matmul``, ``np.dot``, ``np.einsum``,
    ``np.tensordot``, ``np.inner`` or ``scipy.linalg.hadamard``, in ``fwht`` or in the
    functions of your module that it calls. Applying ``fwht`` twice multiplies x by n.
    The inputs are left unchanged.

    Parameters
    ----------
    x : array_like, shape (n,)
        A 1-D vector whose length n is a power of two (1, 2, 4, ...).

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The transform ``H @ x``, in a new array.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D, is empty, or its length is not a power of two.

    Examples
    --------
    >>> fwht([1, 0, 1, 0])
    array([2., 2., 0., 0.])
    """
    y = np.array(x, dtype=np.float64)  # a copy: x is never changed
    if y.ndim != 1 or y.size == 0:
        raise ValueError(f"x must be a non-empty 1-D vector, got shape {y.shape}")
    n = y.size
    if n & (n - 1):
        raise ValueError(f"the length of x must be a power of two, got {n}")
    h = 1
    while h < n:
        # Blocks of 2h entries: first halves a, second halves b, all blocks at once.
        blocks = y.reshape(-1, 2, h)
        a, b = blocks[:, 0, :], blocks[:, 1, :]
        y = np.stack((a + b, a - b), axis=1).reshape(n)
        h *= 2
    return y
