"""Part 13: Principal Component Analysis.

PCA centres the data and finds the orthogonal directions along which it varies most:
the eigenvectors of the covariance matrix, or equally the right singular vectors of
the centred data. Projecting onto the first few of them reduces dimension for
visualisation, compression and faster models while keeping most of the variance.
Fill in each function below, then run ``la4ml grade 13``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
