# Mistake: Makes the first entry of each component positive instead of its entry of largest
#   absolute value.
# Clue: which sign | largest-entry-positive
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    components = vt[:k] * np.where(vt[:k, :1] < 0, -1.0, 1.0)
    return mean, components, s[:k] ** 2 / (n - 1)
