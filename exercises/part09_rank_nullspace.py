"""Part 9: Rank, Nullspace, and the Fundamental Theorem.

The rank of a data matrix counts the directions the data really uses; the
nullspace holds the parameter changes a model cannot see. Together they decide
whether a system has one solution, infinitely many, or none. Fill in each
function below, then run ``la4ml grade 9``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
