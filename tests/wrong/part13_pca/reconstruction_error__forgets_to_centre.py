# Mistake: Reconstructs from a PCA of the uncentred data.
# Clue: centred
def reconstruction_error(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    _, _, vt = _centred_svd(X)
    kept = vt[:k]
    residual = X - (X @ kept.T) @ kept
    return float(np.mean(residual**2))
