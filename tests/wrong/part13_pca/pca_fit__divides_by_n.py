# Mistake: Divides the squared singular values by n instead of n - 1.
# Clue: ddof=1
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    return mean, _with_sign_convention(vt[:k]), s[:k] ** 2 / n
