"""Part 19: Kernel Methods and Feature Spaces.

A kernel computes the inner product of two points in a feature space without ever
building the features: the kernel trick. Every algorithm that touches the data only
through dot products, such as ridge regression or an SVM, then becomes non-linear by
swapping ``X @ Y.T`` for a kernel matrix, provided that matrix is symmetric positive
semi-definite (Mercer's condition). Fill in each function below, then run
``la4ml grade 19``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
