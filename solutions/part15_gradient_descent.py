"""Part 15: Gradient Descent in Linear Models.

Training a model means walking downhill on its loss. For a linear model with mean
squared error the gradient is one matrix expression, ``(2 / n) * X.T @ (X @ w - y)``,
and the eigenvalues of the Hessian decide which learning rates converge. Full-batch
and mini-batch descent are the same update on different slices of the data. This is the
reference solution.
"""

import numpy as np


def _design(X):
    """``X`` as a 2-D float array with at least one row and one column."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D array (n, d), got an array of shape {X.shape}")
    if X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError(f"X needs at least one row and one column, got shape {X.shape}")
    return X


def _targets(X, y):
    """``y`` as a float vector with one target per row of ``X``."""
    y = np.asarray(y, dtype=float)
    if y.shape != (X.shape[0],):
        raise ValueError(
            f"y must have shape ({X.shape[0]},) for X of shape {X.shape}, got shape {y.shape}"
        )
    return y


def _weights(X, w, name="w"):
    """``w`` as a float vector with one weight per column of ``X``."""
    w = np.asarray(w, dtype=float)
    if w.shape != (X.shape[1],):
        raise ValueError(
            f"{name} must have shape ({X.shape[1]},) for X of shape {X.shape}, got shape {w.shape}"
        )
    return w


def _problem(X, y, w):
    X = _design(X)
    return X, _targets(X, y), _weights(X, w)


def _learning_rate(lr):
    if np.ndim(lr) != 0 or not lr > 0:
        raise ValueError(f"the learning rate lr must be a single number > 0, got {lr!r}")
    return float(lr)


def _count(value, name):
    """``value`` as an int >= 0, or a ValueError naming the parameter."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be >= 0, got {value}")
    return int(value)


def _loss(X, y, w):
    """The mean squared residual of validated arrays, as a Python float."""
    residual = X @ w - y
    return float(residual @ residual / y.shape[0])


def _gradient(X, y, w):
    """``(2 / n) X^T (X w - y)`` for validated arrays."""
    return (2.0 / y.shape[0]) * (X.T @ (X @ w - y))


def mse_loss(X, y, w):
    """Mean squared error of a linear model: ``mean((X @ w - y)**2)``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    w : array_like, shape (d,)
        Weights.

    Returns
    -------
    float
        A Python float, the mean over the n samples of the squared residual.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows or no columns, if ``y`` or ``w`` is not
        1-D, or if the lengths of ``y`` and ``w`` do not match n and d.

    Examples
    --------
    >>> mse_loss([[1, 2], [3, 4]], [1, 1], [1, 0])
    2.0
    """
    X, y, w = _problem(X, y, w)
    return _loss(X, y, w)


def mse_gradient(X, y, w):
    """Gradient of ``mse_loss`` with respect to w: ``(2 / n) * X.T @ (X @ w - y)``.

    Vectorised (see conventions): no Python loop, neither over the samples nor over
    the features, in this function or in the functions of your module that it uses.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    w : array_like, shape (d,)
        Weights.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The gradient.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows or no columns, if ``y`` or ``w`` is not
        1-D, or if the lengths of ``y`` and ``w`` do not match n and d.

    Examples
    --------
    >>> mse_gradient([[1, 2], [3, 4]], [1, 1], [1, 0])
    array([6., 8.])
    """
    X, y, w = _problem(X, y, w)
    return _gradient(X, y, w)


def gradient_descent(X, y, lr, n_steps, w0=None):
    """Full-batch gradient descent on the mean squared error.

    Starting from ``w0`` (zeros if None), repeat ``n_steps`` times
    ``w = w - lr * mse_gradient(X, y, w)``, recording the loss before the first step
    and after every step. A learning rate that is too large makes the losses grow;
    that is not an error.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    lr : float
        Learning rate, ``lr > 0``.
    n_steps : int
        Number of updates, ``n_steps >= 0``.
    w0 : array_like, shape (d,), optional
        Starting weights; it is not modified. Default None, meaning ``np.zeros(d)``.

    Returns
    -------
    w : numpy.ndarray, shape (d,), dtype float64
        The weights after ``n_steps`` updates, a new array (never ``w0`` itself,
        even when ``n_steps`` is 0).
    losses : numpy.ndarray, shape (n_steps + 1,), dtype float64
        ``losses[0]`` is the loss at ``w0`` and ``losses[t]`` the loss after t
        updates.

    Raises
    ------
    ValueError
        If the shapes of ``X``, ``y`` or ``w0`` are wrong or do not match, if ``X``
        has no rows or no columns, if ``lr <= 0``, or if ``n_steps`` is not an
        integer >= 0.

    Examples
    --------
    >>> gradient_descent([[1]], [2], 0.25, 2)
    (array([1.5]), array([4.  , 1.  , 0.25]))
    """
    X = _design(X)
    y = _targets(X, y)
    w = np.zeros(X.shape[1]) if w0 is None else _weights(X, w0, "w0").copy()
    lr = _learning_rate(lr)
    n_steps = _count(n_steps, "n_steps")
    losses = np.empty(n_steps + 1)
    losses[0] = _loss(X, y, w)
    for t in range(1, n_steps + 1):
        w = w - lr * _gradient(X, y, w)
        losses[t] = _loss(X, y, w)
    return w, losses


