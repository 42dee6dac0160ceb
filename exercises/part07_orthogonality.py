"""Part 7: Orthogonality and Projections.

Projecting a vector onto a subspace splits it into the part the subspace can
explain and an orthogonal error; least squares, PCA and embeddings all rest on
this split. Orthonormal bases, built by Gram-Schmidt, make it cheap. Fill in each
function below, then run ``la4ml grade 7``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def project_onto_vector(v, u):
    """Orthogonal projection of ``v`` onto the line spanned by ``u``.

    The projection is ``(v . u / u . u) * u``; ``u`` need not have unit length,
    and its sign and length do not change the result (``u`` and ``-3 * u``
    span the same line), even when ``u . u`` itself would overflow or underflow
    (entries near 1e200 or 1e-200). The inputs are left unchanged.

    Parameters
    ----------
    v : array_like, shape (n,)
        The vector to project, n >= 1.
    u : array_like, shape (n,)
        A non-zero vector giving the direction of the line.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The projection, a multiple of ``u``.

    Raises
    ------
    ValueError
        If ``v`` or ``u`` is not 1-D or is empty, if their lengths differ, or if
        ``u`` is the zero vector (every entry exactly 0; a tiny but non-zero
        ``u``, such as ``[1e-20, 0]``, still spans a line).

    Examples
    --------
    >>> project_onto_vector([2, 3], [1, 0])
    array([2., 0.])
    """
    raise NotImplementedError


def project_onto_subspace(v, A):
    """Orthogonal projection of ``v`` onto the column space of ``A``.

    The columns of ``A`` span the subspace; they need not be orthogonal, and
    they may even be linearly dependent, or more numerous than the rows (the
    projection onto their span is unique either way). The residual ``v - p``
    is orthogonal to every column. A matrix of zeros spans only the zero
    vector, so the projection onto it is zero. The inputs are left unchanged.

    Parameters
    ----------
    v : array_like, shape (n,)
        The vector to project, n >= 1.
    A : array_like, shape (n, k)
        k >= 1 columns spanning the subspace.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The projection ``p``, the point of the subspace closest to ``v``.

    Raises
    ------
    ValueError
        If ``v`` is not 1-D, ``A`` is not 2-D, either is empty, or the length
        of ``v`` differs from the number of rows of ``A``.

    Examples
    --------
    >>> project_onto_subspace([1, 2, 3], [[1, 0], [1, 1], [0, 0]])
    array([1., 2., 0.])
    """
    raise NotImplementedError


def gram_schmidt(A):
    """Orthonormalise the columns of ``A`` with the Gram-Schmidt process.

    Column ``j`` of the result is column ``j`` of ``A`` minus its projections
    onto the earlier result columns, scaled to unit length. Then
    ``A = Q @ R`` with ``R`` upper triangular and a positive diagonal, so
    ``Q[:, j] . A[:, j] > 0``. Rule of this exercise: write the process by
    hand (classical or modified Gram-Schmidt); do not call ``np.linalg.qr``.
    The threshold for dependence is relative, so scaling ``A`` by any positive
    factor leaves the result unchanged. ``A`` itself is never changed: work on
    a copy.

    Parameters
    ----------
    A : array_like, shape (m, n)
        n >= 1 linearly independent columns in R^m (so n <= m).

    Returns
    -------
    numpy.ndarray, shape (m, n), dtype float64
        ``Q`` with orthonormal columns spanning the same subspaces as the
        columns of ``A``: the first j columns of ``Q`` span the first j columns
        of ``A``.

    Raises
    ------
    ValueError
        If ``A`` is not 2-D or is empty.
    numpy.linalg.LinAlgError
        If the columns are linearly dependent: a column is zero, or the part of
        a column orthogonal to the earlier columns has norm at most 1e-10 times
        the norm of that column (always the case when n > m).

    Examples
    --------
    >>> gram_schmidt([[3, 1], [4, 0]])
    array([[ 0.6,  0.8],
           [ 0.8, -0.6]])
    """
    raise NotImplementedError


def is_orthonormal(Q, tol=1e-8):
    """Whether the columns of ``Q`` are orthonormal: ``Q.T @ Q`` is the identity.

    The inputs are left unchanged.

    Parameters
    ----------
    Q : array_like, shape (m, n)
        A non-empty matrix.
    tol : float, optional
        The largest absolute deviation of any entry of ``Q.T @ Q`` from the
        identity, ``tol >= 0``. Default 1e-8.

    Returns
    -------
    bool
        True if every entry of ``Q.T @ Q - I`` is at most ``tol`` in absolute
        value; always False when n > m (more columns than the dimension m
        cannot be orthonormal, whatever ``tol``).

    Raises
    ------
    ValueError
        If ``Q`` is not 2-D or is empty, or if ``tol`` is negative.

    Examples
    --------
    >>> is_orthonormal([[0, 1], [1, 0]])
    True
    """
    raise NotImplementedError


def decompose(v, A):
    """Split ``v`` into its part in the column space of ``A`` and the orthogonal rest.

    ``parallel`` is the projection of ``v`` onto the column space (as in
    ``project_onto_subspace``) and ``perpendicular = v - parallel``; the two
    add up to ``v`` and are orthogonal to each other. They are returned as the
    tuple ``(parallel, perpendicular)``, in that order. The inputs are left unchanged.

    Parameters
    ----------
    v : array_like, shape (n,)
        The vector to split, n >= 1.
    A : array_like, shape (n, k)
        k >= 1 columns spanning the subspace, not necessarily orthogonal or
        independent.

    Returns
    -------
    parallel : numpy.ndarray, shape (n,), dtype float64
        The component in the column space of ``A``.
    perpendicular : numpy.ndarray, shape (n,), dtype float64
        The component orthogonal to every column of ``A``.

    Raises
    ------
    ValueError
        If ``v`` is not 1-D, ``A`` is not 2-D, either is empty, or the length
        of ``v`` differs from the number of rows of ``A``.

    Examples
    --------
    >>> decompose([1, 2, 3], [[1], [1], [0]])
    (array([1.5, 1.5, 0. ]), array([-0.5,  0.5,  3. ]))
    """
    raise NotImplementedError
