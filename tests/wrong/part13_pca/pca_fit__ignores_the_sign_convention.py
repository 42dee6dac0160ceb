# Mistake: Returns the rows of Vt with whatever signs the SVD gives.
# Clue: which sign
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    return mean, vt[:k], s[:k] ** 2 / (n - 1)
