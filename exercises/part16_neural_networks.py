"""Part 16: Neural Networks as Matrix Functions.

A multilayer perceptron is a chain of matrix products, bias additions and elementwise
non-linearities, applied to a whole batch at once. Backpropagation is the chain rule
written with the same matrices transposed, and getting every shape right is most of
the work. Fill in each function below, then run ``la4ml grade 16``.

Every function follows the course's conventions (the Conventions page of the course
site, docs/conventions.md): inputs left unchanged, the types accepted, what
"vectorised" means, signs, ties and tolerances. A docstring says "see conventions"
where it relies on one of them.
"""

import numpy as np


def init_mlp(layer_sizes, seed=0):
    """He-initialised weights and zero biases for a multilayer perceptron.

    For sizes ``[s0, s1, ..., sL]`` there are L layers; layer l maps ``s(l-1)``
    inputs to ``s(l)`` outputs. Create one generator
    ``rng = np.random.default_rng(seed)`` and, layer by layer in order, draw
    ``W = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))``, that is
    entries from N(0, 2 / fan_in), and set ``b = np.zeros(fan_out)``.

    Parameters
    ----------
    layer_sizes : sequence of int
        At least two positive integers: the input size, then each layer's width.
    seed : int, optional
        Seed for ``np.random.default_rng``. Default 0.

    Returns
    -------
    list of tuple
        L pairs ``(W, b)``: W a numpy.ndarray of shape (fan_in, fan_out) and b a
        numpy.ndarray of shape (fan_out,), both dtype float64.

    Raises
    ------
    ValueError
        If ``layer_sizes`` has fewer than two entries or an entry that is not a
        positive integer (a float such as 2.5 or a bool is not accepted).

    Examples
    --------
    >>> params = init_mlp([4, 3, 2])
    >>> [(W.shape, b.shape) for W, b in params]
    [((4, 3), (3,)), ((3, 2), (2,))]
    """
    raise NotImplementedError


def relu(Z):
    """Rectified linear unit, elementwise: ``max(Z, 0)``.

    The inputs are left unchanged.

    Parameters
    ----------
    Z : array_like, any shape
        Pre-activations.

    Returns
    -------
    numpy.ndarray, same shape as Z, dtype float64
        A new array with every negative entry replaced by 0.

    Raises
    ------
    ValueError
        If ``Z`` is empty.

    Examples
    --------
    >>> relu([-1, 0, 2])
    array([0., 0., 2.])
    """
    raise NotImplementedError


def relu_grad(Z):
    """Derivative of ReLU, elementwise: 1 where ``Z > 0``, else 0 (0 at ``Z == 0``).

    The inputs are left unchanged.

    Parameters
    ----------
    Z : array_like, any shape
        Pre-activations.

    Returns
    -------
    numpy.ndarray, same shape as Z, dtype float64
        Ones where ``Z > 0`` and zeros elsewhere.

    Raises
    ------
    ValueError
        If ``Z`` is empty.

    Examples
    --------
    >>> relu_grad([-1, 0, 2])
    array([0., 0., 1.])
    """
    raise NotImplementedError


def softmax(Z):
    """Row-wise softmax: ``exp(Z[i, j]) / sum_k exp(Z[i, k])``, stable for large inputs.

    Subtract each row's maximum before exponentiating: the result is unchanged
    mathematically, and ``exp`` can no longer overflow, so rows such as
    ``[1000, 1000]`` give ``[0.5, 0.5]`` instead of NaN. The inputs are left unchanged.

    Parameters
    ----------
    Z : array_like, shape (n, c)
        Logits, one sample per row, n >= 1 and c >= 1.

    Returns
    -------
    numpy.ndarray, shape (n, c), dtype float64
        Probabilities: every entry in [0, 1] and every row summing to 1.

    Raises
    ------
    ValueError
        If ``Z`` is not 2-D or is empty.

    Examples
    --------
    >>> softmax([[1000, 1000], [0, np.log(3)]])
    array([[0.5 , 0.5 ],
           [0.25, 0.75]])
    """
    raise NotImplementedError


def cross_entropy(probs, labels):
    """Mean cross-entropy of predicted probabilities against integer class labels.

    The result is ``-mean_i log(probs[i, labels[i]])``. Probabilities are clipped
    below at 1e-12 before the logarithm, so a zero probability gives a large finite
    loss rather than infinity. The inputs are left unchanged.

    Parameters
    ----------
    probs : array_like, shape (n, c)
        Predicted class probabilities, one sample per row, n >= 1 and c >= 1.
    labels : array_like, shape (n,)
        Class indices: whole numbers (an integer dtype, or floats such as 1.0),
        each in ``0 <= labels[i] < c``.

    Returns
    -------
    float
        A Python float >= 0.

    Raises
    ------
    ValueError
        If ``probs`` is not 2-D or is empty, if ``labels`` is not 1-D or does not
        have n entries, or if a label is not a whole number in ``[0, c)``.

    Examples
    --------
    >>> cross_entropy([[0.5, 0.5], [0.5, 0.5]], [0, 1])
    0.6931471805599453
    """
    raise NotImplementedError


