# Mistake: Loops over the rows of X in Python instead of computing all pairs at once.
# Clue: vectorised
def pairwise_distances(X, Y, metric="euclidean"):
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1] or metric not in _METRICS:
        raise ValueError("bad input")
    if metric == "cosine":
        _refuse_zero_rows(X, "X")
        _refuse_zero_rows(Y, "Y")
    order = {"euclidean": 2, "manhattan": 1}.get(metric)
    out = np.empty((X.shape[0], Y.shape[0]))
    for i in range(X.shape[0]):
        if metric == "cosine":
            out[i] = 1.0 - (Y @ X[i]) / (np.linalg.norm(Y, axis=1) * np.linalg.norm(X[i]))
        else:
            out[i] = np.linalg.norm(Y - X[i], ord=order, axis=1)
    return np.maximum(out, 0.0)
