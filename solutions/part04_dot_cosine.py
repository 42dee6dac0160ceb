"""Part 4: Dot Product and Cosine Similarity.

The dot product measures how far two vectors point the same way; divided by
their lengths it becomes cosine similarity, the standard way to compare word
embeddings, documents and user profiles. This is the reference solution.
"""

import numpy as np


def _vector(values, name):
    """``values`` as a non-empty 1-D float array, or a ValueError naming the argument."""
    vector = np.asarray(values, dtype=float)
    if vector.ndim != 1:
        raise ValueError(f"{name} must be a 1-D vector, got an array of shape {vector.shape}")
    if vector.size == 0:
        raise ValueError(f"{name} is empty; a vector needs at least one entry")
    return vector


def _pair(u, v):
    """Two non-empty 1-D float vectors of the same length."""
    u, v = _vector(u, "u"), _vector(v, "v")
    if u.shape != v.shape:
        raise ValueError(f"u and v must have the same length, got shapes {u.shape} and {v.shape}")
    return u, v


def _unit(vector, name):
    """The unit vector pointing the same way as a non-zero ``vector``.

    Dividing by the largest absolute entry first changes no direction, but keeps
    the squares in the norm away from overflow (entries near 1e200) and
    underflow (entries near 1e-200).
    """
    largest = np.max(np.abs(vector))
    if largest == 0:
        raise ValueError(f"{name} is the zero vector, which has no direction")
    vector = vector / largest
    return vector / np.sqrt(vector @ vector)


def _unit_rows(X, name):
    """Each row of a 2-D float array divided by its length; ValueError on a zero row."""
    largest = np.max(np.abs(X), axis=1, keepdims=True)
    zero = np.flatnonzero(largest[:, 0] == 0)
    if zero.size:
        raise ValueError(
            f"row {zero[0]} of {name} (shape {X.shape}) is the zero vector, which has no direction"
        )
    X = X / largest
    return X / np.sqrt(np.sum(X * X, axis=1, keepdims=True))


