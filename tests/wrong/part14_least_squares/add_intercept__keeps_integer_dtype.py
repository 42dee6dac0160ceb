# Mistake: Keeps the input's integer dtype.
# Clue: float64
def add_intercept(X):
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    return np.hstack([np.ones((X.shape[0], 1), dtype=X.dtype), X])
