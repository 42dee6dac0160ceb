# Mistake: Divides by zero norms for the cosine metric instead of refusing zero rows.
# Clue: non-zero rows
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    if metric != "cosine":
        return _solved_pairwise_distances(X, Y, metric)
    X, Y = _matrix(X, "X"), _matrix(Y, "Y")
    if X.shape[1] != Y.shape[1]:
        raise ValueError("X and Y need the same number of columns")
    with np.errstate(invalid="ignore", divide="ignore"):
        X_unit = X / np.linalg.norm(X, axis=1, keepdims=True)
        Y_unit = Y / np.linalg.norm(Y, axis=1, keepdims=True)
    return np.clip(1.0 - X_unit @ Y_unit.T, 0.0, 2.0)
