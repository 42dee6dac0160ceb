# Mistake: Divides the caller's float arrays X and Y by their row norms in place.
# Clue: in place
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    if metric != "cosine":
        return _solved_pairwise_distances(X, Y, metric)
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    if X.ndim != 2 or Y.ndim != 2 or X.size == 0 or Y.size == 0 or X.shape[1] != Y.shape[1]:
        raise ValueError("bad shapes")
    _refuse_zero_rows(X, "X")
    _refuse_zero_rows(Y, "Y")
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    Y /= np.linalg.norm(Y, axis=1, keepdims=True)
    return np.clip(1.0 - X @ Y.T, 0.0, 2.0)
