# Mistake: Returns a Python list instead of a numpy array of indices.
# Clue: numpy array
def redundant_features(X, tol=1e-10):
    X = _vectors(X, "X")
    tol = _tolerance(tol)
    redundant = []
    rank = 0
    for j in range(X.shape[1]):
        new_rank = _rank(X[:, : j + 1], tol)
        if new_rank == rank:
            redundant.append(j)
        rank = new_rank
    return redundant
