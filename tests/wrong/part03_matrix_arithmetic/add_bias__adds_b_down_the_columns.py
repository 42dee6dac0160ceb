# Mistake: Adds b[i] to row i (one bias per sample) instead of b[j] to column j.
# Clue: one entry per column
def add_bias(X, b):
    X, b = _matrix(X, "X"), _vector(b, "b")
    if b.shape[0] != X.shape[0]:
        raise ValueError("one bias per row")
    return X + b[:, np.newaxis]
