# Mistake: Compares only consecutive rows instead of every pair.
# Clue: Which pairs count
def max_distortion(X, Z):
    X = np.asarray(X, dtype=float)
    Z = np.asarray(Z, dtype=float)
    if X.ndim != 2 or Z.ndim != 2 or len(X) != len(Z) or len(X) < 2:
        raise ValueError("bad shapes")
    before = np.sum(np.diff(X, axis=0) ** 2, axis=1)
    after = np.sum(np.diff(Z, axis=0) ** 2, axis=1)
    if np.any(before == 0):
        raise ValueError("repeated point")
    return float(np.max(np.abs(after / before - 1)))
