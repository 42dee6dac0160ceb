# Mistake: Never converts to float, so integer inputs give an integer result.
# Clue: float64
def project(X, R):
    X = np.asarray(X)
    R = np.asarray(R)
    if X.ndim != 2 or R.ndim != 2 or X.size == 0 or X.shape[1] != R.shape[0]:
        raise ValueError("bad shapes")
    return X @ R
