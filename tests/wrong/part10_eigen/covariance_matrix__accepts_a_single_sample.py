# Mistake: Accepts a single sample (dividing by max(n - 1, 1)) instead of raising ValueError.
# Clue: at least 2 samples
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    centred = X - X.mean(axis=0)
    return centred.T @ centred / max(X.shape[0] - 1, 1)
