def mse_loss(X, y, w):
    X, y, w = _problem(X, y, w)
    return float(np.sqrt(np.mean((X @ w - y) ** 2)))
