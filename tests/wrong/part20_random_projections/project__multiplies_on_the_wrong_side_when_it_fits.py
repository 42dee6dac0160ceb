# Mistake: Multiplies by R transposed whenever the shapes allow it, which a square R always does.
# Clue: which side of X does R go
def project(X, R):
    X = np.asarray(X, dtype=float)
    R = np.asarray(R, dtype=float)
    if X.ndim != 2 or R.ndim != 2 or X.size == 0:
        raise ValueError("bad shapes")
    if R.shape[1] == X.shape[1]:
        return X @ R.T
    return X @ R
