"""Part 6: Norms and Distances.

Norms measure how big a vector is and distances how far apart two vectors are.
They are the losses a model minimises, the penalties that keep its weights
small and the thresholds that keep its gradients in check. Fill in each
function below, then run ``la4ml grade 6``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
