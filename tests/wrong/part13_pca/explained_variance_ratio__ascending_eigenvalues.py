# Mistake: Takes eigvalsh's eigenvalues in ascending order, so the smallest ratio comes first.
# Clue: which comes first
def explained_variance_ratio(X):
    X = _data(X)
    _variance_ratios(X)  # the zero-variance check
    values = np.linalg.eigvalsh(np.atleast_2d(np.cov(X, rowvar=False)))
    values = np.clip(values, 0.0, None)[: min(X.shape)]
    return values / values.sum()
