"""Part 17: Tensors and Higher-Order Generalizations.

Deep learning works on arrays with more than two axes: a batch of images is
(N, H, W, C), a batch of token embeddings is (batch, sequence, features). Most of the
skill is knowing which axis means what, moving axes without copying data by hand, and
letting one matrix formula run over a whole batch. This is the reference solution.
"""

import math

import numpy as np


def batch_matmul(A, B):
    """Multiply matching matrices in two batches: ``C[i] = A[i] @ B[i]``.

    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (b, m, n)
        A batch of b matrices.
    B : array_like, shape (b, n, p)
        A batch of b matrices, as many as in ``A``.

    Returns
    -------
    numpy.ndarray, shape (b, m, p), dtype float64
        The batch of products.

    Raises
    ------
    ValueError
        If ``A`` or ``B`` is not 3-D, if the batch sizes differ, or if the inner
        dimensions differ (no broadcasting of the batch axis).

    Examples
    --------
    >>> batch_matmul([[[1, 2]], [[3, 4]]], [[[1], [1]], [[2], [0]]]).tolist()
    [[[3.0]], [[6.0]]]
    """
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 3 or B.ndim != 3:
        raise ValueError(
            f"A and B must be 3-D batches of matrices, got shapes {A.shape} and {B.shape}"
        )
    if A.shape[0] != B.shape[0]:
        raise ValueError(
            f"batch sizes differ: A has {A.shape[0]} matrices and B has {B.shape[0]} "
            f"(shapes {A.shape} and {B.shape})"
        )
    if A.shape[2] != B.shape[1]:
        raise ValueError(
            f"inner dimensions differ: A is {A.shape} and B is {B.shape}; "
            "A's last axis must equal B's middle axis"
        )
    return A @ B


def to_channels_first(images):
    """Reorder a batch of images from channels-last to channels-first.

    Entry ``out[n, c, h, w]`` equals ``images[n, h, w, c]``: the layout changes from
    (N, H, W, C), as in image files and TensorFlow, to (N, C, H, W), as in PyTorch.
    The inputs are left unchanged.

    Parameters
    ----------
    images : array_like, shape (N, H, W, C)
        A batch of images.

    Returns
    -------
    numpy.ndarray, shape (N, C, H, W), dtype float64
        A new array; changing it never changes ``images``.

    Raises
    ------
    ValueError
        If ``images`` is not 4-D.

    Examples
    --------
    >>> to_channels_first(np.zeros((2, 4, 5, 3))).shape
    (2, 3, 4, 5)
    """
    images = np.asarray(images, dtype=float)
    if images.ndim != 4:
        raise ValueError(f"images must be 4-D (N, H, W, C), got shape {images.shape}")
    return np.transpose(images, (0, 3, 1, 2)).copy()


def flatten_batch(x):
    """Flatten every sample of a batch into one row: (N, ...) to (N, rest).

    Sample i becomes row i, its entries in row-major (C) order, as a dense layer
    expects; ``rest`` is the product of the trailing dimensions (1 for a 1-D input).
    The inputs are left unchanged.

    Parameters
    ----------
    x : array_like, shape (N, ...)
        A batch of N >= 1 samples of any shape.

    Returns
    -------
    numpy.ndarray, shape (N, rest), dtype float64
        The flattened batch. A new array: writing into it never changes ``x``.

    Raises
    ------
    ValueError
        If ``x`` is 0-D or has no samples (N = 0).

    Examples
    --------
    >>> flatten_batch(np.arange(12).reshape(2, 2, 3))
    array([[ 0.,  1.,  2.,  3.,  4.,  5.],
           [ 6.,  7.,  8.,  9., 10., 11.]])
    """
    x = np.asarray(x, dtype=float)
    if x.ndim == 0:
        raise ValueError("x must have a batch axis, got a 0-D scalar")
    if x.shape[0] == 0:
        raise ValueError(f"x has no samples: shape {x.shape}")
    rest = math.prod(x.shape[1:])
    return x.reshape(x.shape[0], rest).copy()


def standardize_channels(images):
    """Standardise each channel of a batch of images to zero mean and unit variance.

    For each channel c, the mean and the standard deviation (ddof=0) are taken over
    all of the N, H and W axes together, and the channel becomes
    ``(images[..., c] - mean_c) / std_c``. A constant channel is only centred: it
    becomes all zeros. A channel counts as constant when ``std_c`` is at most 1e-12
    times its largest absolute value, since rounding can leave a tiny non-zero
    ``std_c`` for a channel of equal values (0.1 repeated, say).
    The inputs are left unchanged.

    Parameters
    ----------
    images : array_like, shape (N, H, W, C)
        A non-empty batch of channels-last images.

    Returns
    -------
    numpy.ndarray, shape (N, H, W, C), dtype float64
        The standardised batch.

    Raises
    ------
    ValueError
        If ``images`` is not 4-D or is empty.

    Examples
    --------
    >>> standardize_channels([[[[1], [3]]]])
    array([[[[-1.],
             [ 1.]]]])
    """
    images = np.asarray(images, dtype=float)
    if images.ndim != 4:
        raise ValueError(f"images must be 4-D (N, H, W, C), got shape {images.shape}")
    if images.size == 0:
        raise ValueError(f"images is empty: shape {images.shape}")
    mean = images.mean(axis=(0, 1, 2))
    centred = images - mean
    std = np.sqrt(np.mean(centred**2, axis=(0, 1, 2)))
    constant = std <= 1e-12 * np.max(np.abs(images), axis=(0, 1, 2))
    safe_std = np.where(constant, 1.0, std)
    return np.where(constant, 0.0, centred / safe_std)


