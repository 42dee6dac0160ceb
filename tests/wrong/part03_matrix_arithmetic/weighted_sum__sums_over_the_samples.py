# Mistake: Sums the weighted entries down the columns (over samples) instead of along each row.
# Clue: each sample gets one number
def weighted_sum(X, w):
    X, w = _matrix(X, "X"), _vector(w, "w")
    if w.shape[0] != X.shape[1]:
        raise ValueError("one weight per feature")
    return (X * w).sum(axis=0)
