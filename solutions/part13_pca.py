"""Part 13: Principal Component Analysis.

PCA centres the data and finds the orthogonal directions along which it varies most:
the eigenvectors of the covariance matrix, or equally the right singular vectors of
the centred data. This is the reference solution.
"""

import numpy as np

_SIGN_TIE = 1e-9  # entries this close to the largest |entry| count as tied for it


def _data(X, name="X", min_rows=2):
    """``X`` as a new 2-D float array with at least ``min_rows`` rows and one column."""
    data = np.array(X, dtype=float)
    if data.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array (n, d), got an array of shape {data.shape}")
    if data.shape[0] < min_rows:
        raise ValueError(
            f"{name} needs at least {min_rows} row(s) (samples), got shape {data.shape}"
        )
    if data.shape[1] < 1:
        raise ValueError(f"{name} needs at least one column (feature), got shape {data.shape}")
    return data


def _n_components(n_components, n, d):
    """Check that ``n_components`` is an int k with 1 <= k <= min(n, d)."""
    if isinstance(n_components, bool) or not isinstance(n_components, (int, np.integer)):
        raise ValueError(f"n_components must be an integer, got {n_components!r}")
    if not 1 <= n_components <= min(n, d):
        raise ValueError(
            f"n_components must satisfy 1 <= k <= min(n, d) = {min(n, d)} "
            f"for data of shape ({n}, {d}), got {n_components}"
        )
    return int(n_components)


def _centred_svd(X):
    """The column means, the singular values and the rows of Vt of the centred data."""
    mean = X.mean(axis=0)
    _, s, vt = np.linalg.svd(X - mean, full_matrices=False)
    return mean, s, vt


def _with_sign_convention(rows):
    """Flip each row so that its first entry of largest absolute value is positive."""
    magnitude = np.abs(rows)
    leading = np.argmax(magnitude >= magnitude.max(axis=1, keepdims=True) - _SIGN_TIE, axis=1)
    signs = np.where(rows[np.arange(len(rows)), leading] < 0, -1.0, 1.0)
    return rows * signs[:, None]


def _variance_ratios(X):
    """The explained variance ratios of valid data, or a ValueError for constant data."""
    mean, s, _ = _centred_svd(X)
    scale = np.max(np.abs(X))
    # Centring identical rows leaves only round-off of about n * eps * |X| per entry.
    if np.max(np.abs(X - mean)) <= 10 * X.shape[0] * np.finfo(float).eps * scale:
        raise ValueError(
            f"X of shape {X.shape} has zero total variance (all rows are equal); "
            "the explained variance ratio is undefined"
        )
    energy = s**2
    return energy / energy.sum()


def _pair(A, name):
    """``A`` as a float array that is 2-D with at least one row and one column."""
    array = np.asarray(A, dtype=float)
    if array.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array, got an array of shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"{name} must not be empty, got shape {array.shape}")
    return array


def _mean_vector(mean):
    mean = np.asarray(mean, dtype=float)
    if mean.ndim != 1:
        raise ValueError(f"mean must be a 1-D vector (d,), got an array of shape {mean.shape}")
    return mean


def pca_fit(X, n_components):
    """Fit PCA: the mean, the leading principal directions and their variances.

    Centre the data, ``Xc = X - mean``, and take the SVD ``Xc = U @ diag(s) @ Vt``
    (or the eigendecomposition of the covariance matrix with ddof=1). The components
    are the first ``n_components`` rows of ``Vt``, in descending order of variance,
    and the variance along component i is ``s[i]**2 / (n - 1)``. Sign convention (see
    conventions): in each component the entry of largest absolute value is positive;
    entries within 1e-9 of the largest absolute value count as tied, and the first of
    them decides, so ``[3, -3], [-1, 1], [0.5, -0.5]`` gives the component
    ``[0.7071, -0.7071]`` whichever of its two entries rounding made larger.
    Components beyond the rank of the centred data have zero variance and are any
    orthonormal completion. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 2 and d >= 1.
    n_components : int
        The number k of components, with ``1 <= k <= min(n, d)``.

    Returns
    -------
    mean : numpy.ndarray, shape (d,), dtype float64
        The mean of the rows of ``X``.
    components : numpy.ndarray, shape (k, d), dtype float64
        Orthonormal principal directions as rows, with the sign convention above.
    explained_variance : numpy.ndarray, shape (k,), dtype float64
        The sample variance (ddof=1) of the data along each component, descending.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, has fewer than 2 rows or no columns, or if
        ``n_components`` is not an integer with ``1 <= k <= min(n, d)``.

    Examples
    --------
    >>> pca_fit([[1, 2], [3, 4], [5, 6]], 1)
    (array([3., 4.]), array([[0.70710678, 0.70710678]]), array([8.]))
    """
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    components = _with_sign_convention(vt[:k])
    explained_variance = s[:k] ** 2 / (n - 1)
    return mean, components, explained_variance


def pca_transform(X, mean, components):
    """Project data onto principal components: ``(X - mean) @ components.T``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 1.
    mean : array_like, shape (d,)
        The mean to subtract, as returned by ``pca_fit``.
    components : array_like, shape (k, d)
        Principal directions as rows, as returned by ``pca_fit``, k >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, k), dtype float64
        The coordinates (scores) of each sample along each component.

    Raises
    ------
    ValueError
        If ``X`` or ``components`` is not 2-D or is empty, if ``mean`` is not 1-D,
        or if ``X``, ``mean`` and ``components`` disagree on d.

    Examples
    --------
    >>> pca_transform([[1, 2], [3, 4], [5, 6]], [3, 4], [[0.6, 0.8]])
    array([[-2.8],
           [ 0. ],
           [ 2.8]])
    """
    X = _pair(X, "X")
    mean = _mean_vector(mean)
    components = _pair(components, "components")
    if not X.shape[1] == mean.shape[0] == components.shape[1]:
        raise ValueError(
            f"X of shape {X.shape}, mean of shape {mean.shape} and components of shape "
            f"{components.shape} must agree on the number of features d"
        )
    return (X - mean) @ components.T