def _matrix(values, name):
    """``values`` as a 2-D float array with at least one row and one column."""
    X = np.asarray(values, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array (one vector per row), got shape {X.shape}")
    if X.size == 0:
        raise ValueError(f"{name} is empty, got shape {X.shape}")
    return X


def _index(value, m, name):
    """An integer ``value`` with ``0 <= value < m``, as a Python int."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{name} must be an integer row index, got {value!r}")
    if not 0 <= value < m:
        raise ValueError(f"{name} must satisfy 0 <= {name} < {m}, got {value}")
    return int(value)


def dot(u, v):
    """Dot product of two vectors of the same length.

    The inputs are left unchanged.

    Parameters
    ----------
    u, v : array_like, shape (n,)
        Two 1-D vectors of equal length n >= 1. They are converted to float64
        first, so integer or boolean inputs (uint8 pixels, say) cannot overflow
        or wrap around.

    Returns
    -------
    float
        ``u[0] * v[0] + ... + u[n-1] * v[n-1]``.

    Raises
    ------
    ValueError
        If ``u`` or ``v`` is not 1-D or is empty, or if their lengths differ
        (a length-1 vector is not broadcast).

    Examples
    --------
    >>> dot([1, 2, 3], [4, 5, 6])
    32.0
    """
    u, v = _pair(u, v)
    return float(u @ v)


def cosine_similarity(u, v):
    """Cosine of the angle between two vectors: ``u . v / (||u|| ||v||)``.

    Vectors of any finite size work: entries near 1e200 or 1e-200 give the same
    cosine as entries near 1, so divide each vector by its largest absolute entry
    before squaring (the squares would overflow or underflow). The inputs are left
    unchanged.

    Parameters
    ----------
    u, v : array_like, shape (n,)
        Two non-zero 1-D vectors of equal length n >= 1.

    Returns
    -------
    float
        The cosine similarity, in ``[-1, 1]``: 1 for vectors pointing the same
        way, 0 for orthogonal vectors, -1 for opposite vectors. Rounding can
        push the quotient just outside this range (1.0000000000000002 for two
        parallel vectors); clip it back in.

    Raises
    ------
    ValueError
        If ``u`` or ``v`` is not 1-D or is empty, if their lengths differ, or if
        either is the zero vector.

    Examples
    --------
    >>> cosine_similarity([3, 4], [4, 3])
    0.96
    """
    u, v = _pair(u, v)
    similarity = _unit(u, "u") @ _unit(v, "v")
    return float(np.clip(similarity, -1.0, 1.0))


def cosine_similarity_matrix(X):
    """Cosine similarity of every pair of rows of a matrix.

    Rows of any finite size work, as in ``cosine_similarity``: entries near 1e200 or
    1e-200 give the same similarities as entries near 1. The inputs are left
    unchanged.

    Parameters
    ----------
    X : array_like, shape (m, n)
        m >= 1 non-zero vectors, one per row, n >= 1.

    Returns
    -------
    numpy.ndarray, shape (m, m), dtype float64
        Symmetric matrix whose entry ``(i, j)`` is the cosine similarity of rows
        ``i`` and ``j``; the diagonal is 1 and every entry is in ``[-1, 1]``
        (clip rounding errors into this range).

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or is empty, or if any row is the zero vector.

    Examples
    --------
    >>> cosine_similarity_matrix([[1, 0], [0, 2], [3, 4]])
    array([[1. , 0. , 0.6],
           [0. , 1. , 0.8],
           [0.6, 0.8, 1. ]])
    """
    U = _unit_rows(_matrix(X, "X"), "X")
    similarities = np.clip(U @ U.T, -1.0, 1.0)
    np.fill_diagonal(similarities, 1.0)  # every row points exactly its own way
    return similarities


def top_k_similar(query, embeddings, k):
    """Indices of the k rows of ``embeddings`` most similar in cosine to ``query``.

    The indices are ordered by decreasing cosine similarity, most similar first;
    rows with equal similarity (duplicate rows, say) are ordered by increasing
    index. Similarity is the cosine, not the dot product: a long row does not
    beat a short one that points closer to the query's direction.
    The inputs are left unchanged.

    Parameters
    ----------
    query : array_like, shape (d,)
        A non-zero query vector, d >= 1.
    embeddings : array_like, shape (m, d)
        m >= 1 non-zero candidate vectors, one per row.
    k : int
        How many indices to return, ``1 <= k <= m``.

    Returns
    -------
    numpy.ndarray, shape (k,), dtype int64
        Row indices into ``embeddings``, most similar first.

    Raises
    ------
    ValueError
        If ``query`` is not 1-D or ``embeddings`` is not 2-D, if either is
        empty, if their dimensions differ, if ``query`` or any row of
        ``embeddings`` is the zero vector, or if ``k`` is not an integer with
        ``1 <= k <= m``.

    Examples
    --------
    >>> top_k_similar([1, 0], [[0, 1], [1, 1], [2, 0], [-1, 0]], 2)
    array([2, 1])
    """
    query = _vector(query, "query")
    embeddings = _matrix(embeddings, "embeddings")
    if embeddings.shape[1] != query.shape[0]:
        raise ValueError(
            f"query has {query.shape[0]} entries but the rows of embeddings have "
            f"{embeddings.shape[1]} (shapes {query.shape} and {embeddings.shape})"
        )
    m = embeddings.shape[0]
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= m:
        raise ValueError(f"k must be an integer with 1 <= k <= {m}, got {k!r}")
    similarities = _unit_rows(embeddings, "embeddings") @ _unit(query, "query")
    # A stable sort of the negated similarities: largest first, ties by increasing index.
    order = np.argsort(-similarities, kind="stable")
    return order[:k].astype(np.int64)


def analogy(embeddings, a, b, c):
    """Solve "a is to b as c is to ?" with word vectors.

    The answer is the index of the row whose cosine similarity with the target
    ``embeddings[b] - embeddings[a] + embeddings[c]`` is largest, among all rows
    except ``a``, ``b`` and ``c``. The target is built from the rows as given,
    not from normalised copies. On a tie the lower index wins.
    The inputs are left unchanged.

    Parameters
    ----------
    embeddings : array_like, shape (m, d)
        m non-zero embedding vectors, one per row, d >= 1.
    a, b, c : int
        Row indices, each with ``0 <= index < m``; they may repeat.

    Returns
    -------
    int
        The index of the answer row, different from ``a``, ``b`` and ``c``.

    Raises
    ------
    ValueError
        If ``embeddings`` is not 2-D or is empty, if any row is the zero vector,
        if ``a``, ``b`` or ``c`` is not an integer in ``[0, m)`` (negative
        indices do not count from the end), if no row other than ``a``, ``b``
        and ``c`` exists, or if the target vector is zero.

    Examples
    --------
    >>> analogy([[1, 0], [3, 0], [1, 1], [3, 1], [0, -1]], 0, 1, 2)
    3
    """
    embeddings = _matrix(embeddings, "embeddings")
    m = embeddings.shape[0]
    a, b, c = (_index(value, m, name) for value, name in ((a, "a"), (b, "b"), (c, "c")))
    excluded = [a, b, c]
    if len(set(excluded)) == m:
        raise ValueError(f"all {m} rows are among a, b and c: no candidate answer is left")
    units = _unit_rows(embeddings, "embeddings")
    target = embeddings[b] - embeddings[a] + embeddings[c]
    if not np.any(target):
        raise ValueError("the target embeddings[b] - embeddings[a] + embeddings[c] is zero")
    scores = units @ _unit(target, "the target")
    scores[excluded] = -np.inf
    return int(np.argmax(scores))  # argmax returns the first (lowest) index on a tie


def angle_between(u, v):
    """Angle between two non-zero vectors, in radians.

    The inputs are left unchanged.

    Parameters
    ----------
    u, v : array_like, shape (n,)
        Two non-zero 1-D vectors of equal length n >= 1.

    Returns
    -------
    float
        The angle in ``[0, pi]``: 0 for vectors pointing the same way, pi / 2
        for orthogonal vectors, pi for opposite vectors. Clip the cosine into
        ``[-1, 1]`` before taking its arccosine, or parallel vectors give NaN.

    Raises
    ------
    ValueError
        If ``u`` or ``v`` is not 1-D or is empty, if their lengths differ, or if
        either is the zero vector.

    Examples
    --------
    >>> angle_between([1, 0], [0, 2])
    1.5707963267948966
    """
    u, v = _pair(u, v)
    cosine = np.clip(_unit(u, "u") @ _unit(v, "v"), -1.0, 1.0)
    return float(np.arccos(cosine))
