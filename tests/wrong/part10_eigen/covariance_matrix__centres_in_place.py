# Mistake: Subtracts the mean from the caller's float array in place.
# Clue: in place
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    X -= X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)
