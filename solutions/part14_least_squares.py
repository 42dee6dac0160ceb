"""Part 14: Least Squares and Linear Regression.

When ``X @ w = y`` has no exact solution, least squares picks the w whose
predictions are closest to y: the projection of y onto the column space of X. The
normal equations, a QR or SVD factorisation and ridge regularisation are three ways to
find it, with different behaviour on ill-conditioned and rank-deficient data. This is
the reference solution.
"""

import numpy as np


def _design(X, y):
    """``X`` as a non-empty 2-D float matrix and ``y`` as a matching 1-D float vector."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D design matrix (n, d), got shape {X.shape}")
    if X.size == 0:
        raise ValueError(f"X must have at least one row and one column, got shape {X.shape}")
    if y.ndim != 1:
        raise ValueError(f"y must be a 1-D vector of targets, got shape {y.shape}")
    if y.shape[0] != X.shape[0]:
        raise ValueError(
            f"X has {X.shape[0]} rows (shape {X.shape}) but y has {y.shape[0]} entries"
        )
    return X, y


def _require_full_column_rank(X, what):
    """Raise LinAlgError unless X has full column rank, so that X.T @ X is invertible."""
    rank = np.linalg.matrix_rank(X)
    if rank < X.shape[1]:
        raise np.linalg.LinAlgError(
            f"{what}: X of shape {X.shape} has rank {rank} < {X.shape[1]} columns, "
            "so X.T @ X is singular"
        )


def add_intercept(X):
    """Prepend a column of ones to a design matrix, so that w[0] is the intercept.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 0.

    Returns
    -------
    numpy.ndarray, shape (n, d + 1), dtype float64
        A new matrix whose column 0 is all ones and whose columns 1..d are ``X``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows.

    Examples
    --------
    >>> add_intercept([[2], [5]])
    array([[1., 2.],
           [1., 5.]])
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D design matrix (n, d), got shape {X.shape}")
    if X.shape[0] == 0:
        raise ValueError(f"X must have at least one row, got shape {X.shape}")
    return np.hstack([np.ones((X.shape[0], 1)), X])


def fit_normal_equation(X, y):
    """Least-squares weights from the normal equations ``X.T @ X @ w = X.T @ y``.

    Solve the d-by-d system with ``np.linalg.solve``; never form the inverse
    (``np.linalg.inv`` and ``np.linalg.pinv`` are not allowed here). The system is
    singular when X does not have full column rank, that is when
    ``np.linalg.matrix_rank(X) < d`` (always the case when n < d). Check the rank
    yourself: rounding often leaves ``X.T @ X`` of a rank-deficient X just barely
    invertible, and then ``np.linalg.solve`` returns garbage instead of raising.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The weights w minimising ``||X @ w - y||**2``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, if ``y`` is not 1-D, or if ``y`` does not
        have n entries.
    numpy.linalg.LinAlgError
        If ``X.T @ X`` is singular (``np.linalg.matrix_rank(X) < d``).

    Examples
    --------
    >>> fit_normal_equation([[1, 0], [1, 1], [1, 2]], [1, 3, 5])
    array([1., 2.])
    """
    X, y = _design(X, y)
    _require_full_column_rank(X, "the normal equations have no unique solution")
    return np.linalg.solve(X.T @ X, X.T @ y)


def fit_lstsq(X, y):
    """Minimum-norm least-squares weights through a factorisation of X.

    Work with X itself rather than ``X.T @ X``: from the SVD ``X = U @ diag(s) @ Vt``
    the solution is ``Vt.T @ ((U.T @ y) / s)``, where singular values
    ``s[i] <= max(n, d) * eps * max(s)`` (eps = ``np.finfo(float).eps``, the cutoff of
    ``np.linalg.lstsq``) are treated as zero and their terms dropped. For a
    rank-deficient X this gives, of all minimisers of ``||X @ w - y||**2``, the one
    with the smallest ``||w||``. A QR factorisation is fine when X has full column
    rank. Build the answer from ``np.linalg.svd`` (or ``np.linalg.qr``) yourself:
    ``np.linalg.lstsq`` and ``np.linalg.pinv`` are not allowed here.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1, of any rank.
    y : array_like, shape (n,)
        Targets.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The minimum-norm least-squares weights (all zeros when X is all zeros).

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, if ``y`` is not 1-D, or if ``y`` does not
        have n entries.

    Examples
    --------
    >>> fit_lstsq([[1, 1], [2, 2]], [2, 4])
    array([1., 1.])
    """
    X, y = _design(X, y)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    cutoff = max(X.shape) * np.finfo(float).eps * s.max()
    keep = s > cutoff
    coefficients = (U[:, keep].T @ y) / s[keep]
    return Vt[keep].T @ coefficients


