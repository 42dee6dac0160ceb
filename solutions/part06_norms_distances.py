"""Part 6: Norms and Distances.

Norms measure how big a vector is and distances how far apart two vectors are.
They are the losses a model minimises, the penalties that keep its weights
small and the thresholds that keep its gradients in check. This is the
reference solution.
"""

import numpy as np

_METRICS = ("euclidean", "manhattan", "cosine")


def _matrix(values, name):
    """``values`` as a non-empty 2-D float array, or a ValueError naming the argument."""
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array, got an array of shape {matrix.shape}")
    if matrix.size == 0:
        raise ValueError(f"{name} must have at least one row and one column, got {matrix.shape}")
    return matrix


def _order(p):
    """The order p of a norm as a float, p >= 1 or inf; NaN fails ``p >= 1`` and is refused."""
    try:
        order = float(p)
    except (TypeError, ValueError):
        raise ValueError(f"p must be a number >= 1 or np.inf, got {p!r}") from None
    if not order >= 1:
        raise ValueError(f"p must be a number >= 1 or np.inf, got {p!r}")
    return order


def _strength(value, name, strict=False):
    """A penalty strength (>= 0) or a threshold (> 0, ``strict``) as a float; NaN is refused."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not (number > 0 if strict else number >= 0):
        raise ValueError(f"{name} must be {'>' if strict else '>='} 0, got {value!r}")
    return number


def _refuse_zero_rows(matrix, name):
    """A ValueError if a row of ``matrix`` is the zero vector (it has no direction)."""
    zero = np.flatnonzero(~matrix.any(axis=1))
    if zero.size:
        raise ValueError(
            f"the cosine distance is undefined for the zero vector: row(s) {zero.tolist()} "
            f"of {name} (shape {matrix.shape}) are all zeros"
        )


def _scaled_rows(X):
    """Each row divided by its largest absolute entry (zero rows left at zero), and that entry.

    Dividing first keeps every entry in [-1, 1], so ``|x_i| ** p`` can neither overflow
    nor underflow to zero for the entries that matter; the norm is homogeneous,
    ``||x|| = m * ||x / m||``, so nothing is lost.
    """
    largest = np.abs(X).max(axis=1, keepdims=True)
    safe = np.where(largest > 0, largest, 1.0)
    return X / safe, largest


def _unit_scale_norms(S, p):
    """Row norms of S, whose entries lie in [-1, 1] with a 1 in every non-zero row."""
    absolute = np.abs(S)
    if p == np.inf:
        return absolute.max(axis=1, keepdims=True)
    if p == 1:
        return absolute.sum(axis=1, keepdims=True)
    if p == 2:
        return np.sqrt((absolute * absolute).sum(axis=1, keepdims=True))
    return (absolute**p).sum(axis=1, keepdims=True) ** (1.0 / p)


def _row_norms(X, p):
    """The L^p norm of every row of the 2-D array X, as a column of shape (m, 1)."""
    scaled, largest = _scaled_rows(X)
    return largest * _unit_scale_norms(scaled, p)


def _unit_rows(X, p):
    """Every row of X divided by its L^p norm; zero rows stay zero."""
    scaled, _ = _scaled_rows(X)
    norms = _unit_scale_norms(scaled, p)
    return np.divide(scaled, norms, out=np.zeros_like(scaled), where=norms > 0)


def lp_norm(x, p):
    """The L^p norm of a vector: ``(sum_i |x_i|^p)^(1/p)``, or ``max_i |x_i|`` for p = inf.

    The answer must be right whenever the norm itself fits in a float64, even
    when the powers ``|x_i|^p`` would overflow or underflow on the way:
    ``lp_norm([1e200, 1e200], 2)`` is about ``1.414e200``,
    ``lp_norm([1e-200, 1e-200], 2)`` about ``1.414e-200`` and
    ``lp_norm([3, 4], 1000)`` about ``4.0``. The inputs are left unchanged.

    Parameters
    ----------
    x : array_like, shape (n,)
        A 1-D vector of finite numbers, n >= 1.
    p : float
        The order of the norm: a number ``p >= 1`` or ``np.inf``. p = 1 gives
        the Manhattan norm, p = 2 the Euclidean norm.

    Returns
    -------
    float
        The norm, >= 0.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D or is empty, or if ``p`` is not a number ``>= 1``
        (``np.inf`` allowed; NaN is not).

    Examples
    --------
    >>> lp_norm([3, -4], 2)
    5.0
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"x must be a 1-D vector, got an array of shape {x.shape}")
    if x.size == 0:
        raise ValueError("the norm of an empty vector is undefined; x has shape (0,)")
    order = _order(p)
    return float(_row_norms(x[np.newaxis, :], order)[0, 0])


