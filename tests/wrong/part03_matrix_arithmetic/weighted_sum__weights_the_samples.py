# Mistake: Computes w @ X, which weights the rows (samples) instead of the columns (features).
# Clue: which entries are multiplied together
def weighted_sum(X, w):
    X, w = _matrix(X, "X"), _vector(w, "w")
    if w.shape[0] != X.shape[1]:
        raise ValueError("one weight per feature")
    return w @ X
