# Mistake: Computes X @ W + b on whatever it gets, so a 1-D X is accepted.
# Clue: X is (n, fan_in)
def dense_forward(X, W, b):
    return np.asarray(X, dtype=float) @ np.asarray(W, dtype=float) + np.asarray(b, dtype=float)