def frobenius_norm(A):
    """The Frobenius norm of a matrix: the square root of the sum of its squared entries.

    It is the Euclidean norm of the matrix laid out as one long vector, not the
    spectral norm (the largest singular value) that ``np.linalg.norm(A, 2)``
    computes. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix: m >= 1 and n >= 1.

    Returns
    -------
    float
        ``sqrt(sum_ij A[i, j] ** 2)``, >= 0.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D (a 1-D vector is refused too) or is empty.

    Examples
    --------
    >>> frobenius_norm([[1, 2], [2, 4]])
    5.0
    """
    A = _matrix(A, "A")
    return float(_row_norms(A.reshape(1, -1), 2.0)[0, 0])  # the L2 norm of all entries


def pairwise_distances(X, Y, metric="euclidean"):
    """Distance between every row of ``X`` and every row of ``Y``.

    Metrics: ``"euclidean"`` (L2 distance), ``"manhattan"`` (L1 distance) and
    ``"cosine"`` (1 minus the cosine similarity, in ``[0, 2]``). Rule of this
    exercise: the code is vectorised (see conventions), with broadcasting and
    matrix products: no Python loop (``for``, ``while``, a comprehension, ``map``,
    ``np.vectorize``) in this function or in the functions of your module that it
    uses, and no ``scipy.spatial.distance.cdist`` or ``pdist``. Rounding must never
    make a distance negative: clip at 0. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (m, d)
        m >= 1 points, one per row, d >= 1.
    Y : array_like, shape (k, d)
        k >= 1 points, one per row, in the same dimension d.
    metric : str, optional
        One of ``"euclidean"``, ``"manhattan"``, ``"cosine"``. Default
        ``"euclidean"``.

    Returns
    -------
    numpy.ndarray, shape (m, k), dtype float64
        Entry ``(i, j)`` is the distance between ``X[i]`` and ``Y[j]``; every
        entry is >= 0.

    Raises
    ------
    ValueError
        If ``X`` or ``Y`` is not 2-D or is empty, if their numbers of columns
        differ (a single column is not broadcast), if ``metric`` is not one of
        the three names, or if the metric is ``"cosine"`` and a row of ``X`` or
        ``Y`` is the zero vector.

    Examples
    --------
    >>> pairwise_distances([[0, 0], [3, 0]], [[3, 4], [0, 4]])
    array([[5., 4.],
           [4., 5.]])
    """
    if not isinstance(metric, str) or metric not in _METRICS:
        raise ValueError(f"metric must be one of {', '.join(_METRICS)}; got {metric!r}")
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1]:
        raise ValueError(
            f"X and Y need the same number of columns, got shapes {X.shape} and {Y.shape}"
        )
    if metric == "manhattan":
        # (m, 1, d) - (1, k, d) broadcasts to the (m, k, d) array of all differences
        return np.abs(X[:, np.newaxis, :] - Y[np.newaxis, :, :]).sum(axis=2)
    if metric == "cosine":
        _refuse_zero_rows(X, "X")
        _refuse_zero_rows(Y, "Y")
        similarity = _unit_rows(X, 2.0) @ _unit_rows(Y, 2.0).T
        return np.clip(1.0 - similarity, 0.0, 2.0)
    # ||x - y||^2 = ||x||^2 + ||y||^2 - 2 x.y; shifting both sets by the same vector changes
    # no distance but makes the norms, and so the cancellation in this sum, smaller
    shift = X.mean(axis=0)
    X, Y = X - shift, Y - shift
    squared = (
        np.sum(X * X, axis=1)[:, np.newaxis] + np.sum(Y * Y, axis=1)[np.newaxis, :] - 2.0 * X @ Y.T
    )
    return np.sqrt(np.maximum(squared, 0.0))


