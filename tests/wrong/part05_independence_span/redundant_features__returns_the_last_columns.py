# Mistake: Returns the indices from the rank onwards, assuming the redundant columns are always the
#   last ones.
# Clue: earlier columns
def redundant_features(X, tol=1e-10):
    X = _vectors(X, "X")
    rank = _rank(X, _tolerance(tol))
    return np.arange(rank, X.shape[1], dtype=np.int64)
