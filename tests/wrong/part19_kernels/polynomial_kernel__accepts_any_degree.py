def polynomial_kernel(X, Y, degree=3, coef0=1.0):
    X, Y = _pair(X, Y)
    return (X @ Y.T + coef0) ** degree
