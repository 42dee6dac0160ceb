# Mistake: Returns the sum of the discarded variances (divided by n - 1) instead of the mean
#   squared error over all entries.
# Clue: discarded variance
def reconstruction_error(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    _, s, _ = _centred_svd(X)
    return float(np.sum(s[k:] ** 2) / (n - 1))
