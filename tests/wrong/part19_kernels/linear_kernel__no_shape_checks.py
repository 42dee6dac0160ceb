def linear_kernel(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return np.atleast_2d(X @ Y.T)
