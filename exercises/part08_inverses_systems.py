"""Part 8: Matrix Inverses and Systems of Equations.

Fitting a model often ends in a linear system ``A x = b`` for its parameters.
Gaussian elimination solves it without ever forming the inverse, and the
condition number tells you how far to trust the answer. Fill in each function
below, then run ``la4ml grade 8``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
