"""Part 11: Singular Value Decomposition.

Every matrix, square or not, factors as ``U @ diag(s) @ Vt``: a rotation, a stretch
along orthogonal axes, and another rotation. Keeping only the largest singular values
gives the best low-rank copy of the data, which is how SVD compresses images, filters
noise and finds latent topics in text (LSA). Fill in each function below, then run
``la4ml grade 11``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def low_rank_approximation(A, k):
    """Best rank-k approximation of a matrix, from its truncated SVD.

    With ``A = U @ diag(s) @ Vt`` and the singular values in descending order, the
    result is ``U[:, :k] @ diag(s[:k]) @ Vt[:k, :]``. By the Eckart-Young theorem no
    matrix of rank at most k is closer to ``A`` in the Frobenius or the 2-norm.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A 2-D matrix with m >= 1 and n >= 1.
    k : int
        The rank to keep, an int with ``1 <= k <= min(m, n)``.

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        The rank-k approximation of ``A``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``k`` is not an integer with
        ``1 <= k <= min(m, n)``.

    Examples
    --------
    >>> low_rank_approximation([[3, 0], [0, 1]], 1)
    array([[3., 0.],
           [0., 0.]])
    """
    raise NotImplementedError


def energy_retained(s, k):
    """Fraction of the total energy sum(s**2) kept by the k largest singular values.

    The energy of a matrix is its squared Frobenius norm, which equals the sum of its
    squared singular values. The result is ``(sum of the k largest s_i**2) /
    sum(s**2)``; ``s`` may come in any order. The inputs are left unchanged.

    Parameters
    ----------
    s : array_like, shape (r,)
        Singular values: r >= 1 non-negative numbers, not all zero.
    k : int
        How many of the largest values to keep, an int with ``0 <= k <= r``.

    Returns
    -------
    float
        A Python float in [0, 1]: 0.0 for k = 0 and 1.0 for k = r.

    Raises
    ------
    ValueError
        If ``s`` is not 1-D, is empty, has a negative or non-finite entry or is all
        zeros, or if ``k`` is not an integer with ``0 <= k <= r``.

    Examples
    --------
    >>> energy_retained([3, 1], 1)
    0.9
    """
    raise NotImplementedError


def rank_for_energy(A, threshold):
    """Smallest rank whose truncated SVD keeps at least a given fraction of the energy.

    The result is the smallest k with ``energy_retained(s, k) >= threshold - 1e-12``,
    where ``s`` holds the singular values of ``A``; the 1e-12 absorbs round-off, so
    that ``threshold = 1.0`` is reached. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A 2-D matrix with m >= 1, n >= 1 and at least one non-zero entry.
    threshold : float
        The fraction of energy to keep, with ``0 < threshold <= 1``.

    Returns
    -------
    int
        A Python int k with ``1 <= k <= min(m, n)``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, is empty or is all zeros, or if ``threshold`` is not in
        ``(0, 1]``.

    Examples
    --------
    >>> rank_for_energy([[4, 0, 0], [0, 2, 0], [0, 0, 1]], 0.9)
    2
    """
    raise NotImplementedError


def pseudo_inverse(A, rcond=1e-15):
    """Moore-Penrose pseudo-inverse of a matrix, computed from its SVD.

    With ``A = U @ diag(s) @ Vt``, the pseudo-inverse is ``Vt.T @ diag(s_plus) @ U.T``,
    where ``s_plus[i] = 1 / s[i]`` when ``s[i] > rcond * max(s)`` and 0 otherwise (the
    same cutoff as ``np.linalg.pinv``). ``pseudo_inverse(A) @ b`` is the minimum-norm
    least-squares solution of ``A @ x = b``. Build it from ``np.linalg.svd``; calling
    ``np.linalg.pinv`` defeats the exercise. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A 2-D matrix with m >= 1 and n >= 1, of any rank (the zero matrix included).
    rcond : float, optional
        Relative cutoff for small singular values, ``rcond >= 0``. Default 1e-15.

    Returns
    -------
    numpy.ndarray, shape (n, m), dtype float64
        The pseudo-inverse; note the transposed shape.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``rcond`` is negative.

    Examples
    --------
    >>> pseudo_inverse([[1], [1]])
    array([[0.5, 0.5]])
    """
    raise NotImplementedError


def compression_ratio(shape, k):
    """Storage of a rank-k SVD relative to storing the full matrix.

    A rank-k SVD of an m-by-n matrix stores ``U[:, :k]`` (m*k numbers), ``s[:k]``
    (k numbers) and ``Vt[:k, :]`` (k*n numbers), so the ratio is
    ``k * (m + n + 1) / (m * n)``. A ratio below 1 means the truncated SVD is smaller.

    Parameters
    ----------
    shape : tuple of int
        The matrix shape ``(m, n)``: two positive ints.
    k : int
        The rank kept, an int with ``1 <= k <= min(m, n)``.

    Returns
    -------
    float
        A Python float, ``k * (m + n + 1) / (m * n)``.

    Raises
    ------
    ValueError
        If ``shape`` is not a pair of positive integers, or if ``k`` is not an integer
        with ``1 <= k <= min(m, n)``.

    Examples
    --------
    >>> compression_ratio((100, 50), 5)
    0.151
    """
    raise NotImplementedError


def lsa_similarity(term_doc, k):
    """Document-document cosine similarity in a k-dimensional latent semantic space.

    Latent semantic analysis takes the SVD ``term_doc = U @ diag(s) @ Vt`` and
    represents document j by row j of ``Vt[:k, :].T @ diag(s[:k])``, shape (d, k).
    Entry (i, j) of the result is the cosine similarity of the representations of
    documents i and j, clipped to [-1, 1]. A document whose representation has norm
    at most ``1e-12 * s[0]`` counts as the zero vector: all its similarities are 0,
    including the one with itself. The similarities do not depend on the signs that
    ``np.linalg.svd`` picks for the singular vectors. The inputs are left unchanged.

    Parameters
    ----------
    term_doc : array_like, shape (t, d)
        Term-document matrix: terms as rows, documents as columns.
    k : int
        Number of latent dimensions, an int with ``1 <= k <= min(t, d)``.

    Returns
    -------
    numpy.ndarray, shape (d, d), dtype float64
        The symmetric similarity matrix, with 1.0 on the diagonal for every document
        that is not the zero vector.

    Raises
    ------
    ValueError
        If ``term_doc`` is not 2-D or is empty, or if ``k`` is not an integer with
        ``1 <= k <= min(t, d)``.

    Examples
    --------
    >>> lsa_similarity([[1, 1], [0, 1]], 1)
    array([[1., 1.],
           [1., 1.]])
    """
    raise NotImplementedError
