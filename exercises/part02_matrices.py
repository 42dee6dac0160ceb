"""Part 2: Matrices as Data & Transformations.

A matrix plays two roles in machine learning: it stores data (a grayscale image,
a dataset with one sample per row) and it transforms data (a rotation, a
scaling, a linear layer). Fill in each function below, then run ``la4ml grade 2``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def flatten_images(images):
    """Flatten a stack of images into a data matrix with one image per row.

    Each image is read row by row (row-major, C order): row ``i`` of the result
    holds ``images[i, 0, :]``, then ``images[i, 1, :]``, and so on, so that
    entry ``(r, c)`` of image ``i`` lands in column ``r * W + c``.
    The inputs are left unchanged.

    Parameters
    ----------
    images : array_like, shape (N, H, W)
        N >= 1 grayscale images of height H >= 1 and width W >= 1. Integer
        images (such as uint8 pixels 0-255) are allowed.

    Returns
    -------
    numpy.ndarray, shape (N, H * W), dtype float64
        The data matrix. A new array: writing into it never changes ``images``.

    Raises
    ------
    ValueError
        If ``images`` is not 3-D (a single 2-D image included) or any of N, H,
        W is 0.

    Examples
    --------
    >>> flatten_images([[[1, 2], [3, 4]]])
    array([[1., 2., 3., 4.]])
    """
    raise NotImplementedError


def unflatten_images(X, height, width):
    """Turn a data matrix back into a stack of images: the inverse of ``flatten_images``.

    Row ``i`` of ``X`` becomes image ``i``: its first ``width`` entries are the
    image's top row, the next ``width`` entries its second row, and so on.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (N, height * width)
        N >= 1 flattened images, one per row, each stored row-major.
    height : int
        The image height, an int >= 1.
    width : int
        The image width, an int >= 1.

    Returns
    -------
    numpy.ndarray, shape (N, height, width), dtype float64
        The images. A new array: writing into it never changes ``X``.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows, if ``height`` or ``width`` is not an
        integer >= 1, or if the number of columns of ``X`` is not
        ``height * width``.

    Examples
    --------
    >>> unflatten_images([[1, 2, 3, 4, 5, 6]], 2, 3)
    array([[[1., 2., 3.],
            [4., 5., 6.]]])
    """
    raise NotImplementedError


def to_grayscale(rgb):
    """Convert a colour image to grayscale with the luma weights 0.299, 0.587, 0.114.

    Pixel ``(i, j)`` of the result is
    ``0.299 * R[i, j] + 0.587 * G[i, j] + 0.114 * B[i, j]``, in the same units
    as the input (0-1 or 0-255 alike), never rounded. The inputs are left unchanged.

    Parameters
    ----------
    rgb : array_like, shape (H, W, 3)
        A colour image with H >= 1 rows, W >= 1 columns and the channels red,
        green, blue on the last axis. Integer images (uint8) are allowed.

    Returns
    -------
    numpy.ndarray, shape (H, W), dtype float64
        The grayscale image.

    Raises
    ------
    ValueError
        If ``rgb`` is not 3-D, the last axis does not have length 3 (an RGBA
        image with 4 channels included), or H or W is 0.

    Examples
    --------
    >>> to_grayscale([[[1, 1, 1], [1, 0, 0]]])
    array([[1.   , 0.299]])
    """
    raise NotImplementedError


def rotation_matrix(theta):
    """The 2x2 matrix that rotates column vectors counter-clockwise by ``theta`` radians.

    ``rotation_matrix(theta) @ [1, 0]`` is ``[cos(theta), sin(theta)]``: the
    matrix is ``[[cos, -sin], [sin, cos]]``.

    Parameters
    ----------
    theta : float
        The angle in radians (not degrees); positive angles turn
        counter-clockwise, negative angles clockwise.

    Returns
    -------
    numpy.ndarray, shape (2, 2), dtype float64
        The rotation matrix.

    Raises
    ------
    ValueError
        If ``theta`` is not a single finite number: an array of angles, NaN
        or an infinity.

    Examples
    --------
    >>> np.round(rotation_matrix(np.pi / 2), 12)
    array([[ 0., -1.],
           [ 1.,  0.]])
    """
    raise NotImplementedError


def scaling_matrix(factors):
    """The diagonal matrix that scales axis ``i`` by ``factors[i]``.

    Factors may be negative (a reflection) or zero (a collapse onto the other
    axes). The inputs are left unchanged.

    Parameters
    ----------
    factors : array_like, shape (n,)
        n >= 1 scale factors, one per axis.

    Returns
    -------
    numpy.ndarray, shape (n, n), dtype float64
        A matrix with ``factors`` on the diagonal and zeros elsewhere.

    Raises
    ------
    ValueError
        If ``factors`` is not 1-D (a single number or a matrix) or is empty.

    Examples
    --------
    >>> scaling_matrix([2, 3])
    array([[2., 0.],
           [0., 3.]])
    """
    raise NotImplementedError


def transform_points(A, points):
    """Apply the linear map ``x -> A @ x`` to every point, with points stored as rows.

    For points stacked as the rows of a matrix P, the transformed points are
    the rows of ``P @ A.T``; this is exactly how a linear layer acts on a batch.
    ``A`` need not be square: it maps R^n to R^m. The inputs are left unchanged.

    Parameters
    ----------
    A : array_like, shape (m, n)
        The matrix of the map, m >= 1, n >= 1.
    points : array_like, shape (k, n)
        k >= 1 points in R^n, one per row (a single point too is a 2-D array
        of one row).

    Returns
    -------
    numpy.ndarray, shape (k, m), dtype float64
        Row ``i`` is ``A @ points[i]``.

    Raises
    ------
    ValueError
        If ``A`` or ``points`` is not 2-D or is empty, or if the number of
        columns of ``points`` differs from the number of columns of ``A``
        (points stored as columns included).

    Examples
    --------
    >>> transform_points([[2, 0], [0, 3]], [[1, 1], [1, -1]])
    array([[ 2.,  3.],
           [ 2., -3.]])
    """
    raise NotImplementedError