def fit_ridge(X, y, alpha):
    """Ridge regression weights, minimising ``||X @ w - y||**2 + alpha * ||w||**2``.

    The minimiser solves ``(X.T @ X + alpha * I) @ w = X.T @ y``. Every weight is
    penalised: there is no separate, unpenalised intercept (add a column of ones
    yourself if you want one, knowing that it is penalised too). With
    ``alpha == 0`` this is ordinary least squares, and X must have full column rank
    (``np.linalg.matrix_rank(X) == d``), as for ``fit_normal_equation``.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    alpha : float
        Regularisation strength, ``alpha >= 0``; 0 gives ordinary least squares.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The ridge weights.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, if ``y`` is not 1-D or does not have n
        entries, or if ``alpha`` is negative.
    numpy.linalg.LinAlgError
        If ``alpha == 0`` and ``X.T @ X`` is singular
        (``np.linalg.matrix_rank(X) < d``).

    Examples
    --------
    >>> fit_ridge([[1], [2]], [1, 2], 5.0)
    array([0.5])
    """
    X, y = _design(X, y)
    if np.ndim(alpha) != 0 or not alpha >= 0:
        raise ValueError(f"alpha must be a single number >= 0, got {alpha!r}")
    alpha = float(alpha)
    if alpha == 0:
        _require_full_column_rank(X, "ridge with alpha = 0 is ordinary least squares")
    d = X.shape[1]
    return np.linalg.solve(X.T @ X + alpha * np.eye(d), X.T @ y)


def polynomial_features(x, degree):
    """Vandermonde-style features of a 1-D input: columns ``x**0, x**1, ..., x**degree``.

    Column 0 is all ones (``0.0**0`` is 1), so the matrix already has an intercept.
    The inputs are left unchanged.

    Parameters
    ----------
    x : array_like, shape (n,)
        Input values, n >= 1.
    degree : int
        Highest power, ``degree >= 0``.

    Returns
    -------
    numpy.ndarray, shape (n, degree + 1), dtype float64
        Entry (i, j) is ``x[i]**j``.

    Raises
    ------
    ValueError
        If ``x`` is not 1-D or is empty, or if ``degree`` is not an integer >= 0
        (a float such as 2.5 is rejected, not rounded).

    Examples
    --------
    >>> polynomial_features([1, 2, 3], 2)
    array([[1., 1., 1.],
           [1., 2., 4.],
           [1., 3., 9.]])
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError(f"x must be a non-empty 1-D vector, got shape {x.shape}")
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer)) or degree < 0:
        raise ValueError(f"degree must be an integer >= 0, got {degree!r}")
    return x[:, None] ** np.arange(degree + 1)


def r2_score(y_true, y_pred):
    """Coefficient of determination ``R^2 = 1 - SS_res / SS_tot``.

    ``SS_res = sum((y_true - y_pred)**2)`` and
    ``SS_tot = sum((y_true - mean(y_true))**2)``. R^2 is 1 for perfect predictions,
    0 for always predicting the mean, and negative for worse than that.
    The inputs are left unchanged.

    Parameters
    ----------
    y_true : array_like, shape (n,)
        True targets, n >= 2, not all equal.
    y_pred : array_like, shape (n,)
        Predictions.

    Returns
    -------
    float
        A Python float, at most 1.0.

    Raises
    ------
    ValueError
        If either input is not 1-D or is empty, if their lengths differ, or if
        ``y_true`` is constant (all its entries equal, including n = 1), where
        ``SS_tot`` is 0 and R^2 is undefined. Test the entries for equality: the
        computed mean of ``[0.1, 0.1, 0.1]`` is not exactly 0.1, so a computed
        ``SS_tot`` can be a tiny positive number instead of 0.

    Examples
    --------
    >>> r2_score([1, 2, 3], [1, 2, 4])
    0.5
    """
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    for name, values in (("y_true", y_true), ("y_pred", y_pred)):
        if values.ndim != 1 or values.size == 0:
            raise ValueError(f"{name} must be a non-empty 1-D vector, got shape {values.shape}")
    if y_true.shape != y_pred.shape:
        raise ValueError(
            f"y_true and y_pred must have the same length, got shapes "
            f"{y_true.shape} and {y_pred.shape}"
        )
    if np.all(y_true == y_true[0]):
        raise ValueError("y_true is constant, so SS_tot = 0 and R^2 is undefined")
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    return float(1.0 - ss_res / ss_tot)
