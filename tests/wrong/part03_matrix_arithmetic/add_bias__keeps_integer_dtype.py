# Mistake: Never converts to float, so integer input gives an integer result.
# Clue: float64
def add_bias(X, b):
    X, b = np.asarray(X), np.asarray(b)
    if X.ndim != 2 or X.size == 0 or b.ndim != 1 or b.shape[0] != X.shape[1]:
        raise ValueError("bad shapes")
    return X + b
