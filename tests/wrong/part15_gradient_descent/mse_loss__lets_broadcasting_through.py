def mse_loss(X, y, w):
    X, y, w = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 2 or X.size == 0:
        raise ValueError("bad X")
    return float(np.mean((X @ w - y) ** 2))
