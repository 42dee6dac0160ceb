# Mistake: Takes the singular values of X itself, not of the centred data, so the mean's distance
#   from the origin counts as variance.
# Clue: centre
def explained_variance_ratio(X):
    X = _data(X)
    _variance_ratios(X)  # the zero-variance check
    s = np.linalg.svd(X, compute_uv=False)
    return s**2 / np.sum(s**2)
