# Mistake: Keeps n_components + 1 components, an off-by-one.
# Clue: exactly n_components
def reconstruction_error(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, _, vt = _centred_svd(X)
    centred = X - mean
    kept = vt[: k + 1]
    residual = centred - (centred @ kept.T) @ kept
    return float(np.mean(residual**2))
