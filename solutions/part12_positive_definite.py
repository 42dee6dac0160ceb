"""Part 12: Positive Definite Matrices.

A symmetric matrix is positive definite when its quadratic form ``x @ A @ x`` is
positive for every non-zero x: covariance matrices, kernel matrices and the Hessians
of convex losses all have this shape, and it is what makes a minimum unique. The
Cholesky factorisation ``A = L @ L.T`` tests it, solves systems with it and gives its
log-determinant. This is the reference solution.
"""

import numpy as np

# A matrix is symmetric when A and A.T differ by at most this fraction of max(1, max|A|).
_SYMMETRY_RTOL = 1e-10
# A Cholesky pivot at most this fraction of the largest diagonal entry counts as zero.
_PIVOT_RTOL = 1e-12


def _square(A, name="A"):
    """``A`` as a new, non-empty, square float64 array, or a ValueError naming the shape."""
    A = np.array(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"{name} must be a 2-D matrix, got an array of shape {A.shape}")
    if A.size == 0:
        raise ValueError(f"{name} must not be empty, got shape {A.shape}")
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"{name} must be square, got shape {A.shape}")
    return A


def _asymmetry(A):
    """How far the square ``A`` is from symmetric, relative to ``max(1, max|A|)``."""
    return float(np.max(np.abs(A - A.T))) / max(1.0, float(np.max(np.abs(A))))


def _symmetric(A, name="A"):
    """``A`` as a new square float64 array, or a ValueError if it is not symmetric."""
    A = _square(A, name)
    if not _asymmetry(A) <= _SYMMETRY_RTOL:
        raise ValueError(
            f"{name} must be symmetric, but {name} and {name}.T of shape {A.shape} differ by "
            f"{_asymmetry(A):.3g} relative to max(1, max|{name}|) (allowed: {_SYMMETRY_RTOL:g})"
        )
    return A


def _factor(A):
    """The Cholesky factor of a symmetric float array, column by column, by hand."""
    n = A.shape[0]
    floor = _PIVOT_RTOL * float(np.max(np.diag(A)))
    L = np.zeros_like(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > floor:
            raise np.linalg.LinAlgError(
                f"the matrix of shape {A.shape} is not positive definite: pivot {j} is "
                f"{pivot:.3g}, not above {floor:.3g} (1e-12 times the largest diagonal entry)"
            )
        L[j, j] = np.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L


def is_positive_definite(A):
    """Whether a matrix is symmetric positive definite.

    ``A`` counts as symmetric when it is square and every ``|A[i, j] - A[j, i]|``
    is at most ``1e-10 * max(1, max|A|)`` (the rule of ``sorted_eigh`` in part 10).
    A symmetric ``A`` is positive definite exactly when the Cholesky factorisation
    described in ``cholesky`` succeeds, that is when every pivot is greater than
    ``1e-12 * max(diag(A))``. So a singular positive semi-definite matrix is not
    positive definite, nor is a matrix with a diagonal entry <= 0, and the test is
    relative: ``1e-20 * I`` is positive definite, ``diag(1, 1e-13)`` is not. ``A`` is
    left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A 2-D matrix with m >= 1 and n >= 1.

    Returns
    -------
    bool
        A Python bool: False for a non-square or non-symmetric matrix.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty.

    Examples
    --------
    >>> is_positive_definite([[2, 1], [1, 2]])
    True
    >>> is_positive_definite([[1, 2], [2, 1]])
    False
    """
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"A must be a 2-D matrix, got an array of shape {A.shape}")
    if A.size == 0:
        raise ValueError(f"A must not be empty, got shape {A.shape}")
    if A.shape[0] != A.shape[1] or not _asymmetry(A) <= _SYMMETRY_RTOL:
        return False
    try:
        _factor(A)
    except np.linalg.LinAlgError:
        return False
    return True


def cholesky(A):
    """Cholesky factor of a symmetric positive definite matrix, written by hand.

    Rule of the exercise: compute L with your own loop, column by column; do not call
    ``np.linalg.cholesky`` or any other factorisation routine (scipy's ``cholesky``,
    ``cho_factor``, ``lu``, ``lu_factor``, ``ldl`` included). For j = 0, 1, ..., n-1
    the pivot is ``p = A[j, j] - sum(L[j, :j]**2)``; if ``p <= 1e-12 * max(diag(A))`` the matrix
    is not (numerically) positive definite. Otherwise ``L[j, j] = sqrt(p)`` and, for
    i > j, ``L[i, j] = (A[i, j] - sum(L[i, :j] * L[j, :j])) / L[j, j]``: the factor
    is built from the diagonal of ``A`` and the entries below it. ``A`` is left
    unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric matrix, n >= 1: every ``|A[i, j] - A[j, i]|`` is at most
        ``1e-10 * max(1, max|A|)``.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        The lower-triangular L with a positive diagonal and ``L @ L.T == A``; every
        entry above the diagonal is exactly 0.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, empty or not symmetric.
    numpy.linalg.LinAlgError
        If ``A`` is symmetric but not positive definite (a pivot is too small).

    Examples
    --------
    >>> cholesky([[4, 2], [2, 2]])
    array([[2., 0.],
           [1., 1.]])
    """
    return _factor(_symmetric(A))