def bilinear_form(x, W, y):
    """Batched bilinear form: ``out[i] = x[i] @ W @ y[i]`` for every sample i.

    Vectorised (see conventions): no Python loop, in this function or in the functions
    of your module that it uses (``np.einsum``, or a product followed by a row-wise
    sum, both work). The inputs are left unchanged.

    Parameters
    ----------
    x : array_like, shape (n, p)
        Left vectors, one per row.
    W : array_like, shape (p, q)
        The matrix of the form.
    y : array_like, shape (n, q)
        Right vectors, one per row, as many as in ``x``.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        One value per sample.

    Raises
    ------
    ValueError
        If any input is not 2-D, or if the shapes do not fit together.

    Examples
    --------
    >>> bilinear_form([[1, 0], [0, 1]], [[1, 2], [3, 4]], [[0, 1], [1, 0]])
    array([2., 3.])
    """
    x = np.asarray(x, dtype=float)
    W = np.asarray(W, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.ndim != 2 or W.ndim != 2 or y.ndim != 2:
        raise ValueError(f"x, W and y must be 2-D, got shapes {x.shape}, {W.shape} and {y.shape}")
    if x.shape[0] != y.shape[0]:
        raise ValueError(f"x has {x.shape[0]} rows but y has {y.shape[0]}")
    if x.shape[1] != W.shape[0] or W.shape[1] != y.shape[1]:
        raise ValueError(
            f"shapes do not fit x (n, p), W (p, q), y (n, q): got {x.shape}, {W.shape}, {y.shape}"
        )
    return np.einsum("ip,pq,iq->i", x, W, y)


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Scaled dot-product attention: ``softmax(Q @ K.T / sqrt(d_k)) @ V``.

    The scores ``Q @ K.T / sqrt(d_k)`` have one row per query and one column per key.
    Where ``mask[i, j]`` is False, query i may not attend to key j: that score is set
    to minus infinity before the softmax, so its weight is exactly 0. The softmax runs
    along each row (over the keys) and must be stable for large scores.
    The inputs are left unchanged.

    Parameters
    ----------
    Q : array_like, shape (n_q, d_k)
        Queries, one per row.
    K : array_like, shape (n_k, d_k)
        Keys, one per row.
    V : array_like, shape (n_k, d_v)
        Values, one per row, one per key.
    mask : array_like of bool, shape (n_q, n_k), optional
        True where attention is allowed. Default None: every query attends to every
        key.

    Returns
    -------
    output : numpy.ndarray, shape (n_q, d_v), dtype float64
        The attention output, ``weights @ V``.
    weights : numpy.ndarray, shape (n_q, n_k), dtype float64
        The attention weights; each row is non-negative and sums to 1.

    Raises
    ------
    ValueError
        If ``Q``, ``K`` or ``V`` is not 2-D or is empty, if ``Q`` and ``K`` differ in
        d_k, if ``K`` and ``V`` differ in n_k, if ``mask`` does not have boolean dtype
        or shape (n_q, n_k), or if a row of ``mask`` allows no key at all.

    Examples
    --------
    >>> Q, K, V = [[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]]
    >>> scaled_dot_product_attention(Q, K, V, mask=[[True, False]])
    (array([[1., 2.]]), array([[1., 0.]]))
    """
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    for name, array in (("Q", Q), ("K", K), ("V", V)):
        if array.ndim != 2 or array.size == 0:
            raise ValueError(f"{name} must be a non-empty 2-D array, got shape {array.shape}")
    if Q.shape[1] != K.shape[1]:
        raise ValueError(f"Q and K differ in d_k: shapes {Q.shape} and {K.shape}")
    if K.shape[0] != V.shape[0]:
        raise ValueError(f"K and V differ in n_k: shapes {K.shape} and {V.shape}")
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        mask = np.asarray(mask)
        if mask.dtype != bool:
            raise ValueError(f"mask must have boolean dtype, got {mask.dtype}")
        if mask.shape != scores.shape:
            raise ValueError(f"mask must have shape {scores.shape}, got {mask.shape}")
        if not mask.any(axis=1).all():
            empty = np.flatnonzero(~mask.any(axis=1))
            raise ValueError(f"mask rows {empty.tolist()} allow no key at all")
        scores = np.where(mask, scores, -np.inf)
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    weights = exp / exp.sum(axis=1, keepdims=True)
    return weights @ V, weights
