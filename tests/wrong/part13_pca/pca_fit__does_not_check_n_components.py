# Mistake: Never checks n_components, so k = 0 or k above min(n, d) is accepted.
# Clue: 1 <= k <= min(n, d)
def pca_fit(X, n_components):
    X = _data(X)
    n = X.shape[0]
    mean, s, vt = _centred_svd(X)
    k = int(n_components)
    return mean, _with_sign_convention(vt[:k]), s[:k] ** 2 / (n - 1)
