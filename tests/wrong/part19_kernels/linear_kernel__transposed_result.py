def linear_kernel(X, Y):
    X, Y = _pair(X, Y)
    return Y @ X.T
