# Mistake: Returns d ratios from the covariance matrix, although n samples have at most min(n, d)
#   (in fact n - 1) non-trivial ones.
# Clue: how many ratios
def explained_variance_ratio(X):
    X = _data(X)
    _variance_ratios(X)  # the zero-variance check
    values = np.linalg.eigvalsh(np.atleast_2d(np.cov(X, rowvar=False)))[::-1]
    values = np.clip(values, 0.0, None)
    return values / values.sum()
