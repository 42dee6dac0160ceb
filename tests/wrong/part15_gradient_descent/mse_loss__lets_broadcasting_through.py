# Mistake: Never checks the shapes, so a column y broadcasts against X w into an n-by-n matrix.
# Clue: broadcasting
def mse_loss(X, y, w):
    X, y, w = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    if X.ndim != 2 or X.size == 0:
        raise ValueError("bad X")
    return float(np.mean((X @ w - y) ** 2))
