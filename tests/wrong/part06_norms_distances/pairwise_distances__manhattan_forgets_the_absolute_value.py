# Mistake: Sums the signed differences for the Manhattan metric without taking absolute values.
# Clue: absolute values
_solved_pairwise_distances = pairwise_distances


def pairwise_distances(X, Y, metric="euclidean"):
    if metric == "manhattan":
        X, Y = _matrix(X, "X"), _matrix(Y, "Y")
        if X.shape[1] != Y.shape[1]:
            raise ValueError("X and Y need the same number of columns")
        return (X[:, np.newaxis, :] - Y[np.newaxis, :, :]).sum(axis=2)
    return _solved_pairwise_distances(X, Y, metric)
