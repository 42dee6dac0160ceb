"""Part 11: Singular Value Decomposition.

Every matrix, square or not, factors as ``U @ diag(s) @ Vt``: a rotation, a stretch
along orthogonal axes, and another rotation. Keeping only the largest singular values
gives the best low-rank copy of the data, which is how SVD compresses images, filters
noise and finds latent topics in text (LSA). This is the reference solution.
"""

import numpy as np


def _matrix(values, name):
    """``values`` as a non-empty 2-D float array, or a ValueError naming the argument."""
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2:
        raise ValueError(f"{name} must be a 2-D matrix, got an array of shape {matrix.shape}")
    if matrix.size == 0:
        raise ValueError(f"{name} must not be empty, got a matrix of shape {matrix.shape}")
    return matrix


def _integer(value, name, low, high, seen):
    """``value`` as a Python int in ``[low, high]``, or a ValueError naming what was seen."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must satisfy {low} <= {name} <= {high} ({seen}), got {value}")
    return int(value)


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
    A = _matrix(A, "A")
    k = _integer(k, "k", 1, min(A.shape), f"A has shape {A.shape}")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    # scaling the k kept columns of U by their singular values is U_k @ diag(s_k)
    return (U[:, :k] * s[:k]) @ Vt[:k, :]


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
    s = np.asarray(s, dtype=float)
    if s.ndim != 1 or s.size == 0:
        raise ValueError(f"s must be a non-empty 1-D array, got an array of shape {s.shape}")
    if not np.all(np.isfinite(s)):
        raise ValueError("s contains NaN or infinite entries")
    if np.any(s < 0):
        raise ValueError(f"singular values are never negative, got a minimum of {s.min()}")
    if not np.any(s > 0):
        raise ValueError("s is all zeros: there is no energy to share out")
    k = _integer(k, "k", 0, s.size, f"s has {s.size} entries")
    energies = np.sort(s)[::-1] ** 2  # largest first, whatever order s came in
    return float(energies[:k].sum() / energies.sum())


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
    A = _matrix(A, "A")
    if np.ndim(threshold) != 0 or not 0 < threshold <= 1:  # NaN fails the comparison too
        raise ValueError(f"threshold must be a number in (0, 1], got {threshold!r}")
    if not np.any(A):
        raise ValueError(f"A of shape {A.shape} is all zeros: it has no energy to keep")
    energies = np.linalg.svd(A, compute_uv=False) ** 2  # descending
    kept = np.cumsum(energies) / energies.sum()  # kept[i] is the energy of rank i + 1
    return int(np.argmax(kept >= threshold - 1e-12)) + 1


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
    A = _matrix(A, "A")
    if np.ndim(rcond) != 0 or not rcond >= 0:
        raise ValueError(f"rcond must be a non-negative number, got {rcond!r}")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    keep = s > rcond * s[0]  # s[0] is the largest; a zero matrix keeps nothing
    s_plus = np.zeros_like(s)
    s_plus[keep] = 1.0 / s[keep]
    # V @ diag(s_plus) @ U.T: scale the columns of V, then map back with U.T
    return (Vt.T * s_plus) @ U.T


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
    try:
        m, n = shape
    except (TypeError, ValueError):
        raise ValueError(f"shape must be a pair (m, n), got {shape!r}") from None
    for size in (m, n):
        if isinstance(size, (bool, np.bool_)) or not isinstance(size, (int, np.integer)):
            raise ValueError(f"shape must hold two integers, got {shape!r}")
        if size < 1:
            raise ValueError(f"shape must hold two positive integers, got {shape!r}")
    m, n = int(m), int(n)
    k = _integer(k, "k", 1, min(m, n), f"the shape is {(m, n)}")
    return k * (m + n + 1) / (m * n)


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
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    docs = Vt[:k, :].T * s[:k]  # row j: document j in the latent space, shape (d, k)
    norms = np.linalg.norm(docs, axis=1)
    present = norms > 1e-12 * s[0]
    unit = np.zeros_like(docs)
    unit[present] = docs[present] / norms[present, np.newaxis]
    similarity = np.clip(unit @ unit.T, -1.0, 1.0)
    np.fill_diagonal(similarity, present.astype(float))  # exactly 1, or 0 for a zero document
    return similarity
