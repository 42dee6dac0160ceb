# Mistake: Multiplies X^T X without subtracting the column means.
# Clue: subtract first
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    return X.T @ X / (X.shape[0] - 1)
