# Mistake: Never compares the numbers of columns, so a single column of Y broadcasts against every
#   column of X.
# Clue: same number of columns
def pairwise_distances(X, Y, metric="euclidean"):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.size == 0 or Y.size == 0 or metric not in _METRICS:
        raise ValueError("bad input")
    difference = X[:, np.newaxis, :] - Y[np.newaxis, :, :]
    if metric == "manhattan":
        return np.abs(difference).sum(axis=2)
    if metric == "euclidean":
        return np.sqrt((difference**2).sum(axis=2))
    _refuse_zero_rows(X, "X")
    _refuse_zero_rows(Y, "Y")
    return np.clip(1.0 - _unit_rows(X, 2.0) @ _unit_rows(Y, 2.0).T, 0.0, 2.0)
