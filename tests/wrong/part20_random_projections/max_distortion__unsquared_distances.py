# Mistake: Compares plain distances instead of squared distances.
# Clue: squared distances
def max_distortion(X, Z):
    X = np.asarray(X, dtype=float)
    Z = np.asarray(Z, dtype=float)
    if X.ndim != 2 or Z.ndim != 2 or len(X) != len(Z) or len(X) < 2:
        raise ValueError("bad shapes")
    i, j = np.triu_indices(len(X), k=1)
    before = np.linalg.norm(X[i] - X[j], axis=1)
    after = np.linalg.norm(Z[i] - Z[j], axis=1)
    if np.any(before == 0):
        raise ValueError("repeated point")
    return float(np.max(np.abs(after / before - 1)))