def minibatch_sgd(X, y, lr, n_epochs, batch_size, seed=0):
    """Mini-batch stochastic gradient descent on the mean squared error.

    Create one generator ``rng = np.random.default_rng(seed)`` and start from
    ``w = np.zeros(d)``. At the start of every epoch draw a fresh order
    ``perm = rng.permutation(n)``, cut it into consecutive batches of ``batch_size``
    indices (the last batch holds the remainder and may be smaller) and, for each
    batch in turn, update ``w = w - lr * mse_gradient(X[batch], y[batch], w)``. An
    epoch therefore makes ``ceil(n / batch_size)`` updates.
    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    lr : float
        Learning rate, ``lr > 0``.
    n_epochs : int
        Number of passes over the data, ``n_epochs >= 0``.
    batch_size : int
        Samples per batch, ``1 <= batch_size <= n``.
    seed : int, optional
        Seed for ``np.random.default_rng``. Default 0.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The final weights.

    Raises
    ------
    ValueError
        If the shapes of ``X`` or ``y`` are wrong or do not match, if ``X`` has no
        rows or no columns, if ``lr <= 0``, if ``n_epochs`` is not an integer >= 0, or if
        ``batch_size`` is not an integer with ``1 <= batch_size <= n``.

    Examples
    --------
    >>> minibatch_sgd([[1], [1]], [2, 2], lr=0.25, n_epochs=1, batch_size=1)
    array([1.5])
    """
    X = _design(X)
    y = _targets(X, y)
    lr = _learning_rate(lr)
    n_epochs = _count(n_epochs, "n_epochs")
    n = X.shape[0]
    batch_size = _count(batch_size, "batch_size")
    if not 1 <= batch_size <= n:
        raise ValueError(f"batch_size must satisfy 1 <= batch_size <= n = {n}, got {batch_size}")
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            w = w - lr * _gradient(X[batch], y[batch], w)
    return w


def numerical_gradient_mse(X, y, w, eps=1e-6):
    """Gradient of ``mse_loss`` by central differences, to check ``mse_gradient``.

    Entry j is ``(mse_loss(X, y, w + eps * e_j) - mse_loss(X, y, w - eps * e_j))
    / (2 * eps)``, where ``e_j`` is the j-th standard basis vector. The MSE is a
    quadratic function of w, so this central difference equals the exact gradient for
    every ``eps > 0``, up to rounding; a one-sided difference does not. Rule of this
    exercise: evaluate the loss yourself and do not call ``mse_gradient`` (a check
    must not use the formula it checks).

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.
    y : array_like, shape (n,)
        Targets.
    w : array_like, shape (d,)
        The point at which to differentiate; it is not modified.
    eps : float, optional
        Step size, ``eps > 0``. Default 1e-6.

    Returns
    -------
    numpy.ndarray, shape (d,), dtype float64
        The estimated gradient.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows or no columns, if ``y`` or ``w`` is not
        1-D, if the lengths of ``y`` and ``w`` do not match n and d, or if
        ``eps <= 0``.

    Examples
    --------
    >>> numerical_gradient_mse([[1, 2], [3, 4]], [1, 1], [1, 0])
    array([6., 8.])
    """
    X, y, w = _problem(X, y, w)
    if np.ndim(eps) != 0 or not eps > 0:
        raise ValueError(f"eps must be a single number > 0, got {eps!r}")
    gradient = np.empty(w.shape[0])
    for j in range(w.shape[0]):
        step = np.zeros(w.shape[0])
        step[j] = eps
        gradient[j] = (_loss(X, y, w + step) - _loss(X, y, w - step)) / (2 * eps)
    return gradient


def max_stable_learning_rate(X):
    """Largest learning rate for which gradient descent on the MSE converges.

    The Hessian of ``mse_loss`` is ``H = (2 / n) * X.T @ X``, and gradient descent
    converges for every start exactly when ``0 < lr < 2 / lambda_max(H)``. Return
    ``2 / lambda_max(H)``, with ``lambda_max`` the largest eigenvalue of the symmetric
    matrix H (``np.linalg.eigvalsh``). The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, d)
        Design matrix with samples as rows, n >= 1 and d >= 1.

    Returns
    -------
    float
        A Python float, ``2 / lambda_max(H)``; ``float("inf")`` when X is all zeros,
        since the loss is then flat and every learning rate is stable.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows or no columns.

    Examples
    --------
    >>> max_stable_learning_rate([[1, 0], [0, 2]])
    0.5
    """
    X = _design(X)
    hessian = (2.0 / X.shape[0]) * (X.T @ X)
    largest = np.linalg.eigvalsh(hessian)[-1]
    if largest <= 0.0:
        return float("inf")
    return float(2.0 / largest)
