# Mistake: Divides the singular values by their sum instead of their squares.
# Clue: or their squares
def explained_variance_ratio(X):
    X = _data(X)
    _variance_ratios(X)  # the zero-variance check
    _, s, _ = _centred_svd(X)
    return s / np.sum(s)