def solve_cholesky(A, b):
    """Solve ``A @ x = b`` for a symmetric positive definite A via its Cholesky factor.

    Factor ``A = L @ L.T`` with your ``cholesky``, solve ``L @ y = b`` by forward
    substitution (first row down), then ``L.T @ x = y`` by back substitution (last row
    up). A 2-D ``b`` is solved column by column, or all columns at once. Rule of the
    exercise: write both substitutions yourself; do not call ``np.linalg.solve``,
    ``np.linalg.inv``, ``np.linalg.lstsq``, ``np.linalg.pinv``,
    ``np.linalg.tensorsolve`` or ``np.linalg.cholesky``, nor scipy's solvers
    (``solve_triangular``, ``cho_solve``, ``cho_factor``, ``lu_solve``,
    ``lu_factor``). ``A`` and ``b`` are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric positive definite matrix, n >= 1.
    b : array_like, shape (n,) or (n, m)
        One right-hand side, or m of them as columns.

    Returns
    -------
    numpy.ndarray, shape (n,) or (n, m), dtype float64
        The solution x, with the same shape as ``b``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, empty or not symmetric, if ``b`` is not 1-D
        or 2-D, or if ``b`` does not have n rows.
    numpy.linalg.LinAlgError
        If ``A`` is symmetric but not positive definite (as in ``cholesky``).

    Examples
    --------
    >>> solve_cholesky([[4, 2], [2, 2]], [2, 0])
    array([ 1., -1.])
    """
    A = _symmetric(A)
    n = A.shape[0]
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2):
        raise ValueError(f"b must be 1-D (n,) or 2-D (n, m), got an array of shape {b.shape}")
    if b.shape[0] != n:
        raise ValueError(f"A has shape {A.shape} but b has shape {b.shape}: b needs {n} rows")
    L = _factor(A)
    B = b.reshape(n, -1)
    y = np.zeros_like(B)
    for i in range(n):  # forward substitution: L @ y = b, first row down
        y[i] = (B[i] - L[i, :i] @ y[:i]) / L[i, i]
    x = np.zeros_like(B)
    for i in range(n - 1, -1, -1):  # back substitution: L.T @ x = y, last row up
        x[i] = (y[i] - L[i + 1 :, i] @ x[i + 1 :]) / L[i, i]
    return x.reshape(b.shape)


def quadratic_form(A, x):
    """The quadratic form ``x @ A @ x`` = sum over i, j of ``x[i] * A[i, j] * x[j]``.

    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1; it need not be symmetric.
    x : array_like, shape (n,)
        A 1-D vector.

    Returns
    -------
    float
        A Python float, ``x @ A @ x``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square or empty, if ``x`` is not 1-D, or if the
        length of ``x`` differs from n.

    Examples
    --------
    >>> quadratic_form([[2, 1], [1, 3]], [1, 2])
    18.0
    """
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"x must be a 1-D vector, got an array of shape {x.shape}")
    if x.shape[0] != A.shape[0]:
        raise ValueError(f"A has shape {A.shape} but x has shape {x.shape}; they must match")
    return float(x @ (A @ x))


def nearest_psd(A):
    """Nearest symmetric positive semi-definite matrix, by eigenvalue clipping.

    Take the symmetric part ``S = (A + A.T) / 2``, its eigendecomposition
    ``S = V @ diag(lam) @ V.T`` (``np.linalg.eigh``), and return
    ``V @ diag(max(lam, 0)) @ V.T``, symmetrised once more as ``(B + B.T) / 2`` to
    remove round-off. In the Frobenius norm this is the positive semi-definite matrix
    closest to ``A``; a matrix that is already symmetric positive semi-definite comes
    back unchanged (up to round-off). The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1; it need not be symmetric.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        An exactly symmetric matrix whose eigenvalues are all >= 0 (up to round-off).

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square or empty.

    Examples
    --------
    >>> nearest_psd([[1, 2], [2, 1]])
    array([[1.5, 1.5],
           [1.5, 1.5]])
    """
    A = _square(A)
    S = (A + A.T) / 2
    values, vectors = np.linalg.eigh(S)
    B = (vectors * np.maximum(values, 0.0)) @ vectors.T
    return (B + B.T) / 2


def log_det(A):
    """Natural logarithm of the determinant of a symmetric positive definite matrix.

    With ``A = L @ L.T`` from your ``cholesky``, ``det(A) = prod(diag(L))**2``, so
    ``log det(A) = 2 * sum(log(diag(L)))``. This stays finite where ``det(A)`` itself
    would overflow or underflow, as in the log-likelihood of a Gaussian: the
    determinant of ``1e-200 * np.eye(2)`` is 0.0 in float64, its log-determinant is
    not. Rule of the exercise: factor with your own ``cholesky`` and sum the
    logarithms of the factor's diagonal; do not call ``np.linalg.det``,
    ``np.linalg.slogdet`` or ``np.linalg.cholesky`` (nor scipy's ``cho_factor``).
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A symmetric positive definite matrix, n >= 1.

    Returns
    -------
    float
        A Python float, ``log(det(A))``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, empty or not symmetric.
    numpy.linalg.LinAlgError
        If ``A`` is symmetric but not positive definite (as in ``cholesky``).

    Examples
    --------
    >>> log_det([[4, 2], [2, 2]])
    1.3862943611198906
    """
    L = _factor(_symmetric(A))
    return float(2.0 * np.sum(np.log(np.diag(L))))
