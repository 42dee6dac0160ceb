# Mistake: Returns 1 minus the cosine without clipping, so rounding gives tiny negative distances.
# Clue: never negative | clip
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    if metric != "cosine":
        return _solved_pairwise_distances(X, Y, metric)
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y need the same number of columns")
    _refuse_zero_rows(X, "X")
    _refuse_zero_rows(Y, "Y")
    norms_x = np.sqrt(np.sum(X**2, axis=1))
    norms_y = np.sqrt(np.sum(Y**2, axis=1))
    return 1.0 - (X @ Y.T) / np.outer(norms_x, norms_y)
