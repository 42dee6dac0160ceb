def mse_gradient(X, y, w):
    X, y, w = _problem(X, y, w)
    return X.T @ (X @ w - y) / len(y)
