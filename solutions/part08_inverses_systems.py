"""Part 8: Matrix Inverses and Systems of Equations.

Fitting a model often ends in a linear system ``A x = b`` for its parameters.
Gaussian elimination solves it without ever forming the inverse, and the
condition number tells you how far to trust the answer. This is the reference
solution.
"""

import numpy as np

# A candidate pivot at most this fraction of the largest entry of A counts as zero.
_SINGULAR_RTOL = 1e-12


def _square_matrix(A):
    """``A`` as a new, non-empty, square float64 array, or a ValueError naming the shape."""
    A = np.array(A, dtype=float)  # a copy: elimination works on it, the caller's A stays
    if A.ndim != 2:
        raise ValueError(f"A must be a 2-D matrix, got an array of shape {A.shape}")
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    if A.size == 0:
        raise ValueError(f"A must not be empty, got shape {A.shape}")
    return A


def _pivot_floor(A):
    """The largest absolute value a pivot of ``A`` may have and still count as zero."""
    return _SINGULAR_RTOL * float(np.max(np.abs(A)))


def _pivot_row(U, k):
    """The row at or below ``k`` whose entry in column ``k`` is largest in absolute value."""
    return k + int(np.argmax(np.abs(U[k:, k])))


def solve(A, b):
    """Solve ``A x = b`` by Gaussian elimination with partial pivoting.

    At each step k, swap into the pivot position the row (at or below row k)
    whose entry in column k has the largest absolute value, subtract multiples
    of it from the rows below, and finally back-substitute from the last row
    up. Every row swap applies to ``b`` too. ``b`` may hold several right-hand
    sides as columns. Rule of this exercise: write the elimination by hand; do
    not call ``np.linalg.solve``, ``np.linalg.inv``, ``np.linalg.lstsq`` or
    ``np.linalg.pinv`` (nor their scipy twins).

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square, invertible matrix, n >= 1.
    b : array_like, shape (n,) or (n, m)
        One right-hand side, or m >= 1 right-hand sides as columns.

    Returns
    -------
    numpy.ndarray, same shape as ``b``, dtype float64
        The solution ``x`` with ``A @ x = b``: shape (n,) for a 1-D ``b``, and
        (n, m) for an (n, m) ``b``, (n, 1) included. ``A`` and ``b`` are left
        unchanged.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty, if ``b`` is not 1-D or 2-D
        or is empty, or if the number of rows of ``b`` differs from n.
    numpy.linalg.LinAlgError
        If ``A`` is singular: at some step the largest candidate pivot has
        absolute value at most 1e-12 times the largest absolute entry of ``A``
        (an all-zero ``A`` included).

    Examples
    --------
    >>> solve([[2, 1], [1, 3]], [3, 5])
    array([0.8, 1.4])
    """
    U = _square_matrix(A)
    n = U.shape[0]
    b = np.asarray(b, dtype=float)
    if b.ndim not in (1, 2):
        raise ValueError(f"b must be 1-D (n,) or 2-D (n, m), got an array of shape {b.shape}")
    if b.size == 0:
        raise ValueError(f"b must not be empty, got shape {b.shape}")
    if b.shape[0] != n:
        raise ValueError(f"A has shape {U.shape} but b has {b.shape[0]} rows; they must match")
    B = b.reshape(n, -1).copy()  # one column per right-hand side
    floor = _pivot_floor(U)

    for k in range(n):
        p = _pivot_row(U, k)
        if abs(U[p, k]) <= floor:
            raise np.linalg.LinAlgError(
                f"A is singular: no pivot in column {k} is larger than {floor:.3g} "
                f"(1e-12 times the largest entry of A)"
            )
        if p != k:
            U[[k, p]] = U[[p, k]]
            B[[k, p]] = B[[p, k]]
        factors = U[k + 1 :, k] / U[k, k]
        U[k + 1 :, k:] -= np.outer(factors, U[k, k:])
        B[k + 1 :] -= np.outer(factors, B[k])

    x = np.empty_like(B)
    for k in range(n - 1, -1, -1):
        x[k] = (B[k] - U[k, k + 1 :] @ x[k + 1 :]) / U[k, k]
    return x.reshape(b.shape)


