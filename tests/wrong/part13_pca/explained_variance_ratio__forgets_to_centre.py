def explained_variance_ratio(X):
    X = _data(X)
    _variance_ratios(X)  # the zero-variance check
    s = np.linalg.svd(X, compute_uv=False)
    return s**2 / np.sum(s**2)
