# Mistake: Starts from the first column's rank instead of 0, so a zero first column is never
#   reported as redundant.
# Clue: no columns at all
def redundant_features(X, tol=1e-10):
    X = _vectors(X, "X")
    tol = _tolerance(tol)
    redundant = []
    rank = _rank(X[:, :1], tol)
    for j in range(1, X.shape[1]):
        new_rank = _rank(X[:, : j + 1], tol)
        if new_rank == rank:
            redundant.append(j)
        rank = new_rank
    return np.array(redundant, dtype=np.int64)