def normalize_rows(X, p=2):
    """Scale every row of a matrix to unit L^p norm; zero rows stay zero.

    The input is left unchanged: the result is a new array.

    Parameters
    ----------
    X : array_like, shape (m, n)
        m >= 1 rows, n >= 1.
    p : float, optional
        The order of the norm: a number ``p >= 1`` or ``np.inf``. Default 2.

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        Row ``i`` is ``X[i] / lp_norm(X[i], p)``, or all zeros when ``X[i]`` is
        the zero vector.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, or if ``p`` is not a number ``>= 1``
        (``np.inf`` allowed; NaN is not).

    Examples
    --------
    >>> normalize_rows([[3, 4], [0, 0]])
    array([[0.6, 0.8],
           [0. , 0. ]])
    """
    X = _matrix(X, "X")
    return _unit_rows(X, _order(p))


def clip_by_norm(g, max_norm):
    """Rescale a gradient so that its L2 norm is at most ``max_norm``.

    The norm is taken over all entries (the Frobenius norm for a matrix), not
    row by row, and the entries are not clipped one by one. If
    ``||g|| <= max_norm``, ``g`` is returned unchanged (as a new float array;
    a zero gradient stays zero); otherwise ``g * (max_norm / ||g||)``, which
    keeps the direction and has norm ``max_norm``.

    Parameters
    ----------
    g : array_like
        A gradient of any shape with at least one entry.
    max_norm : float
        The largest norm allowed, ``max_norm > 0``.

    Returns
    -------
    numpy.ndarray, same shape as ``g``, dtype float64
        The clipped gradient, a new array: ``g`` itself is never modified.

    Raises
    ------
    ValueError
        If ``g`` is empty or if ``max_norm`` is not a number ``> 0`` (NaN is
        not).

    Examples
    --------
    >>> clip_by_norm([3, 4], 1.0)
    array([0.6, 0.8])
    """
    clipped = np.array(g, dtype=float)  # a copy: scaling it below cannot touch g
    if clipped.size == 0:
        raise ValueError(f"g must have at least one entry, got shape {clipped.shape}")
    limit = _strength(max_norm, "max_norm", strict=True)
    norm = float(_row_norms(clipped.reshape(1, -1), 2.0)[0, 0])
    if norm > limit:
        clipped *= limit / norm
    return clipped


def regularization_penalty(w, l1=0.0, l2=0.0):
    """Elastic-net penalty ``l1 * ||w||_1 + l2 * ||w||_2 ** 2`` of a weight array.

    The norms are taken over all entries of ``w``, whatever its shape (for a
    matrix: the sum of all ``|w_ij|`` and the squared Frobenius norm, not the
    matrix norms of ``np.linalg.norm(w, 1)``). With ``l2 = 0`` this is the
    lasso (L1) penalty, with ``l1 = 0`` the ridge (weight-decay) penalty; note
    that the L2 norm is squared and that there is no factor 1/2.
    The inputs are left unchanged.

    Parameters
    ----------
    w : array_like
        Weights of any shape with at least one entry.
    l1 : float, optional
        Strength of the L1 term, >= 0. Default 0.0.
    l2 : float, optional
        Strength of the squared-L2 term, >= 0. Default 0.0.

    Returns
    -------
    float
        The penalty, >= 0.

    Raises
    ------
    ValueError
        If ``w`` is empty or if ``l1`` or ``l2`` is negative or NaN.

    Examples
    --------
    >>> regularization_penalty([1, -2], l1=0.5, l2=0.1)
    2.0
    """
    w = np.asarray(w, dtype=float)
    if w.size == 0:
        raise ValueError(f"w must have at least one entry, got shape {w.shape}")
    l1, l2 = _strength(l1, "l1"), _strength(l2, "l2")
    return float(l1 * np.sum(np.abs(w)) + l2 * np.sum(w * w))
