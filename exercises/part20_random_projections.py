"""Part 20: Random Projections and Fast Transforms.

The Johnson-Lindenstrauss lemma says that n points can be mapped into about
``log(n) / eps**2`` dimensions by a random matrix while every pairwise squared distance
changes by a factor of at most ``1 +- eps``, whatever the original dimension. Random
and structured (Hadamard) transforms make such reductions cheap enough for very large
data. Fill in each function below, then run ``la4ml grade 20``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
