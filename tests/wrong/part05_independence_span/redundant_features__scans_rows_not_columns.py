# Mistake: Walks through the rows instead of the columns.
# Clue: combinations of earlier columns
def redundant_features(X, tol=1e-10):
    X = _vectors(X, "X")
    tol = _tolerance(tol)
    redundant = []
    rank = 0
    for i in range(X.shape[0]):
        new_rank = _rank(X[: i + 1], tol)
        if new_rank == rank:
            redundant.append(i)
        rank = new_rank
    return np.array(redundant, dtype=np.int64)
