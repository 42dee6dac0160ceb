"""Part 9: Rank, Nullspace, and the Fundamental Theorem.

The rank of a data matrix counts the directions the data really uses; the
nullspace holds the parameter changes a model cannot see. Together they decide
whether a system has one solution, infinitely many, or none. This is the
reference solution.
"""

import numpy as np


def _matrix(A, name="A"):
    """``A`` as a new non-empty 2-D float array, or a ValueError naming the argument."""
    A = np.array(A, dtype=float)
    if A.ndim != 2:
        raise ValueError(f"{name} must be a 2-D matrix, got an array of shape {A.shape}")
    if A.size == 0:
        raise ValueError(f"{name} must have at least one row and one column, got shape {A.shape}")
    return A


def _threshold(singular_values, shape, tol):
    """The threshold of ``rank``: ``tol`` itself, or sigma_max * max(m, n) * eps for None."""
    if tol is None:
        return singular_values.max(initial=0.0) * max(shape) * np.finfo(float).eps
    if not tol >= 0:
        raise ValueError(f"tol must be None or a number >= 0, got {tol!r}")
    return float(tol)


def _count_above(singular_values, shape, tol):
    """How many singular values exceed the threshold of ``rank``, as a Python int."""
    return int(np.count_nonzero(singular_values > _threshold(singular_values, shape, tol)))


def _rank(A, tol=None):
    """The rank of a validated float matrix ``A``, counted as in ``rank``."""
    return _count_above(np.linalg.svd(A, compute_uv=False), A.shape, tol)


def _sign_convention(Q):
    """``Q`` with every column negated whose entry of largest absolute value is negative.

    Entries within 1e-9 of a column's largest absolute value count as tied for it, and
    the first of them decides (the course's sign convention).
    """
    if Q.shape[1] == 0:
        return Q
    size = np.abs(Q)
    largest = np.argmax(size >= size.max(axis=0) - 1e-9, axis=0)
    signs = np.where(Q[largest, np.arange(Q.shape[1])] < 0, -1.0, 1.0)
    return Q * signs


def rref(A, tol=1e-10):
    """Reduced row echelon form of a matrix, by Gauss-Jordan elimination.

    Work through the columns from left to right, keeping a current pivot row
    that starts at row 0. In each column pick, among the rows not yet used as
    pivot rows, the entry of largest absolute value (partial pivoting). If it
    is at most ``tol`` the column has no pivot and those entries become exactly
    0. Otherwise swap its row into the current pivot row, divide that row by
    the pivot and eliminate the column in every other row, above and below,
    then move on to the next pivot row. In the result every pivot is exactly 1,
    every other entry of a pivot column is exactly 0, and zero rows come last.
    Rule of this exercise: write the elimination yourself, with row operations
    on a float copy of ``A``: no ``np.linalg`` routine and nothing from scipy or
    sympy (such as sympy's ``rref``), in ``rref`` or in the functions of your
    module that it calls. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float, optional
        Candidate pivots of absolute value at most ``tol`` count as zero,
        ``tol >= 0``. Default 1e-10.

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        The reduced row echelon form of ``A``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> rref([[2, 4, 3], [1, 2, 3]])
    array([[1., 2., 0.],
           [0., 0., 1.]])
    """
    if not tol >= 0:
        raise ValueError(f"tol must be a number >= 0, got {tol!r}")
    R = _matrix(A)
    m, n = R.shape
    pivot_row = 0
    for col in range(n):
        if pivot_row == m:
            break
        best = pivot_row + int(np.argmax(np.abs(R[pivot_row:, col])))
        if abs(R[best, col]) <= tol:
            R[pivot_row:, col] = 0.0  # no pivot here: what is left is rounding noise
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]
        R[pivot_row] = R[pivot_row] / R[pivot_row, col]
        factors = R[:, col].copy()
        factors[pivot_row] = 0.0  # every other row, above and below
        R -= np.outer(factors, R[pivot_row])
        R[:, col] = 0.0
        R[pivot_row, col] = 1.0
        pivot_row += 1
    return R


