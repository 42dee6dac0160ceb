# Mistake: Returns np.cov directly, which gives a 0-d array instead of a 1-by-1 matrix for one
#   feature.
# Clue: single feature
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0:
        raise ValueError("bad X")
    return np.cov(X, rowvar=False)
