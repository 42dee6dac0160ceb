"""Part 14: Least Squares and Linear Regression.

When ``X @ w = y`` has no exact solution, least squares picks the w whose
predictions are closest to y: the projection of y onto the column space of X. The
normal equations, a QR or SVD factorisation and ridge regularisation are three ways to
find it, with different behaviour on ill-conditioned and rank-deficient data. Fill in
each function below, then run ``la4ml grade 14``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
