"""Part 10: Eigenvalues and Eigenvectors.

An eigenvector is a direction a matrix only stretches. The eigenvectors of a
covariance matrix are the axes of greatest variance that PCA keeps, and the
largest eigenvalue in absolute value decides whether repeated application of a
matrix dies out or blows up. Fill in each function below, then run
``la4ml grade 10``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    """Dominant eigenvalue and eigenvector of a square matrix by power iteration.

    Start from ``x = rng.standard_normal(n)`` with
    ``rng = np.random.default_rng(seed)``, normalised to unit length and with
    the course's sign convention applied (see conventions: its entry of largest
    absolute value is positive, ties within 1e-9 going to the first). Then repeat
    at most ``num_iters`` times: ``y = A @ x``, ``x_new = y / ||y||`` with the sign
    convention applied; stop as soon as ``||x_new - x|| <= tol``, and otherwise go
    on from ``x = x_new``. The
    eigenvalue is the Rayleigh quotient ``x @ A @ x`` of the final unit vector.
    If ``A @ x`` is ever exactly the zero vector, ``x`` is an eigenvector for
    the eigenvalue 0: return ``(0.0, x)``. Rule of this exercise: write the
    iteration by hand; do not call ``np.linalg.eig``, ``np.linalg.eigh``,
    ``np.linalg.eigvals`` or ``np.linalg.eigvalsh``.

    The method converges when the eigenvalue of largest absolute value is real
    and strictly larger in absolute value than all others; otherwise the
    vector after ``num_iters`` steps is returned. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.
    num_iters : int, optional
        The largest number of steps, an integer >= 1. Default 1000.
    tol : float, optional
        Stop when one step moves the vector by at most ``tol``, ``tol >= 0``.
        Default 1e-10.
    seed : int, optional
        Seed of the random start vector. Default 0.

    Returns
    -------
    eigenvalue : float
        The dominant eigenvalue (it may be negative).
    eigenvector : numpy.ndarray, shape (n,), dtype float64
        A unit eigenvector for it whose entry of largest absolute value is
        positive.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty, if ``num_iters`` is not an
        integer >= 1, or if ``tol`` is negative.

    Examples
    --------
    >>> value, vector = power_iteration([[2, 1], [1, 2]])
    >>> round(value, 8), vector.round(8)
    (3.0, array([0.70710678, 0.70710678]))
    """
    raise NotImplementedError


def rayleigh_quotient(A, x):
    """Rayleigh quotient ``(x . A x) / (x . x)`` of a square matrix and a vector.

    If ``x`` is an eigenvector, the quotient is its eigenvalue; for a symmetric
    ``A`` it always lies between the smallest and the largest eigenvalue.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.
    x : array_like, shape (n,)
        A non-zero vector.

    Returns
    -------
    float
        The Rayleigh quotient.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty, if ``x`` is not 1-D or its
        length differs from n, or if ``x`` is the zero vector.

    Examples
    --------
    >>> rayleigh_quotient([[2, 1], [1, 2]], [1, 0])
    2.0
    """
    raise NotImplementedError


def sorted_eigh(S):
    """Eigenvalues and eigenvectors of a symmetric matrix, largest eigenvalue first.

    Eigenvalues come in descending order, and column ``j`` of ``vectors`` is a
    unit eigenvector for ``values[j]`` whose entry of largest absolute value is
    positive (the course's sign convention, see conventions). Then
    ``S = vectors @ diag(values) @ vectors.T``. The inputs are left unchanged.

    Parameters
    ----------
    S : array_like, shape (n, n)
        A symmetric matrix, n >= 1.

    Returns
    -------
    values : numpy.ndarray, shape (n,), dtype float64
        The eigenvalues, in descending order.
    vectors : numpy.ndarray, shape (n, n), dtype float64
        Orthonormal eigenvectors as columns, in the order of ``values``.

    Raises
    ------
    ValueError
        If ``S`` is not 2-D, not square, or empty, or if it is not symmetric:
        some ``|S[i, j] - S[j, i]|`` exceeds ``1e-10 * max(1, max|S|)``.

    Examples
    --------
    >>> sorted_eigh([[5, 2], [2, 2]])
    (array([6., 1.]), array([[ 0.89442719, -0.4472136 ],
           [ 0.4472136 ,  0.89442719]]))
    """
    raise NotImplementedError


def spectral_radius(A):
    """Spectral radius of a square matrix: the largest absolute value of its eigenvalues.

    The eigenvalues of a non-symmetric real matrix may be complex; their
    absolute value (modulus) is what counts. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.

    Returns
    -------
    float
        ``max_i |lambda_i|``, >= 0.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.

    Examples
    --------
    >>> spectral_radius([[0.5, 1], [0, -2]])
    2.0
    """
    raise NotImplementedError


def is_stable(A):
    """Whether the discrete-time system ``x_{t+1} = A x_t`` is stable.

    The system is stable (every trajectory decays to 0) exactly when the
    spectral radius of ``A`` is strictly less than 1.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.

    Returns
    -------
    bool
        True if the spectral radius of ``A`` is < 1.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.

    Examples
    --------
    >>> is_stable([[0.5, 1], [0, 0.9]])
    True
    """
    raise NotImplementedError


def covariance_matrix(X):
    """Sample covariance matrix of a data set with samples as rows (ddof=1).

    Centre each column on its mean, then ``C = Xc.T @ Xc / (n - 1)``.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        n >= 2 samples, one per row, with d >= 1 features.

    Returns
    -------
    numpy.ndarray, shape (d, d), dtype float64
        The symmetric covariance matrix; ``C[j, j]`` is the variance of feature
        ``j`` and ``C[i, j]`` the covariance of features ``i`` and ``j``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, has fewer than 2 rows, or has no columns.

    Examples
    --------
    >>> covariance_matrix([[0, 0], [1, 2], [2, 1]])
    array([[1. , 0.5],
           [0.5, 1. ]])
    """
    raise NotImplementedError
