# Mistake: Takes the square root of the expanded squared distances without clipping at 0, so
#   rounding below 0 gives nan.
# Clue: rounding
def pairwise_distances(X, Y, metric="euclidean"):
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1] or metric not in _METRICS:
        raise ValueError("bad input")
    if metric == "manhattan":
        return np.abs(X[:, np.newaxis, :] - Y[np.newaxis, :, :]).sum(axis=2)
    if metric == "cosine":
        _refuse_zero_rows(X, "X")
        _refuse_zero_rows(Y, "Y")
        X_unit = X / np.linalg.norm(X, axis=1, keepdims=True)
        Y_unit = Y / np.linalg.norm(Y, axis=1, keepdims=True)
        return 1.0 - X_unit @ Y_unit.T
    squared = (X**2).sum(axis=1)[:, np.newaxis] + (Y**2).sum(axis=1) - 2 * X @ Y.T
    return np.sqrt(squared)
