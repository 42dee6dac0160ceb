# Mistake: Divides by zero for a repeated point instead of raising ValueError.
# Clue: divide by zero | no two equal rows
def max_distortion(X, Z):
    X = np.asarray(X, dtype=float)
    Z = np.asarray(Z, dtype=float)
    if X.ndim != 2 or Z.ndim != 2 or len(X) != len(Z) or len(X) < 2:
        raise ValueError("bad shapes")
    i, j = np.triu_indices(len(X), k=1)
    before = np.sum((X[i] - X[j]) ** 2, axis=1)
    after = np.sum((Z[i] - Z[j]) ** 2, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.nanmax(np.abs(after / before - 1)))
