# Mistake: Takes eigh's eigenvectors in ascending order, so the smallest variance comes first.
# Clue: largest variance first
def pca_fit(X, n_components):
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean = X.mean(axis=0)
    values, vectors = np.linalg.eigh(np.atleast_2d(np.cov(X, rowvar=False)))
    return mean, _with_sign_convention(vectors[:, :k].T), values[:k]
