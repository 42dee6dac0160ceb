# Mistake: Computes R^T X^T, the (k, n) transpose of the projection.
# Clue: Samples are rows
def project(X, R):
    X = np.asarray(X, dtype=float)
    R = np.asarray(R, dtype=float)
    if X.ndim != 2 or R.ndim != 2 or X.size == 0 or X.shape[1] != R.shape[0]:
        raise ValueError("bad shapes")
    return R.T @ X.T
