# Mistake: Divides the squared distances before by those after instead of the other way round.
# Clue: which goes on top
def max_distortion(X, Z):
    X = np.asarray(X, dtype=float)
    Z = np.asarray(Z, dtype=float)
    if X.ndim != 2 or Z.ndim != 2 or len(X) != len(Z) or len(X) < 2:
        raise ValueError("bad shapes")
    i, j = np.triu_indices(len(X), k=1)
    before = np.sum((X[i] - X[j]) ** 2, axis=1)
    after = np.sum((Z[i] - Z[j]) ** 2, axis=1)
    if np.any(before == 0):
        raise ValueError("repeated point")
    return float(np.max(np.abs(before / after - 1)))
