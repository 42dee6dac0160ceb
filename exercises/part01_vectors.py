"""Part 1: Vectors, Scalars, and Spaces.

A feature vector, a weight vector and a data point are all the same object:
an ordered list of real numbers that can be added and scaled. Fill in each
function below, then run ``la4ml grade 1``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
