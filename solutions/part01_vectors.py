"""Part 1: Vectors, Scalars, and Spaces.

A feature vector, a weight vector and a data point are all the same object:
an ordered list of real numbers that can be added and scaled. This is the
reference solution.
"""

import numpy as np


def _vector(values, name):
    """``values`` as a 1-D float array, or a ValueError naming the argument."""
    vector = np.asarray(values, dtype=float)
    if vector.ndim != 1:
        raise ValueError(f"{name} must be a 1-D vector, got an array of shape {vector.shape}")
    return vector


def as_vector(values):
    """Convert array-like input into a new 1-D float64 vector.

    The inputs are left unchanged.

    Parameters
    ----------
    values : array_like, shape (n,)
        A list, tuple or array of n >= 1 real numbers.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        A new array: changing it never changes ``values``.

    Raises
    ------
    ValueError
        If ``values`` is not one-dimensional, is empty, or contains NaN or an
        infinity.

    Examples
    --------
    >>> as_vector([1, 2, 3])
    array([1., 2., 3.])
    """
    vector = np.array(values, dtype=float)
    if vector.ndim != 1:
        raise ValueError(f"expected a 1-D vector, got an array of shape {vector.shape}")
    if vector.size == 0:
        raise ValueError("expected at least one entry, got an empty vector")
    if not np.all(np.isfinite(vector)):
        raise ValueError("the vector contains NaN or infinite entries")
    return vector


def add(u, v):
    """Add two vectors of the same length, entry by entry.

    The inputs are left unchanged.

    Parameters
    ----------
    u, v : array_like, shape (n,)
        Two 1-D vectors of equal length.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The vector ``u + v``.

    Raises
    ------
    ValueError
        If ``u`` or ``v`` is not 1-D, or their lengths differ.

    Examples
    --------
    >>> add([1, 2], [10, 20])
    array([11., 22.])
    """
    u = _vector(u, "u")
    v = _vector(v, "v")
    if u.shape != v.shape:
        raise ValueError(f"cannot add vectors of shapes {u.shape} and {v.shape}")
    return u + v


def scale(c, v):
    """Multiply every entry of a vector by a scalar.

    The inputs are left unchanged.

    Parameters
    ----------
    c : float
        The scalar.
    v : array_like, shape (n,)
        A 1-D vector.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The vector ``c * v``.

    Raises
    ------
    ValueError
        If ``c`` is not a single number or ``v`` is not 1-D.

    Examples
    --------
    >>> scale(2.0, [1, -3])
    array([ 2., -6.])
    """
    if np.ndim(c) != 0:
        raise ValueError(f"the scalar must be a single number, got shape {np.shape(c)}")
    return float(c) * _vector(v, "v")


def linear_combination(coeffs, vectors):
    """Weighted sum of vectors: ``coeffs[0] * vectors[0] + ... + coeffs[k-1] * vectors[k-1]``.

    The inputs are left unchanged.

    Parameters
    ----------
    coeffs : array_like, shape (k,)
        One coefficient per vector, k >= 1.
    vectors : array_like, shape (k, n)
        The k vectors, one per row.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The linear combination.

    Raises
    ------
    ValueError
        If ``coeffs`` is not 1-D, ``vectors`` is not 2-D, k is 0, or the number
        of coefficients differs from the number of rows of ``vectors``.

    Examples
    --------
    >>> linear_combination([2, -1], [[1, 0], [0, 1]])
    array([ 2., -1.])
    """
    coeffs = np.asarray(coeffs, dtype=float)
    vectors = np.asarray(vectors, dtype=float)
    if coeffs.ndim != 1:
        raise ValueError(f"coeffs must be 1-D, got shape {coeffs.shape}")
    if vectors.ndim != 2:
        raise ValueError(f"vectors must be a 2-D array (k, n), got shape {vectors.shape}")
    if coeffs.shape[0] == 0:
        raise ValueError("a linear combination needs at least one vector")
    if coeffs.shape[0] != vectors.shape[0]:
        raise ValueError(f"{coeffs.shape[0]} coefficients for {vectors.shape[0]} vectors (rows)")
    return coeffs @ vectors


def centroid(points):
    """Mean of a set of points: the average of the rows.

    The inputs are left unchanged.

    Parameters
    ----------
    points : array_like, shape (m, n)
        m >= 1 points in n dimensions, one per row.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        The centroid, whose j-th entry is the mean of column j.

    Raises
    ------
    ValueError
        If ``points`` is not 2-D or has no rows.

    Examples
    --------
    >>> centroid([[0, 0], [2, 0], [1, 3]])
    array([1., 1.])
    """
    points = np.asarray(points, dtype=float)
    if points.ndim != 2:
        raise ValueError(f"points must be a 2-D array (m, n), got shape {points.shape}")
    if points.shape[0] == 0:
        raise ValueError("the centroid of no points is undefined")
    return points.mean(axis=0)


def standard_basis(n, i):
    """The i-th standard basis vector of R^n, counting from 0.

    Parameters
    ----------
    n : int
        The dimension, n >= 1.
    i : int
        The index of the entry that is 1, with 0 <= i < n.

    Returns
    -------
    numpy.ndarray, shape (n,), dtype float64
        Zeros everywhere except a 1 at index ``i``.

    Raises
    ------
    ValueError
        If n < 1 or i is outside ``0 <= i < n``.

    Examples
    --------
    >>> standard_basis(3, 1)
    array([0., 1., 0.])
    """
    if n < 1:
        raise ValueError(f"the dimension n must be at least 1, got {n}")
    if not 0 <= i < n:
        raise ValueError(f"index i must satisfy 0 <= i < {n}, got {i}")
    basis = np.zeros(n)
    basis[i] = 1.0
    return basis
