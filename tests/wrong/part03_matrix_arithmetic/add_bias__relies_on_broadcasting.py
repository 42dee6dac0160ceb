def add_bias(X, b):
    return np.asarray(X, dtype=float) + np.asarray(b, dtype=float)
