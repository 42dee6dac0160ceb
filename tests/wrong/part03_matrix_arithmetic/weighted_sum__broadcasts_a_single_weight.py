def weighted_sum(X, w):
    X, w = _matrix(X, "X"), _vector(w, "w")
    return (X * w).sum(axis=1)
