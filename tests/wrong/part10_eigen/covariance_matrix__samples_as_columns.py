# Mistake: Calls np.cov without rowvar=False, which takes the rows as the variables.
# Clue: which axis holds the samples
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    return np.cov(X)
