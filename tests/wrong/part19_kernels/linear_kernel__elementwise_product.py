def linear_kernel(X, Y):
    X, Y = _pair(X, Y)
    return (X * Y).sum(axis=1, keepdims=True) * np.ones((1, len(Y)))
