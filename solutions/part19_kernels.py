"""Part 19: Kernel Methods and Feature Spaces.

A kernel computes the inner product of two points in a feature space without ever
building the features: the kernel trick. Every algorithm that touches the data only
through dot products, such as ridge regression or an SVM, then becomes non-linear by
swapping ``X @ Y.T`` for a kernel matrix, provided that matrix is symmetric positive
semi-definite (Mercer's condition). This is the reference
solution.
"""

import numpy as np


def _points(A, name):
    """``A`` as a non-empty 2-D float array of points as rows."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError(
            f"{name} must be a non-empty 2-D array (points as rows), got shape {A.shape}"
        )
    return A


def _pair(X, Y):
    """``X`` and ``Y`` checked as point sets in the same dimension."""
    X, Y = _points(X, "X"), _points(Y, "Y")
    if X.shape[1] != Y.shape[1]:
        raise ValueError(f"X and Y need the same number of columns, got {X.shape} and {Y.shape}")
    return X, Y


def _square(K, name):
    """``K`` as a non-empty square 2-D float array."""
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0 or K.shape[0] != K.shape[1]:
        raise ValueError(f"{name} must be a non-empty square matrix, got shape {K.shape}")
    return K


def linear_kernel(X, Y):
    """Linear kernel matrix: ``K[i, j] = X[i] @ Y[j]``, that is ``X @ Y.T``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Points as rows, n >= 1.
    Y : array_like, shape (m, d)
        Points as rows, m >= 1, in the same dimension d >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, m), dtype float64
        The kernel matrix.

    Raises
    ------
    ValueError
        If ``X`` or ``Y`` is not 2-D or is empty, or if their numbers of columns
        differ.

    Examples
    --------
    >>> linear_kernel([[1, 2]], [[3, 4], [1, 0]])
    array([[11.,  1.]])
    """
    X, Y = _pair(X, Y)
    return X @ Y.T


def polynomial_kernel(X, Y, degree=3, coef0=1.0):
    """Polynomial kernel matrix: ``K[i, j] = (X[i] @ Y[j] + coef0) ** degree``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Points as rows, n >= 1.
    Y : array_like, shape (m, d)
        Points as rows, m >= 1, in the same dimension d >= 1.
    degree : int, optional
        The power, an integer ``degree >= 1``. Default 3.
    coef0 : float, optional
        The constant added to the dot product. Default 1.0.

    Returns
    -------
    numpy.ndarray, shape (n, m), dtype float64
        The kernel matrix.

    Raises
    ------
    ValueError
        If ``X`` or ``Y`` is not 2-D or is empty, if their numbers of columns differ,
        or if ``degree`` is not an integer >= 1.

    Examples
    --------
    >>> polynomial_kernel([[1, 2]], [[3, 4], [1, 0]], degree=2)
    array([[144.,   4.]])
    """
    X, Y = _pair(X, Y)
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer)) or degree < 1:
        raise ValueError(f"degree must be an integer >= 1, got {degree!r}")
    return (X @ Y.T + float(coef0)) ** int(degree)


def rbf_kernel(X, Y, gamma):
    """Gaussian (RBF) kernel matrix: ``K[i, j] = exp(-gamma * ||X[i] - Y[j]||**2)``.

    Vectorised (see conventions): compute all squared distances at once, with no
    Python loop in this function or in the functions of your module that it uses (for
    example from ``||x||**2 + ||y||**2 - 2 * x @ y``), clipping tiny negative
    round-off to 0 so that no entry exceeds 1. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Points as rows, n >= 1.
    Y : array_like, shape (m, d)
        Points as rows, m >= 1, in the same dimension d >= 1.
    gamma : float
        The inverse length scale, ``gamma > 0``.

    Returns
    -------
    numpy.ndarray, shape (n, m), dtype float64
        The kernel matrix, every entry in [0, 1] (1 on coinciding points).

    Raises
    ------
    ValueError
        If ``X`` or ``Y`` is not 2-D or is empty, if their numbers of columns differ,
        or if ``gamma <= 0``.

    Examples
    --------
    >>> rbf_kernel([[0, 0]], [[0, 0], [1, 1]], gamma=0.5)
    array([[1.        , 0.36787944]])
    """
    X, Y = _pair(X, Y)
    gamma = float(gamma)
    if not gamma > 0:
        raise ValueError(f"gamma must be > 0, got {gamma}")
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.exp(-gamma * np.maximum(squared, 0.0))


def is_valid_kernel_matrix(K, tol=1e-8):
    """Whether K could be a kernel (Gram) matrix: square, symmetric and PSD.

    K is accepted when it is square, every ``|K[i, j] - K[j, i]| <= tol``, and the
    smallest eigenvalue of ``(K + K.T) / 2`` (``np.linalg.eigvalsh``) is at least
    ``-tol * max(1, largest absolute eigenvalue)``, which forgives round-off.
    The inputs are left unchanged.

    Parameters
    ----------
    K : array_like, shape (n, m)
        A 2-D matrix with n >= 1 and m >= 1.
    tol : float, optional
        Tolerance, ``tol >= 0``. Default 1e-8.

    Returns
    -------
    bool
        A Python bool: False for a non-square or non-symmetric matrix.

    Raises
    ------
    ValueError
        If ``K`` is not 2-D or is empty, or if ``tol < 0``.

    Examples
    --------
    >>> is_valid_kernel_matrix([[1, 2], [2, 1]])
    False
    """
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0:
        raise ValueError(f"K must be a non-empty 2-D matrix, got shape {K.shape}")
    tol = float(tol)
    if tol < 0:
        raise ValueError(f"tol must be >= 0, got {tol}")
    if K.shape[0] != K.shape[1] or not np.all(np.abs(K - K.T) <= tol):
        return False
    eigenvalues = np.linalg.eigvalsh((K + K.T) / 2.0)
    scale = max(1.0, float(np.max(np.abs(eigenvalues))))
    return bool(eigenvalues[0] >= -tol * scale)


def center_kernel(K):
    """Centre a kernel matrix in feature space: ``H @ K @ H``.

    ``H = I - ones((n, n)) / n`` is the centring matrix. The result is the kernel
    matrix of the feature vectors after subtracting their mean, as kernel PCA needs;
    its rows and columns sum to 0. The inputs are left unchanged.

    Parameters
    ----------
    K : array_like, shape (n, n)
        A square kernel matrix, n >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        The centred kernel matrix.

    Raises
    ------
    ValueError
        If ``K`` is not 2-D, not square or empty.

    Examples
    --------
    >>> center_kernel([[1, 0], [0, 1]])
    array([[ 0.5, -0.5],
           [-0.5,  0.5]])
    """
    K = _square(K, "K")
    n = K.shape[0]
    H = np.eye(n) - np.full((n, n), 1.0 / n)
    return H @ K @ H


def kernel_ridge_fit(K, y, alpha):
    """Dual coefficients of kernel ridge regression: ``(K + alpha * I)^(-1) @ y``.

    Solve the linear system ``(K + alpha * I) @ c = y`` with ``np.linalg.solve``
    rather than forming the inverse. The inputs are left unchanged.

    Parameters
    ----------
    K : array_like, shape (n, n)
        The kernel matrix of the training points, n >= 1.
    y : array_like, shape (n,)
        Training targets.
    alpha : float
        Regularisation strength, ``alpha > 0``.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The dual coefficients c.

    Raises
    ------
    ValueError
        If ``K`` is not 2-D, not square or empty, if ``y`` is not 1-D or does not
        have n entries, or if ``alpha <= 0``.
    numpy.linalg.LinAlgError
        If ``K + alpha * I`` is singular (possible only when K is not PSD).

    Examples
    --------
    >>> kernel_ridge_fit([[1, 0], [0, 1]], [2, 4], alpha=1.0)
    array([1., 2.])
    """
    K = _square(K, "K")
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.shape[0] != K.shape[0]:
        raise ValueError(f"y must have shape ({K.shape[0]},) to match K {K.shape}, got {y.shape}")
    alpha = float(alpha)
    if not alpha > 0:
        raise ValueError(f"alpha must be > 0, got {alpha}")
    return np.linalg.solve(K + alpha * np.eye(K.shape[0]), y)


def kernel_ridge_predict(K_test_train, dual_coef):
    """Kernel ridge predictions: ``K_test_train @ dual_coef``.

    The inputs are left unchanged.

    Parameters
    ----------
    K_test_train : array_like, shape (m, n)
        Kernel values between m test points (rows) and the n training points
        (columns).
    dual_coef : array_like, shape (n,)
        Dual coefficients from ``kernel_ridge_fit``.

    Returns
    -------
    numpy.ndarray, shape (m,), dtype float64
        One prediction per test point.

    Raises
    ------
    ValueError
        If ``K_test_train`` is not 2-D or is empty, if ``dual_coef`` is not 1-D, or
        if its length differs from n.

    Examples
    --------
    >>> kernel_ridge_predict([[1, 0], [0.5, 0.5]], [1, 2])
    array([1. , 1.5])
    """
    K = np.asarray(K_test_train, dtype=float)
    c = np.asarray(dual_coef, dtype=float)
    if K.ndim != 2 or K.size == 0:
        raise ValueError(f"K_test_train must be a non-empty 2-D matrix, got shape {K.shape}")
    if c.ndim != 1 or c.shape[0] != K.shape[1]:
        raise ValueError(
            f"dual_coef must have shape ({K.shape[1]},) to match K_test_train {K.shape}, "
            f"got {c.shape}"
        )
    return K @ c
