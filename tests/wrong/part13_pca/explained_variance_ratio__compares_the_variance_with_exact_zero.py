# Mistake: Refuses only an exactly zero total variance, so equal rows whose centring leaves
#   round-off are accepted.
# Clue: all equal | relative to the size
def explained_variance_ratio(X):
    X = _data(X)
    _, s, _ = _centred_svd(X)
    energy = s**2
    if energy.sum() == 0:
        raise ValueError("zero total variance")
    return energy / energy.sum()
