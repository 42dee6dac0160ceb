"""Part 10: Eigenvalues and Eigenvectors.

An eigenvector is a direction a matrix only stretches. The eigenvectors of a
covariance matrix are the axes of greatest variance that PCA keeps, and the
largest eigenvalue in absolute value decides whether repeated application of a
matrix dies out or blows up. This is the reference solution.
"""

import numpy as np


def _square(A, name="A"):
    """``A`` as a non-empty square float matrix, or a ValueError naming the shape."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"{name} must be a 2-D square matrix, got an array of shape {A.shape}")
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"{name} must be square, got shape {A.shape}")
    if A.shape[0] == 0:
        raise ValueError(f"{name} must have at least one row and column, got shape {A.shape}")
    return A


def _fix_sign(vector):
    """``vector`` flipped, if needed, so that its entry of largest absolute value is positive.

    Entries within 1e-9 of the largest absolute value count as tied for it, and the first
    of them decides (the course's sign convention).
    """
    size = np.abs(vector)
    return -vector if vector[np.argmax(size >= size.max() - 1e-9)] < 0 else vector


def _largest_modulus(A):
    """The largest absolute value of the (possibly complex) eigenvalues of a square matrix."""
    return float(np.max(np.abs(np.linalg.eigvals(A))))


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
    A = _square(A)
    if isinstance(num_iters, bool) or not isinstance(num_iters, (int, np.integer)):
        raise ValueError(f"num_iters must be an integer, got {num_iters!r}")
    if num_iters < 1:
        raise ValueError(f"num_iters must be at least 1, got {num_iters}")
    if not tol >= 0:
        raise ValueError(f"tol must be >= 0, got {tol!r}")
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(A.shape[0])
    x = _fix_sign(x / np.linalg.norm(x))
    for _ in range(num_iters):
        y = A @ x
        length = np.linalg.norm(y)
        if length == 0.0:
            return 0.0, x  # A x = 0 x: an eigenvector for the eigenvalue 0
        x_new = _fix_sign(y / length)
        converged = np.linalg.norm(x_new - x) <= tol
        x = x_new
        if converged:
            break
    return float(x @ A @ x), x


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
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.shape[0] != A.shape[0]:
        raise ValueError(
            f"x must be a 1-D vector of length {A.shape[0]} to match A of shape {A.shape}, "
            f"got shape {x.shape}"
        )
    squared_length = x @ x
    if squared_length == 0.0:
        raise ValueError("the Rayleigh quotient of the zero vector is undefined")
    return float(x @ A @ x / squared_length)


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
    S = _square(S, "S")
    asymmetry = np.max(np.abs(S - S.T))
    if asymmetry > 1e-10 * max(1.0, np.max(np.abs(S))):
        raise ValueError(
            f"S must be symmetric, but S and S.T differ by up to {asymmetry:.3g} (shape {S.shape})"
        )
    values, vectors = np.linalg.eigh(S)  # ascending order
    values, vectors = values[::-1], vectors[:, ::-1]
    return values.copy(), np.column_stack([_fix_sign(v) for v in vectors.T])


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
    return _largest_modulus(_square(A))


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
    return _largest_modulus(_square(A)) < 1.0


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
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n, d), got shape {X.shape}")
    if X.shape[0] < 2:
        raise ValueError(f"a sample covariance needs at least 2 samples (rows), got {X.shape}")
    if X.shape[1] == 0:
        raise ValueError(f"X must have at least one feature (column), got shape {X.shape}")
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[0] - 1)