def rank(A, tol=None):
    """Rank of a matrix: the number of singular values greater than a threshold.

    Count the singular values strictly greater than the threshold. With
    ``tol=None`` the threshold is ``sigma_max * max(m, n) * eps``, where
    ``sigma_max`` is the largest singular value and ``eps`` the float64 machine
    epsilon (the default of ``np.linalg.matrix_rank``), so it scales with the
    data; otherwise it is ``tol`` itself, an absolute threshold.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float or None, optional
        Absolute threshold for the singular values, ``tol >= 0``, or None for
        the default above. Default None.

    Returns
    -------
    int
        The rank, a Python int between 0 and ``min(m, n)``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> rank([[1, 2], [2, 4], [3, 6]])
    1
    """
    return _rank(_matrix(A), tol)


def null_space(A, tol=None):
    """Orthonormal basis of the nullspace ``{x : A x = 0}``, as columns.

    The rank r is counted as in ``rank`` with the same ``tol``. An orthonormal
    basis of the nullspace is not unique; any one is accepted, given in the
    course's sign convention (see conventions): in each column, the entry of
    largest absolute value is positive. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float or None, optional
        Absolute threshold for the singular values as in ``rank``, ``tol >= 0``,
        or None for the default. Default None.

    Returns
    -------
    numpy.ndarray, shape (n, n - r), dtype float64
        ``N`` with ``A @ N`` close to 0 and ``N.T @ N`` close to the identity;
        shape (n, 0) when A has full column rank.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> null_space([[1, 2]])
    array([[ 0.89442719],
           [-0.4472136 ]])
    """
    A = _matrix(A)
    _, singular_values, Vt = np.linalg.svd(A, full_matrices=True)
    r = _count_above(singular_values, A.shape, tol)
    return _sign_convention(Vt[r:].T.copy())


def column_space(A, tol=None):
    """Orthonormal basis of the column space (range) of ``A``, as columns.

    The rank r is counted as in ``rank`` with the same ``tol``. An orthonormal
    basis of the column space is not unique; any one is accepted, given in the
    course's sign convention (see conventions): in each column, the entry of
    largest absolute value is positive. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float or None, optional
        Absolute threshold for the singular values as in ``rank``, ``tol >= 0``,
        or None for the default. Default None.

    Returns
    -------
    numpy.ndarray, shape (m, r), dtype float64
        ``C`` whose columns are orthonormal and span the same space as the
        columns of ``A``; shape (m, 0) when A is the zero matrix.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> column_space([[1, 2], [2, 4]])
    array([[0.4472136 ],
           [0.89442719]])
    """
    A = _matrix(A)
    U, singular_values, _ = np.linalg.svd(A, full_matrices=False)
    r = _count_above(singular_values, A.shape, tol)
    return _sign_convention(U[:, :r].copy())


def classify_system(A, b):
    """Whether ``A x = b`` has a unique solution, infinitely many, or none.

    Compare ranks, each counted as in ``rank`` with the default threshold
    (``tol=None``): if the augmented matrix ``[A | b]``, of shape (m, n + 1),
    has a larger rank than ``A`` there is no solution; otherwise the solution
    is unique when ``rank(A)`` equals the number of unknowns n, and there are
    infinitely many when it is smaller. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        The coefficient matrix, m >= 1 equations in n >= 1 unknowns.
    b : array_like, shape (m,)
        The right-hand side.

    Returns
    -------
    str
        ``"unique"``, ``"infinite"`` or ``"none"``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, ``b`` is not 1-D, or the length of
        ``b`` differs from the number of rows of ``A``.

    Examples
    --------
    >>> classify_system([[1, 1], [2, 2]], [1, 3])
    'none'
    """
    A = _matrix(A)
    b = np.array(b, dtype=float)
    if b.ndim != 1:
        raise ValueError(f"b must be a 1-D vector, got an array of shape {b.shape}")
    if b.shape[0] != A.shape[0]:
        raise ValueError(
            f"A has shape {A.shape} (m = {A.shape[0]} equations) but b has shape {b.shape}"
        )
    rank_A = _rank(A)
    rank_augmented = _rank(np.column_stack([A, b]))
    if rank_augmented > rank_A:
        return "none"
    return "unique" if rank_A == A.shape[1] else "infinite"
