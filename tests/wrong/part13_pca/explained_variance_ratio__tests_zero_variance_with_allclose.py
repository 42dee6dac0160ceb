# Mistake: Tests for constant data with np.allclose's absolute tolerance, so valid data of size
#   1e-9 is refused.
# Clue: relative to the size of X | is-not-constant
def explained_variance_ratio(X):
    # An absolute test: np.allclose's atol of 1e-8 takes valid data of size 1e-9 for
    # constant data.
    X = _data(X)
    mean, s, _ = _centred_svd(X)
    if np.allclose(X - mean, 0):
        raise ValueError("zero total variance")
    energy = s**2
    return energy / energy.sum()