def pca_inverse_transform(Z, mean, components):
    """Map component coordinates back to data space: ``Z @ components + mean``.

    With all d components this undoes ``pca_transform``; with fewer it gives the
    reconstruction of each sample from its leading components.
    The inputs are left unchanged.

    Parameters
    ----------
    Z : array_like, shape (n, k)
        Coordinates along the components, one sample per row, n >= 1.
    mean : array_like, shape (d,)
        The mean that was subtracted.
    components : array_like, shape (k, d)
        Principal directions as rows, k >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, d), dtype float64
        The reconstructed samples as rows.

    Raises
    ------
    ValueError
        If ``Z`` or ``components`` is not 2-D or is empty, if ``mean`` is not 1-D, if
        ``Z`` and ``components`` disagree on k, or ``mean`` and ``components`` on d.

    Examples
    --------
    >>> pca_inverse_transform([[5], [0]], [1, 1], [[0.6, 0.8]])
    array([[4., 5.],
           [1., 1.]])
    """
    Z = _pair(Z, "Z")
    mean = _mean_vector(mean)
    components = _pair(components, "components")
    if Z.shape[1] != components.shape[0]:
        raise ValueError(
            f"Z of shape {Z.shape} has {Z.shape[1]} coordinates per sample, but components "
            f"of shape {components.shape} has {components.shape[0]} rows"
        )
    if mean.shape[0] != components.shape[1]:
        raise ValueError(
            f"mean of shape {mean.shape} and components of shape {components.shape} "
            "must agree on the number of features d"
        )
    return Z @ components + mean


def explained_variance_ratio(X):
    """Fraction of the total variance explained by each principal component.

    Entry i is ``s[i]**2 / sum(s**2)`` where ``s`` holds the singular values of the
    centred data in descending order; equivalently the i-th largest eigenvalue of the
    covariance matrix over their sum (the ddof cancels).

    X has zero total variance when centring leaves nothing but round-off: every
    entry of ``X - mean`` is at most ``10 * n * eps * max(abs(X))`` in absolute value,
    with ``eps = np.finfo(float).eps``. The test is relative to the scale of the data
    (see conventions): data of size 1e-9 that is not constant is valid. The inputs are
    left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 2 and d >= 1, not all rows equal.

    Returns
    -------
    numpy.ndarray, shape (min(n, d),), dtype float64
        Non-negative ratios in descending order that sum to 1.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, has fewer than 2 rows or no columns, or has zero total
        variance (all rows equal).

    Examples
    --------
    >>> explained_variance_ratio([[0, 0], [2, 0], [0, 1], [2, 1]])
    array([0.8, 0.2])
    """
    return _variance_ratios(_data(X))


def n_components_for_variance(X, threshold):
    """Smallest number of components that explain at least a fraction of the variance.

    The result is the smallest k whose cumulative explained variance ratio
    ``sum(explained_variance_ratio(X)[:k])`` is ``>= threshold - 1e-12``; the 1e-12
    absorbs round-off, so that ``threshold = 1.0`` is reached. Zero total variance is
    judged as in ``explained_variance_ratio``. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 2 and d >= 1, not all rows equal.
    threshold : float
        The fraction of variance to explain, with ``0 < threshold <= 1``.

    Returns
    -------
    int
        A Python int k with ``1 <= k <= min(n, d)``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, has fewer than 2 rows or no columns, or has zero total
        variance, or if ``threshold`` is not in ``(0, 1]``.

    Examples
    --------
    >>> n_components_for_variance([[0, 0], [2, 0], [0, 1], [2, 1]], 0.75)
    1
    """
    X = _data(X)
    if np.ndim(threshold) != 0 or not 0.0 < float(threshold) <= 1.0:
        raise ValueError(f"threshold must be a number in (0, 1], got {threshold!r}")
    cumulative = np.cumsum(_variance_ratios(X))
    return int(np.argmax(cumulative >= float(threshold) - 1e-12)) + 1


def reconstruction_error(X, n_components):
    """Mean squared error of reconstructing X from its leading principal components.

    Fit PCA on ``X`` with ``n_components`` components, transform ``X`` and map it
    back, then average the squared differences over all n * d entries (not over the
    rows only). It equals the sum of the discarded ``s[i]**2`` divided by ``n * d``.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Data with samples as rows, n >= 2 and d >= 1.
    n_components : int
        The number k of components kept, with ``1 <= k <= min(n, d)``.

    Returns
    -------
    float
        A Python float >= 0; 0.0 (up to round-off) when k = min(n, d).

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, has fewer than 2 rows or no columns, or if
        ``n_components`` is not an integer with ``1 <= k <= min(n, d)``.

    Examples
    --------
    >>> reconstruction_error([[0, 0], [2, 0], [0, 1], [2, 1]], 1)
    0.125
    """
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, _, vt = _centred_svd(X)
    centred = X - mean
    kept = vt[:k]
    residual = centred - (centred @ kept.T) @ kept
    return float(np.mean(residual**2))
