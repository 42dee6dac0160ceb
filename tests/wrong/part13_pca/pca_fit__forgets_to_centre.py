# Mistake: Takes the SVD of X itself instead of the centred data.
# Clue: centre
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    return X.mean(axis=0), _with_sign_convention(vt[:k]), s[:k] ** 2 / (n - 1)
