# Mistake: Multiplies by w reshaped into a column, returning shape (m, 1) instead of (m,).
# Clue: what shape | expected shape
def weighted_sum(X, w):
    X, w = _matrix(X, "X"), _vector(w, "w")
    if w.shape[0] != X.shape[1]:
        raise ValueError("one weight per feature")
    return X @ w.reshape(-1, 1)