def dense_forward(X, W, b):
    """Forward pass of a dense (fully connected) layer: ``Z = X @ W + b``.

    The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, fan_in)
        A batch of inputs, one sample per row.
    W : array_like, shape (fan_in, fan_out)
        Weights.
    b : array_like, shape (fan_out,)
        Biases, added to every row.

    Returns
    -------
    numpy.ndarray, shape (n, fan_out), dtype float64
        The pre-activations Z.

    Raises
    ------
    ValueError
        If ``X`` or ``W`` is not 2-D, if ``b`` is not 1-D, or if the shapes do not
        fit together.

    Examples
    --------
    >>> dense_forward([[1, 2]], [[1, 0, 1], [0, 1, 1]], [0, 0, 1])
    array([[1., 2., 4.]])
    """
    raise NotImplementedError


def dense_backward(dZ, X, W):
    """Backward pass of a dense layer ``Z = X @ W + b``.

    Given ``dZ``, the gradient of the loss with respect to Z, return the gradients
    with respect to the layer's input and parameters: ``dX = dZ @ W.T``,
    ``dW = X.T @ dZ`` and ``db = dZ.sum(axis=0)``. The batch sum in dW and db is
    deliberate: any averaging over the batch is already inside dZ.
    The inputs are left unchanged.

    Parameters
    ----------
    dZ : array_like, shape (n, fan_out)
        Gradient of the loss with respect to the layer's output.
    X : array_like, shape (n, fan_in)
        The input the layer saw in the forward pass.
    W : array_like, shape (fan_in, fan_out)
        The layer's weights.

    Returns
    -------
    dX : numpy.ndarray, shape (n, fan_in), dtype float64
        Gradient with respect to X.
    dW : numpy.ndarray, shape (fan_in, fan_out), dtype float64
        Gradient with respect to W.
    db : numpy.ndarray, shape (fan_out,), dtype float64
        Gradient with respect to b.

    Raises
    ------
    ValueError
        If any input is not 2-D, or if the shapes do not fit together.

    Examples
    --------
    >>> dense_backward([[1, 0, 1]], [[1, 2]], [[1, 0, 1], [0, 1, 1]])
    (array([[2., 1.]]), array([[1., 0., 1.],
           [2., 0., 2.]]), array([1., 0., 1.]))
    """
    raise NotImplementedError


def mlp_forward(X, params):
    """Logits of a multilayer perceptron, with ReLU between the layers.

    ``H = X``; for every layer but the last, ``H = relu(H @ W + b)``; the last layer
    gives the logits ``H @ W + b`` with no activation. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, s0)
        A batch of inputs, one sample per row.
    params : list of tuple
        Pairs ``(W, b)`` as from ``init_mlp``, at least one; W of layer l has shape
        ``(s(l-1), s(l))`` and b shape ``(s(l),)``.

    Returns
    -------
    numpy.ndarray, shape (n, sL), dtype float64
        The logits.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D, if ``params`` is empty, or if the shapes of ``X`` and
        the layers do not fit together.

    Examples
    --------
    >>> params = [(np.eye(2), np.zeros(2)), (np.ones((2, 1)), np.array([0.5]))]
    >>> mlp_forward([[1, -1]], params)
    array([[1.5]])
    """
    raise NotImplementedError


def mlp_gradients(X, labels, params):
    """Gradients of the mean softmax cross-entropy of an MLP, by backpropagation.

    The loss is ``cross_entropy(softmax(mlp_forward(X, params)), labels)``. Its
    gradient with respect to the logits is ``(softmax(logits) - onehot(labels)) / n``;
    propagate it back through each layer with ``dense_backward``, multiplying by
    ``relu_grad`` of each hidden layer's pre-activation (so the derivative at 0 is 0).
    No clipping is involved. The inputs are left unchanged.

    Parameters
    ----------
    X : array_like, shape (n, s0)
        A batch of inputs, one sample per row, n >= 1.
    labels : array_like, shape (n,)
        Class indices: whole numbers, each in ``0 <= labels[i] < sL``.
    params : list of tuple
        Pairs ``(W, b)`` as from ``init_mlp``, at least one.

    Returns
    -------
    list of tuple
        One pair ``(dW, db)`` per layer, in the order of ``params``, each with the
        shapes of ``(W, b)`` and dtype float64.

    Raises
    ------
    ValueError
        If ``X`` is not 2-D or has no rows, if ``params`` is empty, if the shapes of
        ``X``, ``labels`` and the layers do not fit together, or if a label is not a
        whole number in ``[0, sL)``.

    Examples
    --------
    >>> params = [(np.zeros((2, 2)), np.zeros(2))]
    >>> mlp_gradients([[1, 2]], [0], params)
    [(array([[-0.5,  0.5],
           [-1. ,  1. ]]), array([-0.5,  0.5]))]
    """
    raise NotImplementedError
