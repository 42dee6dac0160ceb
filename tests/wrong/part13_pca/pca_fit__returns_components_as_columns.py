# Mistake: Returns the components as the columns of V, shape (d, k), instead of rows.
# Clue: as rows
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    return mean, _with_sign_convention(vt[:k]).T.copy(), s[:k] ** 2 / (n - 1)
