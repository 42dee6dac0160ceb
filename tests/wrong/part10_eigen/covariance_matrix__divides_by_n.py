# Mistake: Divides by n instead of n - 1.
# Clue: n − 1 rather than n
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    centred = X - X.mean(axis=0)
    return centred.T @ centred / X.shape[0]