def inverse(A):
    """Inverse of a square matrix by Gauss-Jordan elimination.

    Row-reduce the augmented matrix ``[A | I]`` with partial pivoting until the
    left half is the identity: for each column, swap in the row with the
    largest candidate pivot, divide the pivot row by its pivot, and clear the
    column in every other row, above and below. The right half is then the
    inverse. Rule of this exercise: write the elimination by hand; do not call
    ``np.linalg.inv``, ``np.linalg.solve`` or ``np.linalg.pinv`` (nor their
    scipy twins).

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square, invertible matrix, n >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        A new array, the inverse ``A^-1``, with ``A @ A^-1 = A^-1 @ A = I``.
        ``A`` is left unchanged.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.
    numpy.linalg.LinAlgError
        If ``A`` is singular: at some step the largest candidate pivot has
        absolute value at most 1e-12 times the largest absolute entry of ``A``
        (an all-zero ``A`` included).

    Examples
    --------
    >>> inverse([[2, 1], [1, 1]])
    array([[ 1., -1.],
           [-1.,  2.]])
    """
    A = _square_matrix(A)
    n = A.shape[0]
    floor = _pivot_floor(A)
    M = np.hstack([A, np.eye(n)])  # the augmented matrix [A | I]

    for k in range(n):
        p = _pivot_row(M, k)
        if abs(M[p, k]) <= floor:
            raise np.linalg.LinAlgError(
                f"A is singular: no pivot in column {k} is larger than {floor:.3g} "
                f"(1e-12 times the largest entry of A)"
            )
        if p != k:
            M[[k, p]] = M[[p, k]]
        M[k] /= M[k, k]
        others = np.arange(n) != k
        M[others] -= np.outer(M[others, k], M[k])
    return M[:, n:].copy()


def determinant(A):
    """Determinant of a square matrix by Gaussian elimination.

    Reduce ``A`` to upper-triangular form with partial pivoting; the
    determinant is the product of the pivots, with its sign flipped once for
    every row swap that exchanges two different rows. A column with no
    non-zero pivot candidate means the determinant is 0. Rule of this
    exercise: write the elimination by hand; do not call ``np.linalg.det`` or
    ``np.linalg.slogdet`` (nor their scipy twins).

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1; it may be singular.

    Returns
    -------
    float
        ``det(A)``; 0.0 for a matrix found singular during elimination. For a
        matrix that is singular in exact arithmetic, rounding may leave a tiny
        non-zero value instead (about 1e-16 times the size of its entries to
        the power n). ``A`` is left unchanged.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.

    Examples
    --------
    >>> determinant([[2, 1], [4, 3]])
    2.0
    """
    U = _square_matrix(A)
    n = U.shape[0]
    sign = 1.0
    for k in range(n):
        p = _pivot_row(U, k)
        if U[p, k] == 0.0:
            return 0.0
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        factors = U[k + 1 :, k] / U[k, k]
        U[k + 1 :, k:] -= np.outer(factors, U[k, k:])
    return float(sign * np.prod(np.diag(U)))


def is_invertible(A, tol=1e-12):
    """Whether a matrix is numerically invertible.

    ``A`` counts as invertible when it is square and its smallest singular value
    is greater than ``tol`` times its largest one: ``s[-1] > tol * s[0]`` with
    ``s = np.linalg.svd(A, compute_uv=False)`` (descending). For ``tol > 0`` this
    says that the 2-norm condition number is below ``1 / tol``; the product form
    also holds for ``tol = 0``, where ``1 / tol`` does not exist. The test is
    relative, so scaling ``A`` by any non-zero number does not change the answer.
    A matrix that is not square is never invertible, and neither is the zero
    matrix. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float, optional
        The relative threshold for the smallest singular value, a number
        ``tol >= 0``. Default 1e-12.

    Returns
    -------
    bool
        True if ``A`` is invertible, False otherwise (including when m != n).

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> is_invertible([[1, 2], [2, 4]])
    False
    """
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"A must be a 2-D matrix, got an array of shape {A.shape}")
    if A.size == 0:
        raise ValueError(f"A must not be empty, got shape {A.shape}")
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    if A.shape[0] != A.shape[1]:
        return False
    singular_values = np.linalg.svd(A, compute_uv=False)  # descending
    return bool(singular_values[-1] > tol * singular_values[0])


def condition_number(A):
    """2-norm condition number of a square matrix: largest over smallest singular value.

    It bounds how much a relative error in ``b`` can be amplified in the
    solution of ``A x = b``; 1 is perfect (orthogonal matrices), large values
    mean an ill-conditioned system. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.

    Returns
    -------
    float
        ``sigma_max / sigma_min``, >= 1; ``inf`` (``float("inf")``) when the
        smallest singular value is 0, the zero matrix included. A matrix that
        is singular in exact arithmetic may, through rounding, give a huge
        finite value instead (1e15 or more).

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.

    Examples
    --------
    >>> condition_number([[2, 0], [0, 0.5]])
    4.0
    """
    A = _square_matrix(A)
    singular_values = np.linalg.svd(A, compute_uv=False)  # descending
    if singular_values[-1] == 0.0:
        return float("inf")
    return float(singular_values[0] / singular_values[-1])
