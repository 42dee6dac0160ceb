"""Part 9: Rank, Nullspace, and the Fundamental Theorem.

The rank of a data matrix counts the directions the data really uses; the
nullspace holds the parameter changes a model cannot see. Together they decide
whether a system has one solution, infinitely many, or none. Fill in each
function below, then run ``la4ml grade 9``.
"""

import numpy as np


def rref(A, tol=1e-10):
    """Reduced row echelon form of a matrix, by Gauss-Jordan elimination.

    Work through the columns from left to right. In each column pick, among the
    rows not yet used, the entry of largest absolute value; if it is at most
    ``tol`` the column has no pivot and those entries become 0. Otherwise swap
    it into place, divide its row by it and eliminate the column in every other
    row. In the result every pivot is exactly 1, every other entry of a pivot
    column is exactly 0, and zero rows come last. Rule of this exercise: write
    the elimination by hand.

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
    raise NotImplementedError


def rank(A, tol=None):
    """Rank of a matrix: the number of singular values greater than a threshold.

    With ``tol=None`` the threshold is ``sigma_max * max(m, n) * eps``, where
    ``eps`` is the float64 machine epsilon (the default of
    ``np.linalg.matrix_rank``); otherwise it is ``tol`` itself.

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
        The rank, between 0 and ``min(m, n)``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> rank([[1, 2], [2, 4], [3, 6]])
    1
    """
    raise NotImplementedError


def null_space(A, tol=None):
    """Orthonormal basis of the nullspace ``{x : A x = 0}``, as columns.

    The rank r is counted as in ``rank`` with the same ``tol``. An orthonormal
    basis of the nullspace is not unique; any one is accepted, given in the
    course's sign convention: in each column, the entry of largest absolute
    value is positive.

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
    raise NotImplementedError


def column_space(A, tol=None):
    """Orthonormal basis of the column space (range) of ``A``, as columns.

    The rank r is counted as in ``rank`` with the same ``tol``. An orthonormal
    basis of the column space is not unique; any one is accepted, given in the
    course's sign convention: in each column, the entry of largest absolute
    value is positive.

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
    raise NotImplementedError


def classify_system(A, b):
    """Whether ``A x = b`` has a unique solution, infinitely many, or none.

    Compare ranks, counted as in ``rank`` with the default threshold: if the
    augmented matrix ``[A | b]`` has a larger rank than ``A`` there is no
    solution; otherwise the solution is unique when ``rank(A)`` equals the
    number of unknowns n, and there are infinitely many when it is smaller.

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
    raise NotImplementedError
