# Mistake: Returns the squared Euclidean distances without the square root.
# Clue: square root
def pairwise_distances(X, Y, metric="euclidean"):
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1] or metric not in _METRICS:
        raise ValueError("bad input")
    difference = X[:, np.newaxis, :] - Y[np.newaxis, :, :]
    if metric == "manhattan":
        return np.abs(difference).sum(axis=2)
    if metric == "cosine":
        _refuse_zero_rows(X, "X")
        _refuse_zero_rows(Y, "Y")
        return np.clip(1.0 - _unit_rows(X, 2.0) @ _unit_rows(Y, 2.0).T, 0.0, 2.0)
    return (difference**2).sum(axis=2)
