"""Part 15: Gradient Descent in Linear Models.

Training a model means walking downhill on its loss. For a linear model with mean
squared error the gradient is one matrix expression, ``(2 / n) * X.T @ (X @ w - y)``,
and the eigenvalues of the Hessian decide which learning rates converge. Full-batch
and mini-batch descent are the same update on different slices of the data. Fill in
each function below, then run ``la4ml grade 15``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError


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
    raise NotImplementedError
