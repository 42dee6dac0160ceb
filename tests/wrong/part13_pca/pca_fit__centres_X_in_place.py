# Mistake: Subtracts the mean from the caller's float array in place.
# Clue: in place
def pca_fit(X, n_components):
    data = np.asarray(X, dtype=float)
    if data.ndim != 2 or data.shape[0] < 2 or data.shape[1] < 1:
        raise ValueError("bad X")
    n, d = data.shape
    k = _n_components(n_components, n, d)
    mean = data.mean(axis=0)
    data -= mean
    _, s, vt = np.linalg.svd(data, full_matrices=False)
    return mean, _with_sign_convention(vt[:k]), s[:k] ** 2 / (n - 1)
