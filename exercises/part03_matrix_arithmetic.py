"""Part 3: Matrix Arithmetic: Add, Scale, Multiply.

A model's output is a weighted sum of features plus a bias, computed for a whole
batch at once by one matrix product and one broadcast addition. Fill in each
function below, then run ``la4ml grade 3``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def matmul(A, B):
    """Matrix product ``A B`` computed by hand.

    Entry ``(i, j)`` of the product is the dot product of row ``i`` of ``A``
    with column ``j`` of ``B``. Rule of this exercise: build the result with
    loops or with dot products of single rows and columns (``A[i] @ B[:, j]``
    is fine); do not apply ``@``, ``np.matmul``, ``np.dot``, ``np.einsum``,
    ``np.tensordot``, ``np.inner``, ``np.vdot`` or ``np.linalg.multi_dot`` to the
    whole matrices. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        The left factor, m >= 1, n >= 1.
    B : array_like, shape (n, p)
        The right factor, p >= 1.

    Returns
    -------
    numpy.ndarray, shape (m, p), dtype float64
        The product.

    Raises
    ------
    ValueError
        If ``A`` or ``B`` is not 2-D or is empty, or if the number of columns of
        ``A`` differs from the number of rows of ``B``.

    Examples
    --------
    >>> matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    array([[19., 22.],
           [43., 50.]])
    """
    raise NotImplementedError


def add_bias(X, b):
    """Add a bias vector to every row of a matrix, by broadcasting.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (m, n)
        m >= 1 rows (for example the outputs of a layer for m samples), n >= 1.
    b : array_like, shape (n,)
        One bias per column.

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        ``X[i, j] + b[j]`` at position ``(i, j)``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, ``b`` is not 1-D, or the length of
        ``b`` differs from the number of columns of ``X``.

    Examples
    --------
    >>> add_bias([[1, 2], [3, 4]], [10, 20])
    array([[11., 22.],
           [13., 24.]])
    """
    raise NotImplementedError


def weighted_sum(X, w):
    """Weighted sum of the features of every sample: the matrix-vector product ``X w``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (m, n)
        m >= 1 samples, one per row, with n >= 1 features.
    w : array_like, shape (n,)
        One weight per feature.

    Returns
    -------
    numpy.ndarray, shape (m,), dtype float64
        Entry ``i`` is ``sum_j X[i, j] * w[j]``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, ``w`` is not 1-D, or the length of
        ``w`` differs from the number of columns of ``X``.

    Examples
    --------
    >>> weighted_sum([[1, 2], [3, 4]], [0.5, -1])
    array([-1.5, -2.5])
    """
    raise NotImplementedError


def hadamard(A, B):
    """Hadamard (entry-wise) product of two matrices of the same shape.

    No broadcasting: the two shapes must be identical. The inputs are left unchanged.

    Parameters
    ----------
    A, B : array_like, shape (m, n)
        Two non-empty matrices of equal shape.

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        ``A[i, j] * B[i, j]`` at position ``(i, j)``.

    Raises
    ------
    ValueError
        If ``A`` or ``B`` is not 2-D or is empty, or if their shapes differ.

    Examples
    --------
    >>> hadamard([[1, 2], [3, 4]], [[5, 6], [7, 8]])
    array([[ 5., 12.],
           [21., 32.]])
    """
    raise NotImplementedError


def is_symmetric(A, tol=1e-10):
    """Whether a matrix equals its transpose, up to a tolerance.

    ``A`` is symmetric when it is square and ``|A[i, j] - A[j, i]| <= tol`` for
    every ``i`` and ``j``. A matrix that is not square is never symmetric.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        A non-empty matrix.
    tol : float, optional
        The largest absolute difference allowed, >= 0. Default 1e-10.

    Returns
    -------
    bool
        True if ``A`` is symmetric, False otherwise (including when m != n).

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> is_symmetric([[1, 2], [2, 3]])
    True
    """
    raise NotImplementedError


def trace(A):
    """Sum of the diagonal entries of a square matrix.

    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.

    Returns
    -------
    float
        ``A[0, 0] + A[1, 1] + ... + A[n-1, n-1]``, as a float even when the
        entries are integers.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty.

    Examples
    --------
    >>> trace([[1, 2], [3, 4]])
    5.0
    """
    raise NotImplementedError


def matrix_power(A, k):
    """The k-th power ``A @ A @ ... @ A`` of a square matrix, by repeated squaring.

    ``matrix_power(A, 0)`` is the identity. Rule of this exercise: use repeated
    squaring (about log2(k) products, driven by the binary digits of ``k``),
    not k - 1 products in a row and not ``np.linalg.matrix_power``.
    The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (n, n)
        A square matrix, n >= 1.
    k : int
        The exponent, an int >= 0.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        ``A`` to the power ``k``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D, not square, or empty, or if ``k`` is not an
        integer (a float such as 2.5, or a bool) or is negative.

    Examples
    --------
    >>> matrix_power([[1, 1], [0, 1]], 5)
    array([[1., 5.],
           [0., 1.]])
    """
    raise NotImplementedError
